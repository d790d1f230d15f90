/**
 * no-stray-punctuation: a 読点 or 句点 where no punctuation can stand — right before a
 * particle that attaches to the word in front of it (「効率の向上、などを両立させる」,
 * 「対策、を講じる」), or two different marks in a row (「推進する、。」, 「実施する。、」).
 * What an edit leaves behind when a list item or a clause is cut.
 *
 * The rule is Japanese grammar, not a word list: を is only ever a particle, and
 * など only ever follows the word it belongs to, so neither can begin a clause after
 * a 読点. Other particles are left alone because a word may begin with the same kana
 * (「、もしくは」, 「、がん対策」, 「、のり面」). The same mark doubled (「、、」, 「。。」) is
 * no-doubled-words'; 「…」 and 「・・・」 are marks of their own.
 * The finding covers the stray mark and suggests deleting it (no fix: the drafter
 * may have meant a word between the two).
 */
import { defineRule } from "../rule.js";
import { minimalFix, proseText, sourceRange } from "../terms/prose-text.js";

const COMMA_OR_PERIOD = "、。，．";
/** A mark right before を or など (など not the start of なども… is still など). */
const BEFORE_PARTICLE = new RegExp(`[${COMMA_OR_PERIOD}](?=を|など)`, "g");
/** Two different marks in a row: the first is the stray one. */
const MIXED_PAIR = new RegExp(`([${COMMA_OR_PERIOD}])(?=[${COMMA_OR_PERIOD}])`, "g");

export const noStrayPunctuation = defineRule({
  id: "no-stray-punctuation",
  meta: {
    description: "Finds a 読点 or 句点 where none can stand: right before を or など (「向上、などを」), or next to another mark (「、。」).",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      beforeParticle: "「{{mark}}{{particle}}」: 「{{particle}}」の前に「{{mark}}」は置けません。",
      mixedPair: "「{{pair}}」: 句読点が続いています。",
      remove: "「{{mark}}」を削除する",
    },
    docs: "docs/rules/no-stray-punctuation.md",
  },
  create(context) {
    const joined = proseText(context);
    const text = joined.text;
    const report = (at: number, messageId: "beforeParticle" | "mixedPair", data: Record<string, string>): void => {
      const fix = minimalFix(context.text, joined, at, at + 1, "");
      context.report({
        range: sourceRange(joined, at, at + 1),
        messageId,
        data,
        ...(fix ? { suggestions: [{ messageId: "remove", data: { mark: text[at]! }, fix }] } : {}),
      });
    };
    BEFORE_PARTICLE.lastIndex = 0;
    for (let m = BEFORE_PARTICLE.exec(text); m !== null; m = BEFORE_PARTICLE.exec(text)) {
      const particle = text.startsWith("など", m.index + 1) ? "など" : "を";
      report(m.index, "beforeParticle", { mark: m[0], particle });
    }
    MIXED_PAIR.lastIndex = 0;
    for (let m = MIXED_PAIR.exec(text); m !== null; m = MIXED_PAIR.exec(text)) {
      const next = text[m.index + 1]!;
      if (next === m[0]) continue;
      report(m.index, "mixedPair", { pair: m[0] + next, mark: m[0] });
    }
  },
});
