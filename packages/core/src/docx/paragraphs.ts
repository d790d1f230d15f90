/**
 * The document's paragraphs as lines of text, in reading order: body paragraphs,
 * each table cell's paragraphs on lines of their own, and each footnote or endnote
 * after the paragraph that refers to it, as a 「※N：…」 line (the form a drafter
 * types in a text plan, which the footnote reader knows). Every character of the
 * text is mapped back to the run (and the w:t) it came from; the characters of an
 * automatic number's label and of a note's 「※N：」 come from no run.
 *
 * Read as Word shows the document with every tracked change accepted (w:ins kept,
 * w:del and w:moveFrom dropped) — or, for checking a review, with every change
 * rejected. Fields (a table of contents, page numbers) and hidden text are not
 * prose: a field's instruction is never text, and the result of a TOC or PAGE
 * field is left out. Comments are not read.
 */
import type { NotesPart } from "./notes.js";
import { levelOfStyle, nextLabel, type NumberingState } from "./numbering.js";
import type { StyleTable } from "./styles.js";
import { cellSpan, cellsOf, rowsOf, type DocxCell } from "./tables.js";
import { child, isElement, type XmlElement } from "./xml.js";
import type { TextRange } from "../types.js";

export type TrackedChangesView = "accept" | "reject";
export type { DocxCell };

/** One child of a run and the text it shows: a w:t's text, 「\t」 for w:tab, 「\n」 for w:br; "" for the rest. */
export interface RunItem {
  node: XmlElement;
  text: string;
  /** Offset of the item's text in the extracted text. */
  at: number;
}

export interface DocxRun {
  /** 0-based index among the paragraph's runs (every w:r inside it, in order). */
  index: number;
  element: XmlElement;
  items: RunItem[];
  /** Where the run's text starts in the extracted text, and how long it is. */
  at: number;
  length: number;
  /**
   * True when the review can split the run into tracked changes: a w:r directly in
   * the paragraph or a hyperlink, outside tracked changes and fields.
   */
  editable: boolean;
}

export interface DocxParagraph {
  /** The part it is in: "word/document.xml", "word/footnotes.xml", "word/endnotes.xml". */
  part: string;
  /** 0-based index among the part's w:p elements, in document order. */
  index: number;
  element: XmlElement;
  /** The paragraph's text in the extracted text (label included, line break excluded). */
  range: TextRange;
  /** The paragraph style's name (「見出し 1」, 「Heading 2」, 「Normal」). */
  style?: string;
  /** 0-based outline level from the style or w:outlineLvl. */
  outlineLevel?: number;
  /** The automatic number as rendered (「第1章」, 「（１）」), or a note's 「※N：」; its text precedes the runs' text. */
  label?: string;
  /** Characters at the paragraph's start that come from no run (the label and its separator). */
  labelLength: number;
  cell?: DocxCell;
  note?: { kind: "footnote" | "endnote"; id: string; number: number };
  runs: DocxRun[];
}


interface Field {
  instruction: string;
  result: boolean;
}

/** Fields whose result is not the drafter's prose: tables of contents, page numbers, index entries. */
const GENERATED_FIELD = /^\s*(?:TOC|PAGEREF|PAGE|NUMPAGES|SECTIONPAGES|SECTION|INDEX|TOA|XE|TC|RD)\b/i;

/** Children of a run that are not text and hold no text the reader reads (drawings and text boxes hold their own paragraphs). */
const RUN_TEXT: Record<string, string | undefined> = { "w:tab": "\t", "w:ptab": "\t", "w:cr": "\n", "w:noBreakHyphen": "-" };

export class ParagraphReader {
  private chunks: string[] = [];
  length = 0;
  readonly paragraphs: DocxParagraph[] = [];
  private fields: Field[] = [];
  private tables = new Map<string, number>();
  private pIndex = new Map<string, number>();
  private noteNumbers = { footnote: 0, endnote: 0 };
  private notesDone = new Set<string>();
  /** A paragraph whose mark is deleted runs on into the next one. */
  private joinNext = false;

  constructor(
    private readonly mainPart: string,
    private readonly view: TrackedChangesView,
    private readonly styles: StyleTable,
    private readonly numbering: NumberingState | undefined,
    private readonly notes: NotesPart[],
  ) {}

