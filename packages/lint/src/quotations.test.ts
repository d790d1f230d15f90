import { describe, expect, it } from "vitest";
import { findQuotations, findQuotedTitles } from "./quotations.js";

const quoted = (text: string) => findQuotedTitles(text).map((r) => text.slice(r.start, r.end));

describe("findQuotedTitles", () => {
  it("finds a title with its decision date", () => {
    expect(quoted("「サイバーセキュリティ戦略」（2015年９月４日閣議決定）に基づき")).toEqual(["サイバーセキュリティ戦略"]);
  });

  it("takes the words quoted right after a dated title as that document's (an answer to a comment citing it)", () => {
    const text = "ご意見については、「サイバーセキュリティ戦\n略」（2015年９月４日閣議決定）において、「標的\n型攻撃に対する多重防御の取組を加速する」と\n記載しており、原案のとおりとさせていただきます。";
    expect(quoted(text)).toEqual(["サイバーセキュリティ戦\n略"]);
    expect(findQuotations(text).passages.map((r) => text.slice(r.start, r.end))).toEqual(["標的\n型攻撃に対する多重防御の取組を加速する"]);
  });

  it("leaves a quote after an undated title, or one not introduced by において/では, as the drafter's", () => {
    expect(findQuotations("「サイバーセキュリティ戦略」において、「多重防御」を掲げた。")).toEqual({ titles: [], passages: [] });
    expect(findQuotations("「サイバーセキュリティ戦略」（2015年９月４日閣議決定）を踏まえ、「多重防御」の取組を進める。").passages).toEqual([]);
  });
});

/**
 * The scan as first written (an indexOf per 「 and a regexp hopping from bracket to
 * bracket): the bracket lists must find exactly what it found, on short texts and on
 * long ones (which code-unit-offsets.ts searches as bytes).
 */
function findQuotationsByIndexOf(text: string): { titles: { start: number; end: number }[]; passages: { start: number; end: number }[] } {
  const DATED = /[（(][^（）()]{0,12}?(?:(?:明治|大正|昭和|平成|令和)(?:元|[0-9０-９]{1,2})|[0-9０-９]{4})年[^（）()]{0,60}?[）)]/y;
  const SAYS = /(?:において|では|には|で|に|の中で)[、，]?[ \t\u3000\r\n]{0,4}「/y;
  const BRACKET = /[「」]/g;
  const isGap = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x0d || c === 0x0a;
  const titles: { start: number; end: number }[] = [];
  const passages: { start: number; end: number }[] = [];
  let open = text.indexOf("「");
  while (open >= 0) {
    let depth = 0;
    let close = -1;
    BRACKET.lastIndex = open;
    while (BRACKET.test(text)) {
      const i = BRACKET.lastIndex - 1;
      if (i - open > 400) break;
      if (text.charCodeAt(i) === 0x300c) depth++;
      else if (--depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      open = text.indexOf("「", open + 1);
      continue;
    }
    let after = close + 1;
    while (after < text.length && after - close < 8 && isGap(text.charCodeAt(after))) after++;
    DATED.lastIndex = after;
    if (DATED.test(text)) {
      titles.push({ start: open + 1, end: close });
      SAYS.lastIndex = DATED.lastIndex;
      if (SAYS.test(text)) {
        const next = SAYS.lastIndex - 1;
        const end = text.indexOf("」", next);
        const inner = text.indexOf("「", next + 1);
        if (end > next && end - next <= 400 && (inner < 0 || inner > end)) {
          passages.push({ start: next + 1, end });
          open = text.indexOf("「", end + 1);
          continue;
        }
      }
    }
    open = text.indexOf("「", close + 1);
  }
  return { titles, passages };
}

describe("findQuotations finds what a scan by indexOf found", () => {
  const pieces = ["「", "」", "「戦略」", "（2015年９月４日閣議決定）", "（令和元年５月）", "において、", "では", "「多重防御」", "本文の文章。", "\n", "\r\n", "　", "𠮷", "x".repeat(120)];
  let seed = 11;
  const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  const text = (parts: number): string => Array.from({ length: parts }, () => pieces[rand(pieces.length)]).join("");
  it("on short texts", () => {
    for (let k = 0; k < 400; k++) {
      const t = text(1 + rand(20));
      expect(findQuotations(t)).toEqual(findQuotationsByIndexOf(t));
    }
  });
  it("on long texts (searched as bytes)", () => {
    for (let k = 0; k < 40; k++) {
      let t = "";
      while (t.length < 5000 + rand(5000)) t += text(20);
      expect(findQuotations(t)).toEqual(findQuotationsByIndexOf(t));
    }
  });
});
