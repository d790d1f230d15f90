/**
 * The checked parts of a document as one joined text for word-level rules
 * (`consistent-terms`, `no-confusable-words`). A PDF extraction wraps words mid-way
 * (「多重\n\n防御」), so patterns must run on text whose wrapped lines are glued
 * back together; a paragraph break becomes "\n", which no piece covers, so a match
 * across it is recognisably bogus. Running headers and page numbers are left out:
 * they sit in the middle of sentences and are not the drafter's words. The
 * joining itself is core's proseText, which every rule reading prose uses.
 */
import { crossesParagraph, pieceIndexAt, proseText as coreProseText, toSourceRange, type Fix, type JoinedText, type PlanDocument, type ProseDocument, type TextRange } from "@planlint/core";
import { sharedLines } from "../plan-lines.js";
import { answerRanges, withCommentTables } from "../public-comments/answer-regions.js";

export interface ProseSource {
  readonly text: string;
  readonly document: PlanDocument;
  inScope(range: TextRange): boolean;
}

const cache = new WeakMap<PlanDocument, { text: string; byRegions: Map<string, JoinedText> }>();

/**
 * The joined prose of every part the rule checks. Built once per document and
 * set of parts: both word-level rules of one lint share it.
 */
export function proseText(source: ProseSource): JoinedText {
  const regions = checkedRegions(source);
  const key = regions.map((r) => `${r.start}-${r.end}`).join(",");
  let entry = cache.get(source.document);
  if (!entry || entry.text !== source.text) {
    entry = { text: source.text, byRegions: new Map() };
    cache.set(source.document, entry);
  }
  let joined = entry.byRegions.get(key);
  if (!joined) {
    joined = joinProse(source.text, source.document, regions);
    entry.byRegions.set(key, joined);
  }
  return joined;
}

/** The document minus the parts the rule does not check (text outside every part is checked). */
export function checkedRegions(source: ProseSource): TextRange[] {
  const length = source.text.length;
  const parts = [...source.document.parts].sort((a, b) => a.range.start - b.range.start);
  const out: TextRange[] = [];
  let cursor = 0;
  for (const part of parts) {
    const start = Math.max(part.range.start, cursor);
    if (start > cursor) out.push({ start: cursor, end: start });
    const end = Math.min(part.range.end, length);
    if (end > start && source.inScope(part.range)) out.push({ start, end });
    cursor = Math.max(cursor, end);
  }
  if (cursor < length) out.push({ start: cursor, end: length });
  const tables = source.document.commentTables;
  if (!tables || tables.length === 0) return out;
  const answers = answerRanges(source.document);
  // The engine's inScope says what the rule reads: an answer with the body, a table's other cells only with public-comments.
  return withCommentTables(source.document, out, answers.length > 0 && source.inScope(answers[0]!), source.inScope({ start: tables[0]!.range.start, end: tables[0]!.range.start }));
}

/**
 * The prose of `regions`, as core's proseText reads it (every rule reads the same
 * prose). The parser's lines are passed on when lintText shares them.
 */
export function joinProse(text: string, document: ProseDocument, regions: readonly TextRange[]): JoinedText {
  const key = regionsKey(regions);
  let entry = joined.get(document);
  if (!entry || entry.text !== text) joined.set(document, (entry = { text, byRegions: new Map() }));
  let prose = entry.byRegions.get(key);
  if (!prose) {
    const lines = sharedLines(text, document);
    prose = coreProseText(text, document, lines ? { regions, lines } : { regions });
    entry.byRegions.set(key, prose);
  }
  return prose;
}

/**
 * Joined texts by document and regions. Rules with the same parts in scope ask for
 * the same prose under different names (proseText, planText: both the whole body
 * of the seed, 60,000 characters each): it is joined once. Rules only read it.
 */
const joined = new WeakMap<ProseDocument, { text: string; byRegions: Map<string, JoinedText> }>();

function regionsKey(regions: readonly TextRange[]): string {
  let key = "";
  for (let i = 0; i < regions.length; i++) key += `${regions[i]!.start}-${regions[i]!.end},`;
  return key;
}

export { crossesParagraph };

/** True when `[start, end)` lies inside one source line (no wrap, nothing inserted). */
export function withinOnePiece(joined: JoinedText, start: number, end: number): boolean {
  if (joined.pieces.length === 0 || end <= start) return true;
  const i = pieceIndexAt(joined.pieces, start);
  const p = joined.pieces[i]!;
  return start >= p.at && end <= p.at + p.length;
}

