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
import { fixture } from "../../core/test/seed.js";

const SEVERITY: Record<Exclude<SeveritySetting, "off">, Severity> = { error: "error", warn: "warning", info: "info" };
const recommended = new Map<string, RuleSetting>();
for (const [id, rule] of Object.entries(builtinRules)) {
  if (rule.meta.recommended !== "off") recommended.set(id, { severity: SEVERITY[rule.meta.recommended], options: {} });
}
const lint = (text: string) => lintText(text, { fileName: "draft.txt", config: { rules: recommended, glossary: [], terms: [], exceptions: [] } }).messages;

/** The made-up draft core's footnote tests read too: three pages, bare page numbers, a footnote that splits a list item. */
const DRAFT = fixture("made-up/footnote-draft.txt").split("\n");

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
