import { runRuleTests } from "../../test/rule-tester.js";
import { noMissingParticle } from "./no-missing-particle.js";

// A plan body is recognised from its preface on.
const body = (text: string): string => `はじめに\n${text}\n`;

runRuleTests(noMissingParticle, {
  valid: [
    // Seed and corpus sentences as written.
    body("(ア)内閣官房において、重要インフラ事業者等に対して、情報共有体制の強化に向けた取組を推進する。"),
    body("法第７条に基づき、個人情報の保護に関する施策を講ずるに当たっては、業種・業態を問わず、必要な措置を講ずる。"),
    body("より実世界とサイバー空間が相互連関する社会を支える研究開発を推進する。"),
    // The conjunction ついては at a sentence start; kana before the verb part.
    body("次期計画を策定する。ついては、各府省庁の意見を求める。それはさておいて、差しあたって結びついている課題を整理する。"),
    // Verbs that end in the same kanji.
    body("提案に反対して、利害が相対する当事者と応対し、相関する要因と交際している者を見当たって、相伴って相応じて仕向けて傷ついて根ついた慣行を改める。"),
    // おいて of 置く after a span of time; suffixes that look like the verb part.
    body("一日おいて再実施し、少し間おいて、一人当たり３件、条件付き、若者向けの窓口を設ける。"),
    // 「ともに」 after a noun.
    body("名実ともに充実し、両者ともに参加し、官民が共に取り組むとともに、推進する。"),
    body("二つともに不十分であり、仲良く共に学び、また共に考え、お互い共に支え合う。"),
    body("一呼吸おいて、一目おいて、数日間おいて再開する。"),
    // The particle is there.
    body("ご意見については、このような施策の検討に当たって参考にいたします。"),
  ],
  invalid: [
    {
      name: "the seed's answer column: ご意見ついては",
      text: body("このような施策を現在検討しております。ご意見ついては、このような施策の検討にあたって参考にさせていただきます。"),
      errors: [
        {
          messageId: "missing",
          at: "ついて",
          data: { found: "意見ついて", particle: "に", before: "意見", form: "ついて" },
          suggestions: [body("このような施策を現在検討しております。ご意見については、このような施策の検討にあたって参考にさせていただきます。")],
        },
      ],
      output: null,
    },
    {
      name: "the corpus: 老若男女問わず (を問わず)",
      text: body("新しい生活様式の進展と相まって、地域、国境や老若男女問わず、様々な個人がデジタル社会に参画する。"),
      errors: [{ messageId: "missing", at: "問わず", data: { particle: "を" }, suggestions: [body("新しい生活様式の進展と相まって、地域、国境や老若男女を問わず、様々な個人がデジタル社会に参画する。")] }],
    },
    {
      name: "after katakana, a closing bracket and a Latin word",
      text: body("インシデントおける対応、「サイバーセキュリティ戦略」基づき、IoT関する研究、ＡＩ向けた開発を進める。"),
      errors: [
        { messageId: "missing", at: "おける" },
        { messageId: "missing", at: "基づき" },
        { messageId: "missing", at: "関する" },
        { messageId: "missing", at: "向けた" },
      ],
    },
    {
      name: "several forms, wrapped over a line (PDF extraction)",
      text: "はじめに\n事案が発生した場合おいて、法令\n際して必要な措置を講じ、長期\nわたって取り組み、方針沿って推進する。\n",
      errors: [
        { messageId: "missing", at: "おいて" },
        { messageId: "missing", at: "際して" },
        { messageId: "missing", at: "わたって" },
        { messageId: "missing", at: "沿って" },
      ],
    },
    {
      name: "the corpus: 図られるともに (とともに)",
      text: body("社会の維持コストの軽減が図られるともに高度な検討も可能になる。"),
      errors: [{ messageId: "missing", at: "ともに", data: { found: "られるともに", particle: "と" }, suggestions: [body("社会の維持コストの軽減が図られるとともに高度な検討も可能になる。")] }],
    },
    {
      name: "CRLF, a surrogate pair before, full-width Latin",
      text: "はじめに\r\n𠮷野地区の計画踏まえ、ＩＴ対して投資する。\r\n",
      errors: [
        { messageId: "missing", at: "踏まえ", data: { particle: "を" }, suggestions: ["はじめに\r\n𠮷野地区の計画を踏まえ、ＩＴ対して投資する。\r\n"] },
        { messageId: "missing", at: "対して", suggestions: ["はじめに\r\n𠮷野地区の計画踏まえ、ＩＴに対して投資する。\r\n"] },
      ],
    },
  ],
});
