/**
 * Protocol tests: the BUILT server (dist/server.cjs --stdio) driven over a real
 * JSON-RPC connection, as an editor drives it.
 */
import { fork, spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  CancellationTokenSource,
  CodeActionRequest,
  LSPErrorCodes,
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  ExitNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  ShutdownRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidSaveTextDocumentNotification,
  FileChangeType,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  HoverRequest,
  ExecuteCommandRequest,
  ReferencesRequest,
  type TextDocumentEdit,
  type TextEdit,
  type CodeAction,
  type CompletionList,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type DocumentSymbol,
  type Hover,
  type Location,
  type MarkupContent,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigResolver, lintAndFix, lintText } from "@planlint/lint";
import { SERVER_NODE_FLAGS } from "../src/node-flags.js";
import { FIX_ALL_COMMAND, OutlineRequest } from "../src/protocol.js";
import { readSeed, SEED_PATH, SEED_URI, SERVER, serverIsBuilt, startServer, withTimeout, type TestClient } from "./lsp-client.js";
import { CROSS_REFERENCE_PLAN, measureWithOwners, nisGlossaryLine, positionOf } from "./seed-facts.js";

if (!serverIsBuilt()) throw new Error("dist/server.cjs is missing: run `npx turbo run build` (or `npm run build -w @planlint/language-server`) first");

const seed = readSeed();
const hoverText = (h: Hover | null): string => (h ? (h.contents as MarkupContent).value : "");

