/**
 * Titles of other documents quoted with their decision date —
 * 「サイバーセキュリティ戦略」（2015年９月４日閣議決定）. Their wording belongs to
 * the other document: rules may mention what they find there, but never fix it.
 */
import type { TextRange } from "@planlint/core";
import { codeUnitOffsets } from "./code-unit-offsets.js";

/** Spaces and line breaks allowed between a title and its parenthetical: [ \t\u3000\r\n]. */
function isGap(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x0d || c === 0x0a;
}
/** The parenthetical after a title: a date within its first characters, closed within a line or two. */
const DATED_PARENTHETICAL = /[（(][^（）()]{0,12}?(?:(?:明治|大正|昭和|平成|令和)(?:元|[0-9０-９]{1,2})|[0-9０-９]{4})年[^（）()]{0,60}?[）)]/y;
/** What introduces the document's own words after its dated title: 「において、「」, 「では「」. */
const SAYS_NEXT = /(?:において|では|には|で|に|の中で)[、，]?[ \t\u3000\r\n]{0,4}「/y;
/** How far after its 「 a title's 」 is looked for. */
const MAX_TITLE_REACH = 400;

/**
 * Ranges of quoted titles (without the brackets). One scan over 「…」 pairs,
 * allowing one level of nesting (「「日本再興戦略」改訂2015」) and line breaks
 * inside the title and before the parenthetical (PDF wraps).
 */
export function findQuotedTitles(text: string): TextRange[] {
  return findQuotations(text).titles;
}

/**
 * The titles, and the passages quoted from them: 「戦略」（2015年９月４日閣議決定）において、
 * 「…を加速する」. A passage is the other document's wording word for word — an answer
 * to a public comment quotes it to explain the draft — so no rule reports in it.
 */
export function findQuotations(text: string): { titles: TextRange[]; passages: TextRange[] } {
  const out: TextRange[] = [];
  const passages: TextRange[] = [];
  // Every bracket found once (see code-unit-offsets.ts: an indexOf per 「 walked
  // the whole document slowly); the scan below jumps from bracket to bracket.
  const opens = codeUnitOffsets(text, "「");
  if (opens.length === 0) return { titles: out, passages };
  const closes = codeUnitOffsets(text, "」");
  // Every offset asked for below lies after the current 「, so each list is read
  // forward from a cursor (no search that starts over).
  let oi = 0;
  let ci = 0;
  while (oi < opens.length) {
    const open = opens[oi]!;
    while (ci < closes.length && closes[ci]! < open) ci++;
    // Only brackets change the depth: walk the two lists of them in order from the 「.
    let depth = 0;
    let close = -1;
    let a = oi;
    let b = ci;
    while (a < opens.length || b < closes.length) {
      const isOpen = b >= closes.length || (a < opens.length && opens[a]! < closes[b]!);
      const i = isOpen ? opens[a++]! : closes[b++]!;
      if (i - open > MAX_TITLE_REACH) break;
      if (isOpen) depth++;
      else if (--depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      oi++;
      continue;
    }
    let after = close + 1;
    while (after < text.length && after - close < 8 && isGap(text.charCodeAt(after))) after++;
    DATED_PARENTHETICAL.lastIndex = after;
    if (DATED_PARENTHETICAL.test(text)) {
      out.push({ start: open + 1, end: close });
      // 「戦略」（2015年９月４日閣議決定）において、「…を加速する」: the words quoted next are that document's too.
      SAYS_NEXT.lastIndex = DATED_PARENTHETICAL.lastIndex;
      if (SAYS_NEXT.test(text)) {
        const next = SAYS_NEXT.lastIndex - 1;
        let e = ci;
        while (e < closes.length && closes[e]! < next) e++;
        const end = e < closes.length ? closes[e]! : -1;
        let f = oi;
        while (f < opens.length && opens[f]! <= next) f++;
        const inner = f < opens.length ? opens[f]! : -1;
        if (end > next && end - next <= MAX_TITLE_REACH && (inner < 0 || inner > end)) {
          passages.push({ start: next + 1, end });
          while (oi < opens.length && opens[oi]! <= end) oi++;
          continue;
        }
      }
    }
    while (oi < opens.length && opens[oi]! <= close) oi++;
  }
  return { titles: out, passages };
}

