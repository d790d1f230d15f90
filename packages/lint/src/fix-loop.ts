/**
 * The `--fix` loop: safe fixes applied pass after pass until the text is stable.
 * Pure text in, text out (no file system), so the CLI, the language server and
 * the offline page all fix with this one loop and get the same bytes.
 */
import type { Fix, LineEnding } from "@planlint/core";
import { applyFixes, composeFixes, fixesOf } from "./fix.js";
import type { LintResult } from "./linter.js";

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
