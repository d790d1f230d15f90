/**
 * The web-worker server (dist/server-browser.js, what VS Code for the web runs)
 * in a headless page of Debian's Chromium (playwright-core, never a downloaded
 * browser). The test writes a small page into a temp folder and serves it from
 * 127.0.0.1 (a worker cannot be started from file://); the page starts the
 * bundle in `new Worker(…)` and passes JSON-RPC messages to and from it by
 * postMessage, as vscode-languageclient/browser does. On the seed, opened as
 * github.dev opens a file (a vscode-vfs: URI, no file system):
 * - the published diagnostics are the CLI's findings (rule and line, in order);
 * - hover on NISC gives the entry of the seed's own 用語解説;
 * - the quick fix on 多重防御 answers, and fix-all gives the text `planlint --fix` writes;
 * - the outline gives chapters 1–5;
 * - no page or worker error, no request but the page's own two files.
 *
 * Skipped, saying so, without Chromium (PLANLINT_CHROMIUM, else `chromium` on
 * PATH or /usr/bin/chromium); PLANLINT_E2E_REQUIRED=1 (set by .ci/run) turns the
 * skip into a failure.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { LineIndex, parsePlan } from "@planlint/core";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumFor, cliFindings } from "../../../tests/e2e/chromium.js";
import { readSeed, SEED_PATH } from "./lsp-client.js";
import { nisGlossaryLine, positionOf } from "./seed-facts.js";

const here = resolve(import.meta.dirname);
const ROOT = resolve(here, "../../..");
const BUNDLE = resolve(here, "../dist/server-browser.js");
const CLI = resolve(ROOT, "packages/lint/dist/cli.cjs");
/** How github.dev names a file of a repository: no file system behind it. */
const SEED_URI = "vscode-vfs://github/planlint/planlint/seeds/cybersecurity-2017-draft.txt";

const CHROMIUM = chromiumFor("web-worker server end-to-end test", "apt-get install -y chromium");

/**
 * The page: a worker on the bundle, every message it posts kept in `lsp.received`,
 * and the client's side of requests the server sends (answered with null: this
 * client offers no configuration and no dynamic registration).
 */
const PAGE = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>planlint web worker</title><link rel="icon" href="data:,"></head>
<body>
<script>
  const worker = new Worker("server-browser.js");
  window.lsp = { received: [], errors: [], send: (message) => worker.postMessage(message) };
  worker.onmessage = (event) => {
    const message = event.data;
    window.lsp.received.push(message);
    if (message && message.method !== undefined && message.id !== undefined) worker.postMessage({ jsonrpc: "2.0", id: message.id, result: null });
  };
  worker.onerror = (event) => window.lsp.errors.push(String(event.message));
