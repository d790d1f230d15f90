/**
 * Reads the entries of a plan's glossary section (参考 用語解説).
 *
 * Three layouts are understood:
 *
 * - PDF-extracted two-column tables (the plans as published): a row starts with a
 *   space or with an index letter/kana and a space (`A AIST …`, ` APCERT …`,
 *   ` く クラウドサービス …`); lines that start with a non-space character continue
 *   the row. A headword too long for its column wraps over several short lines
 *   before the definition starts.
 * - Markdown: tables `| 用語 | 解説 |`, list items `- **CSIRT**: …`, and headings
 *   `### CSIRT` followed by a paragraph.
 * - Plain lines or paragraphs such as `CSIRT Computer Security …の略。…`.
 *
 * Each layout has its reader in glossary-section/ (pdf.ts, markdown.ts, plain.ts);
 * this file finds the layout and builds the entries.
 *
 * The parser is heuristic: a glossary it cannot read yields []. It does not catch
 * its own exceptions (a bug must show, and its property tests must be able to
 * fail); parsePlan records one as a problem on the document.
 */
import { JAPANESE_CHAR } from "./characters.js";
import type { GlossaryEntry, TextRange } from "./types.js";
import { describeDefinition, resolveSeeAlso, skipSpaceBack, type SeeAlsoRef } from "./glossary-section/definition.js";
import type { Draft, Section } from "./glossary-section/draft.js";
import { clampRange, displayWidth, joinSpans, splitRange, type Line } from "./glossary-section/lines.js";
import { parseMarkdown } from "./glossary-section/markdown.js";
import { cleanMarkup } from "./glossary-section/markup.js";
import { parsePdf } from "./glossary-section/pdf.js";
import { parsePlain } from "./glossary-section/plain.js";
import { compact, DIGITS_ONLY, ENDS_WITH_FULL_STOP, headingTitleEnd, INDEX_MARK, INLINE_READING, isTableSeparator, MD_HEADING, MD_LIST, PAGE_NUMBER, plausibleIndex, SECTION_HEADING, SPACE_RUN_G, splitHeadword, TABLE_HEADER, type Split } from "./glossary-section/shapes.js";

/** Longer "headwords" are sentences that lost their row structure. */
const MAX_HEADWORD_LENGTH = 80;

export function parseGlossarySection(text: string, range: TextRange): GlossaryEntry[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const [start, end] = clampRange(text, range);
  if (end <= start) return [];
  return new SectionParser(text, start, end).parse();
}

interface Built {
  entry: GlossaryEntry;
  refs: SeeAlsoRef[];
}

/**
 * Marks the lines that are no entries, tells the layout, has the layout's reader
 * (glossary-section/pdf.ts, markdown.ts, plain.ts) make drafts, and turns each
 * draft into an entry.
 */
class SectionParser implements Section {
  readonly lines: Line[];
  readonly skip: Uint8Array;
  private readonly built: Built[] = [];
  private mode: "pdf" | "markdown" | "plain" = "plain";
  /** splitHeadword of a row, by line index and the row's start: detectLayout's results, reused by parsePdf. */
  private readonly splits = new Map<number, { from: number; split: Split | null }>();
  colWidth = 0;
  trailingMarks = false;

  constructor(
    readonly text: string,
    from: number,
    to: number,
  ) {
    this.lines = splitRange(text, from, to);
    this.skip = new Uint8Array(this.lines.length);
  }

  parse(): GlossaryEntry[] {
    this.markNonEntries();
    this.detectLayout();
    if (this.mode === "pdf") parsePdf(this);
    else if (this.mode === "markdown") parseMarkdown(this);
    else parsePlain(this);
    const headwords = new Set(this.built.map((b) => b.entry.headword));
    return this.built.map((b) => {
      b.entry.seeAlso = resolveSeeAlso(b.refs, headwords);
      return b.entry;
    });
  }

