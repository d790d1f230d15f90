/**
 * Protocol tests: the BUILT server (dist/server.cjs --stdio) driven over a real
 * JSON-RPC connection, as an editor drives it. Transports and robustness are in
 * server-process.test.ts, config files in config-files.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  CancellationTokenSource,
  CodeActionRequest,
  LSPErrorCodes,
  CompletionRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidSaveTextDocumentNotification,
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
  type Location,
  type MarkupContent,
  type Hover,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigResolver, lintAndFix, lintText } from "@planlint/lint";
import { FIX_ALL_COMMAND, OutlineRequest } from "../src/protocol.js";
import { readSeed, SEED_PATH, SEED_URI, serverIsBuilt, startServer, type TestClient } from "./lsp-client.js";
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

