import { runRuleTests } from "../../test/rule-tester.js";
import { noSpokenVerbForms } from "./no-spoken-verb-forms.js";

// A plan body is recognised from its preface on.
const body = (text: string): string => `はじめに\n${text}\n`;

runRuleTests(noSpokenVerbForms, {
  valid: [
    // Corpus sentences as written.
    body("参照モデルをできるだけ変更しないようにするとともに、変更点を明確にすることにより高い相互運用性が確保されます。"),
    body("データの連携が求められています。個人情報等の適正な取扱いが確保されることを期待している。"),
    // Conditionals, verbs of their own and the right potentials.
    body("考えれば、受け入れれば、見れば分かる。書ききれる量を超え、手がしびれる。悪びれる様子もなく泥にまみれる。"),
    body("食べられる、決められる、来られる、見られる。ごみを捨てる、人材を育てる、計画を立てる。"),
    // 〜めてる and other e-row stems are left alone (verbs in てる: 捨てる, 当てる).
    body("改革を進めてる。"),
  ],
  invalid: [
    {
      name: "ら抜き after a 下一段 stem, 見 and 来",
      text: body("早期に決めれるよう、誰でも見れる場所に置き、窓口に来れない人にも届けれます。"),
      errors: [
        { messageId: "raNuki", at: "めれる", data: { found: "めれる", right: "められる" }, suggestions: [body("早期に決められるよう、誰でも見れる場所に置き、窓口に来れない人にも届けれます。")] },
        { messageId: "raNuki", at: "見れる" },
        { messageId: "raNuki", at: "来れ" },
        { messageId: "raNuki", at: "けれ" },
      ],
      output: null,
    },
    {
      name: "い抜き",
      text: body("改革を行ってる。地域の課題に取り組んでます。"),
      errors: [
        { messageId: "iNuki", at: "ってる", data: { right: "っている" }, suggestions: [body("改革を行っている。地域の課題に取り組んでます。")] },
        { messageId: "iNuki", at: "んでます", data: { right: "んでいます" } },
      ],
    },
    {
      name: "wrapped over a line, CRLF, a surrogate pair before",
      text: "はじめに\r\n𠮷野地区の声を信じ\r\nれる社会を作っ\r\nてる。\r\n",
      errors: [
        { messageId: "raNuki", range: [15, 20] },
        { messageId: "iNuki", range: [24, 29] },
      ],
    },
  ],
});