describe("push diagnostics client (no pull capability)", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startServer();
    await client.open(SEED_URI, seed);
  });
  afterAll(() => client.stop());

  it("announces incremental sync and no pull diagnostics", () => {
    const caps = client.initializeResult.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ change: 2, openClose: true });
    expect(caps.diagnosticProvider).toBeUndefined();
    expect(caps).toMatchObject({ hoverProvider: true, definitionProvider: true, referencesProvider: true });
    expect(client.initializeResult.serverInfo?.name).toBe("planlint");
  });

  it("publishes diagnostics for the opened seed, with version", async () => {
    const published = await client.diagnostics(SEED_URI);
    expect(published.version).toBe(1);
    expect(Array.isArray(published.diagnostics)).toBe(true);
    for (const d of published.diagnostics) {
      expect(d.source).toBe("planlint");
      expect(typeof d.code).toBe("string");
    }
  });

  it("reports 多重防御 (consistent-terms) with a quick fix to 多層防御", async () => {
    const published = await client.diagnostics(SEED_URI);
    const at = positionOf(seed, "多重防御の取組を引き続き推進");
    const diagnostic = published.diagnostics.find((d) => d.code === "consistent-terms" && d.range.start.line === at.line);
    expect(diagnostic, JSON.stringify(published.diagnostics.slice(0, 5))).toBeDefined();
    expect(diagnostic!.codeDescription?.href).toMatch(/docs\/rules\/consistent-terms\.md$/);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: SEED_URI },
      range: diagnostic!.range,
      context: { diagnostics: [diagnostic!] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred);
    expect(fix?.kind).toBe("quickfix");
    // The title names the whole term, though the edit replaces only 「重」.
    expect(fix?.title).toBe("planlint: 「多重防御」→「多層防御」");
    const { edits } = fix!.edit!.documentChanges![0]! as TextDocumentEdit;
    const fixed = TextDocument.applyEdits(TextDocument.create(SEED_URI, "plaintext", 1, seed), edits);
    const start = seed.indexOf("多重防御の取組を引き続き推進");
    expect(fixed.slice(start, start + 4)).toBe("多層防御");
    expect(fixed.length).toBe(seed.length);
  });

  it("offers a quick fix per fixable diagnostic, each suggestion, and 'fix all' of a rule", async () => {
    const published = await client.diagnostics(SEED_URI);
    const data = (d: Diagnostic) => d.data as { version: number; ruleId: string; fix?: TextEdit; suggestions?: { title: string; edit: TextEdit }[] };
    const fixable = published.diagnostics.filter((d) => data(d).fix);
    const suggesting = published.diagnostics.filter((d) => data(d).suggestions?.length);
    expect(fixable.length).toBeGreaterThan(0);
    const actionsFor = async (d: Diagnostic) =>
      (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: SEED_URI }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const editsOf = (a: CodeAction) => (a.edit!.documentChanges![0] as TextDocumentEdit).edits;

    {
      const d = fixable[0]!;
      const actions = await actionsFor(d);
      const quickFix = actions.find((a) => a.isPreferred)!;
      expect(quickFix.kind).toBe("quickfix");
      expect(quickFix.title).toMatch(/^planlint: /);
      expect((quickFix.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version).toBe(1);
      expect(editsOf(quickFix)).toEqual([data(d).fix]);
      const sameRule = fixable.filter((x) => x.code === d.code);
      const fixAll = actions.find((a) => a.title === `planlint: fix all '${d.code}' problems`);
      if (sameRule.length > 1) expect(editsOf(fixAll!).length).toBeGreaterThan(1);
      else expect(fixAll).toBeUndefined();
    }
    if (suggesting.length > 0) {
      const d = suggesting[0]!;
      const titles = (await actionsFor(d)).map((a) => a.title);
      for (const s of data(d).suggestions!) expect(titles).toContain(`planlint: ${s.title}`);
    }
    // Diagnostics of an older version get no edits: they would land in the wrong place.
    const stale = { ...fixable[0]!, data: { ...data(fixable[0]!), version: 0 } };
    expect(await actionsFor(stale)).toEqual([]);
  });

  it("offers source.fixAll.planlint with every safe fix, not overlapping", async () => {
    const published = await client.diagnostics(SEED_URI);
    expect(published.diagnostics.some((d) => (d.data as { fix?: unknown }).fix)).toBe(true);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: SEED_URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["source.fixAll"] },
    })) as CodeAction[];
    expect(actions.map((a) => a.kind)).toEqual(["source.fixAll.planlint"]);
    const edits = (actions[0]!.edit!.documentChanges![0] as TextDocumentEdit).edits;
    expect(edits.length).toBeGreaterThan(0);
    for (let i = 1; i < edits.length; i++) {
      const a = edits[i - 1]!.range.end;
      const b = edits[i]!.range.start;
      expect(a.line < b.line || (a.line === b.line && a.character <= b.character)).toBe(true);
    }
    // The same text `planlint --fix` writes (every pass, config found as the CLI finds it).
    const config = await new ConfigResolver().configFor(SEED_PATH);
    const cli = lintAndFix(seed, (text) => lintText(text, { fileName: SEED_PATH, config }), "\n");
    expect(TextDocument.applyEdits(TextDocument.create(SEED_URI, "plaintext", 1, seed), edits)).toBe(cli.text);
    // Without `only`, source actions are not offered with the quick fixes.
    const plain = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: SEED_URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    expect(plain).toEqual([]);
  });

  it("applies every safe fix through the fix-all command (workspace/applyEdit)", async () => {
    const published = await client.diagnostics(SEED_URI);
    expect(published.diagnostics.some((d) => (d.data as { fix?: unknown }).fix)).toBe(true);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: FIX_ALL_COMMAND, arguments: [{ uri: SEED_URI, version: 1 }] });
    expect(client.appliedEdits).toHaveLength(1);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: FIX_ALL_COMMAND, arguments: [{ uri: SEED_URI, version: 99 }] });
    expect(client.appliedEdits).toHaveLength(1);
  });

  it("hovers on NISC with its glossary definition and where it is defined", async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: SEED_URI },
      position: positionOf(seed, "NISCをはじめとする", 1),
    });
    const text = hoverText(hover);
    expect(text).toContain("NISC");
    expect(text).toContain("National center of Incident readiness and Strategy for Cybersecurity");
    expect(text).toContain("内閣サイバーセキュリティセンター");
    expect(text).toContain(`line ${nisGlossaryLine(seed) + 1}`);
    expect(hover!.range!.end.character - hover!.range!.start.character).toBe(4);
  });

  it("hovers on a measure label with its path and owners", async () => {
    const { node, label } = measureWithOwners(seed);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: SEED_URI }, position: label });
    const text = hoverText(hover);
    expect(text).toContain(node.path);
    expect(text).toContain(`Owners: ${node.owners![0]!.name}`);
  });

  it("gives the outline: chapters 1–5 under the body part", async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: SEED_URI } })) as DocumentSymbol[];
    const body = symbols.find((s) => s.detail === "body");
    expect(body).toBeDefined();
    const chapters = body!.children!.map((c) => c.name).filter((n) => /^\d\./.test(n));
    expect(chapters.map((n) => n.split(" ")[0])).toEqual(["1.", "2.", "3.", "4.", "5."]);
    expect(chapters[0]).toContain("経済社会の活力の向上及び持続的発展");
    const measure = body!.children![1]!.children![0]!.children![0]!.children![0]!;
    expect(measure.name).toMatch(/^\(ア\) /);
    expect(measure.detail).toBe("内閣官房");
    // Editors require each child inside its parent and the selection inside the symbol.
    const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    const misplaced: string[] = [];
    const walk = (symbol: DocumentSymbol, parent?: DocumentSymbol): void => {
      if (!before(symbol.range.start, symbol.selectionRange.start) || !before(symbol.selectionRange.end, symbol.range.end)) misplaced.push(`selection of ${symbol.name}`);
      if (parent && (!before(parent.range.start, symbol.range.start) || !before(symbol.range.end, parent.range.end))) misplaced.push(`${symbol.name} outside ${parent.name}`);
      for (const child of symbol.children ?? []) walk(child, symbol);
    };
    for (const symbol of symbols) walk(symbol);
    expect(misplaced).toEqual([]);
  });

  it("answers planlint/outline with the plan model", async () => {
    const result = await client.connection.sendRequest(OutlineRequest, { textDocument: { uri: SEED_URI } });
    expect(result?.version).toBe(1);
    expect(result!.outline.body.filter((n) => n.kind === "chapter").map((n) => n.label)).toEqual(["1.", "2.", "3.", "4.", "5."]);
    expect(result!.outline.body[1]!.loc.start.line).toBeGreaterThan(1);
  });

  it("goes from an acronym to its glossary entry", async () => {
    const location = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: SEED_URI },
      position: positionOf(seed, "NISCをはじめとする", 2),
    })) as Location;
    expect(location.uri).toBe(SEED_URI);
    expect(location.range.start.line).toBe(nisGlossaryLine(seed));
  });

  it("finds every use of a glossary term", async () => {
    const locations = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: SEED_URI },
      position: positionOf(seed, "NISCをはじめとする", 0),
      context: { includeDeclaration: true },
    })) as Location[];
    const lines = locations.map((l) => l.range.start.line);
    expect(lines).toContain(positionOf(seed, "NISCをはじめとする").line);
    expect(lines).toContain(nisGlossaryLine(seed));
    expect(locations.length).toBeGreaterThanOrEqual(5);
    const without = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: SEED_URI },
      position: positionOf(seed, "NISCをはじめとする", 0),
      context: { includeDeclaration: false },
    })) as Location[];
    expect(without.length).toBe(locations.length - 1);
  });

  it("completes glossary headwords with expansion and definition", async () => {
    const list = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: SEED_URI },
      position: positionOf(seed, "NISCをはじめとする", 2),
    })) as CompletionList;
    const nisc = list.items.find((i) => i.label === "NISC");
    expect(nisc?.detail).toContain("National center of Incident readiness");
    expect((nisc!.documentation as MarkupContent).value).toContain("内閣サイバーセキュリティセンター");
    // The typed prefix 「NI」 is what the item replaces, and only matching headwords are offered.
    expect(nisc!.textEdit).toMatchObject({ newText: "NISC" });
    expect(list.items.every((i) => i.label.normalize("NFKC").toLowerCase().startsWith("ni"))).toBe(true);
  });
});

