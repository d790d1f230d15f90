/**
 * Footnotes, in the two forms plans use:
 * - 「※１：Internet of Thingsの略」, a line of its own, marked 「IoT※１」 in the text;
 * - the block a PDF extraction leaves at each page's end: after the page's last
 *   line come the page's footnotes as `N text` lines (N of either width, or
 *   ※N, 注N, *N; a footnote's text may wrap), then perhaps a page number, then the
 *   next page's text — so the block can split a running sentence or a list. The
 *   marks in the text are bare digits stuck to a word (「課題3が」, and
 *   「では12020 年」: mark 1 before 2020).
 *
 * A block is recognised from how pages are laid out, never from what it says: it
 * ends a page (right before a page number or a form feed), its numbers ascend, and
 * it either continues the document's count with a mark above, or every one of its
 * numbers has a mark above, in order. A numbered heading at a page's top, or a
 * numbered list in prose, has neither, and stays what it is.
 */
import { isDigitCode } from "./characters.js";
import { joinSpans } from "./joined-text.js";
import { digitsValue } from "./labels.js";
import { endsParagraph, isHeadingLike } from "./page-artifacts.js";
import type { SourceLine } from "./source-lines.js";
import { lineIndexAt, linesStartingWith } from "./text-lines.js";
import type { Footnote, FootnoteMark, PageArtifact, TextRange } from "./types.js";

const FOOTNOTE = /^(※[ 　]*[0-9０-９]{1,3})[ 　]*[:：][ 　]*(.+)$/;

/** What findFootnotes returns: the footnotes, their marks, and the lines the footnote blocks take. */
export interface FoundFootnotes {
  footnotes: Footnote[];
  marks: FootnoteMark[];
  /** Indexes of the lines of page-end footnote blocks (and of bare page numbers after them): not body text, never headings. */
  blockLines: Set<number>;
  /** Bare page numbers (「5」) that close a footnote block: page-end evidence page-artifacts.ts cannot have. */
  pageNumbers: PageArtifact[];
}

/**
 * `artifacts` are the page numbers and running headers already found (by line
 * index). Page-end blocks are looked for in plain text only: a Markdown file has
 * no pages, and its footnote definitions are Markdown syntax.
 */
export function findFootnotes(lines: readonly SourceLine[], text: string, artifacts?: ReadonlyMap<number, PageArtifact>, plainText = true): FoundFootnotes {
  const footnotes = colonFootnotes(lines, text);
  const marks: FootnoteMark[] = footnotes.length > 0 ? starMarks(text, lines) : [];
  const blockLines = new Set<number>();
  const pageNumbers: PageArtifact[] = [];
  if (plainText && artifacts) findBlocks(lines, text, artifacts, footnotes, marks, blockLines, pageNumbers);
  if (footnotes.length > 1) footnotes.sort((a, b) => a.range.start - b.range.start);
  if (marks.length > 1) {
    marks.sort((a, b) => a.range.start - b.range.start);
    // A ※N mark of a block footnote is found twice (as ※N and as the block's mark).
    for (let i = marks.length - 1; i > 0; i--) if (marks[i]!.range.start === marks[i - 1]!.range.start) marks.splice(i, 1);
  }
  return { footnotes, marks, blockLines, pageNumbers };
}

function colonFootnotes(lines: readonly SourceLine[], text: string): Footnote[] {
  const out: Footnote[] = [];
  // Only a line whose content starts with ※ can hold one, and a line's content is
  // text.slice(contentStart, contentEnd): each ※ of the text is looked up by its
  // line (a binary search) instead of a look at each of the document's lines.
  for (let at = text.indexOf("※"); at >= 0; at = text.indexOf("※", at + 1)) {
    const line = lines[lineIndexAt(lines, at)];
    if (!line || line.contentStart !== at || line.contentEnd === at || line.ignored) continue;
    const m = FOOTNOTE.exec(line.content);
    if (m) {
      const textStart = line.contentEnd - m[2]!.length;
      out.push({
        label: m[1]!,
        number: digitsValue(m[1]!.replace(NOT_DIGIT_G, "")),
        text: m[2]!.trim(),
        range: { start: line.contentStart, end: line.contentEnd },
        textRange: { start: textStart, end: line.contentEnd },
      });
    }
  }
  return out;
}

const NOT_DIGIT_G = /[^0-9０-９]/g;
const STAR_MARK_G = /※[ 　]?([0-9０-９]{1,3})(?![0-9０-９])/g;

