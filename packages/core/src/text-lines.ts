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
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0 || code === 0x0b || code === 0x0c || code === 0xfeff;
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  const n = text.length;
  // Line breaks are found with indexOf rather than a loop over every character:
  // the native search runs at full speed even before V8 optimises this function,
  // and a CLI run parses one document once, cold.
  let nextLf = text.indexOf("\n");
  let nextCr = text.indexOf("\r");
  while (start <= n) {
    if (nextLf >= 0 && nextLf < start) nextLf = text.indexOf("\n", start);
    if (nextCr >= 0 && nextCr < start) nextCr = text.indexOf("\r", start);
    const end = nextLf < 0 ? (nextCr < 0 ? n : nextCr) : nextCr < 0 || nextLf < nextCr ? nextLf : nextCr;
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

/** The isSpace characters as a regexp character class. */
const SPACE_CLASS = " \\u3000\\t\\u00a0\\v\\f\\ufeff";
const startPatterns = new Map<string, RegExp>();

/**
 * Indexes (in order) of the lines whose content starts with a character of
 * `firstChars`, a regexp character class such as "0-9(". For lines splitLines made
 * from `text` only: their content is the line without its leading spaces, so one
 * regexp search of the text finds them, where a loop would look at every line.
 */
export function linesStartingWith(text: string, lines: readonly TextLine[], firstChars: string): number[] {
  let re = startPatterns.get(firstChars);
  if (!re) startPatterns.set(firstChars, (re = new RegExp(`(?:^|[\\n\\r])[${SPACE_CLASS}]*[${firstChars}]`, "g")));
  const out: number[] = [];
  re.lastIndex = 0;
  let k = 0;
  while (re.test(text)) {
    const at = re.lastIndex - 1;
    // Matches come in order, so the line is found by walking on from the last one.
    while (k + 1 < lines.length && lines[k + 1]!.start <= at) k++;
    if (lines[k]!.contentStart === at) out.push(k);
  }
  return out;
}

/** Index of the first line that starts at or after `offset` (lines.length if none). */
export function firstLineFrom(lines: readonly TextLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last line starting at or before `offset` (-1 when none does). */
export function lineIndexAt(lines: readonly TextLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