describe("cross-references", () => {
  let client: TestClient;
  let dir: string;
  let uri: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "planlint-ls-xref-"));
    const file = join(dir, "plan.txt");
    writeFileSync(file, CROSS_REFERENCE_PLAN);
    uri = pathToFileURL(file).href;
    client = await startServer({ workspaceFolder: dir });
    await client.open(uri, CROSS_REFERENCE_PLAN);
  });
  afterAll(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("goes from 「2.2(2)(ア)に記載のとおり」 to that measure's label", async () => {
    const location = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: positionOf(CROSS_REFERENCE_PLAN, "2.2(2)(ア)に記載", 3),
    })) as Location;
    expect(location).toMatchObject({ uri, range: { start: positionOf(CROSS_REFERENCE_PLAN, "(ア) 内閣官房において、政府機関等との") } });
    expect(location.range.end.character - location.range.start.character).toBe(3);
  });

  it("hovers on the cross-reference with its target", async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(CROSS_REFERENCE_PLAN, "2.2(2)(ア)に記載", 1),
    });
    expect(hoverText(hover)).toContain("2.2(2)(ア)");
    expect(hoverText(hover)).toContain("政府機関等との情報共有を推進する");
  });
});

describe("pull diagnostics client", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startServer({ pull: true, initializationOptions: { debounce: 0 } });
    await client.open(SEED_URI, seed);
  });
  afterAll(() => client.stop());

  it("announces a diagnostic provider", () => {
    expect(client.initializeResult.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false, workspaceDiagnostics: false });
  });

  it("answers textDocument/diagnostic, then 'unchanged' for the same version", async () => {
    const first = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: SEED_URI } })) as DocumentDiagnosticReport & { items: Diagnostic[] };
    expect(first.kind).toBe("full");
    expect(Array.isArray(first.items)).toBe(true);
    const second = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: SEED_URI }, previousResultId: first.resultId });
    expect(second).toEqual({ kind: "unchanged", resultId: first.resultId });
    await client.change(SEED_URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "x" }]);
    const third = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: SEED_URI }, previousResultId: first.resultId })) as DocumentDiagnosticReport;
    expect(third.kind).toBe("full");
    expect(third.resultId).not.toBe(first.resultId);
    // Pull clients get no pushed diagnostics for documents.
    expect(client.published.filter((p) => p.uri === SEED_URI)).toEqual([]);
  });
});