  /** The section heading, repeated table headers and page numbers. */
  private markNonEntries(): void {
    const { lines, skip } = this;
    let headingKey: string | undefined;
    const firstIdx = lines.findIndex((l) => l.cs < l.ce);
    if (firstIdx >= 0) {
      const c = lines[firstIdx]!.content;
      const md = MD_HEADING.exec(c);
      // A table's header row 「| 用語 | 解説 |」 names the same words as a heading would.
      if (md || (c.length <= 40 && !c.includes("。") && !c.includes("|") && SECTION_HEADING.test(c))) {
        skip[firstIdx] = 1;
        headingKey = compact(md ? c.slice(md[0].length, headingTitleEnd(c)) : c);
      }
    }
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.cs >= l.ce || skip[i]) continue;
      const c = l.content;
      if (c.length > 24) continue;
      const k = compact(c);
      if (
        TABLE_HEADER.test(k) ||
        (headingKey !== undefined && k === headingKey) ||
        PAGE_NUMBER.test(k) ||
        (l.leading && DIGITS_ONLY.test(k))
      ) {
        skip[i] = 1;
      }
    }
  }

  private detectLayout(): void {
    const { lines, skip, text } = this;
    let markdown = 0;
    let pdfRows = 0;
    let inList = false;
    let nonBlank = 0;
    let trailing = 0;
    const headOnlyWidths = new Map<number, number>();
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.cs >= l.ce || skip[i]) continue;
      nonBlank++;
      if (l.trailing) trailing++;
      const c = l.content;
      if (c.startsWith("|")) {
        const next = lines[i + 1];
        if (next && isTableSeparator(next.content)) markdown += 2;
        continue;
      }
      if (MD_LIST.test(c)) {
        markdown++;
        inList = true;
        continue;
      }
      if (MD_HEADING.test(c)) {
        markdown++;
        inList = false;
        continue;
      }
      if (inList && l.leading) continue;
      inList = false;
      let rowFrom = -1;
      const idx = INDEX_MARK.exec(c);
      if (l.leading) rowFrom = idx ? l.cs + idx[0].length : l.cs;
      else if (idx && plausibleIndex(idx[1]!, c.slice(idx[0].length))) rowFrom = l.cs + idx[0].length;
      if (rowFrom < 0) continue;
      pdfRows++;
      if (this.splitRow(i, rowFrom) === null) {
        const w = displayWidth(text, rowFrom, l.ce);
        headOnlyWidths.set(w, (headOnlyWidths.get(w) ?? 0) + 1);
      }
    }
    if (markdown > 0 && markdown >= pdfRows) this.mode = "markdown";
    else if (pdfRows > 0) this.mode = "pdf";
    else this.mode = "plain";
    this.trailingMarks = trailing >= 2 && trailing * 10 >= nonBlank;
    // Wrapped headwords fill their column, so the commonest width of a headword-only
    // row is the column's width; a stray long row must not widen it.
    let best = 0;
    let bestCount = 0;
    for (const [w, count] of headOnlyWidths) {
      if (count > bestCount || (count === bestCount && w > best)) {
        best = w;
        bestCount = count;
      }
    }
    this.colWidth = best;
  }
  /** splitHeadword of line `i` read as a row from `from`, computed once. */
  splitRow(i: number, from: number): Split | null {
    const known = this.splits.get(i);
    if (known && known.from === from) return known.split;
    const split = splitHeadword(this.text, from, this.lines[i]!.ce);
    this.splits.set(i, { from, split });
    return split;
  }

  finish(draft: Draft | undefined): void {
    if (!draft || draft.head.length === 0) return;
    const { text } = this;
    const markdown = draft.style !== "pdf";
    // Without trailing-space marks a wrap between two Latin words cannot be told from
    // a word split across lines; Latin words rarely split, so assume a word gap.
    const softBreaks = markdown || !this.trailingMarks;
    const joinedHead = joinSpans(text, draft.head, softBreaks);
    let headword = joinedHead.text.replace(SPACE_RUN_G, " ").trim();
    if (markdown) headword = cleanMarkup(headword);
    const firstPiece = joinedHead.pieces[0];
    const lastPiece = joinedHead.pieces[joinedHead.pieces.length - 1];
    if (!headword || !firstPiece || !lastPiece) return;
    const headwordRange: TextRange = { start: firstPiece.source, end: lastPiece.source + lastPiece.length };
    let reading = draft.reading;
    // 「CSIRT（シーサート）」 as a headword: the parenthesis is its reading.
    const inlineReading = INLINE_READING.exec(headword);
    if (inlineReading && inlineReading.index > 0) {
      headword = headword.slice(0, inlineReading.index);
      reading ??= inlineReading[1]!;
      const tail = text.slice(headwordRange.start, headwordRange.end);
      const cut = tail.lastIndexOf(inlineReading[0].trimStart().charAt(0));
      if (cut > 0) headwordRange.end = skipSpaceBack(text, headwordRange.start + cut);
    }
    if (headword.length > MAX_HEADWORD_LENGTH || ENDS_WITH_FULL_STOP.test(headword)) return;
    let definition = joinSpans(text, draft.def, softBreaks).text;
    if (markdown) definition = cleanMarkup(definition);
    // Without Markdown structure a row is only a guess: one with no Japanese
    // definition is more likely stray text than a glossary entry.
    if ((draft.style === "pdf" || draft.style === "plain") && !JAPANESE_CHAR.test(definition)) return;
    if ((draft.style === "list" || draft.style === "heading") && definition.length === 0) return;
    const facts = describeDefinition(definition, headword);
    const lastDef = draft.def[draft.def.length - 1];
    const entry: GlossaryEntry = {
      headword,
      definition,
      seeAlso: [],
      range: { start: headwordRange.start, end: Math.max(headwordRange.end, lastDef ? lastDef.end : 0) },
      headwordRange,
      source: { kind: "document" },
    };
    const expansion = draft.expansion ?? facts.expansion;
    if (expansion !== undefined) entry.expansion = expansion;
    reading ??= facts.reading;
    if (reading !== undefined) entry.reading = reading;
    if (draft.index !== undefined) entry.index = draft.index;
    this.built.push({ entry, refs: facts.seeAlso });
  }
}
