import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { builtinRules } from "../../test/test-rules.js";
import { tempFolder } from "../../test/temp-files.js";
import { ConfigResolver } from "./resolve-config.js";
import type { ResolvedConfig } from "./resolved-config.js";

const rulesOf = (config: ResolvedConfig) => Object.fromEntries([...config.rules].map(([id, s]) => [id, Object.keys(s.options).length ? [s.severity, s.options] : s.severity]));
const recommended = Object.fromEntries(
  Object.entries(builtinRules)
    .filter(([, r]) => r.meta.recommended !== "off")
    .map(([id, r]) => [id, r.meta.recommended === "warn" ? "warning" : r.meta.recommended]),
);

describe("finding configs", () => {
  test("without any config, planlint:recommended applies", async () => {
    const dir = tempFolder({ "plan.txt": "x\n" });
    const config = await new ConfigResolver({ cwd: dir, rules: builtinRules }).configFor(join(dir, "plan.txt"));
    // The temp folder has no config above it either (unless the machine's root has one).
    expect(rulesOf(config)).toEqual(recommended);
    expect(config.configFile).toBeUndefined();
  });

  test("configs cascade from the file's folder upwards: the nearer wins, root: true stops the search", async () => {
    const dir = tempFolder({
      "planlint.config.json": '{ "rules": { "test-words": "error", "consistent-terms": "warn" } }',
      "a/planlint.config.yaml": "root: true\nrules:\n  test-words: info\n",
      "a/b/planlint.config.jsonc": '{ "rules": { "test-words": ["warn", { "fix": false }] } }',
      "a/b/plan.txt": "x\n",
      "c/plan.txt": "x\n",
      "a/plan.txt": "x\n",
    });
    const resolver = new ConfigResolver({ cwd: dir, rules: builtinRules });
    const deep = await resolver.configFor(join(dir, "a/b/plan.txt"));
    expect(rulesOf(deep)).toEqual({ "test-words": ["warning", { fix: false }] });
    expect(deep.configFile).toBe(join(dir, "a/b/planlint.config.jsonc"));
    expect(rulesOf(await resolver.configFor(join(dir, "a/plan.txt")))).toEqual({ "test-words": "info" });
    expect(rulesOf(await resolver.configFor(join(dir, "c/plan.txt")))).toEqual({ "test-words": "error", "consistent-terms": "warning" });
  });

  test("package.json#planlint counts; a package.json without it does not", async () => {
    const dir = tempFolder({
      "package.json": '{ "name": "x", "planlint": { "root": true, "rules": { "test-words": "error" } } }',
      "sub/package.json": '{ "name": "y", "scripts": { "planlint": "planlint ." } }',
      "sub/plan.txt": "x\n",
    });
    expect(rulesOf(await new ConfigResolver({ cwd: dir, rules: builtinRules }).configFor(join(dir, "sub/plan.txt")))).toEqual({ "test-words": "error" });
  });

  test("--config replaces the search", async () => {
    const dir = tempFolder({
      "planlint.config.json": '{ "root": true, "rules": { "test-words": "error" } }',
      "other.yml": "root: true\nrules:\n  consistent-terms: error\n",
      "plan.txt": "x\n",
    });
    const config = await new ConfigResolver({ cwd: dir, rules: builtinRules, configFile: "other.yml" }).configFor(join(dir, "plan.txt"));
    expect(rulesOf(config)).toEqual({ "consistent-terms": "error" });
  });
});

