/**
 * The default, ESLint-like report: a header per file, then
 * `line:column  severity  message  rule-id` rows, then a summary with how many
 * findings `--fix` would fix. Colour only when the caller asks (a terminal).
 */
import { createStyle } from "../style.js";
import { displayPath } from "./paths.js";
import { maxOf, oneLine, placeSuffix, spanner, type Formatter } from "./shared.js";

export const formatStylish: Formatter = function* (files, context) {
  const style = createStyle(context.colour === true);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const file of files) {
    const { result } = file;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    if (result.messages.length === 0) continue;
    const span = spanner(file.text);
    const rows = result.messages.map((m) => {
      const at = span(m.range);
      // A Word document's finding also names its paragraph: line numbers of the extracted text mean nothing in Word.
      const message = oneLine(m.message) + placeSuffix(file, m.range);
      return { line: String(at.line), column: String(at.column), severity: m.severity, message, width: displayWidth(message), ruleId: m.ruleId };
    });
    // As ESLint: line numbers right-aligned, columns left-aligned, so the colons line up.
    const lineWidth = maxOf(rows, (r) => r.line.length);
    const columnWidth = maxOf(rows, (r) => r.column.length);
    const severityWidth = maxOf(rows, (r) => r.severity.length);
    const messageWidth = maxOf(rows, (r) => r.width);
    yield `${style.underline(displayPath(file.filePath, context.cwd))}\n`;
    for (const r of rows) {
      const paint = r.severity === "error" ? style.red : r.severity === "warning" ? style.yellow : style.cyan;
      const severity = paint(r.severity) + " ".repeat(severityWidth - r.severity.length);
      const message = r.message + " ".repeat(messageWidth - r.width);
      const position = `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`;
      yield `  ${style.dim(position)}  ${severity}  ${message}  ${style.dim(r.ruleId)}\n`;
    }
    yield "\n";
  }
  const problems = errors + warnings + infos;
  if (problems === 0) return;
  const counts = [plural(errors, "error"), plural(warnings, "warning")];
  if (infos > 0) counts.push(plural(infos, "info"));
  const summary = `${errors + warnings > 0 ? "✖" : "ℹ"} ${plural(problems, "problem")} (${counts.join(", ")})`;
  const paint = errors > 0 ? style.red : warnings > 0 ? style.yellow : style.cyan;
  yield `${style.bold(paint(summary))}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    yield `${style.bold(paint(`  ${plural(fixableErrors, "error")} and ${plural(fixableWarnings, "warning")} potentially fixable with the \`--fix\` option.`))}\n`;
  }
};

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * Columns a terminal gives the text: East Asian wide and full-width characters
 * take two, so rule ids line up after Japanese messages.
 */
export function displayWidth(text: string): number {
  // Without surrogates every character is one code unit, and the count is three
  // native regexp scans instead of a loop over each character of each message.
  if (!SURROGATE.test(text)) {
    const zeroWidth = text.length - text.replace(ZERO_WIDTH_G, "").length;
    const wide = text.length - text.replace(WIDE_G, "").length;
    return text.length - zeroWidth + wide;
  }
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

const SURROGATE = /[\ud800-\udfff]/;
/** The code points below 0x10000 that take no column (the loop's first test). */
const ZERO_WIDTH_G = /[\u0000-\u001f\u0300-\u036f\u200b\ufe00-\ufe0f]/g;
/** The code points below 0x10000 that isWide counts as two columns. */
const WIDE_G = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
