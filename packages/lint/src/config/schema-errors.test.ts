import { Ajv } from "ajv";
import { describe, expect, test } from "vitest";
import { builtinRules } from "../rules/index.js";
import { ruleOptionValidators } from "./generated/config-validate.js";
import { schemaProblems, unsupportedKeywords } from "./schema-errors.js";
import { didYouMean } from "./wording.js";

// As scripts/build-config-schema.mjs compiles, less strict mode (these schemas are made up to reach every keyword).
const ajv = new Ajv({ allErrors: true, messages: false, strict: false });
const checkJsonSchema = (value: unknown, schema: Record<string, unknown>) => schemaProblems(ajv.compile(schema), value, schema);
const messages = (value: unknown, schema: Record<string, unknown>) => checkJsonSchema(value, schema).map((p) => [p.path.join("."), p.message]);

describe("ajv's errors in words", () => {
  test("types, enums and constants say what is valid and what was given", () => {
    expect(messages(3, { type: "string" })).toEqual([["", "must be a string, not the number 3"]]);
    expect(messages("x", { type: ["number", "boolean"] })).toEqual([["", 'must be a number or true or false, not "x"']]);
    expect(messages("c", { enum: ["a", "b"] })).toEqual([["", 'must be "a" or "b", not "c"']]);
    expect(messages(1.5, { type: "integer" })).toEqual([["", "must be a whole number, not the number 1.5"]]);
    expect(messages(null, { const: "a" })).toEqual([["", 'must be "a", not null']]);
  });

  test("objects: unknown keys (with a suggestion), required keys, nested paths", () => {
    const schema = { type: "object", properties: { words: { type: "object", additionalProperties: { type: "string" } }, max: { type: "number", minimum: 1 } }, required: ["max"], additionalProperties: false };
    expect(checkJsonSchema({ word: {} , max: 2 }, schema)).toEqual([
      { path: [], key: "word", allowed: ["words", "max"], message: 'has an unknown key "word" (did you mean "words"?); valid keys: words, max' },
    ]);
    expect(messages({ words: { a: 1 }, max: 2 }, schema)).toEqual([["words.a", "must be a string, not the number 1"]]);
    expect(messages({ max: 0 }, schema)).toEqual([["max", "must be at least 1, not 0"]]);
    expect(messages({}, schema)).toEqual([["", 'is missing "max"']]);
  });

  test("oneOf needs exactly one alternative to fit, anyOf at least one", () => {
    const alternatives = [{ type: "number", minimum: 0 }, { type: "number", maximum: 10 }];
    expect(messages(5, { oneOf: alternatives })).toEqual([["", "fits 2 of the alternatives where exactly one must fit: the number 5"]]);
    expect(messages(20, { oneOf: alternatives })).toEqual([]);
    expect(messages(-1, { oneOf: alternatives })).toEqual([]);
    expect(messages(5, { anyOf: alternatives })).toEqual([]);
    expect(messages("5", { oneOf: alternatives })).toEqual([["", 'must be a number, not "5"']]);
    // Both keywords: each holds.
    expect(messages(5, { anyOf: [{ type: "string" }], oneOf: alternatives })).toEqual([["", "must be a string, not the number 5"]]);
  });

  test("arrays: items, tuples, sizes, uniqueness", () => {
    expect(messages([1, "a"], { type: "array", items: { type: "number" } })).toEqual([["1", 'must be a number, not "a"']]);
    expect(messages(["a", 1, 2], { type: "array", items: [{ type: "string" }], additionalItems: false, maxItems: 3 })).toEqual([
      ["1", "is not allowed here"],
      ["2", "is not allowed here"],
    ]);
    expect(messages([], { type: "array", minItems: 1 })).toEqual([["", "must not be an empty list"]]);
    expect(messages(["a", "a"], { type: "array", uniqueItems: true })).toEqual([["1", 'repeats "a" given before']]);
  });

  test("anyOf: the alternative of the value's type explains the problem; otherwise all are listed", () => {
    const severity = { anyOf: [{ const: "off", type: "string" }, { const: "warn", type: "string" }] };
    const entry = { anyOf: [severity, { type: "array", items: [severity], minItems: 1, maxItems: 1 }] };
    expect(messages("warning", entry)).toEqual([["", 'must be "off" or "warn", not "warning"']]);
    expect(messages(["warning"], entry)).toEqual([["0", 'must be "off" or "warn", not "warning"']]);
    expect(messages(3, entry)).toEqual([["", 'must be "off" or "warn" or a list ["off" or "warn"], not the number 3']]);
    expect(messages("", { anyOf: [{ type: "string", minLength: 1 }, { type: "array" }] })).toEqual([["", "must not be empty"]]);
  });

  test("$ref resolves against the root", () => {
    const root = { definitions: { n: { type: "number" } }, type: "object", properties: { a: { $ref: "#/definitions/n" }, b: { $ref: "#/definitions/n" } } };
    expect(checkJsonSchema({ a: "x" }, root).map((p) => p.message)).toEqual(['must be a number, not "x"']);
  });

  test("problems come in the order the value is written, a missing key only when nothing inside is wrong", () => {
    const schema = { type: "object", properties: { a: { type: "number" }, b: { type: "object", properties: { c: { type: "string" } }, required: ["d"] } }, required: ["e"] };
    expect(messages({ b: { c: 1 }, a: "x" }, schema)).toEqual([
      ["b.c", "must be a string, not the number 1"],
      ["a", 'must be a number, not "x"'],
    ]);
    expect(messages({ a: 1, b: {} }, schema)).toEqual([["b", 'is missing "d"']]);
    expect(messages({ a: 1, b: { d: 0 } }, schema)).toEqual([["", 'is missing "e"']]);
  });

  test("didYouMean only for near misses", () => {
    expect(didYouMean("rule", ["rules", "root"])).toBe(' (did you mean "rules"?)');
    expect(didYouMean("xyz", ["rules", "root"])).toBe("");
  });
});

describe("rule option schemas", () => {
  test("use only keywords whose errors are worded", () => {
    for (const [id, rule] of Object.entries(builtinRules)) {
      if (rule.meta.optionsSchema) expect(unsupportedKeywords(rule.meta.optionsSchema), `rule ${id}'s optionsSchema`).toEqual([]);
    }
  });

  test("accept the rule's own default options", () => {
    for (const [id, rule] of Object.entries(builtinRules)) {
      if (rule.meta.optionsSchema && rule.defaultOptions) expect(ruleOptionValidators[id]!(rule.defaultOptions), `rule ${id}'s defaultOptions`).toBe(true);
    }
  });

  test("unsupportedKeywords finds keywords at any depth", () => {
    expect(unsupportedKeywords({ type: "object", properties: { a: { if: {}, then: {} } } })).toEqual(["#/properties/a/if", "#/properties/a/then"]);
  });
});
