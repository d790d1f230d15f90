/**
 * Public-comment result tables (意見募集の結果), in the layouts they reach us in:
 * GFM pipe tables (Markdown, or text pasted from it), rows of a PDF extraction
 * inside a public-comments part, and Word tables (docx/comment-tables.ts, from the
 * reader's cells). Each row keeps the commenters' text apart from the answer, so
 * that the lint reads the drafters' answers like the body and never the public's
 * words.
 */
import { readPdfBlockTables } from "./comment-tables/pdf-blocks.js";
import { readPipeTables } from "./comment-tables/pipe-table.js";
import type { TextLine } from "./text-lines.js";
import type { CommentTable, DocumentFormat, Part } from "./types.js";

export { columnRole, commentColumns, type ColumnRole } from "./comment-tables/columns.js";

export function findCommentTables(text: string, lines: readonly TextLine[], parts: readonly Part[], format: DocumentFormat, skipped: ReadonlySet<number>): CommentTable[] {
  // A pipe table needs a '|' on a line: most plans have none, and are not scanned.
  const tables = text.includes("|") ? readPipeTables(text, lines) : [];
  if (format === "text") {
    for (const part of parts) {
      if (part.kind !== "public-comments") continue;
      for (const t of readPdfBlockTables(text, lines, part.range, skipped)) {
        if (!tables.some((o) => o.range.start < t.range.end && t.range.start < o.range.end)) tables.push(t);
      }
    }
  }
  return tables.sort((a, b) => a.range.start - b.range.start);
}
