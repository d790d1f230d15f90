import { runRuleTests } from "../../test/rule-tester.js";
import { noUnmatchedEmphasis } from "./no-unmatched-emphasis.js";

const md = (text: string) => ({ text, fileName: "guidebook.md" });

runRuleTests(noUnmatchedEmphasis, {
  valid: [
    // The corpus as written: bold labels, list items, a rule, escaped marks in a table of contents.
    md("# ガイドブック\n\n**〔キーワード〕**\n\nデータマネジメント、**データ品質**、データ連携\n\n* 文章の自由な変更\n  * 付則\n\n***\n\n- [2.2.1. 方向性検討\\*\\*](#221-方向性検討)\n"),
    // Bold over two lines of one paragraph; marks in code.
    md("# 見出し\n\n本書は**各府省庁の\n担当者**を対象とします。`a**b` は式です。\n\n```\nx ** 2\n```\n"),
    // Plain text: Markdown marks mean nothing there.
    { text: "はじめに\n方向性検討**\n" },
  ],
  invalid: [
    {
      name: "the corpus: a heading that kept its closing mark",
      ...md("# ガイドブック\n\n#### 2.2.1. データマネジメントによって目指す姿の方向性検討**\n\n前章で、重点テーマを示しました。\n"),
      errors: [{ messageId: "unmatched", at: "**", suggestions: ["# ガイドブック\n\n#### 2.2.1. データマネジメントによって目指す姿の方向性検討\n\n前章で、重点テーマを示しました。\n"] }],
      output: null,
    },
    {
      name: "a paragraph and a list item, CRLF, a surrogate pair before",
      ...md("# 見出し\r\n\r\n𠮷野地区の**重点施策を示します。\r\n\r\n- 項目**\r\n- **項目**\r\n"),
      errors: [
        { messageId: "unmatched", at: "**", occurrence: 1 },
        { messageId: "unmatched", at: "**", occurrence: 2 },
      ],
    },
  ],
});