export function sourceRange(joined: JoinedText, start: number, end: number): TextRange {
  return toSourceRange(joined, start, end);
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The smallest edit turning `found` (at `[start, end)` of the joined text) into
 * `replacement`: only the characters that differ are replaced, so a term wrapped
 * over a line break (「多重\n\n防御」 → 「多層」) is fixed without touching the
 * break. When the differing part itself straddles a wrap (「取り\n\n組み」 →
 * 「取組」), the line break is carried over into the new text at the place a
 * character alignment gives it (「取\n\n組」). Undefined only when that cannot be
 * done faithfully (a character no piece covers, such as the space core's
 * joinSpans puts between wrapped Latin words, or a very long difference).
 */
export function minimalFix(text: string, joined: JoinedText, start: number, end: number, replacement: string): Fix | undefined {
  const found = joined.text.slice(start, end);
  let prefix = 0;
  const max = Math.min(found.length, replacement.length);
  while (prefix < max && found.charCodeAt(prefix) === replacement.charCodeAt(prefix)) prefix++;
  // Never cut a surrogate pair in half.
  if (prefix > 0 && isHigh(found.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && found.charCodeAt(found.length - 1 - suffix) === replacement.charCodeAt(replacement.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLow(found.charCodeAt(found.length - suffix))) suffix--;
  const a = start + prefix;
  const b = end - suffix;
  const middle = replacement.slice(prefix, replacement.length - suffix);
  if (b <= a) {
    // A pure insertion. It stays inside the finding's range: at a wrap inside the
    // term it goes to the end of the first line (「取り\n組む」), at the term's
    // edges to the term's own start or end.
    const whole = toSourceRange(joined, start, end);
    if (a <= start) return { range: { start: whole.start, end: whole.start }, text: middle };
    if (a >= end) return { range: { start: whole.end, end: whole.end }, text: middle };
    const p = joined.pieces[pieceIndexAt(joined.pieces, a - 1)];
    if (!p) return undefined;
    const at = p.source + Math.min(a - p.at, p.length);
    return { range: { start: at, end: at }, text: middle };
  }
  if (withinOnePiece(joined, a, b)) return { range: toSourceRange(joined, a, b), text: middle };
  return fixAcrossWraps(text, joined, a, b, middle);
}

/** Offsets (relative to `a`) where a wrap falls inside `[a, b)`, with the source text of each break. */
function wrapsIn(text: string, joined: JoinedText, a: number, b: number): { at: number; gap: string }[] | undefined {
  const out: { at: number; gap: string }[] = [];
  let i = pieceIndexAt(joined.pieces, a);
  for (;;) {
    const p = joined.pieces[i]!;
    const next = joined.pieces[i + 1];
    const pEnd = p.at + p.length;
    if (pEnd >= b || !next) return pEnd >= b ? out : undefined;
    // Joined text that no piece covers was not in the source (core's joinSpans adds spaces so).
    if (next.at !== pEnd) return undefined;
    out.push({ at: pEnd - a, gap: text.slice(p.source + p.length, next.source) });
    i++;
  }
}

function fixAcrossWraps(text: string, joined: JoinedText, a: number, b: number, middle: string): Fix | undefined {
  const from = joined.text.slice(a, b);
  const wraps = wrapsIn(text, joined, a, b);
  if (!wraps || from.length * middle.length > 4096) return undefined;
  // Longest common subsequence, then walk it to see where each wrap falls in `middle`.
  const n = from.length;
  const m = middle.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = from[i] === middle[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  let out = "";
  let i = 0;
  let j = 0;
  let w = 0;
  const emitWraps = (): void => {
    while (w < wraps.length && wraps[w]!.at === i) out += wraps[w++]!.gap;
  };
  while (i < n || j < m) {
    emitWraps();
    if (i < n && j < m && from[i] === middle[j]) {
      out += middle[j];
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      i++; // a character of the old text is dropped
    } else {
      // A new character; both halves of a surrogate pair, so no line break lands between them.
      const take = isHigh(middle.charCodeAt(j)) && j + 1 < m ? 2 : 1;
      out += middle.slice(j, j + take);
      j += take;
    }
  }
  emitWraps();
  return { range: toSourceRange(joined, a, b), text: out };
}