/** 「IoT※１」: every ※N that does not start a line. */
function starMarks(text: string, lines: readonly SourceLine[]): FootnoteMark[] {
  const out: FootnoteMark[] = [];
  STAR_MARK_G.lastIndex = 0;
  for (let m = STAR_MARK_G.exec(text); m; m = STAR_MARK_G.exec(text)) {
    const line = lines[lineIndexAt(lines, m.index)];
    if (line && line.contentStart === m.index) continue;
    out.push({ number: digitsValue(m[1]!), range: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

/** Characters a line of running text has at least when it wraps (a PDF's lines are full): shorter lines are headings or ends. */
const MIN_RUNNING_LINE = 25;
/** Lines of text a footnote may wrap onto. */
const MAX_WRAP = 4;
/** Numbers a block may skip between two of its footnotes (a gap valid-footnotes then reports). */
const MAX_STEP = 2;
/** How far back a mark is looked for: the page above the block, and a page more. */
const MARK_REACH = 6000;

interface Start {
  line: number;
  number: number;
  labelEnd: number;
  textStart: number;
}

const PREFIXES = "※注*＊";

/**
 * The label that starts a footnote line: 「1 」, 「１　」, 「※1」, 「注１：」, 「*2 」.
 * A bare number needs a space after it; what follows must not be a counter
 * (「10 月」 is a date split by a stray space) or more numbers (「2 1.1」, a table row).
 */
export function footnoteStart(content: string, contentStart: number): Omit<Start, "line"> | undefined {
  let i = 0;
  const prefixed = PREFIXES.includes(content.charAt(0));
  if (prefixed) {
    i = 1;
    if (isSpaceChar(content.charCodeAt(i))) i++;
  }
  const digitsStart = i;
  while (i < content.length && i - digitsStart < 4 && isDigitCode(content.charCodeAt(i))) i++;
  const digits = i - digitsStart;
  if (digits === 0 || digits > 3) return undefined;
  const labelEnd = i;
  let sep = 0;
  while (i < content.length && (isSpaceChar(content.charCodeAt(i)) || (prefixed && (content[i] === ":" || content[i] === "：")))) {
    i++;
    sep++;
  }
  if ((!prefixed && sep === 0) || i >= content.length) return undefined;
  if (COUNTERS.includes(content.charAt(i)) || content[i] === "." || content[i] === "．") return undefined;
  // A text may start with a number (「24時間死者数をいう。」), but not with a section
  // number or a column of numbers (「2 1.1」, 「2 3 4」: rows of a table).
  if (isDigitCode(content.charCodeAt(i)) && NUMBERS_AFTER.test(content.slice(i))) return undefined;
  const number = digitsValue(content.slice(digitsStart, labelEnd));
  if (number === 0) return undefined;
  return { number, labelEnd: contentStart + labelEnd, textStart: contentStart + i };
}

const NUMBERS_AFTER = /^[0-9０-９]+(?:[.．,，][0-9０-９]|[ 　\t]|$)/;

/** Units and counters that follow a number that is a quantity, not a footnote's label or mark. */
const COUNTERS = "年月日時分秒回件人名個社項条号章節部編款目％%万億千百十倍歳台枚点位つ次か所期割円ヶケ箇カ週代";

function isSpaceChar(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09;
}

/** A page number written as a bare number: 「5」, 「１２」. */
const BARE_PAGE_NUMBER = /^[0-9０-９]{1,3}$/;

/**
 * Line indexes before which a page may end: page numbers (「- 5 -」, found by
 * page-artifacts.ts), lines that open with a form feed, and bare numbers alone on
 * a line (「5」), which count as page numbers only when a footnote block ends there.
 */
function pageEnds(lines: readonly SourceLine[], text: string, artifacts: ReadonlyMap<number, PageArtifact>): { line: number; bare: boolean }[] {
  const out: { line: number; bare: boolean }[] = [];
  for (const [index, a] of artifacts) if (a.kind === "page-number") out.push({ line: index, bare: false });
  for (let at = text.indexOf("\f"); at >= 0; at = text.indexOf("\f", at + 1)) {
    const i = lineIndexAt(lines, at);
    // A form feed ends the page before its line.
    if (i >= 0) out.push({ line: i, bare: false });
  }
  BARE_LINE_G.lastIndex = 0;
  for (let m = BARE_LINE_G.exec(text); m; m = BARE_LINE_G.exec(text)) {
    const i = lineIndexAt(lines, m.index + m[0].search(DIGIT));
    const l = lines[i];
    if (l && !artifacts.has(i) && BARE_PAGE_NUMBER.test(l.content)) out.push({ line: i, bare: true });
  }
  out.sort((a, b) => a.line - b.line);
  return out;
}

/** A line holding nothing but a short number (with spaces around), found by one search of the text. */
const BARE_LINE_G = /(?:^|[\n\r])[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*(?=[\r\n]|$)/g;
const DIGIT = /[0-9０-９]/;

function findBlocks(
  lines: readonly SourceLine[],
  text: string,
  artifacts: ReadonlyMap<number, PageArtifact>,
  footnotes: Footnote[],
  marks: FootnoteMark[],
  blockLines: Set<number>,
  pageNumbers: PageArtifact[],
): void {
  const skip = (l: SourceLine): boolean => !l.content || l.ignored || artifacts.has(l.index);
  /** The blocks taken, in order: first line, last number, and where the text after them starts. */
  const taken: { line: number; last: number; after: number }[] = [];
  /** Records the footnotes `starts`; the last one's lines run up to line `end` (exclusive). */
  const take = (starts: readonly Start[], end: number, found: readonly (TextRange | undefined)[]): void => {
    for (let k = 0; k < starts.length; k++) {
      const s = starts[k]!;
      const stop = k + 1 < starts.length ? starts[k + 1]!.line : end;
      const spans: TextRange[] = [];
      let last = lines[s.line]!;
      for (let j = s.line; j < stop; j++) {
        const l = lines[j]!;
        if (skip(l)) continue;
        blockLines.add(j);
        spans.push({ start: j === s.line ? s.textStart : l.contentStart, end: l.contentEnd });
        last = l;
      }
      const head = lines[s.line]!;
      footnotes.push({
        label: text.slice(head.contentStart, s.labelEnd),
        number: s.number,
        text: joinSpans(text, spans).text,
        range: { start: head.contentStart, end: last.contentEnd },
        textRange: { start: s.textStart, end: last.contentEnd },
        block: true,
      });
      const mark = found[k];
      if (mark) marks.push({ number: s.number, range: mark });
    }
    taken.push({ line: starts[0]!.line, last: starts[starts.length - 1]!.number, after: lines[end - 1]?.end ?? 0 });
  };

  // Blocks that end a page: before a page number or a form feed.
  let count = 0;
  let markFrom = 0;
  let pageStart = 0;
  for (const { line: end, bare } of pageEnds(lines, text, artifacts)) {
    const starts = blockBefore(lines, end, pageStart, skip);
    pageStart = end + 1;
    if (starts.length === 0) continue;
    const first = lines[starts[0]!.line]!;
    const found = findMarks(text, starts, Math.max(markFrom, first.start - MARK_REACH), first.start);
    const marked = found.filter((m) => m !== undefined).length;
    const continues = starts[0]!.number === count + 1 || (count > 0 && starts[0]!.number === 1);
    if (!(marked === starts.length || (continues && marked * 2 >= starts.length && marked > 0))) continue;
    take(starts, end, found);
    if (bare) {
      const l = lines[end]!;
      pageNumbers.push({ kind: "page-number", text: l.content, range: { start: l.contentStart, end: l.contentEnd } });
      blockLines.add(end);
    }
    count = starts[starts.length - 1]!.number;
    markFrom = taken[taken.length - 1]!.after;
  }

  // Blocks with no page end after them (no page number, or one at the page's top): the
  // next page's text follows the footnotes directly. Taken only on the strictest
  // evidence: the line above stops mid-sentence, the first number continues the
  // count, and every number has its mark. The last footnote keeps no wrapped lines:
  // they cannot be told from the next page's text.
  const before = taken.slice();
  // 「※１：…」 lines are footnotes already, read as lines of their own.
  const colonLines = new Set(footnotes.filter((f) => !f.block).map((f) => f.range.start));
  let bi = 0;
  let countHere = 0;
  let markHere = 0;
  for (const i of linesStartingWith(text, lines, "0-9０-９※注*＊")) {
    if (blockLines.has(i)) continue;
    while (bi < before.length && before[bi]!.line < i) {
      countHere = before[bi]!.last;
      markHere = before[bi]!.after;
      bi++;
    }
    const l = lines[i]!;
    if (l.ignored || colonLines.has(l.contentStart)) continue;
    const s0 = footnoteStart(l.content, l.contentStart);
    if (!s0 || s0.number !== countHere + 1) continue;
    let p = i - 1;
    while (p >= 0 && skip(lines[p]!)) p--;
    const above = lines[p];
    // Stopping mid-sentence: a full line of running text, not a heading (「第１章 総論」 ends without 。 too).
    if (!above || blockLines.has(p) || endsParagraph(above) || above.content.length < MIN_RUNNING_LINE || isHeadingLike(above.content) || footnoteStart(above.content, above.contentStart)) continue;
    const starts = blockAfter(lines, i, s0, skip);
    const found = findMarks(text, starts, Math.max(markHere, l.start - MARK_REACH), l.start);
    if (found.some((m) => m === undefined)) continue;
    const last = starts[starts.length - 1]!.line;
    take(starts, last + 1, found);
    countHere = starts[starts.length - 1]!.number;
    markHere = lines[last]!.end;
  }
}

/**
 * The footnote lines from line `first` on: each with a larger number than the one
 * before it, lines between two of them their wraps (at most MAX_WRAP).
 */
function blockAfter(lines: readonly SourceLine[], first: number, s0: Omit<Start, "line">, skip: (l: SourceLine) => boolean): Start[] {
  const found: Start[] = [{ line: first, ...s0 }];
  let wraps = 0;
  for (let j = first + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (skip(l)) continue;
    const s = footnoteStart(l.content, l.contentStart);
    const prev = found[found.length - 1]!;
    if (s && s.number > prev.number && s.number - prev.number <= MAX_STEP) {
      found.push({ line: j, ...s });
      wraps = 0;
      continue;
    }
    if (s || ++wraps > MAX_WRAP) break;
  }
  return found;
}

/**
 * The footnote lines that end the page before line `end`, first to last: read
 * upwards, each a footnote line with a smaller number than the one below it,
 * with at most MAX_WRAP wrapped lines under each. Empty when the page ends in text.
 */
function blockBefore(lines: readonly SourceLine[], end: number, pageStart: number, skip: (l: SourceLine) => boolean): Start[] {
  const found: Start[] = [];
  let wraps = 0;
  for (let j = end - 1; j >= pageStart; j--) {
    const l = lines[j]!;
    if (skip(l)) continue;
    const s = footnoteStart(l.content, l.contentStart);
    const below = found[found.length - 1];
    if (s && (!below || (s.number < below.number && below.number - s.number <= MAX_STEP))) {
      found.push({ line: j, ...s });
      wraps = 0;
      continue;
    }
    if (s && below) break;
    if (++wraps > MAX_WRAP) break;
  }
  return found.reverse();
}

/**
 * The marks of the block's numbers in `[from, to)`, in order: each is looked for
 * after the one before it. Undefined where a number has none.
 */
function findMarks(text: string, starts: readonly Start[], from: number, to: number): (TextRange | undefined)[] {
  const out: (TextRange | undefined)[] = [];
  let cursor = from;
  for (const s of starts) {
    const at = findMark(text, s.number, cursor, to);
    out.push(at);
    if (at) cursor = at.end;
  }
  return out;
}

const ERA_ENDS = ["明治", "大正", "昭和", "平成", "令和", "西暦"];
/** Words a number is part of, not a mark stuck to: 第3回, 約5割, 全47都道府県. */
const NUMBER_PREFIXES = "第約計全各毎同満築延数翌前後";

function findMark(text: string, n: number, from: number, to: number): TextRange | undefined {
  const half = String(n);
  const full = half.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  let best: TextRange | undefined;
  for (const digits of half === full ? [half] : [half, full]) {
    for (let at = text.indexOf(digits, from); at >= 0 && at < to; at = text.indexOf(digits, at + 1)) {
      if (best && at >= best.start) break;
      if (isMarkAt(text, at, digits.length)) {
        // 「対策※1を」: the ※ belongs to the mark.
        best = { start: text.charCodeAt(at - 1) === 0x203b ? at - 1 : at, end: at + digits.length };
        break;
      }
    }
  }
  return best;
}

/** A bare number stuck to the word before it, not part of a longer number, a quantity or a name. */
function isMarkAt(text: string, at: number, length: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (!(isJapaneseWordEnd(before) || before === 0x203b || before === 0x300d || before === 0x300f || before === 0xff09)) return false;
  const prev = text.charAt(at - 1);
  if (NUMBER_PREFIXES.includes(prev)) return false;
  const two = text.slice(at - 2, at);
  if (ERA_ENDS.includes(two)) return false;
  const after = at + length;
  const c = text.charCodeAt(after);
  if (isDigitCode(c)) {
    // 「では12020 年」: a mark glued to a year — the rest is four digits and 年.
    let e = after;
    while (isDigitCode(text.charCodeAt(e))) e++;
    if (e - after !== 4) return false;
    let y = e;
    while (isSpaceChar(text.charCodeAt(y))) y++;
    return text.charAt(y) === "年";
  }
  const next = text.charAt(after);
  if (COUNTERS.includes(next) || next === "." || next === "．" || next === "," || next === "，" || next === "/" || next === "／") return false;
  // A mark sits before a particle, punctuation or a space (「課題3が」「要請2。」), or at a line's end.
  return true;
}

/** Kana, kanji, 々 and ー: what a word a mark sticks to ends in. */
function isJapaneseWordEnd(c: number): boolean {
  return (c >= 0x3041 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005;
}

