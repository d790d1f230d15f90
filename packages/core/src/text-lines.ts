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

/**
 * A test of a character code against a character class written as in a regexp
 * ("0-9(", "\\-－"): single characters, ranges a-b and backslash escapes of one
 * character. Made once per class.
 */
const classTests = new Map<string, (code: number) => boolean>();

function classTest(chars: string): (code: number) => boolean {
  let test = classTests.get(chars);
  if (test) return test;
  const singles = new Set<number>();
  const ranges: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    let c = chars.charCodeAt(i);
    if (c === 0x5c && i + 1 < chars.length) c = chars.charCodeAt(++i);
    if (chars[i + 1] === "-" && i + 2 < chars.length) {
      let to = chars.charCodeAt(i + 2);
      i += 2;
      if (to === 0x5c && i + 1 < chars.length) to = chars.charCodeAt(++i);
      ranges.push(c, to);
    } else singles.add(c);
  }
  test = (code) => {
    if (singles.has(code)) return true;
    for (let r = 0; r < ranges.length; r += 2) if (code >= ranges[r]! && code <= ranges[r + 1]!) return true;
    return false;
  };
  classTests.set(chars, test);
  return test;
}

/**
 * Indexes (in order) of the lines whose content starts with a character of
 * `firstChars`, a regexp character class such as "0-9(", right after the line's
 * leading spaces (isSpace). One look at each line's first character: a regexp
 * search of the whole text for 「line start, spaces, class」 tried every position
 * of the text (no literal to skip to), ~0.8 ms a search on the seed even warm.
 */
export function linesStartingWith(text: string, lines: readonly TextLine[], firstChars: string): number[] {
  const inClass = classTest(firstChars);
  const out: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const at = l.contentStart;
    if (at >= l.end || !inClass(text.charCodeAt(at))) continue;
    // As the search read them: from the start of a raw line, over spaces only (a
    // Markdown line's content may start after syntax).
    if (l.start > 0) {
      const before = text.charCodeAt(l.start - 1);
      if (before !== 10 && before !== 13) continue;
    }
    let i = l.start;
    while (i < at && isSpace(text.charCodeAt(i))) i++;
    if (i === at) out.push(k);
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
