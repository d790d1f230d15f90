/** The BUILT server and config and glossary files: broken configs as diagnostics, watching, glossary files. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  DocumentSymbolRequest,
  HoverRequest,
  type Location,
  type Hover,
  type MarkupContent,
} from "vscode-languageserver-protocol/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverIsBuilt, startServer } from "./lsp-client.js";
import { CROSS_REFERENCE_PLAN, positionOf } from "./seed-facts.js";

if (!serverIsBuilt()) throw new Error("dist/server.cjs is missing: run `npx turbo run build` (or `npm run build -w @planlint/language-server`) first");

const hoverText = (h: Hover | null): string => (h ? (h.contents as MarkupContent).value : "");

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
