import { runRuleTests } from "../../test/rule-tester.js";
import { noUnrenderedHeading } from "./no-unrendered-heading.js";

const md = (text: string) => ({ text, fileName: "plan.md" });

runRuleTests(noUnrenderedHeading, {
  valid: [
    // The Digital Agency guidebooks' own headings.
    md("# 政府相互運用性フレームワーク（GIF） 全体編 <!-- omit in toc -->\n\n## 1. 　はじめに\n\n### 1.1. 　背景と目的\n\n#### 2.2.1. 従来の取り組みの継承\n"),
    // A closing sequence, an empty heading, a tab after the marks, seven marks (a paragraph, not meant as a heading level).
    md("## 見出し ##\n\n#\n\n#\t見出し\n"),
    // Code and HTML are not prose: a shell comment, a C preprocessor line, a colour in a style.
    md("# はじめに\n\n```sh\n#設定を読み込む\n```\n\n    #インデントされたコード\n\n<div style=\"color:\n#ff0000\">\n</div>\n"),
    // A line of hashtags, and a sentence that starts with a mark.
    md("# はじめに\n\n#DX #GX\n\n#1の取組は重要である。\n"),
    // A plain-text plan has no Markdown headings.
    { text: "はじめに\n#データマネジメントの推進\n", fileName: "plan.txt" },
    // The mark inside a line.
    md("# はじめに\n\n番号は#5を使う。\n"),
  ],
  invalid: [
    {
      name: "data management guidebook, line 2: the title without the space (its 「<!-- omit in toc -->」 marks it as a heading)",
      text: "<!-- タイトル -->\n#データマネジメント実践ガイドブック （導入編） <!-- omit in toc -->\n\nデジタル社会推進実践ガイドブック DS-465\n",
      fileName: "plan.md",
      errors: [
        {
          messageId: "noSpace",
          at: "#",
          data: { marks: "#" },
          suggestions: ["<!-- タイトル -->\n# データマネジメント実践ガイドブック （導入編） <!-- omit in toc -->\n\nデジタル社会推進実践ガイドブック DS-465\n"],
        },
      ],
    },
    {
      name: "deeper levels, indented by up to three spaces, CRLF, a surrogate pair in the title",
      text: "# はじめに\r\n\r\n###1.2. 背景と目的\r\n\r\n   ####𠮷野町の事例\r\n",
      fileName: "plan.md",
      errors: [
        { messageId: "noSpace", at: "###", data: { marks: "###" } },
        { messageId: "noSpace", at: "####", data: { marks: "####" } },
      ],
    },
    {
      name: "full-width marks (an IME in Japanese mode), with and without a space",
      text: "# はじめに\n\n＃＃ 2. 基本的な考え方\n\n＃３．推進体制\n",
      fileName: "plan.md",
      errors: [
        { messageId: "fullWidth", at: "＃＃ ", data: { marks: "＃＃" }, suggestions: ["# はじめに\n\n## 2. 基本的な考え方\n\n＃３．推進体制\n"] },
        { messageId: "fullWidth", at: "＃", occurrence: 3 },
      ],
    },
  ],
});
