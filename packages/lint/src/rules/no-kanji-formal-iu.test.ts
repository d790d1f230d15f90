import { runRuleTests } from "../../test/rule-tester.js";
import { noKanjiFormalIu } from "./no-kanji-formal-iu.js";

const md = (text: string) => ({ text, fileName: "plan.md" });

runRuleTests(noKanjiFormalIu, {
  valid: [
    // The kana form, and 言う that says something.
    "データは保有しているが公開していないということがあります。関係者の意見を言う場を設ける。\n",
    // 「と言うのは」, 「と言う人」, 「と言える」: the verb may be meant.
    "「無理だ」と言うのは早い。反対だと言う人もいる。課題設定は道筋をつくる行為であると言えます。\n",
    // A heading and a sentence in Markdown, with the kana form (GIF guidebook wording).
    md("# はじめに\n\n公開しているけど見つからないということがあります。\n"),
  ],
  invalid: [
    {
      name: "GIF guidebook 2.5.1: 「公開しているけど見つからないと言うことがあります」",
      text: "# 2.5.1. 見つけられること\n\nデータは保有しているが公開していない、もしくは、公開しているけど見つからないと言うことがあります。\n",
      fileName: "plan.md",
      errors: [{ messageId: "formal", at: "言う", data: { noun: "こと" } }],
      output: "# 2.5.1. 見つけられること\n\nデータは保有しているが公開していない、もしくは、公開しているけど見つからないということがあります。\n",
    },
    {
      name: "made up: 点, 意味, 観点; wrapped over a line with CRLF; a surrogate pair before",
      text: "𠮷野町が対象と言う点を確認し、\r\n連携と言う\r\n意味で、安全と言う観点から検討する。\r\n",
      errors: [
        { messageId: "formal", at: "言う", data: { noun: "点" } },
        { messageId: "formal", at: "言う", occurrence: 2, data: { noun: "意味" } },
        { messageId: "formal", at: "言う", occurrence: 3, data: { noun: "観点" } },
      ],
      output: "𠮷野町が対象という点を確認し、\r\n連携という\r\n意味で、安全という観点から検討する。\r\n",
    },
  ],
});