describe("merging", () => {
  test("extends come first, in order; a severity alone keeps the options set before", async () => {
    const dir = tempFolder({
      "base.yml": "rules:\n  test-words: [error, { words: { A: B } }]\n",
      "planlint.config.json": '{ "root": true, "extends": ["planlint:recommended", "./base.yml"], "rules": { "test-words": "warn", "consistent-terms": "off" } }',
      "plan.txt": "x\n",
    });
    const config = await new ConfigResolver({ cwd: dir, rules: builtinRules }).configFor(join(dir, "plan.txt"));
    const expected: Record<string, unknown> = { ...recommended, "test-words": ["warning", { words: { A: "B" } }] };
    delete expected["consistent-terms"];
    expect(rulesOf(config)).toEqual(expected);
  });

  test("overrides apply to the files their globs match; --rule comes last; --quiet keeps error rules only", async () => {
    const dir = tempFolder({
      "planlint.config.json": JSON.stringify({
        root: true,
        rules: { "test-words": "warn" },
        overrides: [
          { files: "*.md", rules: { "test-words": "error" } },
          { files: ["drafts/**"], rules: { "consistent-terms": "warn" } },
        ],
      }),
      "plan.txt": "x\n",
      "notes/plan.md": "x\n",
      "drafts/old/plan.txt": "x\n",
    });
    const resolver = new ConfigResolver({ cwd: dir, rules: builtinRules });
    expect(rulesOf(await resolver.configFor(join(dir, "plan.txt")))).toEqual({ "test-words": "warning" });
    expect(rulesOf(await resolver.configFor(join(dir, "notes/plan.md")))).toEqual({ "test-words": "error" });
    expect(rulesOf(await resolver.configFor(join(dir, "drafts/old/plan.txt")))).toEqual({ "test-words": "warning", "consistent-terms": "warning" });

    const flagged = new ConfigResolver({ cwd: dir, rules: builtinRules, ruleSettings: [["test-words", { severity: "off" }]] });
    expect(rulesOf(await flagged.configFor(join(dir, "notes/plan.md")))).toEqual({});
    const quiet = new ConfigResolver({ cwd: dir, rules: builtinRules, errorsOnly: true });
    expect(rulesOf(await quiet.configFor(join(dir, "drafts/old/plan.txt")))).toEqual({});
    expect(rulesOf(await quiet.configFor(join(dir, "notes/plan.md")))).toEqual({ "test-words": "error" });
  });

  test("style: the nearest config sets it, an override by glob wins, absent leaves detection to the document", async () => {
    const dir = tempFolder({
      "planlint.config.json": JSON.stringify({ root: true, style: "official" }),
      "guides/planlint.config.yaml": "style: general\noverrides:\n  - files: \"annex/**\"\n    style: official\n",
      "guides/guide.md": "x\n",
      "guides/annex/kihon.txt": "x\n",
      "plan.txt": "x\n",
      "other/planlint.config.json": '{ "root": true }',
      "other/plan.txt": "x\n",
    });
    const resolver = new ConfigResolver({ cwd: dir, rules: builtinRules });
    expect((await resolver.configFor(join(dir, "plan.txt"))).style).toBe("official");
    expect((await resolver.configFor(join(dir, "guides/guide.md"))).style).toBe("general");
    expect((await resolver.configFor(join(dir, "guides/annex/kihon.txt"))).style).toBe("official");
    expect((await resolver.configFor(join(dir, "other/plan.txt"))).style).toBeUndefined();
  });

  test("glossary files and dictionaries are loaded relative to their config, once", async () => {
    const dir = tempFolder({
      "planlint.config.yaml": "root: true\nglossary: [terms/glossary.yml]\nterms: [terms/prh.yml]\nexceptions:\n  - text: 多重防御\n    rule: test-words\n    reason: 引用\n",
      "terms/glossary.yml": "entries:\n  - headword: CSIRT\n    expansion: Computer Security Incident Response Team\n",
      "terms/prh.yml": "version: 1\nrules:\n  - expected: 多層防御\n    pattern: 多重防御\n",
      "a/plan.txt": "x\n",
      "b/plan.txt": "x\n",
    });
    const resolver = new ConfigResolver({ cwd: dir, rules: builtinRules });
    const a = await resolver.configFor(join(dir, "a/plan.txt"));
    expect(a.glossary.map((e) => [e.headword, e.expansion])).toEqual([["CSIRT", "Computer Security Incident Response Team"]]);
    expect(a.terms).toHaveLength(1);
    expect(a.terms[0]!.rules.map((r) => r.expected)).toEqual(["多層防御"]);
    expect(a.exceptions).toEqual([{ text: "多重防御", rule: "test-words", reason: "引用", source: { file: join(dir, "planlint.config.yaml"), index: 0, line: 5, column: 5 } }]);
    // Same config for another folder: the very same objects.
    expect(await resolver.configFor(join(dir, "b/plan.txt"))).toBe(a);
  });
});

describe("ignore", () => {
  const dir = tempFolder({
    "planlint.config.json": JSON.stringify({ root: true, ignore: ["*.bak.txt", "drafts", "/notes/private/**"] }),
    "sub/planlint.config.json": JSON.stringify({ ignore: ["local.md"] }),
  });
  const resolver = new ConfigResolver({ cwd: dir, rules: builtinRules });
  test.each([
    ["plan.txt", false],
    ["plan.bak.txt", true],
    ["deep/er/plan.bak.txt", true],
    ["drafts/plan.txt", true],
    ["a/drafts/b/plan.txt", true],
    ["notes/private/x.md", true],
    ["other/notes/private/x.md", false],
    ["sub/local.md", true],
    ["local.md", false],
  ])("%s ignored: %s", async (path, ignored) => {
    expect(await resolver.isIgnored(join(dir, path))).toBe(ignored);
  });
  test("folders", async () => {
    expect(await resolver.isIgnored(join(dir, "drafts"), true)).toBe(true);
    expect(await resolver.isIgnored(join(dir, "notes"), true)).toBe(false);
  });
});
