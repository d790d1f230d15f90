/**
 * readDocx: the bytes of a .docx (or .docm) → its text, one line per paragraph,
 * with a map from every character back to its part, paragraph, run and offset.
 * Runs in a browser: bytes in, no file system. Refuses, each with a PlanlintError
 * and one line saying why: a password-protected document, a Word 97–2003 .doc, a
 * damaged or truncated archive, a zip bomb, XML with a DOCTYPE, a document with
 * no text. A .docm is read like a .docx; its macros are never run or read.
 */
import { PlanlintError } from "../errors.js";
import { parsePlanWithLines } from "../parse-plan.js";
import type { PlanDocument, TextRange } from "../types.js";
import { readDocxCommentTables } from "./comment-tables.js";
import { readNumbering } from "./numbering.js";
import { readNotes, type NotesPart } from "./notes.js";
import type { DocxPart } from "./part.js";
import { ParagraphReader, type DocxParagraph, type DocxRun, type TrackedChangesView } from "./paragraphs.js";
import { readStyles } from "./styles.js";
import { child, isElement, parseXml, type XmlElement } from "./xml.js";
import { ZipArchive, type ZipLimits } from "./zip.js";

export interface ReadDocxOptions extends ZipLimits {
  /** For messages. */
  fileName?: string;
  /** Read as if every tracked change were accepted (default) or rejected. */
  trackedChanges?: TrackedChangesView;
}

export type { DocxPart } from "./part.js";

export interface DocxReading {
  /** The text: one line per paragraph (table cells and notes included), "\n" between lines. */
  text: string;
  paragraphs: DocxParagraph[];
  /**
   * True when each paragraph is a paragraph as the drafter wrote it; false for
   * text pasted line by line from a PDF (its paragraphs are wrapped lines), which
   * is read as the text parser reads extracted text. See `paragraphsAreLines`.
   */
  paragraphPerLine: boolean;
  /** True for a macro-enabled document (.docm): its text is read, its macros are not. */
  macros: boolean;
  /** The name of the main document part (usually word/document.xml). */
  mainPart: string;
  /** The parsed XML parts, by name (the review writes into them). */
  parts: Map<string, DocxPart>;
  archive: ZipArchive;
}

/** Where a character of the extracted text came from. */
export interface DocxSource {
  part: string;
  /** 0-based paragraph index in the part. */
  paragraph: number;
  /** 0-based run index in the paragraph; undefined for a label's characters (automatic numbering, a note's ※N：). */
  run?: number;
  /** Offset in the run's text (or in the label). */
  offset: number;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when the bytes look like a .docx/.docm (a zip archive) or a file Word saved in its old binary form. */
export function looksLikeWordFile(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b) || OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** A UTF-16LE name in an OLE file's directory (stream names are stored so). */
function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    if (bytes[i] !== pattern[0]) continue;
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function refuseOle(bytes: Uint8Array, file?: string): never {
  const where = file !== undefined ? { file } : {};
  if (hasOleStream(bytes, "EncryptedPackage")) {
    throw new PlanlintError("encrypted", "the document is password-protected (an encrypted Word document); planlint cannot read it", where, "save a copy without the password and lint that");
  }
  throw new PlanlintError("binary-file", "a Word 97–2003 document (.doc) is not read; only .docx", where, "save it as .docx (Word: ファイル > 名前を付けて保存 > Word 文書), or convert it with `soffice --headless --convert-to docx`");
}

function xmlPart(archive: ZipArchive, name: string, file?: string): DocxPart | undefined {
  const source = archive.text(name);
  if (source === undefined) return undefined;
  return { name, source, root: parseXml(source, name, file) };
}

/** The main document part, from the package relationships (word/document.xml in every file Word writes). */
function mainPartName(archive: ZipArchive, file?: string): string {
  const rels = xmlPart(archive, "_rels/.rels", file);
  for (const r of rels?.root.children ?? []) {
    if (!isElement(r)) continue;
    for (const rel of r.children) {
      if (isElement(rel) && /\/officeDocument$/.test(rel.attrs["Type"] ?? "")) {
        const target = (rel.attrs["Target"] ?? "").replace(/^\//, "");
        if (target) return target;
      }
    }
  }
  return "word/document.xml";
}

/** A part's related parts by relationship type (footnotes, endnotes, styles, numbering), resolved to entry names. */
function relatedParts(archive: ZipArchive, main: string, file?: string): Map<string, string> {
  const slash = main.lastIndexOf("/");
  const dir = slash >= 0 ? main.slice(0, slash + 1) : "";
  const rels = xmlPart(archive, `${dir}_rels/${main.slice(slash + 1)}.rels`, file);
  const out = new Map<string, string>();
  const root = rels ? child(rels.root, "Relationships") : undefined;
  for (const rel of root?.children ?? []) {
    if (!isElement(rel) || rel.attrs["TargetMode"] === "External") continue;
    const type = (rel.attrs["Type"] ?? "").replace(/^.*\//, "");
    const target = rel.attrs["Target"] ?? "";
    out.set(type, target.startsWith("/") ? target.slice(1) : dir + target);
  }
  return out;
}

export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): DocxReading {
  const file = options.fileName;
  const where = file !== undefined ? { file } : {};
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) refuseOle(bytes, file);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new PlanlintError("corrupt", "not a readable .docx: it is not a zip archive", where, "save the document again from Word or LibreOffice");
  }
  const archive = new ZipArchive(bytes, file, options);
  const mainPart = mainPartName(archive, file);
  const main = xmlPart(archive, mainPart, file);
  if (!main) throw new PlanlintError("corrupt", `not a readable .docx: the archive has no ${mainPart}`, where, "is it a Word document?");
  const related = relatedParts(archive, mainPart, file);
  const parts = new Map<string, DocxPart>([[mainPart, main]]);
  const load = (type: string): DocxPart | undefined => {
    const name = related.get(type);
    const part = name !== undefined ? xmlPart(archive, name, file) : undefined;
    if (part) parts.set(part.name, part);
    return part;
  };
  const styles = readStyles(load("styles")?.root);
  const numberingPart = load("numbering");
  const notes: NotesPart[] = [];
  for (const kind of ["footnote", "endnote"] as const) {
    const part = load(`${kind}s`);
    if (part) notes.push(readNotes(part, kind));
  }
  const macros = archive.entries.some((e) => /vbaProject\.bin$/i.test(e.name)) || /\.docm$/i.test(file ?? "");
  const reader = new ParagraphReader(mainPart, options.trackedChanges ?? "accept", styles, numberingPart ? readNumbering(numberingPart.root) : undefined, notes);
  const body = child(child(main.root, "w:document"), "w:body");
  if (!body) throw new PlanlintError("corrupt", `not a readable .docx: ${mainPart} has no w:body`, where);
  reader.readBlocks(body, mainPart);
  const text = reader.text;
  if (!/\S/.test(text)) throw new PlanlintError("no-text", "the document has no text to lint", where);
  return { text, paragraphs: reader.paragraphs, paragraphPerLine: paragraphsAreWhole(text, reader.paragraphs), macros, mainPart, parts, archive };
}

