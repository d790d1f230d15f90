import { describe, expect, test } from "vitest";
import { builtinRules } from "../../test/test-rules.js";
import { lintSample } from "../../test/linted-files.js";
import { reportText } from "./index.js";
import { escapeData, escapeProperty, formatGithub } from "./github.js";

describe("github", () => {
  test("one workflow command per finding, with the end position and a title", () => {
    const out = reportText(formatGithub([lintSample("/repo/docs/plan.txt")], { cwd: "/repo", rules: builtinRules }));
    expect(out).toBe(
      "::error file=docs/plan.txt,line=1,col=1,endLine=1,endColumn=5,title=planlint test-words::「多重防御」ではなく「多層防御」と書きます。\n" +
        "::error file=docs/plan.txt,line=2,col=6,endLine=2,endColumn=10,title=planlint test-words::「多重防御」ではなく「多層防御」と書きます。\n",
    );
  });

  test("warnings and infos become ::warning and ::notice", () => {
    const out = reportText(
      formatGithub(
        [lintSample("/repo/a.txt", "共有\n", { words: { 共有: "共用" }, severity: "warning" }), lintSample("/repo/b.txt", "共有\n", { words: { 共有: "共用" }, severity: "info" })],
        { cwd: "/repo", rules: builtinRules },
      ),
    );
    expect(out.split("\n").map((l) => l.split(" ")[0])).toEqual(["::warning", "::notice", ""]);
  });

  test("escapes %, CR and LF in data, and also : and , in properties", () => {
    expect(escapeData("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext: a, b");
    expect(escapeProperty("dir,1/a:b%.txt\n")).toBe("dir%2C1/a%3Ab%25.txt%0A");
    const file = lintSample("/repo/a,b:c%.txt", "x: 多重防御\n", { words: { 多重防御: "多層防御" } });
    const tricky = { ...file, result: { ...file.result, messages: file.result.messages.map((m) => ({ ...m, ruleId: "a,b:c", message: "50% of\nlines: here" })) } };
    expect(reportText(formatGithub([tricky], { cwd: "/repo", rules: builtinRules }))).toBe(
      "::error file=a%2Cb%3Ac%25.txt,line=1,col=4,endLine=1,endColumn=8,title=planlint a%2Cb%3Ac::50%25 of%0Alines: here\n",
    );
  });
});
