/**
 * Which files make one plan, and in what order. Plans are often kept one chapter
 * per file (00_はじめに.md, 01_第1章….md, …, 10_おわりに.md); such a folder is one plan.
 * A folder of unrelated documents (a corpus, a year's drafts) is not: what tells
 * them apart is the order number each chapter file's name starts with, which
 * unrelated documents have no reason to carry.
 *
 * Pure functions of names; finding files on disk is the caller's business.
 */

/**
 * A name that puts the file in a sequence: one to three digits (either width)
 * before a separator or the title — 「01_はじめに.md」, 「2-各論.md」, 「１．総論.md」,
 * 「03第3章.md」 — or a chapter or part label — 「第3章_経済.md」, 「第二部.md」,
 * 「chapter-04.md」. Four digits are a year (「2023_報告.md」), not an order.
 */
const ORDER_PREFIX = /^(?:[0-9０-９]{1,3}(?![0-9０-９])|第[0-9０-９一二三四五六七八九十]+[部章節編]|(?:chapter|chap|ch|part|sec(?:tion)?)[-_ .]?[0-9]{1,3}(?![0-9]))/i;

export function hasOrderPrefix(fileName: string): boolean {
  return ORDER_PREFIX.test(baseName(fileName));
}

function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return cut < 0 ? path : path.slice(cut + 1);
}

const DIGITS = /[0-9０-９]+/g;

/** Digits of either width as a number (big enough for file names). */
function digitsValue(run: string): number {
  let n = 0;
  for (const c of run) n = n * 10 + ((c.charCodeAt(0) >= 0xff10 ? c.charCodeAt(0) - 0xff10 : c.charCodeAt(0) - 0x30));
  return n;
}

/**
 * Natural order of names: runs of digits compare as numbers (2 before 10, ２ with
 * 2), the rest by code unit; ties keep a stable order by the plain comparison.
 */
export function compareNatural(a: string, b: string): number {
  const sa = splitRuns(a);
  const sb = splitRuns(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const x = sa[i]!;
    const y = sb[i]!;
    if (typeof x === "number" && typeof y === "number") {
      if (x !== y) return x - y;
    } else if (typeof x === "number" || typeof y === "number") {
      return typeof x === "number" ? -1 : 1;
    } else if (x !== y) return x < y ? -1 : 1;
  }
  if (sa.length !== sb.length) return sa.length - sb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function splitRuns(s: string): (string | number)[] {
  const out: (string | number)[] = [];
  let at = 0;
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(s); m; m = DIGITS.exec(s)) {
    if (m.index > at) out.push(s.slice(at, m.index));
    out.push(digitsValue(m[0]));
    at = m.index + m[0].length;
  }
  if (at < s.length) out.push(s.slice(at));
  return out;
}

/** Paths in plan order: by the natural order of their file names, then of their paths. */
export function orderPlanFiles(paths: readonly string[]): string[] {
  return [...paths].sort((a, b) => compareNatural(baseName(a), baseName(b)) || compareNatural(a, b));
}
