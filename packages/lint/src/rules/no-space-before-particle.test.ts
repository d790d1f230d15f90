import { runRuleTests } from "../../test/rule-tester.js";
import { noSpaceBeforeParticle } from "./no-space-before-particle.js";

const md = (text: string) => ({ text, fileName: "plan.md" });

runRuleTests(noSpaceBeforeParticle, {
  valid: [
    // PPC 基本方針 as written elsewhere, and spaces that separate (a label, a title and its note, a Latin word).
    "個人情報保護委員会においては、公的部門ガイドライン、事務対応ガイド及び公的部門Ｑ＆Ａを策定し、改正を行うものとする。\n",
    "図 1　目指す社会\nデータマネジメント実践ガイドブック （導入編）\nAI を活用した分析を行う。IoT の普及が進む。\n",
    // A particle standing alone, or at the end of a line.
    "選択肢は を と が の二つ。\n施策 の\n",
    // Markdown: a space written so that emphasis or a link renders.
    md("# はじめに\n\n**重要な取組** を進めます。[ガイドブック](https://example.go.jp) を参照してください。`npm` で導入します。\n"),
    // Text extracted from PDF: page numbers show the layout, whose spaces are not the drafter's.
    "はじめに\n春のあんし んネット・新学期一斉行動の取組 を行う。\n\n- 5 -\n\n次の段落である。\n\n- 6 -\n",
  ],
  invalid: [
    {
      name: "PPC 基本方針 line 100: 「公的部門Ｑ＆Ａ を策定し」",
      text: "また、個人情報保護委員会においては、公的部門ガイドライン、事務対応ガイド及び公的部門Ｑ＆Ａ を策定し、保有個人情報の漏えい等事案等を踏まえ、必要に応じた改正を行うものとする。\n",
      errors: [
        {
          messageId: "space",
          at: " ",
          data: { particle: "を" },
          suggestions: ["また、個人情報保護委員会においては、公的部門ガイドライン、事務対応ガイド及び公的部門Ｑ＆Ａを策定し、保有個人情報の漏えい等事案等を踏まえ、必要に応じた改正を行うものとする。\n"],
        },
      ],
    },
    {
      name: "after kanji, kana and a closing bracket; two spaces; CRLF; a surrogate pair before (made up)",
      text: "𠮷野町の計画  を策定する。\r\n「基本方針」 に基づき、推進するため に連携する。\r\n",
      errors: [
        { messageId: "space", range: [7, 9] },
        { messageId: "space", at: " ", occurrence: 3 },
        { messageId: "space", at: " ", occurrence: 4 },
      ],
    },
    {
      name: "Markdown prose (a manifesto-style sentence)",
      text: "# はじめに\n\n私たちは子育て支援 を最優先に取り組みます。\n",
      fileName: "plan.md",
      errors: [{ messageId: "space", at: " ", occurrence: 2 }],
    },
  ],
});
