/**
 * Public-comment result tables of a Word document: the reader gives each cell's
 * paragraphs with their table, row and column (tables.ts), so the columns are
 * known for sure. A table is one when its first row names a comment column and an
 * answer column (comment-tables/columns.ts); every later row gives its comment
 * cell's paragraphs and its answer cell's.
 */
import { commentColumns } from "../comment-tables/columns.js";
import { digitsValue } from "../labels.js";
import type { CommentTable, CommentTableRow, TextRange } from "../types.js";
import type { DocxParagraph } from "./paragraphs.js";

export function readDocxCommentTables(text: string, paragraphs: readonly DocxParagraph[]): CommentTable[] {
  // Cells by table, then row, then column; a table of the main part only (notes hold none).
  const tables = new Map<string, Map<number, Map<number, DocxParagraph[]>>>();
  for (const p of paragraphs) {
    if (!p.cell || p.note) continue;
    const key = `${p.part}#${p.cell.table}`;
    let rows = tables.get(key);
    if (!rows) tables.set(key, (rows = new Map()));
    let cols = rows.get(p.cell.row);
    if (!cols) rows.set(p.cell.row, (cols = new Map()));
    const list = cols.get(p.cell.column);
    if (list) list.push(p);
    else cols.set(p.cell.column, [p]);
  }
  const out: CommentTable[] = [];
  const ranges = (list: readonly DocxParagraph[] | undefined): TextRange[] =>
    (list ?? []).filter((p) => p.range.end > p.range.start).map((p) => ({ start: p.range.start, end: p.range.end }));
  for (const rows of tables.values()) {
    const rowNumbers = [...rows.keys()].sort((a, b) => a - b);
    const header = rows.get(rowNumbers[0]!)!;
    const columnNumbers = [...header.keys()].sort((a, b) => a - b);
    const headerText = columnNumbers.map((c) => header.get(c)!.map((p) => text.slice(p.range.start, p.range.end)).join(""));
    const roles = commentColumns(headerText);
    if (!roles) continue;
    const column = (i: number) => columnNumbers[i]!;
    const result: CommentTableRow[] = [];
    let start = Infinity;
    let end = 0;
    for (const n of rowNumbers) {
      const cells = rows.get(n)!;
      for (const list of cells.values()) for (const p of list) {
        if (p.range.start < start) start = p.range.start;
        if (p.range.end > end) end = p.range.end;
      }
      if (n === rowNumbers[0]) continue;
      const comment = ranges(cells.get(column(roles.comment)));
      const answer = ranges(cells.get(column(roles.answer)));
      const all = [...comment, ...answer];
      if (all.length === 0) continue;
      const row: CommentTableRow = { range: { start: Math.min(...all.map((r) => r.start)), end: Math.max(...all.map((r) => r.end)) }, comment, answer };
      const numberCell = roles.number !== undefined ? ranges(cells.get(column(roles.number)))[0] : undefined;
      if (numberCell) {
        const written = text.slice(numberCell.start, numberCell.end).trim();
        if (/^[0-9０-９]{1,4}$/.test(written) && digitsValue(written) >= 0) {
          row.number = written;
          row.numberRange = numberCell;
        }
      }
      result.push(row);
    }
    if (result.length > 0) out.push({ layout: "docx-table", range: { start, end }, rows: result });
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}
