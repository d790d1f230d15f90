/**
 * Page layout left in extracted text: page numbers (`- 5 -`) and the running
 * header a page repeats at its top (「1. 経済社会の活力の向上及び持続的発展」
 * 「1.3. セキュリティに係るビジネス環境の整備」), which can land in the middle of
 * a measure. They must never become chapters or sections.
 */
import { isDigitCode } from "./characters.js";
import { CHAPTER_RE, DAI_CHAPTER_RE, DAI_SECTION_RE, ITEM_RE, looksLikeHeadingTitle, PAGE_NUMBER_RE, SECTION_RE } from "./labels.js";
import type { SourceLine } from "./source-lines.js";
import { linesStartingWith } from "./text-lines.js";
import type { PageArtifact } from "./types.js";

/** How many heading lines a running header block holds at most. */
const MAX_HEADER_LINES = 4;

export function isHeadingLike(content: string): boolean {
  // Every heading label starts with a digit or an opening bracket: other lines are
  // ruled out without running three regexps on each of a document's thousands of lines.
  if (!startsLabel(content.charCodeAt(0))) return false;
  const m = SECTION_RE.exec(content) ?? CHAPTER_RE.exec(content) ?? ITEM_RE.exec(content) ?? DAI_CHAPTER_RE.exec(content) ?? DAI_SECTION_RE.exec(content);
  return m !== null && looksLikeHeadingTitle(m[m.length - 1]!.trim());
}

/** A digit, an opening bracket (half- or full-width) or 第: what the heading regexps start with. */
function startsLabel(c: number): boolean {
  return isDigitCode(c) || c === 0x28 || c === 0xff08 || c === 0x7b2c;
}

const WHITESPACE = /\s+/g;
const FINAL_DOT = /\.$/;

/** A heading's identity for comparing repeats: digits, dots, brackets and spaces folded. */
export function headingKey(content: string): string {
  return content.normalize("NFKC").replace(WHITESPACE, "").replace(FINAL_DOT, "");
}

/**
 * Finds page numbers and the heading lines that sit right before a page number
 * (the header of the next page, as PDF extraction orders them) or right after one
 * and repeat a heading seen earlier.
 */
export function findPageArtifacts(lines: readonly SourceLine[], plainText?: string): Map<number, PageArtifact> {
  const found = new Map<number, PageArtifact>();
  const add = (l: SourceLine, kind: PageArtifact["kind"]): void => {
    found.set(l.index, { kind, text: l.content, range: { start: l.contentStart, end: l.contentEnd } });
  };
  // Headings start with a digit or a bracket, page numbers with a dash. In a plain
  // text (`plainText`, whose lines are the raw lines trimmed) a search of the text
  // finds those lines; Markdown lines, whose content is rewritten, are all looked at.
  const all = (): number[] => lines.map((_, i) => i);
  const headingLines = plainText === undefined ? all() : linesStartingWith(plainText, lines, "0-9０-９(（");
  const pageNumberLines = plainText === undefined ? all() : linesStartingWith(plainText, lines, "\\-－−‐―–");
  const seenHeadings = new Map<string, number>();
  for (let k = 0; k < headingLines.length; k++) {
    const l = lines[headingLines[k]!]!;
    if (l.content && isHeadingLike(l.content)) {
      const key = headingKey(l.content);
      if (!seenHeadings.has(key)) seenHeadings.set(key, l.index);
    }
  }
  for (let k = 0; k < pageNumberLines.length; k++) {
    const l = lines[pageNumberLines[k]!]!;
    if (!l.content || !startsPageNumber(l.content.charCodeAt(0)) || !PAGE_NUMBER_RE.test(l.content)) continue;
    add(l, "page-number");
    const block: SourceLine[] = [];
    let before: SourceLine | undefined;
    for (let j = l.index - 1; j >= 0; j--) {
      const prev = lines[j]!;
      if (!prev.content) continue;
      if (block.length >= MAX_HEADER_LINES || !isHeadingLike(prev.content)) {
        before = prev;
        break;
      }
      block.push(prev);
    }
    // Headings just before a page number are the next page's header when the text
    // they interrupt is mid-sentence, or when they repeat an earlier heading; else
    // they may be a real heading at the foot of a page.
    const interrupted = before !== undefined && !endsParagraph(before);
    for (const h of block) {
      const first = seenHeadings.get(headingKey(h.content));
      if (interrupted || (first !== undefined && first < h.index)) add(h, "running-header");
    }
    let marked = 0;
    marked = 0;
    for (let j = l.index + 1; j < lines.length && marked < MAX_HEADER_LINES; j++) {
      const next = lines[j]!;
      if (!next.content) continue;
      const first = seenHeadings.get(headingKey(next.content));
      if (!isHeadingLike(next.content) || first === undefined || first >= next.index) break;
      add(next, "running-header");
      marked++;
    }
  }
  return found;
}

/** The dashes PAGE_NUMBER_RE starts with. */
function startsPageNumber(c: number): boolean {
  return c === 0x2d || c === 0xff0d || c === 0x2212 || c === 0x2010 || c === 0x2015 || c === 0x2013;
}

/** Whether a line closes a paragraph: a sentence end, a closing bracket, or a PDF's trailing space. */
export function endsParagraph(line: SourceLine): boolean {
  if (line.trailingSpace) return true;
  // The last character compared directly (this runs for every line), as /[。．.」』）)]$/ would.
  const c = line.content.charCodeAt(line.content.length - 1);
  // 】 and 〕 close what 」 and ） close: 「…を推進する。【総務省】」 ends its measure.
  return c === 0x3002 || c === 0xff0e || c === 0x2e || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29 || c === 0x3011 || c === 0x3015;
}
