/** The section's lines, trimmed spans of them, and joining spans into text that maps back to the source. */
import type { JoinedPiece, JoinedText, TextRange } from "../types.js";

export interface Line {
  start: number;
  end: number;
  /** First non-space character; `end` for a blank line. */
  cs: number;
  /** Just past the last non-space character. */
  ce: number;
  content: string;
  /** Starts with an ASCII space or tab: in a PDF table this is an empty index column. */
  leading: boolean;
  /** Ends in a space: PDF extraction marks the end of a table cell's paragraph this way. */
  trailing: boolean;
}

/** A trimmed piece of one line. `trailing`: the source line went on with spaces after it. */
export interface Span {
  start: number;
  end: number;
  trailing: boolean;
}

export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0xfeff;
}

export function clampRange(text: string, range: TextRange): [number, number] {
  const n = text.length;
  const toInt = (v: unknown, dflt: number): number =>
    typeof v === "number" && !Number.isNaN(v) ? Math.max(0, Math.min(n, Math.floor(v))) : dflt;
  if (range === null || typeof range !== "object") return [0, n];
  return [toInt(range.start, 0), toInt(range.end, n)];
}

export function splitRange(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let i = from;
  // Line breaks are found with indexOf: faster than a loop over every character
  // while this code is still interpreted (a CLI run parses one document, cold).
  let nextLf = text.indexOf("\n", from);
  let nextCr = text.indexOf("\r", from);
  while (i < to) {
    if (nextLf >= 0 && nextLf < i) nextLf = text.indexOf("\n", i);
    if (nextCr >= 0 && nextCr < i) nextCr = text.indexOf("\r", i);
    const lineBreak = nextLf < 0 ? nextCr : nextCr < 0 || nextLf < nextCr ? nextLf : nextCr;
    const j = lineBreak < 0 || lineBreak > to ? to : lineBreak;
    let cs = i;
    while (cs < j && isSpaceCode(text.charCodeAt(cs))) cs++;
    let ce = j;
    while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
    const first = text.charCodeAt(i);
    lines.push({
      start: i,
      end: j,
      cs,
      ce,
      content: text.slice(cs, ce),
      leading: cs < ce && (first === 0x20 || first === 0x09 || first === 0xa0),
      trailing: cs < ce && ce < j,
    });
    if (j >= to) break;
    i = j + (text.charCodeAt(j) === 13 && j + 1 < to && text.charCodeAt(j + 1) === 10 ? 2 : 1);
  }
  return lines;
}

/** Width in half-width columns, as the PDF's fixed column measures it. */
export function displayWidth(text: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    w += c < 0x2000 || (c >= 0xff61 && c <= 0xffdc) || (c >= 0xffe8 && c <= 0xffee) ? 1 : 2;
  }
  return w;
}

export function isLatinWordEnd(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x29;
}

export function isLatinWordStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x28;
}

/**
 * Joins trimmed spans. Japanese wraps anywhere, so halves are glued; two Latin words
 * keep one space — in a PDF only when the line had a trailing space (the extractor
 * keeps the space at a word wrap), in Markdown always (a soft break is a space).
 */
export function joinSpans(text: string, spans: readonly Span[], softBreaks: boolean): JoinedText {
  // Collected in an array: reading the last character of a growing concatenated
  // string flattens it each time, which made long definitions quadratic.
  const parts: string[] = [];
  const pieces: JoinedPiece[] = [];
  let length = 0;
  let prev: Span | undefined;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    if (sp.end <= sp.start) continue;
    if (
      prev &&
      (softBreaks || prev.trailing) &&
      isLatinWordEnd(text.charCodeAt(prev.end - 1)) &&
      isLatinWordStart(text.charCodeAt(sp.start))
    ) {
      parts.push(" ");
      length += 1;
    }
    pieces.push({ at: length, source: sp.start, length: sp.end - sp.start });
    parts.push(text.slice(sp.start, sp.end));
    length += sp.end - sp.start;
    prev = sp;
  }
  return { text: parts.join(""), pieces };
}