describe("pull diagnostics while typing", () => {
  it("a request overtaken by a newer version is answered 'server cancelled, retrigger'; the next one is for the new version", async () => {
    // A long debounce, so that the newer version surely arrives while the first request waits.
    const client = await startServer({ pull: true, initializationOptions: { debounce: 1000 } });
    try {
      await client.open(SEED_URI, seed);
      const first = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: SEED_URI } })) as DocumentDiagnosticReport;
      expect(first.kind).toBe("full");
      const typeAt = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      await client.change(SEED_URI, [{ range: typeAt, text: "x" }]);
      const source = new CancellationTokenSource();
      const overtaken = client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: SEED_URI }, previousResultId: first.resultId }, source.token);
      const version = await client.change(SEED_URI, [{ range: typeAt, text: "y" }]);
      source.cancel();
      await expect(overtaken).rejects.toMatchObject({ code: LSPErrorCodes.ServerCancelled, data: { retriggerRequest: true } });
      const next = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: SEED_URI }, previousResultId: first.resultId })) as DocumentDiagnosticReport;
      expect(next.kind).toBe("full");
      expect(next.resultId).toMatch(new RegExp(`^${version}:`));
    } finally {
      await client.stop();
    }
  });
});

describe("settings", () => {
  it("planlint.enable = false: no diagnostics, no hover", async () => {
    const client = await startServer({ settings: { enable: false } });
    try {
      await client.open(SEED_URI, seed);
      const published = await client.diagnostics(SEED_URI);
      expect(published.diagnostics).toEqual([]);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: SEED_URI }, position: positionOf(seed, "NISCをはじめとする", 1) });
      expect(hover).toBeNull();
    } finally {
      await client.stop();
    }
  });

  it("a configuration change drops the cached settings and refreshes diagnostics", async () => {
    const client = await startServer({ settings: { enable: true } });
    try {
      await client.open(SEED_URI, seed);
      const before = await client.diagnostics(SEED_URI);
      expect(before.diagnostics.length).toBeGreaterThan(0);
      const count = client.published.length;
      client.settings = { enable: false };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const after = await client.diagnostics(SEED_URI, (p) => client.published.indexOf(p) >= count);
      expect(after.diagnostics).toEqual([]);
    } finally {
      await client.stop();
    }
  });

  it("planlint.run = onSave: edits are not linted until saved", async () => {
    const client = await startServer({ settings: { run: "onSave", debounce: 0 } });
    try {
      await client.open(SEED_URI, seed);
      await client.diagnostics(SEED_URI, (p) => p.version === 1);
      const version = await client.change(SEED_URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "x" }]);
      await new Promise((r) => setTimeout(r, 300));
      expect(client.published.some((p) => p.version === version)).toBe(false);
      await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: SEED_URI } });
      expect((await client.diagnostics(SEED_URI, (p) => p.version === version)).version).toBe(version);
    } finally {
      await client.stop();
    }
  });
});

