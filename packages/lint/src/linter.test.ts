import { describe, expect, it, test } from "vitest";
import { testWords } from "../test/test-rules.js";
import type { ResolvedConfig } from "./config/resolved-config.js";
import { lintText } from "./linter.js";
import { defineRule } from "./rule.js";
import { builtinRules } from "./rules/index.js";

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

/** Every built-in rule at its recommended severity, as a config with no file would give. */
function recommended(style?: ResolvedConfig["style"]): ResolvedConfig {
  const rules = new Map(
    Object.entries(builtinRules)
      .filter(([, r]) => r.meta.recommended !== "off")
      .map(([id]) => [id, { severity: "warning" as const, options: {} }]),
  );
  return { rules, glossary: [], terms: [], exceptions: [], ...(style ? { style } : {}) };
}

const findings = (text: string, fileName: string, style?: ResolvedConfig["style"]) =>
  lintText(text, { fileName, config: recommended(style) }).messages.map((m) => `${m.ruleId} ${text.slice(m.range.start, m.range.end)}`);

describe("the document style reaches the rules", () => {
  // である調 sentences of the PPC's 基本方針, with one および.
  const OFFICIAL =
    "はじめに\n個人情報保護委員会は、各主体の取組を支援する。国の行政機関は、必要な措置を講ずる。地方公共団体は、施策を推進する。事業者は、自主的な取組を進める。本方針は、必要に応じて見直すものとする。国および地方公共団体は連携する。\n";

  it("detected: a である調 text is held to 公用文 spellings", () => {
    expect(findings(OFFICIAL, "kihon.txt")).toContain("consistent-terms および");
  });

  it("the config's style wins over the detected one", () => {
    expect(findings(OFFICIAL, "kihon.txt", "general")).not.toContain("consistent-terms および");
  });
});

describe("one reason, one finding", () => {
  // The data management guidebook writes PJMO 11 times and ＰＪＭＯ 14 times, and brackets
  // Latin words both ways: 「府省庁内関係者(PJMO)」, 「府省庁内の関係者（PJMO）」.
  const PJMO =
    "はじめに\n本書は、府省庁のＰＪＭＯにより参照されることを想定しています。ＰＪＭＯは実行計画を策定します。ＰＪＭＯに依頼します。" +
    "府省庁内の関係者（PJMO）に意見照会を行います。" +
    "指標(KPI)、目標(KGI)、計画(PDCA)、組織(PMO)、基盤(API)、形式(CSV)、規格(ISO)、文書(PDF)、技術(ICT)を定めます。\n";

  for (const fileName of ["guide.txt", "guide.md"]) {
    it(`${fileName}: the width of （PJMO） is reported once, as the word's`, () => {
      const got = findings(PJMO, fileName).filter((f) => f.includes("PJMO"));
      expect(got).toEqual(["no-orthographic-variants PJMO"]);
    });
  }
});
