/**
 * no-lookalike-characters: a character that looks like the right one but is another —
 * a 康熙部首 (Kangxi radical, U+2F00–U+2FD5) or a CJK radical (U+2E80–U+2EF3) for the kanji
 * (「個⼈情報」: ⼈ U+2F08 for 人 U+4E00 block), or a Cyrillic or Greek letter inside a Latin
 * word (「ＩоＴ」 with Cyrillic о).
 *
 * Both come from copying text out of PDFs and from input methods, not from the writer's
 * choice: the radical characters exist to name radicals in dictionaries, and a word of
 * Latin letters has no Cyrillic letter in it. Readers see nothing wrong, but searching,
 * sorting, counting terms and reading aloud all fail on the word.
 *
 * Only letters between or beside Latin letters are reported, so a Greek or Russian word
 * (「α線」, 「Москва」) is left alone. The fix is safe: the character is replaced by the
 * one it imitates (the radical by its kanji, the NFKC mapping Unicode gives it; the letter
 * by the Latin letter of the same width as its neighbours).
 */
import { defineRule } from "../rule.js";
import { proseText, sourceRange, minimalFix } from "../terms/prose-text.js";

/**
 * Radicals: Kangxi radicals map to their kanji by NFKC; the CJK Radicals Supplement mostly
 * has no mapping (simplified and variant forms), so those are reported without a fix.
 */
const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

/** Cyrillic and Greek letters that look like a Latin letter, with that letter. */
const LOOKALIKE: Record<string, string> = {
  // Cyrillic
  "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041a": "K", "\u041c": "M", "\u041d": "H", "\u041e": "O", "\u0420": "P",
  "\u0421": "C", "\u0422": "T", "\u0425": "X", "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c",
  "\u0443": "y", "\u0445": "x", "\u0456": "i", "\u0458": "j", "\u0455": "s", "\u0406": "I", "\u0408": "J", "\u0405": "S",
  // Greek
  "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u0396": "Z", "\u0397": "H", "\u0399": "I", "\u039a": "K", "\u039c": "M",
  "\u039d": "N", "\u039f": "O", "\u03a1": "P", "\u03a4": "T", "\u03a5": "Y", "\u03a7": "X", "\u03bf": "o",
};
/** The Greek and Cyrillic blocks' letters, as one range (a range scans faster than a list); LOOKALIKE picks. */
const GREEK_OR_CYRILLIC = /[\u0391-\u03bf\u0405-\u0458]/g;
const HALF_LATIN = /[A-Za-z]/;
const FULL_LATIN = /[Ａ-Ｚａ-ｚ]/;

/** The Latin letter a lookalike stands for, in the width of the Latin letter beside it; undefined when no Latin letter is beside it. */
function latinFor(text: string, at: number): string | undefined {
  const before = text[at - 1] ?? "";
  const after = text[at + 1] ?? "";
  const half = LOOKALIKE[text[at]!]!;
  if (FULL_LATIN.test(before) || FULL_LATIN.test(after)) return String.fromCharCode(half.charCodeAt(0) + 0xfee0);
  if (HALF_LATIN.test(before) || HALF_LATIN.test(after)) return half;
  return undefined;
}

export const noLookalikeCharacters = defineRule({
  id: "no-lookalike-characters",
  meta: {
    description: "Finds a character that only looks like the right one: a Kangxi radical for a kanji (「個⼈」), a Cyrillic or Greek letter in a Latin word (「ＩоＴ」).",
    recommended: "warn",
    fixable: true,
    hasSuggestions: false,
    messages: {
      radical: "「{{found}}」は部首の文字（U+{{code}}）です。漢字の「{{kanji}}」を使います。",
      radicalNoKanji: "「{{found}}」は部首の文字（U+{{code}}）です。漢字に置き換えます。",
      letter: "「{{word}}」の「{{found}}」はラテン文字ではありません（U+{{code}}）。「{{latin}}」を使います。",
    },
    docs: "docs/rules/no-lookalike-characters.md",
  },
  create(context) {
    const joined = proseText(context);
    const text = joined.text;
    const code = (c: string): string => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    RADICAL.lastIndex = 0;
    for (let m = RADICAL.exec(text); m !== null; m = RADICAL.exec(text)) {
      const kanji = m[0].normalize("NFKC");
      const range = sourceRange(joined, m.index, m.index + 1);
      if (kanji === m[0]) {
        context.report({ range, messageId: "radicalNoKanji", data: { found: m[0], code: code(m[0]) } });
        continue;
      }
      const fix = minimalFix(context.text, joined, m.index, m.index + 1, kanji);
      context.report({ range, messageId: "radical", data: { found: m[0], code: code(m[0]), kanji }, ...(fix ? { fix } : {}) });
    }
    GREEK_OR_CYRILLIC.lastIndex = 0;
    for (let m = GREEK_OR_CYRILLIC.exec(text); m !== null; m = GREEK_OR_CYRILLIC.exec(text)) {
      if (!(m[0] in LOOKALIKE)) continue;
      const latin = latinFor(text, m.index);
      if (latin === undefined) continue;
      let start = m.index;
      let end = m.index + 1;
      const inWord = (c: string | undefined): boolean => c !== undefined && (HALF_LATIN.test(c) || FULL_LATIN.test(c) || c in LOOKALIKE);
      while (start > 0 && inWord(text[start - 1])) start--;
      while (end < text.length && inWord(text[end])) end++;
      const fix = minimalFix(context.text, joined, m.index, m.index + 1, latin);
      context.report({
        range: sourceRange(joined, m.index, m.index + 1),
        messageId: "letter",
        data: { found: m[0], word: text.slice(start, end), code: code(m[0]), latin },
        ...(fix ? { fix } : {}),
      });
    }
  },
});
