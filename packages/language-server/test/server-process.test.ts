/**
 * The BUILT server as a process: its transports, its command line, and how it
 * survives bad input and huge documents.
 */
import { fork, spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import {
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
  DocumentSymbolRequest,
  HoverRequest,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type MarkupContent,
} from "vscode-languageserver-protocol/node";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "../src/node-flags.js";
import { OutlineRequest } from "../src/protocol.js";
import { readSeed, SEED_URI, SERVER, serverIsBuilt, startServer, withTimeout } from "./lsp-client.js";
import { CROSS_REFERENCE_PLAN, positionOf } from "./seed-facts.js";

if (!serverIsBuilt()) throw new Error("dist/server.cjs is missing: run `npx turbo run build` (or `npm run build -w @planlint/language-server`) first");

const seed = readSeed();
const hoverText = (h: Hover | null): string => (h ? (h.contents as MarkupContent).value : "");

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

