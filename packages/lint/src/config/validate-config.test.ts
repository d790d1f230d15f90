import { describe, expect, test } from "vitest";
import { defineRule } from "../rule.js";
import { builtinRules } from "../rules/index.js";
import { describeProblem, findConfigProblems } from "./validate-config.js";

const problem = (value: unknown, rules = builtinRules): string | undefined => {
  const first = findConfigProblems(value, rules)[0];
  return first && describeProblem(first);
};

describe("the generated validators, in words", () => {
  test("a built-in rule's options are checked by its compiled validator", () => {
    expect(problem({ rules: { "consistent-terms": ["warn", { builtin: ["kobun", "kobun"] }] } })).toBe('rule "consistent-terms" option "builtin[1]" repeats "kobun" given before');
    expect(problem({ rules: { "consistent-terms": ["warn", { builtin: ["kobn"] }] } })).toBe('rule "consistent-terms" option "builtin[0]" must be "kobun" or "cybersecurity", not "kobn"');
    expect(problem({ rules: { "no-duplicate-measures": ["warn", { threshold: 2 }] } })).toBe('rule "no-duplicate-measures" option "threshold" must be at most 1, not 2');
    expect(problem({ rules: { "no-repeated-passages": ["warn", { maxEdits: 1.5 }] } })).toBe('rule "no-repeated-passages" option "maxEdits" must be a whole number, not the number 1.5');
    expect(problem({ rules: { "no-undefined-acronym": ["warn", { allow: [""] }] } })).toBe('rule "no-undefined-acronym" option "allow[0]" must not be empty');
    expect(problem({ rules: { "no-undefined-acronym": ["warn", { allow: ["CSIRT"], wellKnown: true }] } })).toBeUndefined();
  });

  test("the first problem in reading order, wherever the schema lists the key", () => {
    expect(problem({ style: "koyo", root: "yes" })).toBe('style must be "official" or "general", not "koyo"');
    expect(problem({ ignore: [""], rules: { "no-such-rule": "warn" } })).toBe("ignore[0] must not be empty");
    expect(problem({ rules: { "no-such-rule": "warn" }, ignore: [""] })).toMatch(/^unknown rule "no-such-rule"; valid rules: /);
  });

  test("anyOf: the alternative of the value's type explains the problem", () => {
    expect(problem({ extends: "" })).toBe("extends must not be empty");
    expect(problem({ extends: ["./a.json", ""] })).toBe("extends[1] must not be empty");
    expect(problem({ extends: 3 })).toBe("extends must be a string or a list of strings, not the number 3");
    expect(problem({ plans: "all" })).toBe('plans must be "auto" or "none", not "all"');
    expect(problem({ plans: 3 })).toBe('plans must be "auto", "none" or a list, not the number 3');
    expect(problem({ overrides: [{ files: [] }] })).toBe("overrides[0].files must not be an empty list");
  });

  test("an override's missing files is told only when its rules are right", () => {
    expect(problem({ overrides: [{ rules: { "consistent-terms": "loud" } }] })).toBe(
      'rule "consistent-terms" has severity "loud"; valid severities: "off", "info", "warn" or "error"',
    );
  });

  test("a rule of one's own brings its validator; without one, its options are only checked to be a mapping", () => {
    const meta = { description: "x", recommended: "off", fixable: false, hasSuggestions: false, messages: {}, docs: "", optionsSchema: { type: "object", properties: { n: { type: "number" } } } } as const;
    const validated = defineRule<{ n?: number }>({ id: "mine", meta: { ...meta, optionsValidator: Object.assign((v: unknown) => (v as { n?: unknown }).n !== "x", { errors: [{ instancePath: "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "number" } }] }) }, create() {} });
    const unvalidated = defineRule<{ n?: number }>({ id: "mine", meta, create() {} });
    expect(problem({ rules: { mine: ["warn", { n: "x" }] } }, { mine: validated })).toBe('rule "mine" option "n" must be a number, not "x"');
    expect(problem({ rules: { mine: ["warn", { n: "x" }] } }, { mine: unvalidated })).toBeUndefined();
    expect(problem({ rules: { mine: ["warn", 3] } }, { mine: unvalidated })).toBe('rule "mine" options must be a mapping, not the number 3');
  });
});
