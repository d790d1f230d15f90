import { join } from "node:path";
import { PlanlintError } from "@planlint/core";
import { describe, expect, test } from "vitest";
import { builtinRules } from "../../test/test-rules.js";
import { shown, tempFolder } from "../../test/temp-files.js";
import { ConfigResolver } from "./resolve-config.js";

const RULE_IDS = Object.keys(builtinRules).sort().join(", ");

/** The error a folder with these files gives when a file in it is linted, as the CLI prints it (less "planlint: "). */
async function configError(files: Record<string, string>): Promise<string> {
  const dir = tempFolder({ ...files, "plan.txt": "計画\n" });
  const resolver = new ConfigResolver({ cwd: dir, rules: builtinRules });
  try {
    await resolver.configFor(join(dir, "plan.txt"));
  } catch (error) {
    expect(error).toBeInstanceOf(PlanlintError);
    return shown(error, dir);
  }
  throw new Error("expected a config error");
}

describe("config errors name the file, line and column", () => {
  test("an unknown key, with the closest valid one", async () => {
    expect(await configError({ "planlint.config.json": '{\n  "root": true,\n  "rule": {}\n}\n' })).toBe(
      'planlint.config.json:3:3: unknown key "rule" (did you mean "rules"?); valid keys: $schema, root, extends, style, rules, glossary, terms, ignore, plans, overrides, exceptions',
    );
  });

  test("an unknown key inside an override", async () => {
    expect(await configError({ "planlint.config.json": '{ "overrides": [ { "files": "*.md", "rule": {} } ] }' })).toBe(
      'planlint.config.json:1:37: overrides[0]: unknown key "rule" (did you mean "rules"?); valid keys: files, style, rules, glossary, terms',
    );
  });

  test("an unknown rule, listing the valid ids", async () => {
    expect(await configError({ "planlint.config.json": '{\n  "rules": {\n    "consistent-term": "warn"\n  }\n}\n' })).toBe(
      `planlint.config.json:3:5: unknown rule "consistent-term" (did you mean "consistent-terms"?); valid rules: ${RULE_IDS}`,
    );
  });

  test("an unknown rule in YAML", async () => {
    expect(await configError({ "planlint.config.yaml": "rules:\n  no-such-rule: error\n" })).toBe(`planlint.config.yaml:2:3: unknown rule "no-such-rule"; valid rules: ${RULE_IDS}`);
  });

  test("a bad severity", async () => {
    expect(await configError({ "planlint.config.json": '{ "rules": { "test-words": "warning" } }' })).toBe(
      'planlint.config.json:1:28: rule "test-words" has severity "warning"; valid severities: "off", "info", "warn" or "error"',
    );
  });

  test("a bad severity inside [severity, options]", async () => {
    expect(await configError({ "planlint.config.yml": "rules:\n  test-words: [2, {}]\n" })).toBe(
      'planlint.config.yml:2:16: rule "test-words" has severity the number 2; valid severities: "off", "info", "warn" or "error"',
    );
  });

  test("a rule entry that is neither", async () => {
    expect(await configError({ "planlint.config.json": '{ "rules": { "test-words": true } }' })).toBe(
      'planlint.config.json:1:28: rule "test-words" must be a severity ("off", "info", "warn" or "error") or [severity, options], not true',
    );
  });

  test("an unknown option, listing the valid ones", async () => {
    expect(await configError({ "planlint.config.json": '{ "rules": { "test-words": ["warn", { "word": {} }] } }' })).toBe(
      'planlint.config.json:1:39: rule "test-words": unknown option "word" (did you mean "words"?); valid options: words, fix',
    );
  });

  test("an option of the wrong type, saying what is valid", async () => {
    expect(await configError({ "planlint.config.yaml": "rules:\n  test-words:\n    - warn\n    - fix: 'no'\n" })).toBe(
      'planlint.config.yaml:4:12: rule "test-words" option "fix" must be true or false, not "no"',
    );
    expect(await configError({ "planlint.config.json": '{ "rules": { "test-words": ["warn", { "words": { "a": 1 } }] } }' })).toBe(
      'planlint.config.json:1:55: rule "test-words" option "words.a" must be a string, not the number 1',
    );
  });

  test("options for a rule that takes none", async () => {
    const id = Object.keys(builtinRules).find((k) => !builtinRules[k as keyof typeof builtinRules].meta.optionsSchema);
    if (!id) return; // every rule has options now
    expect(await configError({ "planlint.config.json": `{ "rules": { "${id}": ["warn", { "x": 1 }] } }` })).toMatch(
      new RegExp(`^planlint\\.config\\.json:1:\\d+: rule "${id}": unknown option "x"; it takes no options$`),
    );
  });

  test("a value of the wrong type", async () => {
    expect(await configError({ "planlint.config.json": '{ "glossary": "g.yml" }' })).toBe('planlint.config.json:1:15: glossary must be a list, not "g.yml"');
    expect(await configError({ "planlint.config.json": '{ "root": "yes" }' })).toBe('planlint.config.json:1:11: root must be true or false, not "yes"');
    expect(await configError({ "planlint.config.json": '{ "overrides": [ { "rules": {} } ] }' })).toBe('planlint.config.json:1:18: overrides[0] is missing "files"');
    expect(await configError({ "planlint.config.json": "[]" })).toBe("planlint.config.json:1:1: the config must be a mapping, not an empty list");
    expect(await configError({ "planlint.config.json": '{ "style": "koyo" }' })).toBe('planlint.config.json:1:12: style must be "official" or "general", not "koyo"');
  });

  test("an exception for an unknown rule, a negated ignore pattern", async () => {
    expect(await configError({ "planlint.config.json": '{ "exceptions": [ { "text": "x", "rule": "test-word" } ] }' })).toBe(
      `planlint.config.json:1:42: exceptions[0].rule names an unknown rule "test-word" (did you mean "test-words"?); valid rules: ${RULE_IDS}`,
    );
    expect(await configError({ "planlint.config.json": '{ "ignore": ["a.txt", "!b.txt"] }' })).toBe(
      'planlint.config.json:1:23: ignore[1] is a negated pattern ("!b.txt"), which ignore does not support; list only what to skip',
    );
  });
});

