/**
 * The document as lines with their offsets. Parsers work on these so that every
 * node they build can point back into the original text (CRLF and lone CR kept).
 */
export interface TextLine {
  /** 0-based line number. */
  index: number;
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's last character, before the line break. */
  end: number;
  /** First non-space character (ASCII, full-width and tab spaces skipped); `end` for a blank line. */
  contentStart: number;
  /** Just past the last non-space character; `contentStart` for a blank line. */
  contentEnd: number;
  /** The trimmed content. */
  content: string;
  /** True when the raw line ends in a space: PDF extraction marks a paragraph end this way. */
  trailingSpace: boolean;
  /** True for Markdown headings (`#`) — they are structure whatever they say. */
  markdownHeading: boolean;
  /** True for lines that are never content: Markdown comments, fences and code. */
  ignored: boolean;
}

/** Spaces a PDF extraction or a drafter leaves around content: ASCII, ideographic, tab, NBSP. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0 || code === 0x0b || code === 0x0c || code === 0xfeff;
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    let cs = start;
    while (cs < end && isSpace(text.charCodeAt(cs))) cs++;
    let ce = end;
    while (ce > cs && isSpace(text.charCodeAt(ce - 1))) ce--;
    lines.push({
      index: lines.length,
      start,
      end,
      contentStart: cs,
      contentEnd: ce,
      content: text.slice(cs, ce),
      trailingSpace: end > start && isSpace(text.charCodeAt(end - 1)),
      markdownHeading: false,
      ignored: false,
    });
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (start === n) {
      // A final line break ends the last line; it does not open an empty one.
      break;
    }
  }
  return lines;
}
