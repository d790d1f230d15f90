/**
 * no-space-before-particle: a half-width space typed between a word and the particle
 * that attaches to it — 「公的部門Ｑ＆Ａ を策定し」 beside 「公的部門Ｑ＆Ａを策定し」 in the same
 * plan. Japanese prose puts no space between words, and a particle (を, が, に, は, の,
 * で, と, へ, も) belongs to the word before it, so the space is a slip — usually left
 * by an edit, or by a Latin word converted to full width.
 *
 * Kept narrow so that every finding is one an editor accepts:
 * - only an ASCII space (a full-width space 「　」 separates a label from its title in
 *   headings and captions: 「図 1　目指す社会」);
 * - only after a Japanese word (kanji, kana, full-width letters or digits, a closing
 *   bracket) and before one of those particles followed by more text; a space next to
 *   a Latin word (「AI を活用」) is a house style some writers keep, and a space before
 *   「（」 separates a title from its label (「ガイドブック （導入編）」);
 * - only where the source has the two characters on either side of the space itself: a
 *   space next to Markdown syntax (「**重要** を」, written so that the emphasis renders)
 *   is left alone;
 * - not in text extracted from PDF (a document with page numbers or running headers),
 *   where spaces come from the layout (「あんし んネット」) and are not the drafter's.
 * The finding suggests deleting the space.
 */
import { defineRule } from "../rule.js";
import { minimalFix, proseText, sourceRange } from "../terms/prose-text.js";

/** The word before: kanji, kana, the long-vowel mark, full-width letters and digits, a closing bracket. */
const WORD_END = "\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー々〆\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A」』）】";
const IS_WORD_END = new RegExp(`^[${WORD_END}]$`, "u");
/** Spaces before a particle followed by more text; the word before is checked by hand (a lookbehind first would be tried at every position). */
const SPACE_BEFORE_PARTICLE = / +(?=[をがにはのでとへも][^\s　、。，．])/g;

/** The character (a whole surrogate pair) ending at `end`, and where it starts. */
function charBefore(text: string, end: number): { ch: string; at: number } {
  const low = text.charCodeAt(end - 1);
  const at = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? end - 2 : end - 1;
  return { ch: text.slice(at, end), at };
}

/** A word of two or more characters ends here (a lone kana between spaces is a list of kana, not a word). */
function afterWord(text: string, start: number): boolean {
  if (start < 2) return false;
  const last = charBefore(text, start);
  if (!IS_WORD_END.test(last.ch) || last.at < 1) return false;
  return !/\s/.test(text[last.at - 1]!);
}

export const noSpaceBeforeParticle = defineRule({
  id: "no-space-before-particle",
  meta: {
    description: "Finds a half-width space between a Japanese word and its particle (「公的部門Ｑ＆Ａ を策定し」), in text not extracted from PDF.",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      space: "語と助詞「{{particle}}」の間に半角の空白があります。",
      remove: "空白を削除する",
    },
    docs: "docs/rules/no-space-before-particle.md",
  },
  create(context) {
    // PDF extraction lays spaces into the text; they are page layout, not the drafter's.
    if (context.document.pageArtifacts.length > 0) return;
    const source = context.text;
    const joined = proseText(context);
    const text = joined.text;
    SPACE_BEFORE_PARTICLE.lastIndex = 0;
    for (let m = SPACE_BEFORE_PARTICLE.exec(text); m !== null; m = SPACE_BEFORE_PARTICLE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!afterWord(text, start)) continue;
      const range = sourceRange(joined, start, end);
      // The space must stand between the same two characters in the source: no syntax, no line break between.
      if (range.end - range.start !== end - start || source[range.start - 1] !== text[start - 1] || source[range.end] !== text[end]) continue;
      const fix = minimalFix(source, joined, start, end, "");
      context.report({
        range,
        messageId: "space",
        data: { particle: text[end]! },
        ...(fix ? { suggestions: [{ messageId: "remove", fix }] } : {}),
      });
    }
  },
});
