/**
 * The counts of a public-comment summary (意見募集の結果の概要), as e-Gov result
 * pages and plan bundles write them:
 *
 *   ■ 意 見 総 数： 15者から39件 【内訳：４企業・団体から延べ19件、11個人から延べ20件】
 *   （１）修正意見： 全７件
 *   • 主旨を踏まえて修正（全１件）
 *   • 理由を付して原案どおりとすると回答（全６件）
 *   （２）政策展開に係る意見： 全29件
 *
 * Each count keeps its range, so a rule can point at the number that does not add up.
 */
import type { TextRange } from "@planlint/core";

export interface Count {
  value: number;
  /** The number as written. */
  range: TextRange;
}

export interface CommentSummary {
  /** 「15者から39件」: submitters and comments. */
  total?: { submitters: Count; comments: Count };
  /** 【内訳：４企業・団体から延べ19件、11個人から延べ20件】 */
  breakdown: { submitters: Count; comments: Count }[];
  /** （１）修正意見： 全７件, with its 「（全１件）」 sub-counts. */
  categories: { count: Count; label: string; parts: Count[] }[];
}

const DIGITS = "[0-9０-９]+";
const TOTAL = new RegExp(`(${DIGITS})[ 　]*(?:者|人|名|団体|件の提出者)[ 　]*から[ 　]*(?:延べ)?[ 　]*(${DIGITS})[ 　]*件`, "g");
const BREAKDOWN_BLOCK = /[【（(][ 　]*内訳[ 　]*[：:]([^】）)]*)[】）)]/g;
const BREAKDOWN_ITEM = new RegExp(`(${DIGITS})[^0-9０-９、，,]*?から[ 　]*(?:延べ)?[ 　]*(${DIGITS})[ 　]*件`, "g");
const CATEGORY = new RegExp(`^[ 　]*([（(][0-9０-９]{1,2}[）)])[^\\n]*?全[ 　]*(${DIGITS})[ 　]*件`);
const PART = new RegExp(`[（(]全[ 　]*(${DIGITS})[ 　]*件[）)]`);

function value(digits: string): number {
  return Number(digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
}

function count(text: string, match: RegExpExecArray, group: number, base: number): Count {
  const digits = match[group]!;
  // The group's own offset: search from where the previous groups end.
  let from = match.index;
  for (let g = 1; g < group; g++) from = text.indexOf(match[g]!, from) + match[g]!.length;
  const at = text.indexOf(digits, from);
  return { value: value(digits), range: { start: base + at, end: base + at + digits.length } };
}

/** Reads the counts of the summary in `text` (a part's text; `base` is its offset in the document). */
export function readCommentSummary(text: string, base = 0): CommentSummary {
  const summary: CommentSummary = { breakdown: [], categories: [] };
  TOTAL.lastIndex = 0;
  const total = TOTAL.exec(text);
  if (total && !insideBreakdown(text, total.index)) summary.total = { submitters: count(text, total, 1, base), comments: count(text, total, 2, base) };
  for (const block of text.matchAll(BREAKDOWN_BLOCK)) {
    const inner = block[1]!;
    const innerStart = block.index! + block[0].indexOf(inner);
    for (const item of inner.matchAll(BREAKDOWN_ITEM)) {
      const m = item as RegExpExecArray;
      summary.breakdown.push({ submitters: count(inner, m, 1, base + innerStart), comments: count(inner, m, 2, base + innerStart) });
    }
  }
  let offset = 0;
  for (const line of text.split("\n")) {
    // Both patterns need a 全: the table of comments (most of the lines) is passed over with one search.
    if (!line.includes("全")) {
      offset += line.length + 1;
      continue;
    }
    const category = CATEGORY.exec(line);
    if (category) {
      summary.categories.push({ label: category[1]!, count: count(line, category, 2, base + offset), parts: [] });
    } else {
      const part = PART.exec(line);
      const current = summary.categories[summary.categories.length - 1];
      if (part && current) current.parts.push(count(line, part, 1, base + offset));
    }
    offset += line.length + 1;
  }
  return summary;
}

function insideBreakdown(text: string, at: number): boolean {
  const open = text.lastIndexOf("内訳", at);
  return open >= 0 && !/[】）)]/.test(text.slice(open, at));
}
