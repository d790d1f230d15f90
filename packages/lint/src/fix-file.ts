/**
 * `--fix`: safe fixes applied pass after pass until the text is stable, and the
 * result written back in the file's own encoding, BOM and line endings, through
 * a temporary file renamed over the original, so that a crash or a full disk
 * never leaves half a plan behind.
 */
import { accessSync, chmodSync, closeSync, constants, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { encodeText, PlanlintError, type Fix, type LineEnding, type TextEncodingName } from "@planlint/core";
import { applyFixes, composeFixes, fixesOf } from "./fix.js";
import type { LintResult } from "./linter.js";
import { describeReadError } from "./read-file.js";

/** Most fixes settle in one or two passes; a pair of fixes undoing each other must not loop forever. */
export const MAX_FIX_PASSES = 10;

export interface FixLoopResult {
  /** The text after all passes. */
  text: string;
  /** The lint result of `text`: what is left after fixing. */
  result: LintResult;
  /** Passes that changed the text. */
  passes: number;
  /** False when fixes still changed the text after the last pass. */
  stable: boolean;
  /**
   * What all passes changed, as edits on the original text (sorted, not
   * overlapping): applying them to it gives `text`. An editor applies these in
   * one step instead of the whole text.
   */
  edits: Fix[];
}

/**
 * Lints, applies the safe fixes, lints the result again, and so on until no fix
 * changes the text (at most MAX_FIX_PASSES). `eol`: the file's line ending, used
 * for line breaks inside fix texts so the file keeps one convention.
 */
export function lintAndFix(text: string, lint: (text: string) => LintResult, eol?: LineEnding): FixLoopResult {
  let current = text;
  let result = lint(current);
  let edits: Fix[] = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = fixesOf(result.messages);
    if (fixes.length === 0) return { text: current, result, passes: pass, stable: true, edits };
    const { output: next, applied } = applyFixes(current, eol ? fixes.map((f) => withEol(f, eol)) : fixes);
    if (next === current) return { text: current, result, passes: pass, stable: true, edits };
    edits = composeFixes(edits, current, applied);
    current = next;
    result = lint(current);
  }
  const stable = fixesOf(result.messages).length === 0 || applyFixes(current, fixesOf(result.messages)).output === current;
  return { text: current, result, passes: MAX_FIX_PASSES, stable, edits };
}

function withEol(fix: Fix, eol: LineEnding): Fix {
  if (!/[\r\n]/.test(fix.text)) return fix;
  return { range: fix.range, text: fix.text.replace(/\r\n|\r|\n/g, eol) };
}

/**
 * Writes `text` to `path` encoded as the file was read. The bytes go to a
 * temporary file in the same folder (same filesystem, so the rename is atomic),
 * which takes the original's permissions and replaces it. A symbolic link stays
 * a link: its target is what gets replaced.
 */
export function writeTextFile(path: string, text: string, how: { encoding: TextEncodingName; bom: boolean }): void {
  let bytes: Uint8Array;
  try {
    bytes = encodeText(text, how);
  } catch (error) {
    if (error instanceof PlanlintError) {
      throw new PlanlintError(error.code, `cannot write the fixes to ${path}: ${error.message}`, { file: path }, error.hint, { cause: error });
    }
    throw error;
  }
  let target = path;
  let mode: number | undefined;
  try {
    target = realpathSync(path);
    mode = statSync(target).mode & 0o7777;
    // A rename would replace even a read-only file: respect the protection as a plain write would.
    accessSync(target, constants.W_OK);
  } catch (cause) {
    throw new PlanlintError("io", `cannot write the fixes to ${path}: ${describeReadError(cause)}`, { file: path }, undefined, { cause });
  }
  const temp = join(dirname(target), `.${basename(target)}.planlint-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    const fd = openSync(temp, "wx", mode);
    try {
      let at = 0;
      while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (cause) {
    rmSync(temp, { force: true });
    throw new PlanlintError("io", `cannot write the fixes to ${path}: ${describeReadError(cause)}`, { file: path }, undefined, { cause });
  }
}
