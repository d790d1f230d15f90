import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse-plan.js";
import type { PlanDocument, PlanNode, TextRange } from "./types.js";

/** Fragments that make the parser work hard: labels, headings, wraps, widths, surrogates. */
const fragment = fc.constantFrom(
  "1. ", "1.1. ", "２．３．", "(1) ", "（２）", "(ア)", "（イ） ", "・ ", "はじめに", "参考 用語解説", " 用  語 解  説 ",
  "A AIST national institute の略。", " IoT推進コンソー", "シアム ", "意見募集の結果の概要 資料１－３", "資料１－４",
  "- 5 -", "■安全なIoT", "【内閣官房、", "関係各省】", "※１：注", "内閣官房において、", "IPAを通じ", "「計画」（2015年９月４日閣議決定）",
  "2.2(2)(ア)に記載のとおり", "𠮷", "\u3000", " ", "。", "\n", "\r\n", "\r", "\n\n", "# ", "## ", "<!--", "-->", "```", "ＩＴ", "IT",
  // Markdown: links, images, code, quotes, lists, tables, footnotes, front matter, escapes.
  "[", "](", ")", "![", "`", "**", "*", "_", "> ", "- ", "1. ", "  ", "| ", " |", "|---|", "[^1]", "[^1]: ", "<u>", "</u>", "---\n",
  "https://example.jp/a", "<https://b>", "\\", "\\*", "\uFEFF", "~~~", "===",
  // Every 公用文 level and the sentences that start like one.
  "第１部 ", "第二章　", "第３節", "第１ ", "１　", "① ", "㉑", "ア ", "ア．", "Ａ．", "ａ. ", "(a) ", "ⅱ ", "○ ", "（基本的な考え方）", "【現状と課題】",
  "第１章で述べたとおり、", "（１）の取組", "１か月", "2.2.1. ", "第２章第１節１(1)アに記載", "……… 3",
);
// size "max": the default size keeps arrays to a few fragments, too short for a plan.
const planLike = fc.array(fc.oneof(fragment, fc.string({ maxLength: 6 })), { maxLength: 60, size: "max" }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string({ maxLength: 400, unit: "binary" }), fc.string({ maxLength: 200, unit: "grapheme" }), planLike);

function inside(r: TextRange, outer: TextRange): boolean {
  return outer.start <= r.start && r.start <= r.end && r.end <= outer.end;
}

const SPACES_G = /[\s\u3000]/g;

function proseOf(text: string, range: TextRange, nonProse: readonly TextRange[]): string {
  let out = "";
  for (let i = range.start; i < range.end; i++) if (!nonProse.some((r) => r.start <= i && i < r.end)) out += text[i];
  return out.replace(SPACES_G, "");
}

function checkDocument(text: string, doc: PlanDocument): void {
  const all: TextRange = { start: 0, end: text.length };
  for (const p of doc.parts) expect(inside(p.range, all)).toBe(true);
  const check = (n: PlanNode, parent: TextRange): void => {
    expect(inside(n.range, parent)).toBe(true);
    expect(inside(n.labelRange, n.range)).toBe(true);
    expect(inside(n.headRange, n.range)).toBe(true);
    expect(text.slice(n.labelRange.start, n.labelRange.end)).toBe(n.label);
    for (const o of [...(n.owners ?? []), ...(n.via ?? [])]) {
      expect(inside(o.range, n.range)).toBe(true);
      // The name is the prose of its range: the source less line breaks and spaces
      // (a PDF wrap) and less what is not prose (Markdown syntax and code).
      expect(proseOf(text, o.range, doc.nonProse ?? [])).toBe(o.name.replace(SPACES_G, ""));
    }
    for (const c of n.children) check(c, n.range);
  };
  for (const n of doc.body) check(n, all);
  for (const e of doc.glossary) {
    expect(inside(e.range, all)).toBe(true);
    expect(inside(e.headwordRange, e.range)).toBe(true);
  }
  for (const h of doc.overview) for (const e of h.entries) expect(inside(e.range, all)).toBe(true);
  for (const a of doc.pageArtifacts) expect(inside(a.range, all)).toBe(true);
  // parsePlan catches a part parser's exception at its edge: here that is a failure.
  expect(doc.problems).toBeUndefined();
  for (const f of doc.footnotes) expect(inside(f.range, all)).toBe(true);
  const nonProse = doc.nonProse ?? [];
  nonProse.forEach((r, i) => {
    expect(inside(r, all)).toBe(true);
    expect(r.start).toBeLessThan(r.end);
    if (i > 0) expect(r.start).toBeGreaterThan(nonProse[i - 1]!.end);
  });
}

describe("parsePlan on arbitrary input", () => {
  it("never throws, keeps every range inside the text and children inside parents", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<"text" | "markdown">("text", "markdown"), (text, format) => {
        checkDocument(text, parsePlan(text, { format }));
      }),
      { numRuns: 600 },
    );
  });
});
