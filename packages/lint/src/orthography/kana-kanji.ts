/** Kana and kanji spellings of the curated words (kana-kanji-words.ts), grouped by word and use. */
import { isHiraganaCode, isKanjiCode } from "@planlint/core";
import { PARTICLE_BEFORE } from "./kana-kanji-words.js";
import type { Scan } from "./scan.js";
import { addOccurrence, occurrence, type Group } from "./variant-groups.js";

export function collectKanaKanji(text: string, scan: Scan, groups: Map<string, Group>): void {
  for (const { at, spelling } of scan.kanaKanji) {
    const { word, kanji, stem, stems: sides } = spelling;
    const prev = at > 0 ? text.charCodeAt(at - 1) : Number.NaN;
    const next = text.charCodeAt(at + spelling.text.length);
    // 変更に is not 更に, ことさらに is not さらに: the word must start here.
    if (!word.anchored && (kanji ? !word.afterNoun && isKanjiCode(prev) : word.strictStart && isHiraganaCode(prev) && !PARTICLE_BEFORE.has(prev))) continue;
    const use = word.use ? word.use(prev, next) : "";
    if (use === undefined) continue;
    const koyo = word.id === "更に" ? (use === "conjunction" ? "kana" : "kanji") : word.koyo;
    addOccurrence(
      groups,
      use === "" ? word.id : `${word.id}:${use}`,
      () => ({
        kind: "かな・漢字",
        forms: new Map(),
        ...(koyo ? { koyo: koyo === "kanji" ? sides.kanji : sides.kana, ...(word.koyoNote ? { koyoNote: word.koyoNote } : {}) } : {}),
        ...(word.pairs.length > 1 ? { countsNote: "活用形を合算" } : {}),
      }),
      stem,
      occurrence(at, at + spelling.text.length, at, at + stem.length),
    );
  }
}
