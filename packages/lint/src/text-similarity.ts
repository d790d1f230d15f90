/**
 * How alike two texts are, for the rules that find repeats (no-duplicate-measures,
 * no-repeated-passages): the share of character bigrams, and where they differ;
 * and whether two words are one edit apart (glossary-integrity, no-undefined-acronym).
 */

/** Dice coefficient of the two strings' sets of character bigrams (0 to 1): how much of their wording they share. */
export function bigramDice(a: string, b: string): number {
  const setA = new Set<number>();
  for (let i = 0; i + 1 < a.length; i++) setA.add(a.charCodeAt(i) * 65536 + a.charCodeAt(i + 1));
  const setB = new Set<number>();
  for (let i = 0; i + 1 < b.length; i++) setB.add(b.charCodeAt(i) * 65536 + b.charCodeAt(i + 1));
  let common = 0;
  for (const x of setA) if (setB.has(x)) common++;
  return setA.size + setB.size === 0 ? 0 : (2 * common) / (setA.size + setB.size);
}

/** Where two texts differ, with a little context, for the message: 「…実施を行う」→「…実施等を行う」. */
export function describeDifference(a: string, b: string): string {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const CONTEXT = 4;
  const MAX = 24;
  const part = (t: string): string => {
    const from = Math.max(0, p - CONTEXT);
    const to = Math.min(t.length, t.length - s + CONTEXT);
    let mid = t.slice(from, to);
    if (mid.length > MAX) mid = `${mid.slice(0, MAX - 1)}…`;
    return `${from > 0 ? "…" : ""}${mid}${to < t.length && !mid.endsWith("…") ? "…" : ""}`;
  };
  return `「${part(a)}」→「${part(b)}」`;
}

/** Damerau–Levenshtein distance exactly 1 (one insertion, deletion, substitution or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ra = a.slice(i);
  const rb = b.slice(i);
  if (ra.length === rb.length) return ra.slice(1) === rb.slice(1) || (ra.length >= 2 && ra[0] === rb[1] && ra[1] === rb[0] && ra.slice(2) === rb.slice(2));
  return ra.length > rb.length ? ra.slice(1) === rb : rb.slice(1) === ra;
}
