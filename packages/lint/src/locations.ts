import type { JoinedText, LineIndex, TextRange } from "@planlint/core";

/** A 1-based line and 1-based column (UTF-16 code units), as terminals and editors show them. */
export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * A range's start and end as 1-based line/column. `end` is the position just
 * after the last character, like the range's exclusive `end` offset.
 */
export interface SourceLocation {
  start: SourcePosition;
  end: SourcePosition;
}

/**
 * `T` as printed in JSON: every object with a `range` also has a `loc` next to
 * it, and every {@link JoinedText} becomes `J` (its text by default).
 */
export type Located<T, J = string> = T extends JoinedText
  ? J
  : T extends readonly (infer U)[]
    ? Located<U, J>[]
    : T extends { range: TextRange }
      ? { [K in keyof T]: Located<T[K], J> } & { loc: SourceLocation }
      : T extends object
        ? { [K in keyof T]: Located<T[K], J> }
        : T;

export interface LocateOptions {
  /** Keep each JoinedText whole (text and its `pieces` map) instead of its text only. */
  keepPieces?: boolean;
}

/** 1-based position of a 0-based offset. */
export function positionOf(index: LineIndex, offset: number): SourcePosition {
  const { line, character } = index.positionAt(offset);
  return { line: line + 1, column: character + 1 };
}

export function locationOf(index: LineIndex, range: TextRange): SourceLocation {
  return { start: positionOf(index, range.start), end: positionOf(index, range.end) };
}

/** 1-based line of a range's first character. */
export function lineOf(index: LineIndex, range: TextRange): number {
  return index.positionAt(range.start).line + 1;
}

/** 1-based line of a range's last character (its start line if it is empty). */
export function lastLineOf(index: LineIndex, range: TextRange): number {
  return index.positionAt(Math.max(range.start, range.end - 1)).line + 1;
}

/**
 * A copy of plain data with a `loc` added after each `range` and JoinedText
 * reduced to its text (unless `keepPieces`). Offsets stay as they are.
 */
export function withLocations<T>(value: T, index: LineIndex, options: LocateOptions & { keepPieces: true }): Located<T, JoinedText>;
export function withLocations<T>(value: T, index: LineIndex, options?: LocateOptions): Located<T>;
export function withLocations(value: unknown, index: LineIndex, options: LocateOptions = {}): unknown {
  return locate(value, index, options.keepPieces === true);
}

function locate(value: unknown, index: LineIndex, keepPieces: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => locate(item, index, keepPieces));
  if (value === null || typeof value !== "object") return value;
  if (!keepPieces && isJoinedText(value)) return value.text;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = locate(item, index, keepPieces);
    if (key === "range" && isTextRange(item)) out.loc = locationOf(index, item);
  }
  return out;
}

function isJoinedText(value: object): value is JoinedText {
  return typeof (value as JoinedText).text === "string" && Array.isArray((value as JoinedText).pieces);
}

function isTextRange(value: unknown): value is TextRange {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as TextRange).start === "number" &&
    typeof (value as TextRange).end === "number"
  );
}
