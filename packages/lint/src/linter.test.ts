import { describe, expect, it } from "vitest";
import type { ResolvedConfig } from "./config/resolved-config.js";
import { lintText } from "./linter.js";
import { builtinRules } from "./rules/index.js";

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
