/**
 * ESLint's JSON shape, so tools that read ESLint's output read ours. See the
 * package README ("JSON output") for every field. Severity: 2 error, 1 warning,
 * 0 info (ESLint never emits 0; a tool that only knows 1 and 2 should treat 0
 * as informational). Lines and columns are 1-based, columns in UTF-16 code
 * units; `fix.range` is 0-based [start, end) offsets into `source`/`output`.
 */
import type { Fix, Severity } from "@planlint/core";
import { oneLine, spanner, spannersOf, type Formatter, type LintedFile } from "./index.js";

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

export function jsonResult(file: LintedFile, spanOf?: ReturnType<typeof spannersOf>): JsonFileResult {
  const span = spanner(file.text);
  const { result } = file;
  const messages = result.messages.map((m): JsonMessage => {
    const out: JsonMessage = { ruleId: m.ruleId, messageId: m.messageId, severity: SEVERITY_NUMBER[m.severity], message: oneLine(m.message), ...span(m.range) };
    if (m.fix) out.fix = toJsonFix(m.fix);
    if (m.suggestions?.length) out.suggestions = m.suggestions.map((s) => ({ desc: s.message, fix: toJsonFix(s.fix) }));
    if (m.related?.length) {
      out.related = m.related.map((r) => {
        if (r.file === undefined || r.file === file.filePath) return { message: oneLine(r.message), ...span(r.range) };
        const other = spanOf?.(r.file);
        return { message: oneLine(r.message), filePath: r.file, ...(other ? other(r.range) : {}) };
      });
    }
    return out;
  });
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
  else if (messages.length > 0) out.source = file.text;
  return out;
}

export const formatJson: Formatter = (files) => {
  const spanOf = spannersOf(files);
  return `${JSON.stringify(files.map((f) => jsonResult(f, spanOf)))}\n`;
};