describe("transports", () => {
  it("--node-ipc works as well as --stdio", async () => {
    const child = fork(SERVER, ["--node-ipc"], { stdio: ["ignore", "ignore", "pipe", "ipc"] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await withTimeout(connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} }), 10000, "initialize");
      expect(result.capabilities.hoverProvider).toBe(true);
      await connection.sendRequest(ShutdownRequest.type);
      const exited = new Promise((resolve) => child.once("exit", resolve));
      await connection.sendNotification(ExitNotification.type);
      expect(await withTimeout(exited, 5000, "exit")).toBe(0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });

  it("the bin's #! line starts Node with the flags V8 takes only at start-up", async () => {
    expect(readFileSync(SERVER, "utf8").split("\n", 1)[0]).toBe(`#!/usr/bin/env -S node ${SERVER_NODE_FLAGS.join(" ")}`);
    if (process.platform !== "linux") return; // /proc shows the command line Node was given
    // Executed directly, as an editor config names it (`planlint-language-server --stdio`).
    const child = spawn(SERVER, ["--stdio"], { stdio: "pipe" });
    try {
      await new Promise((resolve, reject) => child.once("spawn", resolve).once("error", reject));
      let argv: string[] = [];
      const deadline = Date.now() + 5000;
      // `env` execs Node in the same process: wait until the command line is Node's.
      while (!argv.includes("--stdio") || (argv[0] ?? "").endsWith("env")) {
        if (Date.now() > deadline) throw new Error(`the bin did not start Node: ${argv.join(" ")}`);
        await new Promise((r) => setTimeout(r, 20));
        argv = readFileSync(`/proc/${child.pid}/cmdline`, "utf8").split("\0").filter(Boolean);
      }
      expect(argv.slice(1)).toEqual([...SERVER_NODE_FLAGS, SERVER, "--stdio"]);
    } finally {
      child.kill();
    }
  });

  it("the bundled server.cjs runs from a folder without node_modules (as the extension ships it)", async () => {
    const alone = mkdtempSync(join(tmpdir(), "planlint-ls-alone-"));
    try {
      copyFileSync(SERVER, join(alone, "server.cjs"));
      const child = spawn(process.execPath, [join(alone, "server.cjs"), "--stdio"], { cwd: alone, stdio: "pipe" });
      const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
      const published: { uri: string; diagnostics: Diagnostic[] }[] = [];
      connection.onNotification(PublishDiagnosticsNotification.type, (p) => published.push(p));
      connection.listen();
      try {
        await withTimeout(connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} }), 10000, "initialize");
        await connection.sendNotification(InitializedNotification.type, {});
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: SEED_URI, languageId: "plaintext", version: 1, text: seed } });
        const deadline = Date.now() + 15000;
        while (!published.some((p) => p.uri === SEED_URI) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        expect(published.find((p) => p.uri === SEED_URI)?.diagnostics.some((d) => d.code === "consistent-terms")).toBe(true);
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
      } finally {
        connection.dispose();
        child.kill();
      }
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  it("without a transport argument it prints its usage and exits 2", () => {
    const run = spawnSync(process.execPath, [SERVER], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: planlint-language-server --stdio");
  });
});

