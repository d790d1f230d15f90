/**
 * Public-comment result tables as a PDF extraction lays them out. A table page is
 * extracted cell by cell: each row comes as blocks separated by blank lines — its
 * number alone on a line (often with the submitter's name wrapped under it), the
 * 該当箇所, the comment, the answer, and the 意見の種類 when the table has that
 * column — and each page repeats the column headers between two rows.
 *
 * Only a row whose columns can be told apart surely is read: after its number
 * and the short cells that name who and where, exactly two blocks must be left,
 * the second ending a sentence and saying what an answer says (ご意見, 原案,
 * 参考にさせていただきます…). A comment or answer broken by a page, columns
 * extracted line by line into each other, or a row numbered out of sequence is
 * left unread: its answer stays out of the lint, as the whole table was before.
 */
import { digitsValue } from "../labels.js";
import { firstLineFrom, type TextLine } from "../text-lines.js";
import type { CommentTable, CommentTableRow, TextRange } from "../types.js";

/** A header line naming the answer column. */
const ANSWER_HEADER = /^(?:(?:御|ご)?意見(?:等)?に対する(?:(?:政府|当省|当庁|当センター)の)?(?:考え方|回答)|(?:政府|当省|当庁)の考え方|考え方|回答|対応(?:案)?)/;
/** A header line naming the comment column (the extraction may glue it to a neighbour's header: 「概要提出者」). */
const COMMENT_HEADER = /意見の?(?:概要|要旨|内容)|^概要|提出意見/;
/** A row's number alone on its line. */
const ROW_NUMBER = /^[0-9０-９]{1,3}$/;
/** The 意見の種類 column's values, spaces taken out. */
const COMMENT_KIND = /^(?:修正意見|政策展開に係る意見|賛同意見|その他(?:の)?意見|その他|質問|要望|反映|参考意見)$/;
/** What an answer says: it speaks of the comment, the draft or what will be done. */
const ANSWER_WORDING = /御意見|ご意見|御指摘|ご指摘|原案|参考にさせ|承り|御理解|ご理解|賛同|記載のとおり|記載しております|修正(?:します|いたします|しました)|反映/;
const ENDS_SENTENCE = /[。」）)]$/;
/** A header line naming the 意見の種類 column. */
const KIND_HEADER = /種類|種別|区分/;
/** A cell naming who commented or where (提出者, ページ, 章節項): short lines and no sentence. */
const SHORT_CELL_LINE = 16;

interface Block {
  lines: TextLine[];
}

function blockText(b: Block): string {
  return b.lines.map((l) => l.content).join("");
}

function isShortCell(b: Block): boolean {
  return b.lines.every((l) => l.content.length <= SHORT_CELL_LINE && !l.content.includes("。"));
}

/**
 * A short cell that ends in kana is the start of a sentence cut by a blank line
 * (「防災士について／の記載を」), not a name or a place: the row cannot be read surely.
 */
function endsInKana(b: Block): boolean {
  return /[\u3041-\u309f]$/.test(b.lines[b.lines.length - 1]!.content);
}

/** A block that ends with the 意見の種類 cell glued after the answer's last 。 (「承りました。 賛同意／見」): where the answer ends. */
function answerEndBeforeKind(text: string, b: Block): number | undefined {
  const joined = blockText(b);
  const dot = joined.lastIndexOf("。");
  if (dot < 0 || dot === joined.length - 1) return undefined;
  if (!COMMENT_KIND.test(joined.slice(dot + 1).replace(/[ 　]/g, ""))) return undefined;
  for (const l of b.lines) {
    const at = text.lastIndexOf("。", l.contentEnd - 1);
    if (at >= l.contentStart) {
      // The last line holding a 。 (lines after it hold only the kind).
      const later = b.lines.slice(b.lines.indexOf(l) + 1).some((m) => m.content.includes("。"));
      if (!later) return at + 1;
    }
  }
  return undefined;
}

function isPageHeader(b: Block): boolean {
  return isShortCell(b) || b.lines.every((l) => !l.content.includes("。") && l.content.length <= 60 && /意見募集|意見公募|パブリック・?コメント|考え方|概要/.test(l.content));
}

function span(lines: readonly TextLine[], end?: number): TextRange {
  return { start: lines[0]!.contentStart, end: end ?? lines[lines.length - 1]!.contentEnd };
}