describe("malformed files", () => {
  test("JSON: a missing comma, a trailing comma, a comment, a duplicate key, an empty file", async () => {
    expect(await configError({ "planlint.config.json": '{\n  "root": true\n  "rules": {}\n}\n' })).toBe("planlint.config.json:3:3: invalid JSON: expected a comma");
    expect(await configError({ "planlint.config.json": '{\n  "rules": {},\n}\n' })).toBe(
      "planlint.config.json:2:14: invalid JSON: trailing commas are not allowed in JSON (name the file planlint.config.jsonc to use them)",
    );
    expect(await configError({ "planlint.config.json": '{\n  // a comment\n  "root": true\n}\n' })).toBe(
      "planlint.config.json:2:3: invalid JSON: comments are not allowed in JSON (name the file planlint.config.jsonc to use them)",
    );
    expect(await configError({ "planlint.config.json": '{ "root": true, "root": false }' })).toBe('planlint.config.json:1:17: invalid JSON: duplicate key "root"');
    expect(await configError({ "planlint.config.json": "" })).toBe("planlint.config.json:1:1: invalid JSON: expected a value");
  });

  test("JSONC takes comments and trailing commas, not broken strings", async () => {
    const dir = tempFolder({ "planlint.config.jsonc": '{\n  // rules\n  "rules": { "test-words": "error", },\n}\n', "plan.txt": "多重防御\n" });
    const config = await new ConfigResolver({ cwd: dir, rules: builtinRules }).configFor(join(dir, "plan.txt"));
    expect([...config.rules]).toEqual([["test-words", { severity: "error", options: {} }]]);
    expect(await configError({ "planlint.config.jsonc": '{\n  "root": "yes\n}\n' })).toBe("planlint.config.jsonc:2:11: invalid JSONC: a string is not closed");
  });

  test("YAML: bad indentation, a duplicate key", async () => {
    expect(await configError({ "planlint.config.yaml": "rules:\n  test-words: warn\n   extra: 1\n" })).toBe(
      "planlint.config.yaml:2:15: invalid YAML: Nested mappings are not allowed in compact mappings",
    );
    expect(await configError({ "planlint.config.yaml": "root: true\nroot: false\n" })).toBe("planlint.config.yaml:2:1: invalid YAML: Map keys must be unique");
  });

  test("a YAML file of comments only is an empty config", async () => {
    const dir = tempFolder({ "planlint.config.yaml": "# nothing yet\n", "plan.txt": "x\n" });
    const config = await new ConfigResolver({ cwd: dir, rules: builtinRules }).configFor(join(dir, "plan.txt"));
    expect(config.rules.size).toBe(0);
  });

  test("package.json#planlint is located inside package.json", async () => {
    expect(await configError({ "package.json": '{\n  "name": "plans",\n  "planlint": {\n    "rules": { "nope": "warn" }\n  }\n}\n' })).toBe(
      `package.json:4:16: unknown rule "nope"; valid rules: ${RULE_IDS}`,
    );
  });
});

