import { runRuleTests } from "../../test/rule-tester.js";
import { noRedundantExpressions } from "./no-redundant-expressions.js";

// A plan body is recognised from its preface on.
const body = (text: string): string => `はじめに\n${text}\n`;

runRuleTests(noRedundantExpressions, {
  valid: [
    // Seed sentences as written.
    body("関係者への働きかけを行う。さらに、その状況を適時確認していく。"),
    body("まず、最初の取組として、予算を確保し、あらかじめ定めた手順に従って約３割の削減を図る。"),
    // A clause of its own between the object and the verb; 再検討 is a word of its own.
    body("確認を要する事項を確認する。検討を再検討する必要はない。支援を必要とする者に支援する。点検を終えた施設を点検する。"),
    // Doubtful ones some guides accept are left alone.
    body("従来から実施している取組について、各府省庁ごとに必ず必要な措置を講じる。"),
    // 細分 alone, and 細かく with another verb (GIF guidebook wording).
    body("データ項目が細分化され定義されています。データ項目を細かく定義する。"),
    // 第３回 and ３回目 each alone; 約 without 程度.
    body("第３回の会合は、３回目の見直しを約１年後に行う。"),
  ],
  invalid: [
    {
      name: "the seed: その確認を適時確認していく",
      text: body("働きかけを行う。さらに、その確認を適時確認していく。"),
      errors: [{ messageId: "selfObject", at: "確認を適時確認", data: { found: "確認を適時確認", noun: "確認" } }],
      output: null,
    },
    {
      name: "the object and the verb next to each other, and with a kana adverb between",
      text: body("計画の検討を検討し、調整をしっかり調整し、点検を速やかに点検する。"),
      errors: [
        { messageId: "selfObject", at: "検討を検討" },
        { messageId: "selfObject", at: "調整をしっかり調整" },
        { messageId: "selfObject", at: "点検を速やかに点検" },
      ],
    },
    {
      name: "fixed 重言",
      text: body("まず最初に、あらかじめ予定した会議を開き、過半数を超える賛成を得て、第３回目の点検で約３割程度を削減する。"),
      errors: [
        { messageId: "fixed", at: "まず最初に", data: { found: "まず最初に", why: "「まず」と「最初に」" } },
        { messageId: "fixed", at: "あらかじめ予定" },
        { messageId: "fixed", at: "過半数を超え" },
        { messageId: "fixed", at: "第３回目" },
        { messageId: "fixed", at: "約３割程度" },
      ],
    },
    {
      name: "GIF guidebook: 「データ項目が細かく細分化され」",
      text: body("多様な表記を可能にするためデータ項目が細かく細分化され定義されています。"),
      errors: [{ messageId: "fixed", at: "細かく細分", data: { why: "「細かく」と「細分」（細かく分けること）" } }],
    },
    {
      name: "wrapped over a line, CRLF, a surrogate pair before",
      text: "はじめに\r\n𠮷野地区の今\r\n現在の課題はまだ未定である。\r\n",
      errors: [
        { messageId: "fixed", range: [12, 17] },
        { messageId: "fixed", at: "まだ未定" },
      ],
    },
  ],
});
