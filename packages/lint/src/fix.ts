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

/**
 * The edits of several passes as one set of edits on the original text: `edits`
 * (sorted, not overlapping, in the original's offsets) turned `original` into
 * `current`; `next` (applied fixes of the next pass, in `current`'s offsets)
 * are folded in. A next fix that touches an earlier edit's output merges with it
 * into one edit. Applying the result to `original` gives `current` with `next`
 * applied; text no pass touched stays outside every edit, so an editor keeps its
 * marks and cursor there.
 */
export function composeFixes(edits: readonly Fix[], current: string, next: readonly Fix[]): Fix[] {
  let out: Fix[] = [...edits];
  let text = current;
  // In applyFixes' order, last first: a fix's offsets in `text` stay valid while only
  // later text changes (and of two insertions at one point, the first stays first).
  const sorted = [...next].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end).reverse();
  for (const fix of sorted) {
    const { start, end } = fix.range;
    const grown = fix.text.length - (end - start);
    // Where each earlier edit's output lies in `text`.
    let delta = 0;
    let first = -1;
    let last = -1;
    let deltaBeforeFirst = 0;
    let deltaAfterLast = 0;
    for (let i = 0; i < out.length; i++) {
      const e = out[i]!;
      const outStart = e.range.start + delta;
      const outEnd = outStart + e.text.length;
      const change = e.text.length - (e.range.end - e.range.start);
      // Touching counts: an insertion right at an edit's edge merges with it.
      if (outStart <= end && start <= outEnd) {
        if (first < 0) {
          first = i;
          deltaBeforeFirst = delta;
        }
        last = i;
        deltaAfterLast = delta + change;
      } else if (outStart > end) {
        break;
      }
      delta += change;
      if (first < 0) deltaBeforeFirst = delta;
    }
    const after = text.slice(0, start) + fix.text + text.slice(end);
    if (first < 0) {
      // Only unchanged text: offsets shift by the edits before it.
      const merged: Fix = { range: { start: start - deltaBeforeFirst, end: end - deltaBeforeFirst }, text: fix.text };
      const at = out.findIndex((e) => e.range.start >= merged.range.end);
      out.splice(at < 0 ? out.length : at, 0, merged);
    } else {
      const a = out[first]!;
      const b = out[last]!;
      const curStart = Math.min(start, a.range.start + deltaBeforeFirst);
      const bOutEnd = b.range.start + deltaAfterLast - (b.text.length - (b.range.end - b.range.start)) + b.text.length;
      const curEnd = Math.max(end, bOutEnd);
      const origStart = Math.min(a.range.start, start - deltaBeforeFirst);
      const origEnd = Math.max(b.range.end, end - deltaAfterLast);
      const merged: Fix = { range: { start: origStart, end: origEnd }, text: after.slice(curStart, curEnd + grown) };
      out = [...out.slice(0, first), merged, ...out.slice(last + 1)];
    }
    text = after;
  }
  return out;
}