describe("extends", () => {
  test("a missing base, an unknown built-in, a package name, a cycle", async () => {
    expect(await configError({ "planlint.config.json": '{ "extends": "./base.json" }' })).toBe('planlint.config.json:1:14: extends "./base.json": cannot read it: no such file');
    expect(await configError({ "planlint.config.json": '{ "extends": ["planlint:strict"] }' })).toBe(
      'planlint.config.json:1:15: extends "planlint:strict": no such built-in config; the built-in one is planlint:recommended',
    );
    expect(await configError({ "planlint.config.json": '{ "extends": "base.json" }' })).toBe(
      'planlint.config.json:1:14: extends "base.json": give planlint:recommended or a relative path such as ./base.json',
    );
    const cycle = await configError({ "planlint.config.json": '{ "extends": "./a.yaml" }', "a.yaml": "extends: ./b.json\n", "b.json": '{ "extends": "./a.yaml" }' });
    expect(cycle).toBe('b.json:1:14: extends "./a.yaml" makes a cycle (a.yaml → b.json → a.yaml)');
  });

  test("an error inside a base names the base", async () => {
    expect(await configError({ "planlint.config.json": '{ "extends": "./shared/base.yml" }', "shared/base.yml": "rules:\n  test-words: loud\n" })).toBe(
      'shared/base.yml:2:15: rule "test-words" has severity "loud"; valid severities: "off", "info", "warn" or "error"',
    );
  });
});

describe("files a config names", () => {
  test("a missing glossary file is reported where the config names it", async () => {
    expect(await configError({ "planlint.config.yaml": "glossary:\n  - glossary/terms.yml\n" })).toBe('planlint.config.yaml:2:5: cannot read glossary file "glossary/terms.yml": no such file');
  });

  test("a malformed glossary file is reported at its own line", async () => {
    const error = await configError({ "planlint.config.json": '{ "glossary": ["g.yml"] }', "g.yml": "entries:\n  - headword: CSIRT\n    definiton: x\n" });
    expect(error).toMatch(/^g\.yml:3:5: entries\[0\] has an unknown key "definiton"/);
  });

  test("a missing term dictionary", async () => {
    expect(await configError({ "planlint.config.json": '{\n  "terms": ["dict/prh.yml"]\n}' })).toBe('planlint.config.json:2:13: cannot read term dictionary "dict/prh.yml": no such file');
  });

  test("a dictionary pattern that would backtrack catastrophically", async () => {
    const dir = tempFolder({ "planlint.config.json": '{ "terms": ["prh.yml"] }', "prh.yml": "version: 1\nrules:\n  - expected: a\n    pattern: /(a+)+$/\n", "plan.txt": "x\n" });
    const error = await new ConfigResolver({ cwd: dir, rules: builtinRules }).configFor(join(dir, "plan.txt")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanlintError);
    expect((error as PlanlintError).code).toBe("unsafe-pattern");
    expect(shown(error, dir)).toMatch(/^prh\.yml:4:\d+: pattern \/\(a\+\)\+\$\/ can backtrack catastrophically/);
  });

  test("two configs in one folder", async () => {
    expect(await configError({ "planlint.config.json": "{}", "planlint.config.yaml": "{}\n" })).toBe(
      "planlint.config.yaml: more than one planlint config in this folder (planlint.config.json, planlint.config.yaml); keep one",
    );
  });
});

test("a JavaScript config is refused, never run", async () => {
  expect(await configError({ "planlint.config.js": "module.exports = {}" })).toBe(
    "planlint.config.js: planlint does not run code, so planlint.config.js cannot be a config; write planlint.config.json, .jsonc, .yaml or .yml instead",
  );
});
