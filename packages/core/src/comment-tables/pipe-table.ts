/**
 * Public-comment result tables written as GFM pipe tables (a Markdown file, or a
 * text pasted from one): a header row naming the columns, a delimiter row
 * (`|---|:---:|`), then one line per row. Read from the raw lines so the cells'
 * ranges are the source's; a cell's `\|` is a pipe of its text, not a border.
 */
import type { CommentTable, CommentTableRow, TextRange } from "../types.js";
import type { TextLine } from "../text-lines.js";
import { commentColumns } from "./columns.js";

const DELIMITER_CELL = /^:?-+:?$/;

/** The cells of a table line: ranges of their trimmed content, pipes at the edges dropped. */
export function pipeCells(text: string, line: TextLine): TextRange[] {
  const cells: TextRange[] = [];
  // The raw line: a Markdown reading takes syntax off a line's content.
  let s = line.start;
  let e = line.end;
  while (s < e && /[ \t\u3000]/.test(text[s]!)) s++;
  while (e > s && /[ \t\u3000]/.test(text[e - 1]!)) e--;
  if (text[s] === "|") s++;
  if (e > s && text[e - 1] === "|" && text[e - 2] !== "\\") e--;
  let from = s;
  for (let i = s; i <= e; i++) {
    if (i < e && (text[i] !== "|" || text[i - 1] === "\\")) continue;
    let cs = from;
    let ce = i;
    while (cs < ce && /[ \t\u3000]/.test(text[cs]!)) cs++;
    while (ce > cs && /[ \t\u3000]/.test(text[ce - 1]!)) ce--;
    cells.push({ start: cs, end: ce });
    from = i + 1;
  }
  return cells;
}

/** `delimiter`: the Markdown reading marks a delimiter row as no content (all syntax); a code line is marked so too. */
function isTableLine(text: string, line: TextLine, delimiter = false): boolean {
  if (line.ignored && !delimiter) return false;
  const raw = text.slice(line.start, line.end).trim();
  return raw.includes("|") && (raw.startsWith("|") || raw.endsWith("|"));
}

function rowRange(text: string, line: TextLine): TextRange {
  let start = line.start;
  let end = line.end;
  while (start < end && /[ \t\u3000]/.test(text[start]!)) start++;
  while (end > start && /[ \t\u3000]/.test(text[end - 1]!)) end--;
  return { start, end };
}

function isDelimiterRow(text: string, line: TextLine): boolean {
  const cells = pipeCells(text, line);
  return cells.length > 0 && cells.every((c) => DELIMITER_CELL.test(text.slice(c.start, c.end)));
}

export function readPipeTables(text: string, lines: readonly TextLine[]): CommentTable[] {
  const tables: CommentTable[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i]!;
    if (!isTableLine(text, head) || !isTableLine(text, lines[i + 1]!, true) || !isDelimiterRow(text, lines[i + 1]!)) continue;
    const headerCells = pipeCells(text, head);
    const columns = commentColumns(headerCells.map((c) => text.slice(c.start, c.end)));
    let j = i + 2;
    const rows: CommentTableRow[] = [];
    for (; j < lines.length && isTableLine(text, lines[j]!); j++) {
      const line = lines[j]!;
      if (!columns) continue;
      const cells = pipeCells(text, line);
      const comment = cells[columns.comment];
      const answer = cells[columns.answer];
      const row: CommentTableRow = { range: rowRange(text, line), comment: [], answer: [] };
      if (comment && comment.end > comment.start) row.comment.push(comment);
      if (answer && answer.end > answer.start) row.answer.push(answer);
      const number = columns.number !== undefined ? cells[columns.number] : undefined;
      if (number && number.end > number.start) {
        row.number = text.slice(number.start, number.end);
        row.numberRange = number;
      }
      rows.push(row);
    }
    if (columns) tables.push({ layout: "pipe-table", range: { start: rowRange(text, head).start, end: rowRange(text, lines[j - 1]!).end }, rows });
    i = j - 1;
  }
  return tables;
}
