import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { parse } from "jsonc-parser";
import { describe, expect, test } from "vitest";
import { initConfigText } from "../commands/init.js";
import { builtinRules } from "../rules/index.js";
import { configJsonSchema } from "./config-json-schema.js";

const shipped = new URL("../../schema/planlint.config.schema.json", import.meta.url);

describe("schema/planlint.config.schema.json", () => {
  test("is generated from the config type and the rules' metadata (run `npm run build -w @planlint/lint` if this fails)", () => {
    expect(readFileSync(shipped, "utf8")).toBe(`${JSON.stringify(configJsonSchema(builtinRules), null, 2)}\n`);
  });

  test("and the validators planlint runs, src/config/generated/config-validate.js, are compiled from it (run the build if this fails)", () => {
    const script = fileURLToPath(new URL("../../scripts/build-config-schema.mjs", import.meta.url));
    // --check exits non-zero (and execFileSync throws) when a generated file is stale.
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });

  const schema = JSON.parse(readFileSync(shipped, "utf8")) as object;
  const validate = new Ajv({ allErrors: true, strict: true, strictTuples: false, allowMatchingProperties: true }).compile(schema);

  test("is a valid draft-07 schema that accepts what planlint accepts", () => {
    const ok = {
      $schema: "./node_modules/@planlint/lint/planlint.config.schema.json",
      root: true,
      extends: ["planlint:recommended", "./base.json"],
      rules: { "consistent-terms": ["error", { builtin: ["kobun"] }], "valid-numbering": "off" },
      glossary: ["g.yml"],
      terms: ["prh.yml"],
      ignore: ["drafts/**"],
      overrides: [{ files: "*.md", rules: { "consistent-width": "info" } }],
      exceptions: [{ text: "多重防御", rule: "consistent-terms", reason: "引用" }],
    };
    expect(validate(ok), JSON.stringify(validate.errors)).toBe(true);
  });

  test("rejects unknown keys, unknown rules and bad severities, as the loader does", () => {
    expect(validate({ rule: {} })).toBe(false);
    expect(validate({ rules: { "no-such-rule": "warn" } })).toBe(false);
    expect(validate({ rules: { "consistent-terms": "warning" } })).toBe(false);
    expect(validate({ overrides: [{ rules: {} }] })).toBe(false);
  });

  test("accepts the config `planlint init` writes", () => {
    expect(validate(parse(initConfigText())), JSON.stringify(validate.errors)).toBe(true);
  });
});