const SENTENCE_END = /[。．.」』）):：]\s*$/;

/**
 * Whether the paragraphs are whole paragraphs: a document with automatic numbering
 * or heading styles was written in Word; otherwise, long paragraphs that stop
 * mid-sentence (no 。 at the end) are lines of a PDF pasted one per paragraph.
 */
function paragraphsAreWhole(text: string, paragraphs: readonly DocxParagraph[]): boolean {
  let long = 0;
  let cut = 0;
  for (const p of paragraphs) {
    if ((p.label !== undefined && p.note === undefined) || p.outlineLevel !== undefined) return true;
    if (p.range.end - p.range.start < 30) continue;
    long++;
    if (!SENTENCE_END.test(text.slice(p.range.end - 2, p.range.end))) cut++;
  }
  return long === 0 || cut / long < 0.3;
}

/**
 * How the text of a Word document is parsed: as whole paragraphs when it was
 * written in Word, with its heading-styled paragraphs (body text, not table cells
 * or notes) as headings even without a number.
 */
export function docxParseOptions(reading: Pick<DocxReading, "text" | "paragraphs" | "paragraphPerLine" | "mainPart">): { paragraphPerLine: boolean; headingLevels?: Map<number, number> } {
  if (!reading.paragraphPerLine) return { paragraphPerLine: false };
  const headingLevels = new Map<number, number>();
  // Line indexes: the line breaks before each paragraph, counted as the paragraphs go by.
  let line = 0;
  let at = 0;
  for (const p of reading.paragraphs) {
    for (let i = reading.text.indexOf("\n", at); i >= 0 && i < p.range.start; i = reading.text.indexOf("\n", i + 1)) line++, (at = i + 1);
    if (p.outlineLevel !== undefined && p.part === reading.mainPart && !p.cell && p.range.end > p.range.start) headingLevels.set(line, p.outlineLevel);
  }
  return headingLevels.size > 0 ? { paragraphPerLine: true, headingLevels } : { paragraphPerLine: true };
}

/** readDocx and the plan read from its text: the text goes through the same parser as a .txt plan. */
export function parseDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): { reading: DocxReading; document: PlanDocument } {
  const reading = readDocx(bytes, options);
  const { document } = parsePlanWithLines(reading.text, { format: "text", ...docxParseOptions(reading), ...(options.fileName !== undefined ? { fileName: options.fileName } : {}) });
  attachDocxCommentTables(reading, document);
  return { reading, document };
}

/**
 * A Word table's cells are known for sure: its result tables replace whatever the
 * text reader made of the same lines.
 */
export function attachDocxCommentTables(reading: Pick<DocxReading, "text" | "paragraphs">, document: PlanDocument): void {
  const tables = readDocxCommentTables(reading.text, reading.paragraphs);
  if (tables.length === 0) return;
  const others = (document.commentTables ?? []).filter((t) => !tables.some((o) => o.range.start < t.range.end && t.range.start < o.range.end));
  document.commentTables = [...others, ...tables].sort((a, b) => a.range.start - b.range.start);
}

/** The paragraph holding `offset` (a line break belongs to the paragraph before it). */
export function paragraphAt(reading: Pick<DocxReading, "paragraphs">, offset: number): DocxParagraph | undefined {
  const ps = reading.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  let found: DocxParagraph | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid]!.range.start <= offset) {
      found = ps[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The run holding `offset` in its paragraph, if a run's text holds it. */
export function runAt(paragraph: DocxParagraph, offset: number): DocxRun | undefined {
  for (const run of paragraph.runs) if (run.length > 0 && run.at <= offset && offset < run.at + run.length) return run;
  return undefined;
}

/** Where the character at `offset` came from; undefined for a line break between paragraphs or past the end. */
export function docxSourceAt(reading: Pick<DocxReading, "paragraphs">, offset: number): DocxSource | undefined {
  const p = paragraphAt(reading, offset);
  if (!p || offset >= p.range.end) {
    // A line break inside a paragraph (w:br) belongs to its run; one between paragraphs to no run.
    return undefined;
  }
  if (offset < p.range.start + p.labelLength) return { part: p.part, paragraph: p.index, offset: offset - p.range.start };
  const run = runAt(p, offset);
  if (!run) return undefined;
  return { part: p.part, paragraph: p.index, run: run.index, offset: offset - run.at };
}

export type { TextRange };
