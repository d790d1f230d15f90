import { describe, expect, test } from "vitest";
import { testWords } from "../test/test-rules.js";
import { lintText } from "./linter.js";
import { defineRule } from "./rule.js";

/** A rule that reports once and then throws, as a buggy rule would halfway through. */
const throwing = defineRule({
  id: "throws",
  meta: {
    description: "Test rule: throws.",
    recommended: "off",
    fixable: false,
    hasSuggestions: false,
    messages: { found: "found" },
    docs: "docs/rules/throws.md",
    scopes: ["overview", "body", "glossary", "public-comments", "other"],
  },
  create(context) {
    context.report({ range: { start: 0, end: 1 }, messageId: "found", data: {} });
    throw new Error("index out of range\n    at somewhere");
  },
});

describe("lintText", () => {
  test("a rule that throws is named with the file as an error; its partial findings are dropped and the other rules still report", () => {
    const result = lintText("多重防御を行う。\n", {
      fileName: "plan.txt",
      rules: { throws: throwing, "test-words": testWords },
      config: {
        rules: new Map([
          ["throws", { severity: "warning", options: {} }],
          ["test-words", { severity: "warning", options: {} }],
        ]),
        glossary: [],
        terms: [],
        exceptions: [],
      },
    });
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.messageId])).toEqual([
      ["throws", "error", "ruleFailed"],
      ["test-words", "warning", "replace"],
    ]);
    expect(result.messages[0]!.message).toBe(
      "rule throws failed on plan.txt and reported nothing here: index out of range (this is a bug in planlint; the other rules ran)",
    );
    expect(result.errorCount).toBe(1);
  });
});

describe("parse problems", () => {
  test("a part the parser failed on is an error naming the part and the file", () => {
    const text = "1. 総論\n多重防御を行う。\n";
    const document = {
      format: "text" as const,
      length: text.length,
      parts: [],
      body: [],
      overview: [],
      glossary: [],
      footnotes: [],
      pageArtifacts: [],
      problems: [{ part: "glossary" as const, message: "boom\nstack", range: { start: 6, end: text.length } }],
    };
    const result = lintText(text, { fileName: "plan.txt", document, rules: {}, config: { rules: new Map(), glossary: [], terms: [], exceptions: [] } });
    expect(result.messages).toEqual([
      {
        ruleId: "parse",
        severity: "error",
        messageId: "parseFailed",
        message: "planlint could not read the glossary of plan.txt: boom (this is a bug in planlint; rules saw that part as empty)",
        range: { start: 6, end: 6 },
      },
    ]);
  });
});
