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
import { defineRule } from "../rule.js";
import { crossesParagraph, minimalFix, proseText, sourceRange } from "../terms/prose-text.js";

const PARTICLE = /(?<=[\p{Script=Han}\p{Script=Katakana}ー々〆」』）)】])([をがにはでのへも])\1/gu;
const PUNCTUATION = /([、。，])\1/gu;
// Code-unit ranges rather than \p{Script=…}: with the u flag's property classes the scan
// cost three times as much on the seed, cold (15 ms against 5). Kanji outside the BMP
// are rare enough in plans to be left out.
const PHRASE = /([\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]{2,12}?)\1/g;

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
    const found: { start: number; end: number; unit: string }[] = [];
    const scan = (re: RegExp, keep: (unit: string) => boolean): void => {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const unit = m[1]!;
        if (!keep(unit) || crossesParagraph(joined, m.index, m.index + m[0].length)) continue;
        found.push({ start: m.index, end: m.index + m[0].length, unit });
      }
    };
    scan(PARTICLE, () => true);
    scan(PUNCTUATION, () => true);
    scan(PHRASE, isSlip);
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
