/**
 * no-kanji-formal-iu: 「言う」 in kanji where nothing is said — 「公開しているけど見つからない
 * と言うことがあります」. The quoting 「…という」 that links a clause to a noun (という
 * こと, という点, という意味) is a formal use written in kana; 「言う」 in kanji is for
 * actually saying (「意見を言う」). Newspapers' and 公用文's style guides agree (共同通信社
 * 「記者ハンドブック」: 「いう」の形式的な用法は平仮名), so it holds for every document,
 * a guidebook or a manifesto as much as a 計画.
 *
 * Only 「と言う」 directly before a noun that takes a content clause is reported (こと,
 * もの, よう, 点, わけ, 意味, 観点, 視点, 趣旨, 理由, 目的, 場合 …): there nothing is said.
 * 「と言うのは」, 「と言う人」 (someone who says) and 「と言える」 (one may say) can be the
 * verb and are left alone. The fix writes 「という」.
 */
import { defineRule } from "../rule.js";
import { minimalFix, proseText, sourceRange } from "../terms/prose-text.js";

/** Nouns a 「…という」 clause describes; none of them is what someone says. */
const FORMAL_NOUNS = ["こと", "もの", "よう", "点", "わけ", "訳", "意味", "観点", "視点", "趣旨", "理由", "目的", "場合", "特徴", "考え方", "仕組み", "状況", "事態", "課題", "問題"];
/** 「言う」 (the kanji and う) after と and before such a noun; 言 is searched first (no lookbehind tried at every position). */
const FORMAL_IU = new RegExp(`言う(?<=と言う)(?=${FORMAL_NOUNS.join("|")})`, "g");

export const noKanjiFormalIu = defineRule({
  id: "no-kanji-formal-iu",
  meta: {
    description: "Finds 「と言う」 in kanji where nothing is said (「…と言うこと」, 「…と言う点」): the formal 「という」 is written in kana.",
    recommended: "warn",
    fixable: true,
    hasSuggestions: false,
    messages: {
      formal: "「と言う{{noun}}」: 実際に言うのでない「という」は仮名で書きます（「という{{noun}}」）。",
    },
    docs: "docs/rules/no-kanji-formal-iu.md",
  },
  create(context) {
    const joined = proseText(context);
    const text = joined.text;
    FORMAL_IU.lastIndex = 0;
    for (let m = FORMAL_IU.exec(text); m !== null; m = FORMAL_IU.exec(text)) {
      const start = m.index;
      const end = start + 2;
      const noun = FORMAL_NOUNS.find((n) => text.startsWith(n, end))!;
      const fix = minimalFix(context.text, joined, start, end, "いう");
      context.report({ range: sourceRange(joined, start, end), messageId: "formal", data: { noun }, ...(fix ? { fix } : {}) });
    }
  },
});
