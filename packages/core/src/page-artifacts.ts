/**
 * Page layout left in extracted text: page numbers (`- 5 -`) and the running
 * header a page repeats at its top (「1. 経済社会の活力の向上及び持続的発展」
 * 「1.3. セキュリティに係るビジネス環境の整備」), which can land in the middle of
 * a measure. They must never become chapters or sections.
 */
import { CHAPTER_RE, ITEM_RE, looksLikeHeadingTitle, PAGE_NUMBER_RE, SECTION_RE } from "./labels.js";
import type { SourceLine } from "./source-lines.js";
import type { PageArtifact } from "./types.js";

/** How many heading lines a running header block holds at most. */
const MAX_HEADER_LINES = 4;

export function isHeadingLike(content: string): boolean {
  const m = SECTION_RE.exec(content) ?? CHAPTER_RE.exec(content) ?? ITEM_RE.exec(content);
  return m !== null && looksLikeHeadingTitle(m[m.length - 1]!.trim());
}

/** A heading's identity for comparing repeats: digits, dots, brackets and spaces folded. */
export function headingKey(content: string): string {
  return content
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\.$/, "");
}

/**
 * Finds page numbers and the heading lines that sit right before a page number
 * (the header of the next page, as PDF extraction orders them) or right after one
 * and repeat a heading seen earlier.
 */
export function findPageArtifacts(lines: readonly SourceLine[]): Map<number, PageArtifact> {
  const found = new Map<number, PageArtifact>();
  const add = (l: SourceLine, kind: PageArtifact["kind"]): void => {
    found.set(l.index, { kind, text: l.content, range: { start: l.contentStart, end: l.contentEnd } });
  };
  const seenHeadings = new Map<string, number>();
  for (const l of lines) {
    if (l.content && isHeadingLike(l.content) && !seenHeadings.has(headingKey(l.content))) {
      seenHeadings.set(headingKey(l.content), l.index);
    }
  }
  for (const l of lines) {
    if (!l.content || !PAGE_NUMBER_RE.test(l.content)) continue;
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

/** Whether a line closes a paragraph: a sentence end, a closing bracket, or a PDF's trailing space. */
export function endsParagraph(line: SourceLine): boolean {
  return line.trailingSpace || /[。．.」』）)]$/.test(line.content);
}