describe("robustness", () => {
  it("survives malformed JSON-RPC bytes and unknown methods, and answers the next request", async () => {
    const client = await startServer();
    try {
      await client.open(SEED_URI, seed);
      await client.diagnostics(SEED_URI);
      const json = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
      client.child.stdin.write("this is not a header\r\n\r\n");
      client.child.stdin.write(json("{not json at all"));
      client.child.stdin.write(json('{"hello":"not a JSON-RPC message"}'));
      client.child.stdin.write(json('{"jsonrpc":"2.0","id":"bad-params","method":"textDocument/hover","params":null}'));
      client.child.stdin.write(json('{"jsonrpc":"2.0","id":"bad-position","method":"textDocument/hover","params":{"textDocument":{"uri":"' + SEED_URI + '"},"position":{"line":"x"}}}'));
      await expect(client.connection.sendRequest("planlint/noSuchMethod", {})).rejects.toMatchObject({ code: -32601 });
      await client.connection.sendNotification("planlint/noSuchNotification", { x: 1 });
      const hover = await withTimeout(
        client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: SEED_URI }, position: positionOf(seed, "NISCをはじめとする", 1) }),
        5000,
      );
      expect(hoverText(hover)).toContain("内閣サイバーセキュリティセンター");
      expect(client.alive).toBe(true);
    } finally {
      await client.stop();
    }
  });

  it("an unsaved buffer (untitled: URI) is linted with the workspace's config", async () => {
    const client = await startServer();
    try {
      const uri = "untitled:Untitled-1";
      await client.open(uri, CROSS_REFERENCE_PLAN);
      const published = await client.diagnostics(uri);
      expect(published.version).toBe(1);
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      expect(symbols.length).toBeGreaterThan(0);
    } finally {
      await client.stop();
    }
  });

  it("a request about a document that is not open gets an empty answer", async () => {
    const client = await startServer();
    try {
      const uri = "file:///nowhere/never-opened.txt";
      expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();
      expect(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })).toEqual([]);
      expect(await client.connection.sendRequest(OutlineRequest, { textDocument: { uri } })).toBeNull();
    } finally {
      await client.stop();
    }
  });

  it("a 20 MB document gets a clear 'too large' diagnostic and the server still answers hover", async () => {
    const client = await startServer();
    try {
      const copies = Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(seed));
      const huge = Array.from({ length: copies }, () => seed).join("\n");
      expect(Buffer.byteLength(huge)).toBeGreaterThanOrEqual(20 * 1024 * 1024);
      const hugeUri = "file:///tmp/planlint-huge.txt";
      await client.open(hugeUri, huge);
      const published = await client.diagnostics(hugeUri, () => true, 30000);
      expect(published.diagnostics).toHaveLength(1);
      expect(published.diagnostics[0]!.message).toMatch(/too large/);
      expect(published.diagnostics[0]!.code).toBe("document-too-large");
      expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: hugeUri }, position: { line: 561, character: 1 } })).toBeNull();
      await client.open(SEED_URI, seed);
      const hover = await withTimeout(
        client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: SEED_URI }, position: positionOf(seed, "NISCをはじめとする", 1) }),
        5000,
      );
      expect(hoverText(hover)).toContain("NISC");
    } finally {
      await client.stop();
    }
  });

  for (const debounce of [0, 150]) {
    it(`100 rapid incremental edits (debounce ${debounce} ms): the last diagnostics published are the final version's, never an older one after a newer`, async () => {
      const client = await startServer({ initializationOptions: { debounce } });
      try {
        await client.open(SEED_URI, seed);
        const first = await client.diagnostics(SEED_URI, (p) => p.version === 1);
        const at = positionOf(seed, "多重防御の取組");
        let version = 1;
        for (let i = 0; i < 100; i++) {
          // Type 「あ」 then delete it, alternately, inside the line of 多重防御.
          const range = i % 2 === 0 ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
          version = await client.change(SEED_URI, [{ range, text: i % 2 === 0 ? "あ" : "" }]);
        }
        const last = await client.diagnostics(SEED_URI, (p) => p.version === version, 20000);
        await new Promise((r) => setTimeout(r, debounce + 300));
        const forSeed = client.published.filter((p) => p.uri === SEED_URI);
        expect(forSeed[forSeed.length - 1]).toBe(last);
        // 50 insertions and 50 deletions give the seed back: the same findings as at first.
        const withoutData = (ds: Diagnostic[]) => ds.map(({ data: _data, ...d }) => d);
        expect(withoutData(last.diagnostics)).toEqual(withoutData(first.diagnostics));
        expect(last.diagnostics.every((d) => (d.data as { version: number }).version === version)).toBe(true);
        const versions = forSeed.map((p) => p.version!);
        expect(versions).toEqual([...versions].sort((a, b) => a - b));
        expect(client.alive).toBe(true);
      } finally {
        await client.stop();
      }
    });
  }
});

