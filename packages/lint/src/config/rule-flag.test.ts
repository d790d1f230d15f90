import { describe, expect, test } from "vitest";
import { builtinRules } from "../../test/test-rules.js";
import { parseRuleFlag } from "./rule-flag.js";

const ids = Object.keys(builtinRules).sort().join(", ");
const fails = (flag: string) => {
  try {
    parseRuleFlag(flag, builtinRules);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
};

describe("--rule", () => {
  test("a severity, or [severity, options] as JSON", () => {
    expect(parseRuleFlag("test-words: error", builtinRules)).toEqual(["test-words", { severity: "error" }]);
    expect(parseRuleFlag('test-words:["warn",{"fix":false}]', builtinRules)).toEqual(["test-words", { severity: "warn", options: { fix: false } }]);
    expect(parseRuleFlag('test-words: "off"', builtinRules)).toEqual(["test-words", { severity: "off" }]);
  });

  test("mistakes are named with what is valid", () => {
    expect(fails("test-words")).toBe('--rule "test-words": write it as "rule-id: severity" or \'rule-id: ["severity", {options}]\'');
    expect(fails("test-word: warn")).toBe(`--rule "test-word: warn": unknown rule "test-word" (did you mean "test-words"?); valid rules: ${ids}`);
    expect(fails("test-words: warning")).toBe('--rule "test-words: warning": rule "test-words" has severity "warning"; valid severities: "off", "info", "warn" or "error"');
    expect(fails('test-words: ["warn", {"fix": 1}]')).toBe('--rule "test-words: [\\"warn\\", {\\"fix\\": 1}]": rule "test-words" option "fix" must be true or false, not the number 1');
    expect(fails("test-words: [warn]")).toMatch(/^--rule "test-words: \[warn\]": invalid JSON: /);
  });
});
