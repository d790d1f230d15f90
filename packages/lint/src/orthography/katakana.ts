/**
 * Katakana: センタ / センター, also as the last component of a compound
 * (データセンタ against サイバーセキュリティセンター).
 */
import type { Spelled } from "./scan.js";
import { addOccurrence, occurrence, type Group } from "./variant-groups.js";

/** Characters a katakana word cannot start with: the long mark, small kana, ン. */
const NOT_WORD_START = new Set([..."ーァィゥェォッャュョヮヵヶン"]);
/** Shorter components are too often mere endings (ター, リー). */
const MIN_STEM = 3;

function stemOf(run: string): string {
  return run.length > 1 && run.charCodeAt(run.length - 1) === 0x30fc ? run.slice(0, -1) : run;
}

export function collectKatakana(spellings: readonly Spelled[], groups: Map<string, Group>): void {
  // A component ends a short run and a long one, so only stems whose last two kana end
  // runs of both kinds can hold one (センタ: ンタ); in most plans there are none at all.
  const shortEnds = new Set<string>();
  const longEnds = new Set<string>();
  const stems: string[] = [];
  for (const sp of spellings) {
    const stem = stemOf(sp.text);
    stems.push(stem);
    (stem.length < sp.text.length ? longEnds : shortEnds).add(stem.slice(-2));
  }
  const runs = new Map<string, number[]>();
  // A component counts only if the document also writes it as a word on its own.
  const words = new Set<string>();
  spellings.forEach((sp, k) => {
    const stem = stems[k]!;
    const end = stem.slice(-2);
    if (!shortEnds.has(end) || !longEnds.has(end)) return;
    runs.set(sp.text, sp.starts);
    if (stem.length >= MIN_STEM && !NOT_WORD_START.has(stem[0]!)) words.add(stem);
  });
  if (runs.size === 0) return;
  const tally = new Map<string, { short: number; long: number }>();
  const componentsOf = new Map<string, string[]>();
  for (const [run, starts] of runs) {
    const stem = stemOf(run);
    const long = stem.length < run.length;
    let found: string[] | undefined;
    for (let k = 0; k + MIN_STEM <= stem.length; k++) {
      if (NOT_WORD_START.has(stem[k]!)) continue;
      const c = k === 0 ? stem : stem.slice(k);
      if (!words.has(c)) continue;
      (found ??= []).push(c);
      let t = tally.get(c);
      if (!t) tally.set(c, (t = { short: 0, long: 0 }));
      if (long) t.long += starts.length;
      else t.short += starts.length;
    }
    if (found) componentsOf.set(run, found);
  }
  for (const [run, comps] of componentsOf) {
    // The shortest component written both ways carries the most evidence (センター in every …センター).
    let best: string | undefined;
    for (const c of comps) {
      const t = tally.get(c)!;
      if (t.short > 0 && t.long > 0 && (best === undefined || c.length < best.length)) best = c;
    }
    if (best === undefined) continue;
    const stem = stemOf(run);
    const long = stem.length < run.length;
    const compound = best.length < stem.length;
    const key = `kana:${best}`;
    for (const at of runs.get(run)!) {
      addOccurrence(groups, key, () => ({ kind: "語末の長音", forms: new Map(), onTie: `${best}ー` }), long ? `${best}ー` : best, occurrence(at, at + run.length, at + stem.length - best.length, at + run.length));
    }
    if (compound) groups.get(key)!.countsNote = "複合語中を含む";
  }
}
