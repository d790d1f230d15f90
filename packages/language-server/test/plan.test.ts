/**
 * A plan kept one chapter per file, in the editor: the BUILT server over a real
 * JSON-RPC connection. The open chapter is linted with the plan's other files
 * (from disk, or from the editor when open), and an edit in one chapter re-lints
 * the open chapters that depend on it.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DefinitionRequest, DocumentDiagnosticRequest, HoverRequest, type DocumentDiagnosticReport, type FullDocumentDiagnosticReport, type Hover, type Location, type MarkupContent } from "vscode-languageserver-protocol/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverIsBuilt, startServer, type TestClient } from "./lsp-client.js";

if (!serverIsBuilt()) throw new Error("dist/server.cjs is missing: run `npx turbo run build` first");

// Made-up chapters: chapter 1 spells CIP out; chapter 2 uses it and refers to 1.1(ア).
const CH1 = "1. 総論\n\n1.1. 基本方針\n\n(ア) 内閣官房において、重要インフラ防護（CIP）に関する行動計画に基づき、関係省庁と連携して取組を推進する。\n";
const CH2 = "2. 各論\n\n2.1. 重要インフラ\n\n(ア) 総務省において、CIPの取組を強化し、1.1(ア)に記載のとおり関係省庁と連携する。\n";
const CH3 = "3. おわりに\n\n3.1. 今後の進め方\n\n(ア) 内閣官房において、本計画の進捗を毎年度確認し、その結果を公表する。\n";

// A plan whose glossary is a chapter of its own: chapter 1 uses NISC, the glossary file defines it.
const CH_NISC = "1. 総論\n\n1.1. 基本方針\n\n(ア) 内閣官房において、NISCを中心に取組を推進する。\n";
const GLOSSARY_CHAPTER = "用語解説\n\nNISC 内閣サイバーセキュリティセンター（National center of Incident readiness and Strategy for Cybersecurity）の略。\n";

let dir = "";
const uri = (name: string) => pathToFileURL(join(dir, "plan", name)).href;
const codes = (diagnostics: { code?: string | number }[]) => diagnostics.map((d) => d.code);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "planlint-lsp-plan-"));
  mkdirSync(join(dir, "plan"));
  writeFileSync(join(dir, "plan", "01_総論.txt"), CH1);
  writeFileSync(join(dir, "plan", "02_各論.txt"), CH2);
  writeFileSync(join(dir, "plan", "03_おわりに.txt"), CH3);
  writeFileSync(join(dir, "alone.txt"), CH2);
  mkdirSync(join(dir, "glossary-plan"));
  writeFileSync(join(dir, "glossary-plan", "01_総論.txt"), CH_NISC);
  writeFileSync(join(dir, "glossary-plan", "04_用語解説.txt"), GLOSSARY_CHAPTER);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("push client: a chapter of a plan", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startServer({ workspaceFolder: dir, initializationOptions: { debounce: 0 } });
  });
  afterAll(() => client.stop());

  it("lints an open chapter with the plan's files on disk", async () => {
    await client.open(uri("02_各論.txt"), CH2);
    const published = await client.diagnostics(uri("02_各論.txt"));
    expect(codes(published.diagnostics)).toEqual([]);
  });

  it("lints the same text outside a plan alone", async () => {
    const alone = pathToFileURL(join(dir, "alone.txt")).href;
    await client.open(alone, CH2);
    const published = await client.diagnostics(alone);
    // CIP is undefined without chapter 1; its reference to chapter 1 is not reported: a file
    // of one chapter, alone, cannot see the others.
    expect(codes(published.diagnostics)).toEqual(["no-undefined-acronym"]);
  });

  it("re-lints an open chapter when another open chapter it depends on is edited", async () => {
    await client.open(uri("01_総論.txt"), CH1);
    await client.diagnostics(uri("01_総論.txt"));
    const before = client.published.length;
    // Chapter 1 stops spelling CIP out: chapter 2's use of it is now undefined.
    const start = CH1.indexOf("重要インフラ防護（CIP）");
    const line = CH1.slice(0, start).split("\n").length - 1;
    const character = start - CH1.lastIndexOf("\n", start) - 1;
    await client.change(uri("01_総論.txt"), [{ range: { start: { line, character }, end: { line, character: character + "重要インフラ防護（CIP）".length } }, text: "重要インフラ防護" }]);
    const chapter2 = await client.diagnostics(uri("02_各論.txt"), (p) => client.published.indexOf(p) >= before);
    expect(codes(chapter2.diagnostics)).toEqual(["no-undefined-acronym"]);
    expect(chapter2.version).toBe(1);
    // And back: the definition restored clears it again.
    const after = client.published.length;
    await client.change(uri("01_総論.txt"), [{ range: { start: { line, character }, end: { line, character: character + "重要インフラ防護".length } }, text: "重要インフラ防護（CIP）" }]);
    const cleared = await client.diagnostics(uri("02_各論.txt"), (p) => client.published.indexOf(p) >= after);
    expect(codes(cleared.diagnostics)).toEqual([]);
  });
});

describe("pull client: a chapter of a plan", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startServer({ workspaceFolder: dir, pull: true, initializationOptions: { debounce: 0 } });
  });
  afterAll(() => client.stop());

  const pull = async (u: string) =>
    ((await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: u } })) as DocumentDiagnosticReport as FullDocumentDiagnosticReport).items;

  it("uses an open chapter's text from the editor, not from disk", async () => {
    await client.open(uri("03_おわりに.txt"), CH3);
    expect(codes(await pull(uri("03_おわりに.txt")))).toEqual([]);
    // In the editor (unsaved), chapter 1 is renumbered 2: chapter 3 now repeats … and chapter 2's file on disk says 2.
    await client.open(uri("01_総論.txt"), CH1.replace("1. 総論", "2. 総論").replace("1.1. 基本方針", "2.1. 基本方針"));
    expect(codes(await pull(uri("03_おわりに.txt")))).toEqual([]);
    await client.open(uri("02_各論.txt"), CH2);
    expect(codes(await pull(uri("02_各論.txt")))).toEqual(["valid-cross-reference"]);
  });
});

describe("hover and definition in a chapter find the plan's glossary chapter", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startServer({ workspaceFolder: dir, initializationOptions: { debounce: 0 } });
  });
  afterAll(() => client.stop());

  it("shows the glossary file's entry on NISC in chapter 1, and goes to it", async () => {
    const chapter = pathToFileURL(join(dir, "glossary-plan", "01_総論.txt")).href;
    await client.open(chapter, CH_NISC);
    // Linted with its plan first (the glossary chapter defines NISC: no finding).
    expect(codes((await client.diagnostics(chapter)).diagnostics)).toEqual([]);
    const at = CH_NISC.indexOf("NISC") + 1;
    const line = CH_NISC.slice(0, at).split("\n").length - 1;
    const position = { line, character: at - CH_NISC.lastIndexOf("\n", at) - 1 };
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: chapter }, position })) as Hover | null;
    expect((hover?.contents as MarkupContent | undefined)?.value).toContain("内閣サイバーセキュリティセンター");
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: chapter }, position })) as Location | Location[] | null;
    const target = Array.isArray(definition) ? definition[0] : definition;
    expect(target?.uri).toBe(pathToFileURL(join(dir, "glossary-plan", "04_用語解説.txt")).href);
    expect(target?.range.start.line).toBe(2);
  });
});