  get text(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join("")];
    return this.chunks[0] ?? "";
  }

  private emit(s: string): void {
    if (s === "") return;
    this.chunks.push(s);
    this.length += s.length;
  }

  /** The body (or a cell, a content control): paragraphs and tables in order. */
  readBlocks(container: XmlElement, part: string, cell?: DocxCell): void {
    for (const node of container.children) {
      if (!isElement(node)) continue;
      switch (node.name) {
        case "w:p":
          this.readParagraph(node, part, cell);
          break;
        case "w:tbl":
          this.readTable(node, part);
          break;
        case "w:sdt":
          this.readBlocks(child(node, "w:sdtContent") ?? node, part, cell);
          break;
        case "w:customXml":
          this.readBlocks(node, part, cell);
          break;
        case "w:ins":
        case "w:moveTo":
          if (this.view === "accept") this.readBlocks(node, part, cell);
          break;
        case "w:del":
        case "w:moveFrom":
          if (this.view === "reject") this.readBlocks(node, part, cell);
          break;
        default:
          // Section properties, bookmarks, comment ranges: no text.
          break;
      }
    }
  }

  private readTable(tbl: XmlElement, part: string): void {
    const table = (this.tables.get(part) ?? 0) + 1;
    this.tables.set(part, table);
    let row = 0;
    for (const tr of rowsOf(tbl)) {
      row++;
      let column = 0;
      for (const tc of cellsOf(tr)) {
        const span = cellSpan(tc);
        column++;
        this.readBlocks(tc, part, { table, row, column });
        if (span > 1) column += span - 1;
      }
    }
  }

  private readParagraph(p: XmlElement, part: string, cell: DocxCell | undefined, note?: DocxParagraph["note"]): void {
    const notesPart = note !== undefined || part !== this.mainPart ? this.notes.find((n) => n.part === part) : undefined;
    const index = notesPart?.paragraphIndex.get(p) ?? this.pIndex.get(part) ?? 0;
    if (!notesPart) this.pIndex.set(part, index + 1);
    const joined = this.joinNext;
    this.joinNext = false;
    const pPr = child(p, "w:pPr");
    const styleId = child(pPr, "w:pStyle")?.attrs["w:val"];
    const style = styleId !== undefined ? this.styles.get(styleId) : this.styles.get("Normal") ?? undefined;
    const outline = child(pPr, "w:outlineLvl")?.attrs["w:val"];
    const start = this.length;
    const paragraph: DocxParagraph = { part, index, element: p, range: { start, end: start }, labelLength: 0, runs: [] };
    if (style) paragraph.style = style.name;
    const level = outline !== undefined && Number(outline) < 9 ? Number(outline) : style?.outlineLevel;
    if (level !== undefined) paragraph.outlineLevel = level;
    if (cell) paragraph.cell = cell;
    if (note) paragraph.note = note;
    // Automatic numbering: the paragraph's own numPr, else its style's.
    if (this.numbering && !joined && note === undefined) {
      const numPr = child(pPr, "w:numPr");
      let numId = child(numPr, "w:numId")?.attrs["w:val"];
      let ilvl = Number(child(numPr, "w:ilvl")?.attrs["w:val"] ?? "NaN");
      if (numId === undefined && style?.numId !== undefined) {
        numId = style.numId;
        ilvl = style.ilvl ?? levelOfStyle(this.numbering, numId, style.id) ?? 0;
      }
      if (numId !== undefined) {
        const rendered = nextLabel(this.numbering, numId, Number.isNaN(ilvl) ? 0 : ilvl);
        if (rendered && rendered.label !== "") {
          paragraph.label = rendered.label;
          this.emit(rendered.label + rendered.suffix);
          paragraph.labelLength = rendered.label.length + rendered.suffix.length;
        }
      }
    }
    if (note) {
      const label = `${note.kind === "footnote" ? "※" : "注"}${note.number}：`;
      paragraph.label = label;
      this.emit(label);
      paragraph.labelLength = label.length;
    }
    const references: { kind: "footnote" | "endnote"; id: string }[] = [];
    this.readInline(p, paragraph, true, false, references);
    paragraph.range.end = this.length;
    this.paragraphs.push(paragraph);
    // A deleted paragraph mark (accepted) or an inserted one (rejected) joins this paragraph to the next.
    const markChange = child(child(pPr, "w:rPr"), this.view === "accept" ? "w:del" : "w:ins");
    if (markChange && note === undefined && references.length === 0) {
      this.joinNext = true;
      return;
    }
    this.emit("\n");
    for (const ref of references) this.readNote(ref.kind, ref.id);
  }

  private readNote(kind: "footnote" | "endnote", id: string): void {
    const key = `${kind}:${id}`;
    if (this.notesDone.has(key)) return;
    const part = this.notes.find((n) => n.kind === kind);
    const element = part?.byId.get(id);
    if (!part || !element) return;
    this.notesDone.add(key);
    const number = ++this.noteNumbers[kind];
    let first = true;
    for (const p of element.children) {
      if (!isElement(p) || p.name !== "w:p") continue;
      this.readParagraph(p, part.part, undefined, first ? { kind, id, number } : undefined);
      first = false;
    }
  }

  private readInline(container: XmlElement, paragraph: DocxParagraph, direct: boolean, tracked: boolean, references: { kind: "footnote" | "endnote"; id: string }[]): void {
    for (const node of container.children) {
      if (!isElement(node)) continue;
      switch (node.name) {
        case "w:r":
          this.readRun(node, paragraph, direct && !tracked, references);
          break;
        case "w:hyperlink":
          this.readInline(node, paragraph, direct, tracked, references);
          break;
        case "w:smartTag":
        case "w:customXml":
        case "w:bdo":
        case "w:dir":
          this.readInline(node, paragraph, false, tracked, references);
          break;
        case "w:sdt":
          this.readInline(child(node, "w:sdtContent") ?? node, paragraph, false, tracked, references);
          break;
        case "w:ins":
        case "w:moveTo":
          if (this.view === "accept") this.readInline(node, paragraph, false, true, references);
          break;
        case "w:del":
        case "w:moveFrom":
          if (this.view === "reject") this.readInline(node, paragraph, false, true, references);
          break;
        case "w:fldSimple": {
          const instruction = node.attrs["w:instr"] ?? "";
          if (!GENERATED_FIELD.test(instruction)) this.readInline(node, paragraph, false, tracked, references);
          break;
        }
        default:
          break;
      }
    }
  }

  private hidden(): boolean {
    for (const f of this.fields) if (!f.result || GENERATED_FIELD.test(f.instruction)) return true;
    return false;
  }

  private readRun(r: XmlElement, paragraph: DocxParagraph, direct: boolean, references: { kind: "footnote" | "endnote"; id: string }[]): void {
    const rPr = child(r, "w:rPr");
    const vanish = child(rPr, "w:vanish") ?? child(rPr, "w:webHidden");
    const invisible = vanish !== undefined && vanish.attrs["w:val"] !== "0" && vanish.attrs["w:val"] !== "false";
    const run: DocxRun = { index: paragraph.runs.length, element: r, items: [], at: this.length, length: 0, editable: direct && this.fields.length === 0 && !invisible };
    paragraph.runs.push(run);
    for (const node of r.children) {
      if (!isElement(node) || node.name === "w:rPr") continue;
      let text = "";
      switch (node.name) {
        case "w:fldChar": {
          const type = node.attrs["w:fldCharType"];
          if (type === "begin") this.fields.push({ instruction: "", result: false });
          else if (type === "separate") {
            const top = this.fields[this.fields.length - 1];
            if (top) top.result = true;
          } else if (type === "end") this.fields.pop();
          run.editable = false;
          break;
        }
        case "w:instrText": {
          const top = this.fields[this.fields.length - 1];
          if (top && !top.result) top.instruction += textContent(node);
          run.editable = false;
          break;
        }
        case "w:t":
          if (!invisible && !this.hidden()) text = textContent(node);
          break;
        case "w:delText":
          if (this.view === "reject" && !invisible && !this.hidden()) text = textContent(node);
          break;
        case "w:br":
          // A line break inside the paragraph; a page or column break is layout.
          if (!invisible && !this.hidden() && (node.attrs["w:type"] ?? "textWrapping") === "textWrapping") text = "\n";
          break;
        case "w:footnoteReference":
        case "w:endnoteReference": {
          const id = node.attrs["w:id"];
          if (id !== undefined) references.push({ kind: node.name === "w:footnoteReference" ? "footnote" : "endnote", id });
          break;
        }
        default:
          if (!invisible && !this.hidden()) text = RUN_TEXT[node.name] ?? "";
          break;
      }
      run.items.push({ node, text, at: this.length });
      this.emit(text);
      run.length += text.length;
    }
  }
}

function textContent(el: XmlElement): string {
  let s = "";
  for (const c of el.children) if (!isElement(c)) s += c.text;
  return s;
}
