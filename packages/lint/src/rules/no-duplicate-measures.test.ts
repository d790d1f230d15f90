import { describe, expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { lintWithRule, runRuleTests, assertRuleRangesOnArbitraryText } from "../../test/rule-tester.js";
import { noDuplicateMeasures } from "./no-duplicate-measures.js";

// A plan body is recognised from its preface (or chapter 1) on; these cases start at chapter 3 or 4.
const lines = (...l: string[]): string => ["はじめに", "本書は同戦略に基づく３期目の年次計画である。", ...l].join("\n") + "\n";

// Real headings and measures of the seed.
const CH4 = "4. 横断的施策";
const S41 = "4.1. 研究開発の推進";
const ITEM2 = "(2) サイバーセキュリティと他分野の融合領域の研究";
const ITEM3 = "(3) サイバーセキュリティのコア技術の保持";
const STRATEGY = "内閣官房において、各府省庁と連携し、信頼性工学、心理学等の様々な社会科学的視点も含めた「サイバーセキュリティ研究開発戦略」を策定する。";
const STRATEGY_KICHI = STRATEGY.replace("を策定する", "を𠮷野で策定する");
const AIST =
  "経済産業省において、AIST等を通じ、IoTシステムに付随する脅威に対応するため、ソフトウェア工学、暗号技術などを用いてシステムのセキュリティ、品質、安全性、効率の向上、などを両立させるための革新的、先端的技術の基礎研究に取り組む。";
const NICT = "総務省において、NICTを通じ、情報通信ネットワークの安全性を高めるための研究開発を推進する。";
// 3.2(4)(ア)・6 and 3.3(ケ) of the seed differ by one 「等」.
const JPCERT =
  "経済産業省において、JPCERT/CCを通じ、アジア太平洋地域、アフリカ等において、各国における対外・対内調整を担うCSIRTの構築及び運用、連携の支援を行う。JPCERT/CCの経験の蓄積をもとに開発されたサイバー攻撃に対処するための演習ツールの提供や演習実施を行う。";
const JPCERT_ETC = JPCERT.replace("演習実施を行う", "演習実施等を行う");
// Three adapted versions of the CYDER measure (1.2(3)(オ), 2.2(カ)・2, 2.3(1)(シ)・3): related, not repeated.
const CYDER_1 = "総務省において、NICTに組織した「ナショナルサイバートレーニングセンター」を通じ、サイバー攻撃への対処能力の向上に向けた実践的サイバー防御演習（CYDER）を実施する。";
const CYDER_2 = "総務省において、NICTに組織した「ナショナルサイバートレーニングセンター」を通じ、重要インフラにおけるサイバー攻撃への対処能力を向上させるための実践的サイバー防御演習（CYDER）を実施する。";
const CYDER_3 = "総務省において、NICTに組織した「ナショナルサイバートレーニングセンター」を通じ、政府機関におけるサイバー攻撃への対処能力の向上に向け、新たなシナリオによる実践的なサイバー防御演習（CYDER）を実施する。";

const plan = (first: string, second: string): string => lines(CH4, S41, `(ア)${first}`, `(イ)${NICT}`, ITEM2, `(ア)${second}`);

runRuleTests(noDuplicateMeasures, {
  valid: [
    { name: "different measures", text: plan(STRATEGY, AIST) },
    { name: "the later copy marked （再掲）", text: plan(STRATEGY, `${STRATEGY}（再掲）`) },
    { name: "the later copy marked before the text", text: plan(STRATEGY, `（再掲）${STRATEGY}`) },
    { name: "the earlier copy marked 【再掲】", text: plan(`【再掲】${STRATEGY}`, STRATEGY) },
    { name: "a mark naming the original", text: plan(STRATEGY, `${STRATEGY}（再掲：4.1(ア)）`) },
    { name: "an item whose heading says 再掲 covers its measures", text: lines(CH4, S41, `(ア)${STRATEGY}`, "(2) サイバーセキュリティと他分野の融合領域の研究（再掲）", `(ア)${STRATEGY}`) },
    { name: "a measure marked 再掲 covers its bullets", text: lines(CH4, S41, `(ア)${STRATEGY}`, "(イ)以下の取組を行う（再掲）。", `・ ${STRATEGY}`) },
    { name: "adapted versions of one measure in three places (CYDER in the seed)", text: lines(CH4, S41, `(ア)${CYDER_1}`, `(イ)${CYDER_2}`, ITEM2, `(ア)${CYDER_3}`) },
    { name: "short stock bullets repeat under different measures", text: lines(CH4, S41, "(ア)内閣官房において、以下の取組を行う。", "・ 共同対処訓練を実施する。", "(イ)警察庁において、以下の取組を行う。", "・ 共同対処訓練を実施する。") },
    {
      name: "equal lead-ins introduce different bullets",
      text: lines(CH4, S41, "(ア)科学技術競争力や安全保障等に係る技術情報を保護する観点から、以下の取組を行う。", `・ ${STRATEGY}`, ITEM2, "(ア)科学技術競争力や安全保障等に係る技術情報を保護する観点から、以下の取組を行う。", `・ ${AIST}`),
    },
    { name: "near repeats are not reported with threshold 1", text: plan(JPCERT, JPCERT_ETC), options: { threshold: 1 } },
    { name: "repeats shorter than minLength are not reported", text: plan(STRATEGY, STRATEGY), options: { minLength: 200 } },
  ],
  invalid: [
    {
      name: "a measure repeated word for word (4.1(ア) and 4.1(2)(ア) of the seed)",
      text: plan(STRATEGY, STRATEGY),
      errors: [{ messageId: "duplicate", at: `(ア)${STRATEGY}`, occurrence: 2, data: { other: "4.1(ア)" }, related: 1, suggestions: [plan(STRATEGY, `${STRATEGY}（再掲）`)] }],
      output: null,
    },
    {
      name: "a repeat wrapped differently by the PDF, with a blank line between the halves",
      text: lines(CH4, S41, `(ア)${AIST}`, ITEM3, `(ア)${AIST.slice(0, 40)}`, "", AIST.slice(40)),
      errors: [{ messageId: "duplicate", at: `(ア)${AIST.slice(0, 40)}\n\n${AIST.slice(40)}`, data: { other: "4.1(ア)" } }],
    },
    {
      name: "a repeat that differs only in width and spacing",
      text: plan(CYDER_1, CYDER_1.replace("（CYDER）", "(CYDER)").replace("NICTに", "NICT に")),
      errors: [{ messageId: "duplicate", at: `(ア)${CYDER_1.replace("（CYDER）", "(CYDER)").replace("NICTに", "NICT に")}`, data: { other: "4.1(ア)" } }],
    },
    {
      name: "three copies: both later ones point to the first",
      text: lines(CH4, S41, `(ア)${STRATEGY}`, ITEM2, `(ア)${STRATEGY}`, ITEM3, `(ア)${STRATEGY}`),
      errors: [
        { messageId: "duplicate", at: `(ア)${STRATEGY}`, occurrence: 2, data: { other: "4.1(ア)" } },
        { messageId: "duplicate", at: `(ア)${STRATEGY}`, occurrence: 3, data: { other: "4.1(ア)" } },
      ],
    },
    {
      name: "a near repeat: one 「等」 added (3.2(4)(ア)・6 and 3.3(ケ) of the seed)",
      text: lines("3. 国際社会の平和・安定及び我が国の安全保障", "3.2. 国際社会の平和・安定", "(ア)内閣官房において、以下の取組を行う。", `・ ${JPCERT}`, "3.3. 世界各国との協力・連携", `(ア)${JPCERT_ETC}`),
      errors: [{ messageId: "nearDuplicate", at: `(ア)${JPCERT_ETC}`, data: { other: "3.2(ア)・1", difference: "「…演習実施を行う。」→「…演習実施等を行う。」" }, related: 1 }],
    },
    {
      name: "a bullet repeating a measure",
      text: lines(CH4, S41, `(ア)${AIST}`, ITEM3, "(ア)関係府省庁において、以下の取組を行う。", `・ ${AIST}`),
      errors: [{ messageId: "duplicate", at: `・ ${AIST}`, data: { other: "4.1(ア)" } }],
    },
    {
      name: "the same statement for another owner is worth a look, no more",
      text: plan(AIST, AIST.replace("経済産業省において", "総務省において")),
      errors: [{ messageId: "sameExceptOwners", at: `(ア)${AIST.replace("経済産業省において", "総務省において")}`, data: { other: "4.1(ア)", otherOwners: "経済産業省" }, severity: "info" }],
    },
    {
      name: "CRLF line endings and a surrogate pair in the text",
      text: plan(STRATEGY_KICHI, STRATEGY_KICHI).replace(/\n/g, "\r\n"),
      errors: [{ messageId: "duplicate", at: `(ア)${STRATEGY_KICHI}`, occurrence: 2, suggestions: [plan(STRATEGY_KICHI, `${STRATEGY_KICHI}（再掲）`).replace(/\n/g, "\r\n")] }],
    },
  ],
});

describe("no-duplicate-measures on the seed", () => {
  it("reports the measures repeated without 再掲, each pointing to the first occurrence", () => {
    const text = seedText();
    const found = lintWithRule(noDuplicateMeasures, { text }).map((m) => `${m.messageId} ${text.slice(m.range.start, m.range.start + 3)} ${m.message.split(" ")[0]}`);
    expect(found).toEqual([
      "duplicate (ア) 1.2(3)(ア)", // 2.1(1)(ア)
      "nearDuplicate (ケ) 3.2(4)(ア)・6", // 3.3(ケ)
      "duplicate (ア) 4.1(ア)", // 4.1(2)(ア)
      "duplicate (ウ) 1.1(4)(ア)", // 4.1(3)(ウ)
      "duplicate (ア) 3.1(1)(キ)", // 4.2(5)(ア)
      "duplicate (ウ) 3.1(1)(カ)", // 4.2(5)(ウ)
      "duplicate (エ) 3.1(3)(ア)", // 4.2(5)(エ)
    ]);
  });
});

describe("no-duplicate-measures on arbitrary text", () => {
  // Plan-like fragments in any order, with every kind of line break, wide spaces and surrogate pairs.
  const piece = [
    "はじめに", "1. 経済社会の活力の向上", "1.1. 安全なIoTシステムの創出", "1.2.", "2.", "(1) 経営層の意識改革", "（２）", "(ア)", "(イ)", "(ウ)", "・ ",
    "内閣官房において、", "2.2(2)(ア)に記載", "１.１（３）（イ）", "（再掲）", "再掲：", "平成29年5月30日", "2017年２月30日", "令和0年", "13月", "７月13日", "（金）",
    "「サイバーセキュリティ戦略」（2015年９月４日閣議決定）", "を実施する。", " 参考 用語解説 ", "2015年９月５日、閣議決定。", "\n", "\r\n", "\r", "\n\n", " ", "\u3000", "𠮷", "。",
  ];
  it("never throws, and every range and fix lies inside the text", () => {
    assertRuleRangesOnArbitraryText(noDuplicateMeasures, piece, { maxPieces: 80 });
  });
});
