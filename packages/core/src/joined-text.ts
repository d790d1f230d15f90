import type { JoinedPiece, JoinedText, TextRange } from "./types.js";

/** Characters after which a wrapped Latin word keeps its space (tested on one character only: cheap on long texts). */
const LATIN_END = /[A-Za-z0-9,.;:)]/;
const LATIN_START = /[A-Za-z0-9(]/;

/**
 * Joins spans of the source (one per line, already trimmed) into one string.
 * Japanese has no spaces between words, so wrapped halves are glued directly; two
 * Latin words keep one space when the source had one at the wrap.
 */
export function joinSpans(source: string, spans: readonly TextRange[]): JoinedText {
  // Built as an array and joined once: reading the last character of a growing
  // concatenated string would flatten it on every line (quadratic on long texts).
  const parts: string[] = [];
  const pieces: JoinedPiece[] = [];
  let length = 0;
  let last = "";
  for (const span of spans) {
    if (span.end <= span.start) continue;
    const piece = source.slice(span.start, span.end);
    if (length > 0 && LATIN_END.test(last) && LATIN_START.test(piece[0]!)) {
      const prev = pieces[pieces.length - 1]!;
      const gapStart = prev.source + prev.length;
      if (gapStart < span.start && /[ \t\u3000]/.test(source[gapStart]!)) {
        parts.push(" ");
        length += 1;
      }
    }
    pieces.push({ at: length, source: span.start, length: span.end - span.start });
    parts.push(piece);
    length += piece.length;
    last = piece[piece.length - 1]!;
  }
  return { text: parts.join(""), pieces };
}

/** Source offset of a joined-text offset (an end offset maps to the end of its piece). */
export function toSourceOffset(joined: JoinedText, offset: number): number {
  const { pieces } = joined;
  if (pieces.length === 0) return 0;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.at <= offset) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo]!;
  return p.source + Math.min(Math.max(offset - p.at, 0), p.length);
}

/**
 * Source range of a joined-text range. A range that ends exactly where a piece ends
 * maps to that piece's end, not to the start of the next line.
 */
export function toSourceRange(joined: JoinedText, start: number, end: number): TextRange {
  const s = toSourceOffset(joined, start);
  if (end <= start) return { start: s, end: s };
  return { start: s, end: toSourceOffset(joined, end - 1) + 1 };
}

export function emptyJoined(): JoinedText {
  return { text: "", pieces: [] };
}
