import { runRuleTests } from "../../test/rule-tester.js";
import { noUnmatchedBrackets } from "./no-unmatched-brackets.js";

// A plan body is recognised from its preface on.
const body = (text: string): string => `はじめに\n${text}\n`;

runRuleTests(noUnmatchedBrackets, {
  valid: [
    // Seed sentences as written: nested pairs, a quotation with its date.
    body("(ア)内閣官房において、「サイバーセキュリティ戦略」（2015年９月４日閣議決定）に基づき、「情報共有・連携ネットワーク（仮称）」の構築を進める。"),
    // Halves of different width still make a pair here: that is consistent-width's finding.
    body("(オ)内閣官房及び総務省において、総合行政ネットワーク（LGWAN）に設けた機能（LGWAN-SOC)などにより監視を行う。"),
    // A quotation that a PDF line break split into two paragraphs, nested in a parenthesis.
    body("国内規制（「Forced\n\nLocalization Measures」）を行う諸外国に対し、働きかけを行う。"),
    // List labels that use a lone closing parenthesis, at a line start and inline.
    body("1) 調査を行う。\na) 分析を行う。\nア）報告する。\n注）提出された意見は事務局で分類した。"),
    body("次の取組を行う。1) 調査、2) 分析、3) 報告。"),
    // A label after a parenthesis left open long before: the label closes nothing.
    body("（1）総論\n\n本章では次を定める。\n\n1) 目的を定める。"),
    // Circled numbers and ranges, full-width punctuation inside pairs.
    body("上記①～③の取組（「標語」・「ポスター」の募集等。）を実施する。"),
    // A surrogate pair and CRLF inside a balanced pair.
    "はじめに\r\n「𠮷野家（仮称）」の取組を紹介する。\r\n",
    // Markdown: link syntax and code are not prose.
    { text: "# はじめに\n\n詳しくは[ガイドブック](https://example.go.jp/a_(b)) を参照。`f(x` は記号。\n", fileName: "plan.md" },
    // Markdown: a figure's caption is read, its tags and attributes (style="…(…") are not.
    { text: '# はじめに\n\n<figure>\n<img src="a.png" style="width:calc(5in" />\n<figcaption>\n図表 5-2 「データの品質向上」の実行ロードマップ（例）\n</figcaption>\n</figure>\n', fileName: "plan.md" },
  ],
  invalid: [
    {
      name: "Markdown: a parenthesis never closed in a figure caption (data management guidebook, 図表 5-1)",
      text: "# はじめに\n\n本文です。\n\n<figure>\n<img src=\"465-1/media/image14.png\" />\n<figcaption>\n図表 5-1 「オープンデータの推進」の実行ロードマップ（例\n</figcaption>\n</figure>\n",
      fileName: "plan.md",
      errors: [{ messageId: "unclosed", at: "（", data: { open: "（", close: "）" } }],
    },
    {
      name: "a parenthesis never closed",
      text: body("(ア)総務省において、情報共有・連携ネットワーク（仮称の構築を進める。\n\n(イ)経済産業省において、普及を図る。\n\n(ウ)内閣官房において、検討を行う。"),
      errors: [{ messageId: "unclosed", at: "（", data: { open: "（", close: "）" } }],
    },
    {
      name: "a quotation never closed in a measure",
      text: body("(ア)内閣官房において、「新・情報セキュリティ普及啓発プログラムの改訂を行う。\n\n(イ)警察庁において、広報啓発活動を実施する。\n\n(ウ)総務省において、周知啓発を行う。"),
      errors: [{ messageId: "unclosed", at: "「", data: { open: "「", close: "」" } }],
    },
    {
      name: "an opener left open is not closed by the next measure's closer",
      text: body("(ア)総務省において、連携ネットワーク（仮称の構築を進める。\n(イ)経済産業省において、経営ガイドライン）の普及を図る。"),
      errors: [
        { messageId: "unclosed", at: "（" },
        { messageId: "unopened", at: "）" },
      ],
    },
    {
      name: "a closing corner bracket with no opener",
      text: body("(ア)経済産業省において、サイバーセキュリティ経営ガイドライン」の普及を図る。"),
      errors: [{ messageId: "unopened", at: "」", data: { open: "「", close: "」" } }],
    },
    {
      name: "pairs crossed: the parenthesis inside the quotation is left open",
      text: body("(ア)内閣官房において、「重要インフラの行動計画（第４次」に基づき施策を実施する。"),
      errors: [{ messageId: "unclosed", at: "（", data: { open: "（", close: "）" } }],
    },
    {
      name: "two closers swapped (「（…」）」) are one slip, reported once",
      text: body("「戦術（タクテック」）、「兵站（ロジステック）」を厳密化する。"),
      errors: [{ messageId: "unclosed", at: "（" }],
    },
    {
      name: "a half-width closer inside a sentence is not a label when letters run into it",
      text: body("(イ)総務省において、ICT-ISAC)を核として、情報共有網の拡充を推進する。"),
      errors: [{ messageId: "unopened", at: ")", occurrence: 2, data: { open: "（", close: ")" } }],
    },
    {
      name: "CRLF and a surrogate pair before the lone opener",
      text: "はじめに\r\n𠮷田氏の【内閣官房の取組を紹介する。\r\n\r\n次の段落。\r\n\r\nさらに次の段落。\r\n",
      errors: [{ messageId: "unclosed", at: "【", data: { open: "【", close: "】" } }],
    },
  ],
});
