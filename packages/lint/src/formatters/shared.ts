/**
 * What every formatter shares: the report's types, lines and columns from offsets
 * (computed here, at the edge), paths as shown, one-line messages. In a file of its
 * own so that formatters/index.ts can load each formatter without a circle.
 */
import { isAbsolute, relative, sep } from "node:path";
import { LineIndex } from "@planlint/core";
import type { LintResult } from "../linter.js";
import type { Rule } from "../rule.js";

/** One linted file as formatters see it. */
export interface LintedFile {
  /** Absolute path, or a name such as "<stdin>". */
  filePath: string;
  /** The text the messages' offsets refer to: after `--fix`/`--fix-dry-run`, the fixed text. */
  text: string;
  result: LintResult;
  /** The fixed text, when fixes changed the file (`--fix`, `--fix-dry-run`). */
  output?: string;
}

export interface FormatContext {
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** The rules that ran (for SARIF's rule list and docs links). */
  rules: Readonly<Record<string, Rule<any>>>;
  /** Colour (stylish only; the CLI turns it on for a terminal). */
  colour?: boolean;
  /** planlint's version, for SARIF's tool.driver. */
  version?: string;
}

/**
 * A report as a sequence of chunks, so that a document with a million findings is
 * written piece by piece: one string of the whole report can exceed V8's string
 * limit (about 512 MB) and holds every byte in memory at once.
 */
export type Formatter = (files: readonly LintedFile[], context: FormatContext) => Iterable<string>;

/** The whole report as one string (for tests and small outputs). */
export function reportText(chunks: Iterable<string>): string {
  let out = "";
  for (const chunk of chunks) out += chunk;
  return out;
}

/** The largest value of `f` over `items` (0 when empty); a spread of a document-sized array overflows the stack. */
export function maxOf<T>(items: readonly T[], f: (item: T) => number): number {
  let max = 0;
  for (let i = 0; i < items.length; i++) {
    const v = f(items[i]!);
    if (v > max) max = v;
  }
  return max;
}

const LINE_BREAK_G = /\s*(?:\r\n|\r|\n)\s*/g;

/** `path` relative to `cwd` when it is inside it, else as it is; "/" separators when `posix`. */
export function displayPath(filePath: string, cwd: string, posix = false): string {
  let shown = filePath;
  if (isAbsolute(filePath)) {
    const rel = relative(cwd, filePath);
    if (rel !== "" && !rel.startsWith("..") && !isAbsolute(rel)) shown = rel;
  }
  return posix && sep !== "/" ? shown.split(sep).join("/") : shown;
}

/** 1-based start and end of a range (end just after the last character), columns in UTF-16 units. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Line/column look-up for one file's text, built once per file. */
export function spanner(text: string): (range: { start: number; end: number }) => Span {
  const index = new LineIndex(text);
  return (range) => {
    const s = index.positionAt(range.start);
    const e = index.positionAt(range.end);
    return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  };
}

/** Messages are one line in every format. */
export function oneLine(message: string): string {
  return message.replace(LINE_BREAK_G, " ");
}

/**
 * Spanners of the files of one report, by path: a related location may lie in
 * another file of the same plan (`RelatedLocation.file`). Undefined for a file
 * that is not in the report.
 */
export function spannersOf(files: readonly LintedFile[]): (filePath: string) => ((range: { start: number; end: number }) => Span) | undefined {
  const made = new Map<string, (range: { start: number; end: number }) => Span>();
  return (filePath) => {
    let span = made.get(filePath);
    if (!span) {
      const file = files.find((f) => f.filePath === filePath);
      if (!file) return undefined;
      made.set(filePath, (span = spanner(file.text)));
    }
    return span;
  };
}
