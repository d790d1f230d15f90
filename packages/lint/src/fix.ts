/**
 * Applying fixes to a text. Fixes never overlap in the result: when two would,
 * the later one waits for the next pass (`applyFixesUntilStable`), as ESLint does.
 * Text outside fix ranges is never touched.
 */
import type { Fix, LintMessage } from "@planlint/core";

export interface FixOutcome {
  output: string;
  applied: Fix[];
  /** Fixes skipped because they overlapped one already applied. */
  skipped: Fix[];
}

export function applyFixes(text: string, fixes: readonly Fix[]): FixOutcome {
  const sorted = [...fixes].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let out = "";
  let at = 0;
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const f of sorted) {
    if (f.range.start < at || f.range.end > text.length || f.range.start > f.range.end) {
      skipped.push(f);
      continue;
    }
    if (text.slice(f.range.start, f.range.end) === f.text) continue;
    out += text.slice(at, f.range.start) + f.text;
    at = f.range.end;
    applied.push(f);
  }
  return { output: out + text.slice(at), applied, skipped };
}

/** The fixes carried by lint messages (suggestions are never applied here). */
export function fixesOf(messages: readonly LintMessage[]): Fix[] {
  return messages.flatMap((m) => (m.fix ? [m.fix] : []));
}
