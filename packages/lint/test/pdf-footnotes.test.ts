/**
 * A made-up PDF-extracted 基本計画 page run through every recommended rule: the
 * footnote blocks at the page ends are footnotes (not headings with numbers to
 * check, not digits of a width convention), their marks are marks, and the
 * sentence a block splits reads whole.
 */
import type { Severity, SeveritySetting } from "@planlint/core";
import { describe, expect, it } from "vitest";
import type { RuleSetting } from "../src/config/resolved-config.js";
import { lintText } from "../src/linter.js";
import { builtinRules } from "../src/rules/index.js";

const SEVERITY: Record<Exclude<SeveritySetting, "off">, Severity> = { error: "error", warn: "warning", info: "info" };
const recommended = new Map<string, RuleSetting>();
for (const [id, rule] of Object.entries(builtinRules)) {
  if (rule.meta.recommended !== "off") recommended.set(id, { severity: SEVERITY[rule.meta.recommended], options: {} });
}
const lint = (text: string) => lintText(text, { fileName: "draft.txt", config: { rules: recommended, glossary: [], terms: [], exceptions: [] } }).messages;

const DRAFT = [
  "第１章 計画の基本的な考え方",
  "１ 計画の目的",
  "本計画は、交通安全対策基本法1に基づき、陸上交通の安全に関する総合的かつ長期的な施策の大",
  "綱を定めるものである。",
  "",
  "1 昭和45年法律第110号。",
  "2",
  "２ 計画の期間",
  "計画の期間は、令和３年度から令和７年度までの５年間とする。なお、道路交通事故の死者数は、",
  "令和２年には2,839人2となり、統計が残る昭和23年以降で最少となった。",
  "（１）重点とする事項",
  "① 高齢者及び子供の安全確保",
  "② 歩行者及び自転車の安全確保と遵守すべき交通ルールの周知徹底3の推",
  "",
  "２ 24時間死者数をいう。以下同じ。",
  "３ 交通の方法に関する教則（昭和53年国家公安委員会告示第３号）に",
  "定めるルールをいう。",
  "3",
  "進",
  "③ 生活道路における安全確保",
  "- 4 -",
];

describe("a PDF-extracted draft with footnote blocks, linted by every recommended rule", () => {
  it("finds nothing: no numbering gap from footnote lines, no width finding on a page number or mark", () => {
    expect(lint(DRAFT.join("\n")).map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
    expect(lint(DRAFT.join("\r\n")).map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
  });

  it("reports a footnote numbering gap, and only that", () => {
    const gap = DRAFT.map((l) => l.replace("周知徹底3の", "周知徹底4の").replace("３ 交通の方法", "４ 交通の方法"));
    expect(lint(gap.join("\n")).map((m) => m.ruleId + ":" + m.messageId)).toEqual(["valid-footnotes:gap"]);
  });

  it("reads 「では12020年」 as mark 1 and the year 2020 (a 和暦 plan: 2020年 is mixed in, not a year 12020)", () => {
    const text = ["第１章 総論", "政府は令和元年５月、令和２年４月及び令和３年６月に計画を改定した。政府では12020年４月以降、地域の計画を段階的に進めてきたが、その成果は", "1 まち・ひと・しごと創生総合戦略をいう。", "- 3 -", "十分とはいえない。"].join("\n");
    const found = lint(text).filter((m) => m.ruleId === "consistent-dates");
    expect(found.map((m) => [m.messageId, text.slice(m.range.start, m.range.end)])).toEqual([["useEra", "2020年４月"]]);
  });
});
