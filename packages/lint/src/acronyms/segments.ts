/**
 * The text no-undefined-acronym reads: the overview's and body's joined texts in
 * document order, plus every line the model left out, as segments; and the plan's
 * text for look-ups in either width.
 */
import { toFullWidth, toHalfWidth, toSourceRange, walkPlan, type JoinedPiece, type JoinedText, type PageArtifact, type PartKind, type PlanNodeKind, type TextRange } from "@planlint/core";
import { LineBreakCursor } from "../line-breaks.js";
import type { RuleContext } from "../rule.js";
import { isLineBreak, isSpace } from "./shapes.js";

/** A line the model did not join that names rather than explains: 「■安全なIoTシステムの創出」, 「(ア)」, a short title. */
const HEADING_LINE = /^(?:[■□◆◇●○◎【]|[0-9０-９]+[.．]|[（(][0-9０-９ア-ン]{1,3}[）)]|[^、。，．]{1,30}$)/;
const HEADING_KINDS: ReadonlySet<PlanNodeKind> = new Set(["chapter", "section", "item"]);

/** The parts whose text counts as "the plan" for uses and definitions. */
const USE_PARTS: readonly PartKind[] = ["overview", "body"];

/** Letters, digits and ASCII symbols: written in either width. */
const WIDTH_VARIABLE = /[\x21-\x7e\uFF01-\uFF5E]/;
/** Full-width letters, the only full-width forms a token needs folded: ＩＴ, Ｇ７, ＪＰＣＥＲＴ／ＣＣ. */
const FULLWIDTH_LETTER = /[Ａ-Ｚａ-ｚ]/;
const FULLWIDTH_WORD_G = /[Ａ-Ｚａ-ｚ][Ａ-Ｚａ-ｚ０-９－／＆]*/g;
/** What separates the items of a keyword list. */
const LIST_COMMA = /[、，,]/;
interface Segment {
  joined: JoinedText;
  /** Source offset of the first piece: segments are read in document order. */
  start: number;
  /**
   * A heading, a label or a loose line of the overview rather than running text:
   * 「■安全なIoTシステムの創出」 names IoT before the sentence that explains it.
   */
  heading?: boolean;
}

/**
 * The plan's text for substring look-ups. Folding the whole text costs more than
 * the look-ups, so a term is looked for in both widths instead (「第４次」, 「第4次」).
 */
export class PlanText {
  constructor(private readonly text: string) {}

  includes(term: string): boolean {
    if (this.text.includes(term)) return true;
    if (!WIDTH_VARIABLE.test(term)) return false;
    const half = toHalfWidth(term);
    if (half !== term && this.text.includes(half)) return true;
    const full = toFullWidth(half);
    return full !== term && this.text.includes(full);
  }
}

/**
 * Segments read as one string, one line each: a single regex pass instead of one
 * per segment, and offsets mapped back through the segment they fall in. Full-width
 * letters are folded (same length) so that ＩＴ is read as IT.
 */
export class SegmentedText {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(private readonly segments: readonly Segment[]) {
    const texts: string[] = [];
    let at = 0;
    for (const seg of segments) {
      this.starts.push(at);
      texts.push(seg.joined.text);
      at += seg.joined.text.length + 1;
    }
    const joined = texts.join("\n");
    this.text = FULLWIDTH_LETTER.test(joined) ? joined.replace(FULLWIDTH_WORD_G, toHalfWidth) : joined;
  }

  segmentAt(offset: number): Segment {
    return this.segments[this.indexAt(offset)]!;
  }

  toSourceRange(start: number, end: number): TextRange {
    const k = this.indexAt(start);
    const base = this.starts[k]!;
    return toSourceRange(this.segments[k]!.joined, start - base, end - base);
  }

