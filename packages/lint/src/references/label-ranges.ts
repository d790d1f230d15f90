/**
 * Ranges of labels written in the prose — 「上記（１）～（３）」, 「（１）から（３）まで」,
 * 「（ア）～（ウ）」, 「①～③」 — and where each range's labels are. A range names
 * every label between its ends, so each one must exist in the list the text
 * stands by: the nearest enclosing node (or the outline's top) whose children
 * carry labels of that family. Ranges after a law's article (「第２条（１）～（３）」)
 * or another document's name are that document's.
 */
import { KATAKANA_ORDER, circledLabel, circledValue, digitsValue, katakanaLabel, katakanaValue, labelFamily, type JoinedText, type PlanDocument, type PlanNode } from "@planlint/core";

export interface LabelRange {
  /** The range as written, 「（１）～（３）」. */
  text: string;
  /** Offsets in the joined text. */
  at: number;
  end: number;
  /** The family of its labels ("(N)", "(ア)", "①"). */
  family: string;
  from: number;
  to: number;
}

const K = `[${KATAKANA_ORDER}]`;
const LABEL = `(?:[(（](?:[0-9０-９]{1,2}|${K})[)）]|[①-⑳])`;
const RANGE = new RegExp(`(?<![0-9０-９A-Za-z.．])(${LABEL})[ 　]*(?:～|〜|~|－|ー|から)[ 　]*(${LABEL})(?:まで)?`, "g");
/**
 * Where a range can start: the end of a label, spaces, then the word between. The
 * whole pattern (with its look-behind) tried at every character of the plan cost
 * milliseconds; it is tried only at the few label starts this finds, 1 to 4
 * characters back, in order and without overlap, which gives the same matches.
 */
const RANGE_BETWEEN = /[)）①-⑳][ 　]*(?:[～〜~－ー]|から)/g;
const RANGE_AT = new RegExp(RANGE.source, "y");
/** The longest label, 「（１２）」, less one: how far before its last character a range may start. */
const LABEL_BACK = 3;
/** What says the labels are another text's: 「第２条（１）～（３）」, 「同法（１）」, 「」の（１）～」. */
const OTHER_TEXT_BEFORE = /(?:条|項|号|法|令|規則|」|』|別表|別紙|資料|参考)(?:の|中)?[ 　]?$/;

function valueOf(label: string): number {
  const inner = label.replace(/[()（）]/g, "");
  if (/^[0-9０-９]+$/.test(inner)) return digitsValue(inner);
  if (/^[①-⑳]$/.test(inner)) return circledValue(inner);
  return katakanaValue(inner);
}

export function readLabelRanges(joined: JoinedText): LabelRange[] {
  const text = joined.text;
  if (!/[～〜~－ー]|から/.test(text)) return [];
  const out: LabelRange[] = [];
  for (const m of rangeMatches(text)) {
    const family = labelFamily(m[1]!);
    if (family !== labelFamily(m[2]!)) continue;
    if (OTHER_TEXT_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const from = valueOf(m[1]!);
    const to = valueOf(m[2]!);
    // 「（１）～（１）」 or a range written backwards is no range; a long one is a count.
    if (!(from > 0 && to > from && to - from <= 20)) continue;
    out.push({ text: m[0], at: m.index, end: m.index + m[0].length, family, from, to });
  }
  return out;
}

/** RANGE's matches in `text`, as matchAll would give them (see RANGE_BETWEEN). */
function rangeMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  RANGE_BETWEEN.lastIndex = 0;
  for (let m = RANGE_BETWEEN.exec(text); m; m = RANGE_BETWEEN.exec(text)) {
    const close = m.index;
    for (let i = Math.max(lastEnd, close - LABEL_BACK); i <= close; i++) {
      RANGE_AT.lastIndex = i;
      const r = RANGE_AT.exec(text);
      if (!r) continue;
      out.push(r);
      lastEnd = i + r[0].length;
      if (RANGE_BETWEEN.lastIndex < lastEnd) RANGE_BETWEEN.lastIndex = lastEnd;
      break;
    }
  }
  return out;
}

/** The children lists enclosing `offset`, innermost first, ending with the outline's top. */
function enclosingLists(document: PlanDocument, offset: number): (readonly PlanNode[])[] {
  const lists: (readonly PlanNode[])[] = [document.body];
  let list: readonly PlanNode[] = document.body;
  for (;;) {
    let inside: PlanNode | undefined;
    for (const n of list) if (n.range.start <= offset) inside = n;
    if (!inside || inside.children.length === 0) break;
    list = inside.children;
    lists.push(list);
  }
  return lists.reverse();
}

/**
 * The labels of a range the list it stands by lacks (「（４）」), with the ones it has;
 * undefined when no enclosing list has labels of the family (the range is not about this outline).
 */
export function missingInRange(document: PlanDocument, offset: number, range: LabelRange): { missing: number[]; present: number[] } | undefined {
  for (const list of enclosingLists(document, offset)) {
    const present = list.filter((n) => n.family === range.family).map((n) => n.numbers[n.numbers.length - 1]!);
    if (present.length === 0) continue;
    const missing: number[] = [];
    for (let v = range.from; v <= range.to; v++) if (!present.includes(v)) missing.push(v);
    return { missing, present };
  }
  return undefined;
}

/** Label `value` of the range's family, written like the range's first label (width, brackets). */
export function writtenLabel(range: LabelRange, value: number): string {
  const first = /^[(（]?([^)）]+)[)）]?/.exec(range.text)!;
  const open = range.text.startsWith("（") ? "（" : range.text.startsWith("(") ? "(" : "";
  const close = open === "（" ? "）" : open === "(" ? ")" : "";
  if (range.family === "①") return circledLabel(value) ?? `(${value})`;
  if (/^[0-9０-９]+$/.test(first[1]!)) {
    const digits = String(value);
    return open + (/[０-９]/.test(first[1]!) ? digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : digits) + close;
  }
  return open + katakanaLabel(value) + close;
}

/** The labels a list has: 「（１）〜（３）」 when they run without a gap, else each one. */
export function available(present: readonly number[], label: (v: number) => string): string {
  const sorted = [...present].sort((a, b) => a - b);
  const gapless = sorted.every((v, i) => i === 0 || v === sorted[i - 1]! + 1);
  return gapless && sorted.length > 1 ? `${label(sorted[0]!)}〜${label(sorted[sorted.length - 1]!)}` : sorted.map(label).join("");
}
