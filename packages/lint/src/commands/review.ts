/**
 * `planlint review IN.docx --out OUT.docx`: a reviewed copy of a Word document.
 * Each safe fix (what `--fix` would apply, pass after pass) becomes a tracked
 * change by 「planlint」; every other finding a comment on its range with the
 * message and the rule; a finding with suggestions a comment naming the choices.
 * The original is never written: the copy goes to a temporary file renamed to OUT.
 */
import { existsSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { PlanlintError, writeReview, type Fix, type LintMessage, type ReviewComment } from "@planlint/core";
import { ConfigResolver } from "../config/resolve-config.js";
import { parseRuleFlag } from "../config/rule-flag.js";
import { documentOf } from "../docx/places.js";
import { lintAndFix } from "../fix-file.js";
import { lintText, type LintResult } from "../linter.js";
import { DEFAULT_MAX_FILE_MB, decodePlanBytes, describeReadError, tooLarge, WORD_FILE } from "../read-file.js";
import type { Rule } from "../rule.js";
import { builtinRules } from "../rules/index.js";
import type { CommandOutput } from "./lint.js";

export interface ReviewCommandOptions {
  file: string;
  out?: string;
  config?: string;
  rules?: string[];
  maxFileSize?: string;
  /** w:date of the changes and comments (tests fix it); defaults to now. */
  date?: string;
}

export interface ReviewCommandEnv {
  cwd: string;
  rules?: Readonly<Record<string, Rule<any>>>;
}

const usage = (message: string) => new PlanlintError("usage", message);

/** The comment for a finding: its message and rule, and the choices when it has suggestions. */
export function commentText(m: LintMessage): string {
  let text = `${m.message} [planlint ${m.ruleId}]`;
  if (m.suggestions?.length) text += `\n候補: ${m.suggestions.map((s) => `「${s.fix.text}」（${s.message}）`).join(" / ")}`;
  return text;
}

export async function runReview(options: ReviewCommandOptions, env: ReviewCommandEnv): Promise<CommandOutput & { written?: { changes: number; comments: number } }> {
  const rules = env.rules ?? builtinRules;
  if (options.out === undefined) throw usage("review: missing --out FILE (the reviewed copy; the original is never changed)");
  const input = resolve(env.cwd, options.file);
  const output = resolve(env.cwd, options.out);
  if (!WORD_FILE.test(input)) throw usage(`review: ${options.file} is not a Word document (.docx, .docm); for text files use planlint --fix`);
  if (input === output || (existsSync(output) && existsSync(input) && realpathSync(output) === realpathSync(input))) {
    throw usage("review: --out must name a new file: the original is never changed");
  }
  let maxFileMb = DEFAULT_MAX_FILE_MB;
  if (options.maxFileSize !== undefined) {
    if (!/^\d+(?:\.\d+)?$/.test(options.maxFileSize) || Number(options.maxFileSize) <= 0) throw usage(`--max-file-size takes a size in megabytes, such as 128, not ${JSON.stringify(options.maxFileSize)}`);
    maxFileMb = Number(options.maxFileSize);
  }
  let bytes: Uint8Array;
  try {
    const { size } = statSync(input);
    if (size > maxFileMb * 1024 * 1024) throw tooLarge(options.file, size, maxFileMb);
    bytes = readFileSync(input);
  } catch (cause) {
    if (cause instanceof PlanlintError) throw cause;
    throw new PlanlintError("io", `cannot read ${options.file}: ${describeReadError(cause)}`, {}, undefined, { cause });
  }
  const file = { ...decodePlanBytes(bytes, options.file) };
  const reading = file.docx!;
  const resolver = new ConfigResolver({
    cwd: env.cwd,
    rules,
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    ruleSettings: (options.rules ?? []).map((flag) => parseRuleFlag(flag, rules)),
    errorsOnly: false,
  });
  const config = await resolver.configFor(input);
  const lint = (text: string): LintResult => lintText(text, { fileName: input, config, rules, ...documentOf(file, text, input) });
  const first = lint(file.text);
  const fixed = lintAndFix(file.text, lint);
  const comments: ReviewComment[] = first.messages.filter((m) => !m.fix).map((m) => ({ range: m.range, text: commentText(m) }));
  let review = writeReview(reading, { changes: fixed.edits, comments, ...(options.date !== undefined ? { date: options.date } : {}) });
  if (review.unwritten.length > 0) {
    // A fix the document cannot take as a tracked change (in a numbering label, a field,
    // an earlier tracked change) is handed to the reviewer as a comment instead.
    const more = review.unwritten.map((fix: Fix) => ({ range: fix.range, text: `planlint would replace 「${file.text.slice(fix.range.start, fix.range.end)}」 with 「${fix.text}」 here; make the change by hand [planlint fix]` }));
    review = { ...writeReview(reading, { changes: fixed.edits.filter((e) => !review.unwritten.includes(e)), comments: [...comments, ...more], ...(options.date !== undefined ? { date: options.date } : {}) }), unwritten: review.unwritten };
  }
  const temp = join(dirname(output), `.${basename(output)}.planlint-${process.pid}.tmp`);
  try {
    writeFileSync(temp, review.bytes, { flag: "wx" });
    renameSync(temp, output);
  } catch (cause) {
    rmSync(temp, { force: true });
    throw new PlanlintError("io", `cannot write ${options.out}: ${describeReadError(cause)}`, {}, undefined, { cause });
  }
  let stderr = "";
  if (reading.macros) stderr += `planlint: warning: ${options.file} has macros; they were neither run nor read, and the copy keeps them as they are\n`;
  if (review.unwritten.length > 0) stderr += `planlint: warning: ${review.unwritten.length} fixes could not be tracked changes (in numbering labels, fields or earlier tracked changes); they are comments\n`;
  if (review.uncommented.length > 0) stderr += `planlint: warning: ${review.uncommented.length} findings have no place for a comment (footnotes, endnotes)\n`;
  const summary = `Wrote ${options.out}: ${review.changes} tracked changes by planlint, ${review.comments} comments (from ${first.messages.length} findings)\n`;
  return { stdout: summary, stderr, exitCode: fixed.result.errorCount > 0 ? 1 : 0, written: { changes: review.changes, comments: review.comments } };
}
