import { describe, expect, test } from "vitest";
import { builtinRules } from "../../test/test-rules.js";
import { lintSample, SAMPLE } from "../../test/linted-files.js";
import { reportText } from "./index.js";
import { formatJson } from "./json.js";

describe("json", () => {
  test("ESLint's shape: 1-based lines, UTF-16 columns, end just after the last character, fix ranges as offsets", () => {
    const [out] = JSON.parse(reportText(formatJson([lintSample("/work/plan.txt")], { cwd: "/work", rules: builtinRules }))) as Record<string, unknown>[];
    expect(out).toEqual({
      filePath: "/work/plan.txt",
      messages: [
        { ruleId: "test-words", messageId: "replace", severity: 2, message: "「多重防御」ではなく「多層防御」と書きます。", line: 1, column: 1, endLine: 1, endColumn: 5, fix: { range: [0, 4], text: "多層防御" } },
        // 𠮷 is two UTF-16 code units: 𠮷野家の = 5 units before the finding.
        { ruleId: "test-words", messageId: "replace", severity: 2, message: "「多重防御」ではなく「多層防御」と書きます。", line: 2, column: 6, endLine: 2, endColumn: 10, fix: { range: [15, 19], text: "多層防御" } },
      ],
      errorCount: 2,
      warningCount: 0,
      infoCount: 0,
      fatalErrorCount: 0,
      fixableErrorCount: 2,
      fixableWarningCount: 0,
      source: SAMPLE,
    });
    expect(SAMPLE.slice(15, 19)).toBe("多重防御");
  });

  test("suggestions, warning and info severities, output instead of source", () => {
    const warned = lintSample("/w/a.txt", "情報共有\n", { words: { 共有: "共用" }, fix: false, severity: "warning" });
    const info = lintSample("/w/b.txt", "情報共有\n", { words: { 共有: "共用" }, severity: "info" });
    const fixed = { ...lintSample("/w/c.txt", "問題なし\n"), output: "問題なし\n" };
    const [a, b, c] = JSON.parse(reportText(formatJson([warned, info, fixed], { cwd: "/w", rules: builtinRules }))) as { messages: Record<string, unknown>[]; source?: string; output?: string }[];
    expect(a!.messages[0]).toMatchObject({ severity: 1, suggestions: [{ desc: "「共用」に置き換える", fix: { range: [2, 4], text: "共用" } }] });
    expect(a!.messages[0]).not.toHaveProperty("fix");
    expect(b!.messages[0]).toMatchObject({ severity: 0 });
    expect(c).toMatchObject({ messages: [], output: "問題なし\n" });
    expect(c).not.toHaveProperty("source");
  });
});
