/**
 * Ranges of a text as sorted, disjoint stretches, and the forward search over
 * them: what the prose builder, the Markdown reader and rules that skip some
 * ranges (footnotes, list gaps) all need. One copy, so they agree on what
 * touching ranges and empty ones mean.
 */
import type { TextRange } from "./types.js";

/** Sorted, non-overlapping ranges; touching ranges become one, empty ones are dropped. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Index of the first of the sorted, disjoint `ranges` that ends after `offset` (ranges.length when none does). */
export function firstEndingAfter(ranges: readonly TextRange[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
