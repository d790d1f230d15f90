/**
 * ESLint's JSON shape, so tools that read ESLint's output read ours. See the
 * package README ("JSON output") for every field. Severity: 2 error, 1 warning,
 * 0 info (ESLint never emits 0; a tool that only knows 1 and 2 should treat 0
 * as informational). Lines and columns are 1-based, columns in UTF-16 code
 * units; `fix.range` is 0-based [start, end) offsets into `source`/`output`.
 */
import type { Fix, LintMessage, Severity, TextRange } from "@planlint/core";
import { oneLine, spanner, spannersOf, type Formatter, type LintedFile, type Span } from "./shared.js";

export interface JsonFix {
  range: [number, number];
  text: string;
}

export interface JsonMessage {
  ruleId: string;
  messageId: string;
  severity: 0 | 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: JsonFix;
  suggestions?: { desc: string; fix: JsonFix }[];
  /** `filePath` when the place is in another file of the plan (lines and columns are that file's). */
  related?: { message: string; filePath?: string; line?: number; column?: number; endLine?: number; endColumn?: number }[];
}

export interface JsonFileResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalErrorCount: 0;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The text as linted; present when there are messages and no `output`. */
  source?: string;
  /** The fixed text (`--fix`, `--fix-dry-run`), when fixes changed it. */
  output?: string;
}

export const SEVERITY_NUMBER: Record<Severity, 0 | 1 | 2> = { error: 2, warning: 1, info: 0 };

const toJsonFix = (fix: Fix): JsonFix => ({ range: [fix.range.start, fix.range.end], text: fix.text });

/** `spanOf` gives the spanner of another file of the report: a related place may be in another file of the plan. */
function jsonMessage(m: LintMessage, span: (range: TextRange) => Span, filePath: string, spanOf?: ReturnType<typeof spannersOf>): JsonMessage {
  const out: JsonMessage = { ruleId: m.ruleId, messageId: m.messageId, severity: SEVERITY_NUMBER[m.severity], message: oneLine(m.message), ...span(m.range) };
  if (m.fix) out.fix = toJsonFix(m.fix);
  if (m.suggestions?.length) out.suggestions = m.suggestions.map((s) => ({ desc: s.message, fix: toJsonFix(s.fix) }));
  if (m.related?.length) {
    out.related = m.related.map((r) => {
      if (r.file === undefined || r.file === filePath) return { message: oneLine(r.message), ...span(r.range) };
      const other = spanOf?.(r.file);
      return { message: oneLine(r.message), filePath: r.file, ...(other ? other(r.range) : {}) };
    });
  }
  return out;
}

export function jsonResult(file: LintedFile, spanOf?: ReturnType<typeof spannersOf>): JsonFileResult {
  const span = spanner(file.text);
  return fileResult(file, file.result.messages.map((m) => jsonMessage(m, span, file.filePath, spanOf)));
}

function fileResult(file: LintedFile, messages: JsonMessage[]): JsonFileResult {
  const { result } = file;
  const out: JsonFileResult = {
    filePath: file.filePath,
    messages,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    fatalErrorCount: 0,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
  };
  if (file.output !== undefined) out.output = file.output;
  else if (result.messages.length > 0) out.source = file.text;
  return out;
}

/**
 * `JSON.stringify(files.map((f) => jsonResult(f, spannersOf(files))))` written
 * a message at a time: the same bytes, without one string of the whole report
 * (see Formatter).
 */
export const formatJson: Formatter = function* (files) {
  const spanOf = spannersOf(files);
  yield "[";
  for (let f = 0; f < files.length; f++) {
    const file = files[f]!;
    // The file's object with no messages, opened where its messages go.
    const shell = JSON.stringify(fileResult(file, []));
    const at = shell.indexOf('"messages":[]') + '"messages":['.length;
    yield (f > 0 ? "," : "") + shell.slice(0, at);
    const span = spanner(file.text);
    const messages = file.result.messages;
    for (let i = 0; i < messages.length; i++) yield (i > 0 ? "," : "") + JSON.stringify(jsonMessage(messages[i]!, span, file.filePath, spanOf));
    yield shell.slice(at);
  }
  yield "]\n";
};
