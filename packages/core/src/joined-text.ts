import type { JoinedPiece, JoinedText, TextRange } from "./types.js";

/** Characters after which a wrapped Latin word keeps its space: [A-Za-z0-9,.;:)]. */
function isLatinEnd(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x29;
}

/** Characters before which it does: [A-Za-z0-9(]. */
function isLatinStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x28;
}

/**
 * A span past the end of the text gives an empty piece; the one-character regexps
 * this code replaced then tested the string "undefined", which passes both tests.
 */
const UNDEFINED_CODE = 0x75;
const firstCode = (piece: string): number => (piece.length > 0 ? piece.charCodeAt(0) : UNDEFINED_CODE);

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
  // Character codes compared directly rather than with one-character regexps: this
  // runs for every line of a document, and a CLI run executes it cold.
  let last = 0;
  // (Indexed rather than for-of, for the same reason.)
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.end <= span.start) continue;
    const piece = source.slice(span.start, span.end);
    if (length > 0 && isLatinEnd(last) && isLatinStart(firstCode(piece))) {
      const prev = pieces[pieces.length - 1]!;
      const gapStart = prev.source + prev.length;
      const gap = source.charCodeAt(gapStart);
      if (gapStart < span.start && (gap === 0x20 || gap === 0x09 || gap === 0x3000)) {
        parts.push(" ");
        length += 1;
      }
    }
    pieces.push({ at: length, source: span.start, length: span.end - span.start });
    parts.push(piece);
    length += piece.length;
    last = piece.length > 0 ? piece.charCodeAt(piece.length - 1) : UNDEFINED_CODE;
  }
  return { text: parts.join(""), pieces };
}

/** Source offset of a joined-text offset (an end offset maps to the end of its piece). */
export function toSourceOffset(joined: JoinedText, offset: number): number {
  const { pieces } = joined;
  if (pieces.length === 0) return 0;
  const p = pieces[pieceIndexAt(pieces, offset)]!;
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

/** Index of the piece holding joined offset `offset`: the last piece starting at or before it (0 when none). */
export function pieceIndexAt(pieces: readonly JoinedPiece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.at <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
