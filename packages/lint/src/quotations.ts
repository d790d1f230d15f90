/**
 * Titles of other documents quoted with their decision date —
 * 「サイバーセキュリティ戦略」（2015年９月４日閣議決定）. Their wording belongs to
 * the other document: rules may mention what they find there, but never fix it.
 */
import { joinSpans, toSourceRange, type TextRange } from "@planlint/core";

const DATE = "(?:(?:明治|大正|昭和|平成|令和)(?:元|[0-9０-９]{1,2})|[0-9０-９]{4})年";
const QUOTED_TITLE = new RegExp(`「((?:[^「」]|「[^「」]*」){1,150})」[ \\u3000]?[（(][^（）()]{0,12}${DATE}[^（）()]{0,50}[）)]`, "g");

/** Ranges of quoted titles (without the brackets), found across line wraps. */
export function findQuotedTitles(text: string): TextRange[] {
  const spans: TextRange[] = [];
  let start = 0;
  // Join every line so that a title wrapped over a line break is still one match.
  for (const m of text.matchAll(/\r\n|\n|\r/g)) {
    spans.push(trim(text, start, m.index));
    start = m.index + m[0].length;
  }
  spans.push(trim(text, start, text.length));
  const joined = joinSpans(text, spans);
  const out: TextRange[] = [];
  for (const m of joined.text.matchAll(QUOTED_TITLE)) {
    const s = m.index + 1;
    out.push(toSourceRange(joined, s, s + m[1]!.length));
  }
  return out;
}

function trim(text: string, start: number, end: number): TextRange {
  while (start < end && /[ \t\u3000]/.test(text[start]!)) start++;
  while (end > start && /[ \t\u3000]/.test(text[end - 1]!)) end--;
  return { start, end };
}
