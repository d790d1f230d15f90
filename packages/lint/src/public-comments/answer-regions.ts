/**
 * Where public-comment result tables change what a rule reads. The commenters'
 * column is the public's text: no rule reads it, whatever part the table sits in
 * (a results file of its own is read as body). The answer column is the drafters'
 * own published text: every rule that reads the body reads it too, with the body,
 * so that a date, a width or a variant in an answer is judged against the plan's
 * own conventions. Tables come from core (PlanDocument.commentTables).
 */
import type { CommentTableRow, PlanDocument, TextRange } from "@planlint/core";

interface TableIndex {
  /** Sorted, non-overlapping: the tables' ranges and, inside them, the answers. */
  tables: readonly TextRange[];
  answers: readonly TextRange[];
}

const indexes = new WeakMap<PlanDocument, TableIndex>();

function indexOf(document: PlanDocument): TableIndex | undefined {
  const found = document.commentTables;
  if (!found || found.length === 0) return undefined;
  let index = indexes.get(document);
  if (!index) {
    const tables = found.map((t) => t.range).sort((a, b) => a.start - b.start);
    const answers: TextRange[] = [];
    for (const t of found) for (const row of t.rows) for (const a of row.answer) if (a.end > a.start) answers.push(a);
    answers.sort((a, b) => a.start - b.start);
    indexes.set(document, (index = { tables, answers }));
  }
  return index;
}

/** The last range starting at or before `offset` that holds it. */
function holding(ranges: readonly TextRange[], offset: number): TextRange | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  let found: TextRange | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= offset) {
      found = ranges[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && offset < found.end ? found : undefined;
}

/** What a public-comment table holds at `offset`: an answer, other cells (comments, headers, numbers), or nothing. */
export function commentTableAt(document: PlanDocument, offset: number): "answer" | "table" | undefined {
  const index = indexOf(document);
  if (!index || !holding(index.tables, offset)) return undefined;
  return holding(index.answers, offset) ? "answer" : "table";
}

/** The answers of the document's result tables, in order. */
export function answerRanges(document: PlanDocument): readonly TextRange[] {
  return indexOf(document)?.answers ?? [];
}

/**
 * `regions` (sorted, what a rule reads by part) less the result tables, plus their
 * answers when the rule reads the body. Unchanged for a document without tables, and
 * for a rule that reads the tables (`readsTables`: its scopes name public-comments).
 */
export function withCommentTables(document: PlanDocument, regions: readonly TextRange[], readsAnswers: boolean, readsTables = false): TextRange[] {
  const index = indexOf(document);
  // A rule that checks the public-comment parts themselves (consistent-counts) reads the tables whole.
  if (!index || readsTables) return regions.slice();
  const out: TextRange[] = [];
  for (const r of regions) {
    let from = r.start;
    for (const t of index.tables) {
      if (t.end <= from || t.start >= r.end) continue;
      if (t.start > from) out.push({ start: from, end: t.start });
      from = Math.max(from, t.end);
    }
    if (from < r.end) out.push({ start: from, end: r.end });
  }
  if (readsAnswers) for (const a of index.answers) out.push({ start: a.start, end: a.end });
  out.sort((a, b) => a.start - b.start);
  // Answers never overlap what is left (it is outside every table); regions that touch stay apart (each is read as its own paragraph).
  return out;
}

/** The row whose answer holds `offset`. */
export function answerRowAt(document: PlanDocument, offset: number): CommentTableRow | undefined {
  for (const t of document.commentTables ?? []) {
    if (offset < t.range.start || offset >= t.range.end) continue;
    for (const row of t.rows) if (row.answer.some((a) => a.start <= offset && offset < a.end)) return row;
  }
  return undefined;
}
