/**
 * The plan's own text as one joined string.
 *
 * PDF extraction wraps words (「センタ」 / blank line / 「ー」), so counting on
 * raw lines would see two words. The text is core's proseText of the parts in
 * scope (pieces map back to the source; paragraphs separated by "\n", which no
 * pattern here matches, so nothing glues across a paragraph end). consistent-width
 * reads the same text; the cache builds it once per parsed document.
 */
import { DEFAULT_SCOPES, toSourceRange, type JoinedText, type PartKind, type PlanDocument, type TextRange } from "@planlint/core";
import type { RuleContext } from "../rule.js";
import { withCommentTables } from "../public-comments/answer-regions.js";
import { joinProse } from "../terms/prose-text.js";

const planTextCache = new WeakMap<PlanDocument, { text: string; scopes: string; joined: JoinedText }>();

/** The in-scope text of the plan, wrapped lines joined, paragraphs separated by "\n", running headers and page numbers left out. */
export function planText(context: Pick<RuleContext<unknown>, "text" | "document">, scopes: readonly PartKind[] = DEFAULT_SCOPES): JoinedText {
  const key = scopes.join(",");
  const hit = planTextCache.get(context.document);
  if (hit && hit.scopes === key && hit.text === context.text) return hit.joined;
  const joined = buildPlanText(context.text, context.document, scopes);
  planTextCache.set(context.document, { text: context.text, scopes: key, joined });
  return joined;
}

/**
 * For a plan read as one text (plan-as-one-text.ts): the joined text is made
 * from the files' own planText — each file's core proseText — laid end to end.
 */
export function seedPlanText(document: PlanDocument, text: string, joined: JoinedText): void {
  planTextCache.set(document, { text, scopes: DEFAULT_SCOPES.join(","), joined });
}

/** Ranges a rule checks: parts of the given kinds, and text outside every part (as the engine does). */
function scopedRanges(doc: PlanDocument, scopes: readonly PartKind[], length: number): TextRange[] {
  const parts = [...doc.parts].sort((a, b) => a.range.start - b.range.start);
  const out: TextRange[] = [];
  const push = (start: number, end: number): void => {
    if (end <= start) return;
    const last = out[out.length - 1];
    // Overlaps merge; parts that only touch stay two regions, as in proseText's: each part
    // ends its paragraph (merged, the overview's last line ran into the body's first
    // heading), and the rules of both kinds then read one joined text, built once.
    if (last && last.end > start) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  };
  let at = 0;
  for (const p of parts) {
    if (p.range.start > at) push(at, p.range.start);
    if (scopes.includes(p.kind)) push(Math.max(at, p.range.start), p.range.end);
    at = Math.max(at, p.range.end);
  }
  push(at, length);
  return withCommentTables(doc, out, scopes.includes("body"), scopes.includes("public-comments"));
}

function buildPlanText(text: string, doc: PlanDocument, scopes: readonly PartKind[]): JoinedText {
  return joinProse(text, doc, scopedRanges(doc, scopes, text.length));
}

/** True when [start, end) of the joined text lies within one source line (no wrap inside). */
export function withinOnePiece(joined: JoinedText, start: number, end: number): boolean {
  const pieces = joined.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.at <= start) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo];
  return p !== undefined && p.at <= start && end <= p.at + p.length;
}

/**
 * The source edit that turns joined[start, end) into `replacement`, trimmed to
 * the characters that really change. When the change straddles a PDF wrap, the
 * line break and blank lines between the halves stay where they were
 * (「取り⏎⏎組み」 → 「取⏎⏎組」): an edit never reflows the text around it.
 */
export function sourceEdit(source: string, joined: JoinedText, start: number, end: number, replacement: string): { range: TextRange; text: string } {
  const found = joined.text.slice(start, end);
  let p = 0;
  while (p < found.length && p < replacement.length && found[p] === replacement[p]) p++;
  let q = 0;
  while (q < found.length - p && q < replacement.length - p && found[found.length - 1 - q] === replacement[replacement.length - 1 - q]) q++;
  const s = start + p;
  const e = end - q;
  const text = replacement.slice(p, replacement.length - q);
  if (s === e) {
    // A pure insertion (センタ → センター) goes right after the character before it, on that character's line.
    const at = s > start ? toSourceRange(joined, s - 1, s).end : toSourceRange(joined, s, s + 1).start;
    return { range: { start: at, end: at }, text };
  }
  if (withinOnePiece(joined, s, e)) return { range: toSourceRange(joined, s, e), text };
  // Align the changed characters with the replacement (an LCS over a few characters)
  // and keep each gap of the source in front of the character that followed it.
  const a = joined.text.slice(s, e);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(text.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = text.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === text[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const srcStart = toSourceRange(joined, s, s + 1).start;
  let out = "";
  let prevSrc = srcStart - 1;
  let i = 0;
  let j = 0;
  while (i < a.length) {
    const src = toSourceRange(joined, s + i, s + i + 1).start;
    if (j < text.length && a[i] !== text[j] && lcs[i]![j + 1]! >= lcs[i + 1]![j]!) {
      out += text[j++];
      continue;
    }
    out += source.slice(prevSrc + 1, src);
    if (j < text.length && a[i] === text[j]) out += text[j++];
    prevSrc = src;
    i++;
  }
  out += text.slice(j);
  return { range: { start: srcStart, end: prevSrc + 1 }, text: out };
}
