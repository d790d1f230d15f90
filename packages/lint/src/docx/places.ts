/**
 * Where a finding in a Word document is, as its reader finds it in Word: the
 * paragraph (counted as Word's w:p elements, table cells' paragraphs included),
 * the table cell, or the footnote — with an excerpt of the text around it, since
 * line numbers of the extracted text mean nothing in Word.
 */
import { docxParseOptions, paragraphAt, parsePlanWithLines, type DocxCell, type DocxReading, type PlanDocument, type TextRange } from "@planlint/core";

export interface DocumentPlace {
  /** 「paragraph 12」, 「paragraph 40 (table 1, row 2, column 1)」, 「footnote 3」. */
  name: string;
  /** The part of the package: "word/document.xml", "word/footnotes.xml", "word/endnotes.xml". */
  part: string;
  /** 1-based index of the paragraph among the part's paragraphs. */
  paragraph: number;
  cell?: DocxCell;
  /** The finding's text with a little of the paragraph around it, 「…」 where cut. */
  excerpt: string;
}

const CONTEXT = 12;

/** The paragraph holding `range` in a Word document read by readDocx. */
function placeOf(reading: DocxReading, range: TextRange): DocumentPlace | undefined {
  const p = paragraphAt(reading, range.start);
  if (!p) return undefined;
  const { text } = reading;
  const from = Math.max(p.range.start, range.start - CONTEXT);
  const to = Math.min(p.range.end, Math.max(range.end, range.start) + CONTEXT);
  const excerpt = (from > p.range.start ? "…" : "") + text.slice(from, to).replace(/[\t\n]+/g, " ") + (to < p.range.end ? "…" : "");
  let name: string;
  if (p.note) name = `${p.note.kind} ${p.note.number}`;
  else {
    name = `paragraph ${p.index + 1}`;
    if (p.cell) name += ` (table ${p.cell.table}, row ${p.cell.row}, column ${p.cell.column})`;
  }
  return { name, part: p.part, paragraph: p.index + 1, ...(p.cell ? { cell: p.cell } : {}), excerpt };
}

/** The `locate` of a linted file read from a Word document; nothing for a text file. */
export function placeLocator(file: { docx?: DocxReading }): { locate?: (range: TextRange) => DocumentPlace | undefined } {
  const reading = file.docx;
  return reading ? { locate: (range) => placeOf(reading, range) } : {};
}

/**
 * The parsed plan to lint `text` of a Word document with: its paragraphs are
 * whole paragraphs (see readDocx's paragraphPerLine). The document as read for
 * the original text; parsed again for a fixed one. Nothing for a text file.
 */
export function documentOf(file: { text: string; docx?: DocxReading; document?: PlanDocument }, text: string, fileName: string): { document?: PlanDocument } {
  if (!file.docx) return {};
  if (text === file.text && file.document) return { document: file.document };
  return { document: parsePlanWithLines(text, { format: "text", ...docxParseOptions(file.docx), fileName }).document };
}