  private indexAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The overview's and body's texts in document order: the model's joined texts, plus any line the model left out. */
export function planSegments(context: Pick<RuleContext<unknown>, "document" | "text">): Segment[] {
  const { document, text } = context;
  const parts = document.parts.filter((p) => USE_PARTS.includes(p.kind));
  if (parts.length === 0) return [];
  const segments: Segment[] = [];
  const add = (joined: JoinedText, heading: boolean): void => {
    const first = joined.pieces[0];
    if (first) segments.push({ joined, start: first.source, heading });
  };
  for (const h of document.overview) for (const e of h.entries) add(e.text, false);
  walkPlan(document, (node) => add(node.text, HEADING_KINDS.has(node.kind)));
  const pieces: JoinedPiece[] = [];
  // (Indexed rather than for-of: in a cold run the array iterator costs more than the body.)
  for (let i = 0; i < segments.length; i++) {
    const segmentPieces = segments[i]!.joined.pieces;
    for (let k = 0; k < segmentPieces.length; k++) pieces.push(segmentPieces[k]!);
  }
  sortPieces(pieces);
  const artifacts = document.pageArtifacts;
  const breaks = new LineBreakCursor(text);
  // Labels, headings of the overview and loose lines: whatever the model did not
  // join is read line by line between its pieces, so no text of the plan goes unread.
  for (const part of parts) {
    let cursor = part.range.start;
    let k = lowerBound(pieces, cursor);
    for (; k <= pieces.length && cursor < part.range.end; k++) {
      const p = pieces[k];
      const gapEnd = p ? Math.min(p.source, part.range.end) : part.range.end;
      if (gapEnd > cursor) addLines(text, cursor, gapEnd, artifacts, segments, breaks);
      if (p) cursor = Math.max(cursor, p.source + p.length);
    }
  }
  return sortSegments(segments);
}

/**
 * The model lists its texts in document order already; sorting is only a safeguard,
 * so check first. (One function per kind of item: a shared one reading the key
 * through a closure cost more than the check, run cold over thousands of pieces.)
 */
function sortPieces(pieces: JoinedPiece[]): JoinedPiece[] {
  for (let i = 1; i < pieces.length; i++) if (pieces[i - 1]!.source > pieces[i]!.source) return pieces.sort((a, b) => a.source - b.source);
  return pieces;
}

function sortSegments(segments: Segment[]): Segment[] {
  for (let i = 1; i < segments.length; i++) if (segments[i - 1]!.start > segments[i]!.start) return segments.sort((a, b) => a.start - b.start);
  return segments;
}

function lowerBound(pieces: readonly { source: number }[], offset: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.source < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One segment per non-blank line run in `from..to`, page headers and numbers left out. */
function addLines(text: string, from: number, to: number, artifacts: readonly PageArtifact[], out: Segment[], breaks: LineBreakCursor): void {
  let i = from;
  while (i < to) {
    while (i < to && (isSpace(text.charCodeAt(i)) || isLineBreak(text.charCodeAt(i)))) i++;
    const br = breaks.next(i);
    const j = br < to ? br : to;
    let e = j;
    while (e > i && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > i && !isArtifact(artifacts, i)) {
      const line = text.slice(i, e);
      out.push({ joined: { text: line, pieces: [{ at: 0, source: i, length: e - i }] }, start: i, heading: HEADING_LINE.test(line) });
    }
    i = j;
  }
}

function isArtifact(artifacts: readonly PageArtifact[], offset: number): boolean {
  let lo = 0;
  let hi = artifacts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = artifacts[mid]!.range;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * A list of keywords (「〔キーワード〕」 followed by 「データマネジメント、ＥＢＰＭ、ＫＰＩ」): short
 * items separated by 、 and no sentence. It names terms rather than explains them,
 * like a heading, so the expansion belongs to the first sentence after it.
 */
export function keywordList(seg: Segment): boolean {
  const t = seg.joined.text;
  if (t.length > 300 || t.includes("。") || t.includes("．")) return false;
  const items = t.split(LIST_COMMA);
  return items.length >= 3 && items.every((item) => item.trim().length > 0 && item.trim().length <= 25);
}
