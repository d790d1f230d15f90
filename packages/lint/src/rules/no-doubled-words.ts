/**
 * no-doubled-words: a word, particle or punctuation mark typed twice in a row
 * (「についてについて」, 「対策をを講じる」, 「、、」) — the slip that copying and
 * pasting between drafts leaves behind.
 *
 * Japanese repeats words on purpose too, so only repetitions no writer intends are
 * reported:
 * - a particle (を が に は で の へ も) doubled right after a word written in kanji or
 *   katakana or after a closing bracket: 「対策をを」. After kana the pair may be a
 *   word (「ものの」, 「ととのえる」, 「はは」 母), so it is left alone; と is left out
 *   because 「機関とともに」 is と + ともに;
 * - a phrase of two or more characters doubled: 「推進推進」, 「を行うを行う」. Kana
 *   reduplication (いろいろ, ますます, ドキドキ: a two-kana unit) and counting
 *   reduplication (一つ一つ, 一人一人, ひとつひとつ, 個人個人) are Japanese, not slips;
 *   one kanji doubled is usually two words meeting (日本本社, 会社社長) and is not
 *   reported;
 * - 、、 and 。。 (…… and ・・・ are marks of their own).
 * The repetition is shown with a suggestion to delete the second copy; no fix,
 * because which copy the drafter meant to keep, or what was lost between them,
 * is theirs to decide.
 */
import { ParagraphMemo } from "../memo/paragraph-memo.js";
import { defineRule } from "../rule.js";
import { minimalFix, proseText, sourceRange } from "../terms/prose-text.js";

// Kanji, katakana, 々〆 or a closing bracket before the pair (code-unit ranges: the u
// flag's script classes made this scan several times slower). The lookbehind comes
// after the pair: in front, it was tried at every position of the text (3–4 times slower).
const PARTICLE = /([をがにはでのへも])\1(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30a1-\u30fa\u30fcー々〆」』）)】][\s\S]{2})/g;
const PUNCTUATION = /([、。，])\1/gu;

/**
 * Kana, kanji and 々/ー: the characters a doubled phrase is made of. A table, not a
 * function: the loop below reads every character of the text, in a CLI run before
 * V8 optimises anything, and a call per character cost more than the rest of it.
 */
const JAPANESE = new Uint8Array(0x10000);
/** [from, to): hiragana, katakana, ー, 々, CJK extension A, CJK, compatibility ideographs. */
const JAPANESE_RANGES = [[0x3041, 0x3097], [0x30a1, 0x30fb], [0x30fc, 0x30fd], [0x3005, 0x3006], [0x3400, 0x4dc0], [0x4e00, 0xa000], [0xf900, 0xfb00]] as const;
for (const [from, to] of JAPANESE_RANGES) JAPANESE.fill(1, from, to);

/** Where each character was last seen, reused between runs (one table, not one per call). */
const lastSeen = new Int32Array(0x10000);
/** lastSeen's value for a character no doubled phrase is made of: the loop reads one table, not two, per character. */
const NOT_JAPANESE = -0x40000000;
const MAX_UNIT = 12;

/**
 * Phrases of 2–12 characters typed twice in a row, in one pass: a doubled unit
 * starts where its first character was last seen a unit's length before. (A
 * regexp with a back-reference tried every length at every position: 9 ms on the
 * seed, warm, against about 1 ms here.) A unit whose first character recurs inside
 * it (「ABAABA」) is not found; such slips have not been seen in plans.
 */
function doubledPhrases(text: string): { start: number; unit: string }[] {
  const out: { start: number; unit: string }[] = [];
  // -1: not seen yet. (fill is a native memset; copying a prepared table was slower.)
  lastSeen.fill(NOT_JAPANESE);
  for (const [from, to] of JAPANESE_RANGES) lastSeen.fill(-1, from, to);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const p = lastSeen[c]!;
    if (p === NOT_JAPANESE) continue;
    lastSeen[c] = i;
    const length = i - p;
    if (length > MAX_UNIT || length < 2 || p < 0 || i + length > n) continue;
    let k = 0;
    while (k < length) {
      const a = text.charCodeAt(p + k);
      if (a !== text.charCodeAt(i + k) || JAPANESE[a] === 0) break;
      k++;
    }
    if (k < length) continue;
    out.push({ start: p, unit: text.slice(p, i) });
    for (let j = i + 1; j < i + length; j++) lastSeen[text.charCodeAt(j)] = j;
    i += length - 1;
  }
  return out;
}

const HAN = /\p{Script=Han}/u;
const ALL_HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;
const ALL_KATAKANA = /^[\p{Script=Katakana}ー]+$/u;
/** Units whose doubling is a Japanese way of saying "each, one by one". */
const COUNTING = /^(?:一|ひと|個人$|人々)/u;

/** Whether a unit typed twice in a row can only be a slip. */
function isSlip(unit: string): boolean {
  if (COUNTING.test(unit)) return false;
  if (ALL_HIRAGANA.test(unit) || ALL_KATAKANA.test(unit)) return unit.length >= 3;
  return HAN.test(unit) || unit.length >= 3;
}

interface Doubled {
  start: number;
  end: number;
  unit: string;
}

/**
 * The repetitions in `text`, none across a paragraph break. Paragraph-local (see
 * memo/paragraph-memo.ts): a repeated unit never holds a "\n" (a phrase's characters
 * are Japanese, a particle or mark pair is two equal characters), and the particle
 * pattern looks back one character before the pair, which is "\n" or nothing at a
 * paragraph's start. The language server keeps them per paragraph.
 */
function doublesIn(text: string): Doubled[] {
  const found: Doubled[] = [];
  const scan = (re: RegExp): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (!crossesLine(text, m.index, end)) found.push({ start: m.index, end, unit: m[1]! });
    }
  };
  scan(PARTICLE);
  scan(PUNCTUATION);
  for (const d of doubledPhrases(text)) {
    const end = d.start + 2 * d.unit.length;
    if (isSlip(d.unit) && !crossesLine(text, d.start, end)) found.push({ start: d.start, end, unit: d.unit });
  }
  return found;
}

/** A "\n" of the joined prose is a paragraph break (core's crossesParagraph, on the text alone). */
function crossesLine(text: string, start: number, end: number): boolean {
  const nl = text.indexOf("\n", start);
  return nl >= 0 && nl < end;
}

const doubles = new ParagraphMemo<Doubled>(1 << 14);

export const noDoubledWords = defineRule({
  id: "no-doubled-words",
  meta: {
    description: "Finds a word, particle or punctuation mark typed twice in a row (「についてについて」, 「対策をを」, 「、、」).",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      doubled: "「{{unit}}」が二重になっています（「{{found}}」）。",
      removeSecond: "重複した「{{unit}}」を削除する",
    },
    docs: "docs/rules/no-doubled-words.md",
  },
  create(context) {
    const joined = proseText(context);
    const text = joined.text;
    const found: Doubled[] = [];
    doubles.find(text, "", doublesIn, (d, offset) => found.push({ start: d.start + offset, end: d.end + offset, unit: d.unit }));
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const f of found) {
      if (f.start < lastEnd) continue;
      lastEnd = f.end;
      const second = f.start + f.unit.length;
      const fix = minimalFix(context.text, joined, second, f.end, "");
      context.report({
        range: sourceRange(joined, second, f.end),
        messageId: "doubled",
        data: { unit: f.unit, found: text.slice(f.start, f.end) },
        ...(fix ? { suggestions: [{ messageId: "removeSecond", data: { unit: f.unit }, fix }] } : {}),
      });
    }
  },
});