describe("config files", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "planlint-ls-config-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A workspace with a plan in plans/ and, at the top, the given config text. */
  function workspace(name: string, configText: string): { root: string; config: string; plan: string; planUri: string; configUri: string } {
    const root = join(dir, name);
    mkdirSync(join(root, "plans"), { recursive: true });
    const config = join(root, "planlint.config.json");
    writeFileSync(config, configText);
    const plan = join(root, "plans", "plan.txt");
    writeFileSync(plan, CROSS_REFERENCE_PLAN);
    return { root, config, plan, planUri: pathToFileURL(plan).href, configUri: pathToFileURL(config).href };
  }
  const BROKEN = '{\n  "rules": {\n    "consistent-terms": "warn",\n  }\n}\n';
  const FIXED = '{\n  "rules": {\n    "consistent-terms": "warn"\n  }\n}\n';

  it("a broken config becomes a diagnostic on the config file; fixing it clears it (client-side watching)", async () => {
    const w = workspace("client-watch", BROKEN);
    const client = await startServer({ workspaceFolder: w.root });
    try {
      await client.open(w.planUri, CROSS_REFERENCE_PLAN);
      const onConfig = await client.diagnostics(w.configUri, () => true, 10000);
      expect(onConfig.diagnostics).toHaveLength(1);
      expect(onConfig.diagnostics[0]).toMatchObject({ severity: 1, source: "planlint", range: { start: { line: 2 } } });
      const onPlan = await client.diagnostics(w.planUri);
      expect(onPlan.diagnostics).toHaveLength(1);
      expect(onPlan.diagnostics[0]!.message).toMatch(/config is broken/);
      expect(client.alive).toBe(true);
      const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: w.planUri } });
      expect(symbols?.length).toBeGreaterThan(0);

      writeFileSync(w.config, FIXED);
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: w.configUri, type: FileChangeType.Changed }] });
      await client.diagnostics(w.configUri, (p) => p.diagnostics.length === 0, 10000);
      const relinted = await client.diagnostics(w.planUri, (p) => !p.diagnostics.some((d) => /config is broken/.test(d.message)), 10000);
      expect(relinted.diagnostics.every((d) => d.code !== "config")).toBe(true);
    } finally {
      await client.stop();
    }
  });

  it("without client-side watching (Neovim 0.7), the server notices a config breaking by itself", async () => {
    const w = workspace("server-watch", FIXED);
    const client = await startServer({ workspaceFolder: w.root, watchFiles: false });
    try {
      await client.open(w.planUri, CROSS_REFERENCE_PLAN);
      await client.diagnostics(w.planUri);
      writeFileSync(w.config, BROKEN);
      const onConfig = await client.diagnostics(w.configUri, (p) => p.diagnostics.length === 1, 10000);
      expect(onConfig.diagnostics[0]!.range.start.line).toBe(2);
      await client.diagnostics(w.planUri, (p) => p.diagnostics.some((d) => /config is broken/.test(d.message)), 10000);
    } finally {
      await client.stop();
    }
  });

  it("a glossary file's entries: hover says where, definition opens the file", async () => {
    const w = workspace("glossary", '{ "glossary": ["terms/glossary.yml"] }\n');
    mkdirSync(join(w.root, "terms"));
    const glossary = join(w.root, "terms", "glossary.yml");
    writeFileSync(glossary, "entries:\n  - headword: JPCERT/CC\n    definition: 一般社団法人JPCERTコーディネーションセンター。\n  - headword: 情報共有体制\n    definition: 情報を共有する仕組み。\n");
    const client = await startServer({ workspaceFolder: w.root });
    try {
      await client.open(w.planUri, CROSS_REFERENCE_PLAN);
      await client.diagnostics(w.planUri);
      const position = positionOf(CROSS_REFERENCE_PLAN, "情報共有体制", 2);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: w.planUri }, position });
      expect(hoverText(hover)).toContain("情報を共有する仕組み。");
      expect(hoverText(hover)).toContain("Defined in glossary.yml, line 4");
      const location = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: w.planUri }, position })) as Location;
      expect(location).toEqual({ uri: pathToFileURL(glossary).href, range: { start: { line: 3, character: 14 }, end: { line: 3, character: 20 } } });
    } finally {
      await client.stop();
    }
  });
});
