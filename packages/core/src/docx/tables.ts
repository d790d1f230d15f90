/**
 * Tables: a cell's paragraphs are read as paragraphs of their own (ParagraphReader
 * walks each cell as a block container); here, where the rows and cells are, and
 * how a cell is named (table, row, column, counting a merged cell's span).
 */
import { child, isElement, type XmlElement } from "./xml.js";

export interface DocxCell {
  /** 1-based: the n-th table of the part, its row and column. */
  table: number;
  row: number;
  column: number;
}

/** How many grid columns a cell spans (w:gridSpan). */
export function cellSpan(tc: XmlElement): number {
  return Number(child(child(tc, "w:tcPr"), "w:gridSpan")?.attrs["w:val"] ?? "1");
}

/** Rows, including those wrapped in content controls or custom XML. */
export function rowsOf(tbl: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const n of tbl.children) {
    if (!isElement(n)) continue;
    if (n.name === "w:tr") out.push(n);
    else if (n.name === "w:sdt") out.push(...rowsOf(child(n, "w:sdtContent") ?? n));
    else if (n.name === "w:customXml") out.push(...rowsOf(n));
  }
  return out;
}

export function cellsOf(tr: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const n of tr.children) {
    if (!isElement(n)) continue;
    if (n.name === "w:tc") out.push(n);
    else if (n.name === "w:sdt") out.push(...cellsOf(child(n, "w:sdtContent") ?? n));
    else if (n.name === "w:customXml") out.push(...cellsOf(n));
  }
  return out;
}