</script>
</body></html>
`;

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code: string;
  message: string;
  data?: unknown;
}

describe.skipIf(!CHROMIUM)("the language server in a web worker, in Chromium", () => {
  let browser: Browser;
  let server: Server;
  let work: string;
  let page: Page;
  let origin: string;
  const requests: string[] = [];
  const pageErrors: string[] = [];
  let nextId = 1;

  async function request<R>(method: string, params: unknown): Promise<R> {
    const id = nextId++;
    await page.evaluate((m) => (globalThis as unknown as { lsp: { send(m: unknown): void } }).lsp.send(m), { jsonrpc: "2.0", id, method, params });
    const handle = await page.waitForFunction(
      (id) => (globalThis as unknown as { lsp: { received: Message[] } }).lsp.received.find((m) => m.id === id && m.method === undefined),
      id,
      { timeout: 30000 },
    );
    const reply = (await handle.jsonValue()) as Message;
    if (reply.error) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
    return reply.result as R;
  }

  async function notify(method: string, params: unknown): Promise<void> {
    await page.evaluate((m) => (globalThis as unknown as { lsp: { send(m: unknown): void } }).lsp.send(m), { jsonrpc: "2.0", method, params });
  }

  /** The first notification `method` the server sent that `accept`s (its params). */
  async function notification<P>(method: string, accept: string): Promise<P> {
    const handle = await page.waitForFunction(
      ({ method, accept }) => {
        const test = new Function("params", `return (${accept});`) as (params: unknown) => boolean;
        return (globalThis as unknown as { lsp: { received: Message[] } }).lsp.received.find((m) => m.method === method && m.id === undefined && test(m.params))?.params;
      },
      { method, accept },
      { timeout: 30000 },
    );
    return (await handle.jsonValue()) as P;
  }

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npx turbo run build first`);
    work = mkdtempSync(join(tmpdir(), "planlint-web-worker-"));
    writeFileSync(join(work, "index.html"), PAGE);
    copyFileSync(BUNDLE, join(work, "server-browser.js"));
    const files: Record<string, string> = { "/index.html": "text/html; charset=utf-8", "/server-browser.js": "text/javascript; charset=utf-8" };
    server = createServer((req, res) => {
      const type = files[req.url ?? ""];
      if (!type) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": type }).end(readFileSync(join(work, req.url!.slice(1))));
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM!,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const context = await browser.newContext();
    context.on("request", (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    page.on("worker", (worker) => worker.on("console", (message) => message.type() === "error" && pageErrors.push(`worker: ${message.text()}`)));
    await page.goto(`${origin}/index.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const seed = readSeed();
  let diagnostics: Diagnostic[] = [];

  it("initializes: the capabilities of the features that need no file system", async () => {
    const result = await request<{ capabilities: Record<string, unknown>; serverInfo: { name: string } }>("initialize", {
      processId: null,
      rootUri: "vscode-vfs://github/planlint/planlint",
      workspaceFolders: [{ uri: "vscode-vfs://github/planlint/planlint", name: "planlint" }],
      capabilities: {
        textDocument: {
          hover: { contentFormat: ["markdown", "plaintext"] },
          publishDiagnostics: { relatedInformation: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
      initializationOptions: { debounce: 0 },
    });
    await notify("initialized", {});
    expect(result.serverInfo.name).toBe("planlint");
    for (const capability of ["hoverProvider", "codeActionProvider", "documentSymbolProvider", "definitionProvider", "referencesProvider", "completionProvider"]) {
      expect(result.capabilities[capability], capability).toBeTruthy();
    }
  });

  it("publishes the CLI's findings on the seed (rule and line)", async () => {
    await notify("textDocument/didOpen", { textDocument: { uri: SEED_URI, languageId: "plaintext", version: 1, text: seed } });
    const published = await notification<{ uri: string; version: number; diagnostics: Diagnostic[] }>(
      "textDocument/publishDiagnostics",
      `params.uri === ${JSON.stringify(SEED_URI)} && params.version === 1`,
    );
    diagnostics = published.diagnostics;
    const expected = cliFindings(CLI, SEED_PATH);
    expect(expected.length).toBeGreaterThan(10);
    expect(diagnostics.map((d) => `${d.code}:${d.range.start.line + 1}`)).toEqual(expected);
    console.log(`web worker: ${diagnostics.length} diagnostics on the seed, as the CLI's ${expected.length} findings`);
  });

  it("answers hover on NISC with the entry of the seed's own glossary", async () => {
    const entry = parsePlan(seed).glossary.find((e) => e.headword === "NISC");
    expect(entry).toBeDefined();
    const hover = await request<{ contents: { kind: string; value: string } } | null>("textDocument/hover", {
      textDocument: { uri: SEED_URI },
      position: positionOf(seed, "NISCをはじめとする", 1),
    });
    expect(hover?.contents.kind).toBe("markdown");
    const value = hover!.contents.value;
    expect(value.startsWith("**NISC**")).toBe(true);
    // Markdown escapes (\\*, \\_) aside, the definition as the glossary gives it.
    const unescaped = value.replace(/\\(.)/g, "$1");
    expect(unescaped).toContain(entry!.definition);
    expect(unescaped).toContain(`line ${nisGlossaryLine(seed) + 1}`);
  });

  it("offers the quick fix 多重防御 → 多層防御", async () => {
    const line = positionOf(seed, "多重防御の取組を引き続き推進").line;
    const diagnostic = diagnostics.find((d) => d.code === "consistent-terms" && d.range.start.line === line);
    expect(diagnostic).toBeDefined();
    const actions = await request<{ title: string; edit?: { changes?: Record<string, { newText: string }[]> } }[]>("textDocument/codeAction", {
      textDocument: { uri: SEED_URI },
      range: diagnostic!.range,
      context: { diagnostics: [diagnostic] },
    });
    const fix = actions.find((a) => a.title.includes("「多重防御」→「多層防御」"));
    expect(fix, actions.map((a) => a.title).join("\n")).toBeDefined();
    expect(fix!.edit?.changes?.[SEED_URI]?.[0]?.newText).toBe("層");
  });

  it("fixes all as `planlint --fix` does (source.fixAll.planlint)", async () => {
    type Edit = { range: Diagnostic["range"]; newText: string };
    const actions = await request<{ kind?: string; edit?: { changes?: Record<string, Edit[]> } }[]>("textDocument/codeAction", {
      textDocument: { uri: SEED_URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["source.fixAll.planlint"] },
    });
    const edits = actions.find((a) => a.kind === "source.fixAll.planlint")?.edit?.changes?.[SEED_URI] ?? [];
    expect(edits.length).toBeGreaterThan(0);
    const index = new LineIndex(seed);
    let fixed = seed;
    // The edits do not overlap: applied from the end, each offset still holds.
    for (const e of [...edits].sort((a, b) => index.offsetAt(b.range.start) - index.offsetAt(a.range.start))) {
      fixed = fixed.slice(0, index.offsetAt(e.range.start)) + e.newText + fixed.slice(index.offsetAt(e.range.end));
    }
    const copy = join(work, "cybersecurity-2017-draft.txt");
    copyFileSync(SEED_PATH, copy);
    spawnSync(process.execPath, [CLI, "--fix", copy], { encoding: "utf8" });
    expect(fixed === readFileSync(copy, "utf8"), "fix-all differs from planlint --fix").toBe(true);
    expect(fixed).not.toBe(seed);
  });

  it("gives the outline: chapters 1–5 in the body", async () => {
    const symbols = await request<{ name: string; detail?: string; children?: { name: string }[] }[]>("textDocument/documentSymbol", { textDocument: { uri: SEED_URI } });
    const body = symbols.find((s) => s.detail === "body");
    const chapters = (body?.children ?? []).map((c) => /^(\d+\.) /.exec(c.name)?.[1]).filter(Boolean);
    expect(chapters).toEqual(["1.", "2.", "3.", "4.", "5."]);
  });

  it("ran without a page or worker error and requested nothing but its own two files", async () => {
    const errors = await page.evaluate(() => (globalThis as unknown as { lsp: { errors: string[] } }).lsp.errors);
    expect([...pageErrors, ...errors]).toEqual([]);
    expect(requests).toEqual([`${origin}/index.html`, `${origin}/server-browser.js`]);
  });
});
