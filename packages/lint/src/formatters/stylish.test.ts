import { describe, expect, test } from "vitest";
import { builtinRules } from "../../test/test-rules.js";
import { lintSample } from "../../test/linted-files.js";
import { reportText } from "./index.js";
import { displayWidth, formatStylish } from "./stylish.js";

const cwd = "/work/plans";

describe("stylish", () => {
  test("a header per file, aligned rows, a summary with what --fix would fix", () => {
    const file = lintSample("/work/plans/drafts/plan.txt", undefined, { words: { 多重防御: "多層防御", 共有: "共有する" }, fix: true });
    const warn = lintSample("/work/plans/b.txt", "情報共有\n", { words: { 共有: "共有" }, severity: "warning", fix: false });
    expect(reportText(formatStylish([file, warn, lintSample("/work/plans/clean.txt", "問題なし\n")], { cwd, rules: builtinRules }))).toBe(
      [
        "drafts/plan.txt",
        "  1:1   error  「多重防御」ではなく「多層防御」と書きます。  test-words",
        "  2:6   error  「多重防御」ではなく「多層防御」と書きます。  test-words",
        "  3:12  error  「共有」ではなく「共有する」と書きます。      test-words",
        "",
        "b.txt",
        "  1:3  warning  「共有」ではなく「共有」と書きます。  test-words",
        "",
        "✖ 4 problems (3 errors, 1 warning)",
        "  3 errors and 0 warnings potentially fixable with the `--fix` option.",
        "",
      ].join("\n"),
    );
  });

  test("nothing at all for clean files", () => {
    expect(reportText(formatStylish([lintSample("/work/plans/a.txt", "問題なし\n")], { cwd, rules: builtinRules }))).toBe("");
  });

  test("colour only when asked", () => {
    const file = lintSample("/work/plans/a.txt");
    expect(reportText(formatStylish([file], { cwd, rules: builtinRules }))).not.toContain("\u001b[");
    expect(reportText(formatStylish([file], { cwd, rules: builtinRules, colour: true }))).toContain("\u001b[31merror\u001b[39m");
  });

  test("display width counts wide characters twice", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("多重防御")).toBe(8);
    expect(displayWidth("ＩＴ化")).toBe(6);
    expect(displayWidth("𠮷")).toBe(2);
  });
});
