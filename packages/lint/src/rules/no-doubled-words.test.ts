import { runRuleTests } from "../../test/rule-tester.js";
import { noDoubledWords } from "./no-doubled-words.js";

// A plan body is recognised from its preface on.
const body = (text: string): string => `はじめに\n${text}\n`;

runRuleTests(noDoubledWords, {
  valid: [
    // Seed sentences as written.
    body("(ア)内閣官房において、産学官の多様な主体と連携し、サイバー空間における法の支配の確立に取り組む。"),
    body("サイバー空間は、様々な役割を担う多様な主体による連携のもと自律的なガバナンスが確保されてきた。"),
    // Kana reduplication and counting reduplication are Japanese.
    body("ますます高度化する攻撃に、いろいろな主体がそれぞれ対応する。"),
    body("一人一人の職員が、一つ一つの手順を確認し、ひとつひとつ改善する。"),
    body("個人個人の意識を高め、ドキドキするような体験を提供する。"),
    // One kanji doubled: two words meeting.
    body("日本本社の会社社長が、東京都都市整備局と協議する。"),
    // A doubled kana after kana is a word: ものの, とともに, はは.
    body("取組は進んだものの、関係機関とともに、ははの日の行事を見直す。"),
    // Ellipsis and middle dots are marks of their own.
    body("……詳細は別途定める。項目Ａ・・・項目Ｂ"),
  ],
  invalid: [
    {
      text: body("内閣官房において、対策をを講じる。"),
      errors: [{ messageId: "doubled", at: "を", occurrence: 2, data: { unit: "を", found: "をを" }, suggestions: [body("内閣官房において、対策を講じる。")] }],
    },
    {
      text: body("重要インフラ事業者等についてについて、情報共有を進める。"),
      errors: [{ messageId: "doubled", at: "について", occurrence: 2, data: { unit: "について" }, suggestions: [body("重要インフラ事業者等について、情報共有を進める。")] }],
    },
    {
      name: "a kanji word doubled, full-width comma doubled",
      text: body("人材育成を推進推進し、、官民の連携を図る。"),
      errors: [
        { messageId: "doubled", at: "推進", occurrence: 2, data: { unit: "推進" } },
        { messageId: "doubled", at: "、", occurrence: 2, data: { unit: "、" } },
      ],
    },
    {
      name: "a doubled particle after katakana and after a closing bracket, with CRLF and a surrogate pair before it",
      text: "はじめに\r\n𠮷田氏のシステムがが停止し、「戦略」のの改定を行う。\r\n",
      errors: [
        { messageId: "doubled", at: "が", occurrence: 2 },
        { messageId: "doubled", at: "の", occurrence: 3 },
      ],
    },
    {
      name: "a phrase doubled across a PDF line wrap: the second copy, on the next line, is the one removed",
      text: body("情報共有体制を強化する\n強化するとともに、"),
      errors: [{ messageId: "doubled", at: "強化する", occurrence: 2, suggestions: [body("情報共有体制を強化する\nとともに、")] }],
    },
  ],
});
