/**
 * no-spoken-verb-forms: verb forms of speech in a written document — ら抜き言葉
 * (「食べれる」「見れない」「決めれます」 for 食べられる・見られない・決められます) and い抜き言葉
 * (「行ってる」「取り組んでます」 for 行っている・取り組んでいます).
 *
 * ら抜き: the potential of a 一段 verb and of 来る is 〜られる; 国語審議会 (第20期,
 * 1995) judged the form without ら not acceptable in formal use. It is found by grammar:
 * a 下一段 stem (its last kana in the e-row: 食べ, 決め, 考え, 受け…) or a 上一段 stem
 * ending in じ, り, ち (信じ, 借り, 落ち), or 見/来/寝/着/居/出, followed by れる/れない/
 * れます/れません. Kana that start other words are left out: き (書ききれる is 切れる),
 * び (しびれる, 悪びれる), み (まみれる), い (いれる); ば is never read (考えれば is right).
 * い抜き: 〜ている/〜ています written 〜てる/〜てます after し, っ, ん, い (進めてる is
 * left alone: 捨てる, 育てる are verbs; only the て-forms that no verb ends in are read:
 * してる, ってる, んでる, いてる).
 * The finding covers the form; a suggestion inserts the dropped kana (a fix would change
 * the register the writer chose, so it is left to them).
 */
import { defineRule } from "../rule.js";
import { minimalFix, proseText, sourceRange } from "../terms/prose-text.js";

const RA_NUKI = /(?:[えけげせぜてでねべめれじりち]|(?<!出)[見来寝着居])れ(?=る|ない|ます|ません|なかっ)/g;
/** The lookbehind after the form: in front it would be tried at every position of the text. */
const I_NUKI = /[てで](?:る|ます|ました|ません)(?<=[しっんい][てで](?:る|ます|ました|ません))/g;

export const noSpokenVerbForms = defineRule({
  id: "no-spoken-verb-forms",
  meta: {
    description: "Finds verb forms of speech in writing: ら抜き言葉 (「決めれる」) and い抜き言葉 (「行ってる」, 「取り組んでます」).",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      raNuki: "「{{found}}」はら抜き言葉です（「{{right}}」）。",
      iNuki: "「{{found}}」はい抜き言葉です（「{{right}}」）。",
      insert: "「{{right}}」にする",
    },
    docs: "docs/rules/no-spoken-verb-forms.md",
  },
  create(context) {
    const joined = proseText(context);
    const text = joined.text;
    const report = (messageId: "raNuki" | "iNuki", start: number, end: number, insertAt: number, kana: string): void => {
      const found = text.slice(start, end);
      const right = text.slice(start, insertAt) + kana + text.slice(insertAt, end);
      const fix = minimalFix(context.text, joined, insertAt, insertAt, kana);
      context.report({
        range: sourceRange(joined, start, end),
        messageId,
        data: { found, right },
        ...(fix ? { suggestions: [{ messageId: "insert", data: { right }, fix }] } : {}),
      });
    };
    RA_NUKI.lastIndex = 0;
    for (let m = RA_NUKI.exec(text); m !== null; m = RA_NUKI.exec(text)) {
      const end = m.index + 2 + (text.startsWith("る", m.index + 2) ? 1 : 0);
      report("raNuki", m.index, end, m.index + 1, "ら");
    }
    I_NUKI.lastIndex = 0;
    for (let m = I_NUKI.exec(text); m !== null; m = I_NUKI.exec(text)) {
      report("iNuki", m.index - 1, m.index + m[0].length, m.index + 1, "い");
    }
  },
});