/**
 * The rows of a result table in one public-comments part of an extracted text.
 * `skipped` are lines the layout put there (page numbers, running headers).
 */
export function readPdfBlockTables(text: string, lines: readonly TextLine[], part: TextRange, skipped: ReadonlySet<number>): CommentTable[] {
  const partLines = lines.slice(firstLineFrom(lines, part.start), firstLineFrom(lines, part.end));
  let answerHeader = false;
  let commentHeader = false;
  let kindColumn = false;
  for (let i = 0; i < partLines.length; i++) {
    const content = partLines[i]!.content;
    if (content.length > 40) continue;
    // Most lines have no space to take out: no copy of them.
    const c = content.includes(" ") || content.includes("　") ? content.replace(/[ 　]/g, "") : content;
    if (!answerHeader && ANSWER_HEADER.test(c)) answerHeader = true;
    if (!commentHeader && COMMENT_HEADER.test(c)) commentHeader = true;
    if (!kindColumn && c.length <= 8 && KIND_HEADER.test(c)) kindColumn = true;
    // Each page repeats the headers: once all are seen, the rest of the part can tell nothing more.
    if (answerHeader && commentHeader && kindColumn) break;
  }
  if (!answerHeader || !commentHeader) return [];

  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const l of partLines) {
    if (skipped.has(l.index)) continue;
    if (l.content === "") {
      current = undefined;
      continue;
    }
    // A row's number alone on a line starts a block even right under the last row's
    // cell (「修正意／見／13」: the extraction left no blank line between them).
    if (!current || ROW_NUMBER.test(l.content)) blocks.push((current = { lines: [] }));
    current.lines.push(l);
  }

  const rows: CommentTableRow[] = [];
  let expected = 1;
  let tableStart: number | undefined;
  let tableEnd = 0;
  for (let b = 0; b < blocks.length; b++) {
    const first = blocks[b]!.lines[0]!;
    if (!ROW_NUMBER.test(first.content) || digitsValue(first.content) !== expected) continue;
    expected++;
    // The row's blocks: up to the next row's number.
    let e = b + 1;
    while (e < blocks.length) {
      const f = blocks[e]!.lines[0]!;
      if (ROW_NUMBER.test(f.content) && digitsValue(f.content) === expected) break;
      e++;
    }
    const row = readRow(text, first, blocks.slice(b + 1, e), kindColumn);
    b = e - 1;
    if (!row) continue;
    rows.push(row);
    tableStart ??= first.contentStart;
    tableEnd = row.range.end;
  }
  if (rows.length === 0 || tableStart === undefined) return [];
  return [{ layout: "pdf-blocks", range: { start: tableStart, end: tableEnd }, rows }];
}

function readRow(text: string, numberLine: TextLine, blocks: Block[], kindColumn: boolean): CommentTableRow | undefined {
  let cells = blocks;
  let answerEnd: number | undefined;
  if (kindColumn) {
    // The row ends with its 意見の種類; what follows is the next page's header.
    let end = -1;
    for (let k = 0; k < cells.length; k++) {
      if (COMMENT_KIND.test(blockText(cells[k]!).replace(/[ 　]/g, ""))) {
        end = k;
        break;
      }
      const cut = answerEndBeforeKind(text, cells[k]!);
      if (cut !== undefined) {
        end = k + 1;
        answerEnd = cut;
        break;
      }
    }
    if (end < 0) return undefined;
    cells = cells.slice(0, end);
  } else {
    // Without that column, the next page's title and headers may follow the row.
    while (cells.length > 0 && isPageHeader(cells[cells.length - 1]!)) cells = cells.slice(0, -1);
  }
  let k = 0;
  while (k < cells.length && isShortCell(cells[k]!)) {
    if (endsInKana(cells[k]!)) return undefined;
    k++;
  }
  cells = cells.slice(k);
  if (cells.length !== 2) return undefined;
  const [comment, answer] = cells as [Block, Block];
  const answerRange = span(answer.lines, answerEnd);
  const answerText = text.slice(answerRange.start, answerRange.end);
  if (!ENDS_SENTENCE.test(answerText) || !ANSWER_WORDING.test(answerText)) return undefined;
  const commentRange = span(comment.lines);
  return {
    number: numberLine.content,
    numberRange: { start: numberLine.contentStart, end: numberLine.contentEnd },
    range: { start: numberLine.contentStart, end: answerRange.end },
    comment: [commentRange],
    answer: [answerRange],
  };
}
