import { describe, expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { lintWithRule, runRuleTests, assertRuleRangesOnArbitraryText } from "../../test/rule-tester.js";
import { validCrossReference } from "./valid-cross-reference.js";

// A seed-like outline (real headings and measures of the draft, shortened) whose
// last measure is the one that refers elsewhere.
const OUTLINE = [
  "はじめに",
  "本書は同戦略に基づく３期目の年次計画である。",
  "1. 経済社会の活力の向上及び持続的発展",
  "1.1. 安全なIoTシステムの創出",
  "(1) 安全なIoTシステムを活用した新規事業の振興",
  "(ア)内閣官房において、IoTシステムに係る新規事業がセキュリティ・バイ・デザインの考え方に基づき取り組まれるよう働きかけを引き続き行う。",
  "(2) IoTシステムのセキュリティに係る体系及び体制の整備",
  "(ア)内閣官房において、IoTシステムに係る大規模な事業のサイバーセキュリティ確保のための取組について検討を進める。",
  "(イ)内閣官房及び関係省庁において、官民が連携して「ボット撲滅」に向けた体制を構築し対策を推進するための検討を行う。",
  "2. 国民が安全で安心して暮らせる社会の実現",
  "2.1. 国民・社会を守るための取組",
  "(1) 安全・安心なサイバー空間の利用環境の構築",
  "(ア)経済産業省において、JPCERT/CCを通じて、ソフトウェア等の脆弱性関連情報に関する適切な流通を促進する。",
  "2.2. 重要インフラを守るための取組",
  "(ア)内閣官房及び重要インフラ所管省庁等において、「重要インフラの情報セキュリティ対策に係る第４次行動計画」に基づく取組を推進する。",
  "(1) 重要インフラ防護の範囲等の不断の見直し",
  "(ア)内閣官房において、重要インフラ所管省庁の協力の下、第４次行動計画に基づき、重要インフラ防護の範囲を見直す。",
  "(2) 効果的かつ迅速な情報共有の実現",
  "(ア)総務省において、NICTを通じ、標的型攻撃に関する情報の収集・分析を行う。",
];
const withMeasure = (measure: string): string => [...OUTLINE, measure].join("\n") + "\n";

// A plan numbered as 「公用文作成の考え方」 lays out (第１章 › 第１節 › １ › (1) › ア), whose last statement refers elsewhere.
const KOYO = [
  "第１章 道路交通の安全",
  "第１節 道路交通環境の整備",
  "１ 生活道路等における歩行空間の整備",
  "(1) 通学路等における歩道等の整備",
  "ア 国土交通省において、幅の広い歩道の整備を推進する。",
  "イ 警察庁において、通学路の合同点検を実施する。",
  "第２章 鉄道交通の安全",
  "１ 鉄道交通環境の整備",
];
const withStatement = (statement: string): string => [...KOYO, statement].join("\n") + "\n";


// A public-comment result table after the plan: the answers are the drafters' text, the comments the public's.
const withAnswers = (rows: [comment: string, answer: string][]): string =>
  withMeasure("(イ)警察庁において、事案発生を想定した共同対処訓練を実施する。") +
  "\n意見募集の結果\n\n| 番号 | 御意見の概要 | 御意見に対する考え方 |\n|---|---|---|\n" +
  rows.map(([c, a], i) => `| ${i + 1} | ${c} | ${a} |`).join("\n") +
  "\n";
// Enough measures for the answer-topic check to know which words are common in the plan.
const TOPICS = ["港湾の荷役機械", "水道の浄水施設", "空港の手荷物検査", "鉄道の運行管理", "電力の需給調整", "病院の電子カルテ", "物流の倉庫管理", "放送の送出設備", "銀行の勘定系", "農業の水利施設", "化学工場の制御盤", "ガス導管の遠隔監視", "自治体の住民情報", "大学の学術情報網", "証券の取引基盤", "クレジット決済の加盟店", "衛星の地上局", "石油備蓄の基地"];
const withManyMeasures = (answerRows: [string, string][]): string =>
  [...OUTLINE, "3. 横断的施策", "3.1. 分野ごとの対策", "(1) 分野ごとの点検", ...TOPICS.map((t, i) => `(${"アイウエオカキクケコサシスセソタチツテト"[i]})所管省庁において、${t}の点検を行う。`)].join("\n") +
  "\n\n意見募集の結果\n\n| 番号 | 御意見の概要 | 御意見に対する考え方 |\n|---|---|---|\n" +
  answerRows.map(([c, a], i) => `| ${i + 1} | ${c} | ${a} |`).join("\n") +
  "\n";


// A 公用文 section whose items are followed by a sentence naming them as a range.
const ITEMS = (after: string): string =>
  [
    "第１章 地域の防災力の向上",
    "１ 自主防災組織の活性化",
    "（１）組織の結成の支援",
    "市町村は、自主防災組織の結成を支援する。",
    "（２）訓練の実施",
    "市町村は、自主防災組織と合同で訓練を実施する。",
    "（３）資機材の整備",
    "市町村は、防災資機材の整備を支援する。",
    after,
    "２ 防災教育の推進",
    "学校における防災教育を推進する。",
  ].join("\n") + "\n";

runRuleTests(validCrossReference, {
  valid: [
    { name: "a range of items that all exist (上記（１）～（３）)", text: ITEMS("上記（１）～（３）の取組により、地域の防災力を高める。") },
    { name: "a range written 「（１）から（３）まで」", text: ITEMS("（１）から（３）までの取組は、市町村が主体となって進める。") },
    { name: "a range of a law's paragraphs is the law's (第２条（１）～（５）)", text: ITEMS("災害対策基本法第２条（１）～（５）に定める災害に備える。") },
    { name: "an answer to a public comment whose reference resolves", text: withAnswers([["情報共有の迅速化を求める。", "2.2(2)(ア)に記載のとおり、情報の収集・分析を行います。"]]) },
    { name: "a commenter's reference is the public's text: never checked", text: withAnswers([["9.9(9)(ア)を削除すべき。", "御意見として承ります。"]]) },
    {
      name: "an answer whose target is about the comment's topic",
      text: withManyMeasures([["大規模災害時に港湾の荷役機械が停止する事態に備え、港湾運営者の点検体制を強化すべきである。", "3.1(1)(ア)に記載のとおり、所管省庁において港湾の荷役機械の点検を行います。"]]),
    },
    { name: "公用文 labels: 「第１章第１節１(1)ア」 resolves", text: withStatement("ア 国土交通省において、第１章第１節１(1)アに記載のとおり、駅周辺の歩道を整備する。") },
    { name: "公用文 labels: 「第１章で述べたとおり」 names an existing chapter", text: withStatement("ア 国土交通省において、第１章で述べたとおり、踏切道の改良を推進する。") },
    { name: "公用文 labels: a chapter of a law is not this plan's", text: withStatement("ア 国土交通省において、法第６章第２節の規定に基づき、必要な措置を講ずる。") },
    { name: "the seed-like outline without references", text: withMeasure("(イ)警察庁において、事案発生を想定した共同対処訓練を実施する。") },
    { name: "a reference to a measure under an item", text: withMeasure("(イ)総務省において、1.1(2)(イ)に記載のとおり、検討を行う。") },
    { name: "a reference to a measure directly under a section (2.2(ア))", text: withMeasure("(イ)総務省において、2.2(ア)の取組を推進する。") },
    { name: "a reference to a section with 「に記載」", text: withMeasure("(イ)総務省において、2.2に記載の取組を推進する。") },
    { name: "full-width digits and brackets", text: withMeasure("(イ)総務省において、１.１（２）（イ）に記載のとおり、検討を行う。") },
    { name: "a reference wrapped over two lines with a blank line between", text: withMeasure("(イ)総務省において、2.2(2)\n\n(ア)に記載のとおり、情報共有を行う。") },
    { name: "a 再掲 mark naming an existing measure", text: withMeasure("(イ)（再掲：2.1(1)(ア)）経済産業省において、JPCERT/CCを通じて、ソフトウェア等の脆弱性関連情報に関する適切な流通を促進する。") },
    { name: "a place in another document (after its title)", text: withMeasure("(イ)内閣官房において、「サイバーセキュリティ戦略」の4.1(2)に基づき、研究開発を推進する。") },
    { name: "a place in another document (after a document word)", text: withMeasure("(イ)内閣官房において、統一基準群の3.1(4)に従い、監査を行う。") },
    { name: "CRLF line endings", text: withMeasure("(イ)総務省において、1.1(2)(イ)に記載のとおり、検討を行う。").replace(/\n/g, "\r\n") },
    {
      name: "a paragraph under a heading referring to an existing chapter",
      text: [...KOYO.slice(0, 3), "本節では、第２章で述べる鉄道の取組と併せて、歩行空間の整備を進める。", ...KOYO.slice(3)].join("\n") + "\n",
    },
    {
      name: "a paragraph citing a chapter of a law: not this plan's",
      text: [...KOYO.slice(0, 3), "道路交通法第５章の規定に基づき、歩行者の安全を確保する。", ...KOYO.slice(3)].join("\n") + "\n",
    },
    {
      name: "a title quoted after the reference is the heading's title (and a shortened one is the drafter's choice)",
      text: withStatement("ア 国土交通省において、第２章「鉄道交通の安全」及び第１章第１節「道路交通環境」に記載のとおり、整備する。"),
    },
    {
      name: "a quote after 「の」 or unlike any heading is a term, not a title",
      text: withStatement("ア 国土交通省において、第２章の「鉄道交通の安全」及び第１章「ゾーン30プラス」の考え方に基づき、整備する。"),
    },
    {
      name: "a reference in half-width digits to full-width headings: width is consistent-width's concern",
      text: withStatement("ア 国土交通省において、第1章第1節に記載のとおり、整備する。"),
    },
    {
      name: "「前章」 in the second chapter, 「次章」 in the first",
      text: [KOYO[0]!, "次章で述べる鉄道の取組と併せて進める。", ...KOYO.slice(1, 7), "前章で述べたとおり、安全を確保する。", KOYO[7]!].join("\n") + "\n",
    },
    {
      name: "「前節」 in a plan without 節 is not checked (its sections are named otherwise)",
      text: ["第１章 総論", "１ 計画の目的", "前節で述べたとおり、安全を確保する。", "第２章 各論", "１ 鉄道"].join("\n") + "\n",
    },
    {
      name: "a file of one chapter linted alone: the chapters it names are in other files",
      text: ["# 第1章 総論", "", "## 1. 計画の目的", "", "計画の期間は[第2章](./02.md)に示し、第３章で詳しく述べる。"].join("\n") + "\n",
      fileName: "01_第1章.md",
    },
    {
      name: "a heading's own label is no reference",
      text: ["はじめに", "本計画は、交通安全の施策を定める。", ...KOYO].join("\n") + "\n",
    },
  ],
  invalid: [
    {
      name: "a range whose last item does not exist (上記（１）～（４）)",
      text: ITEMS("上記（１）～（４）の取組により、地域の防災力を高める。"),
      errors: [{ messageId: "rangeMissing", at: "（１）～（４）", data: { missing: "（４）", available: "（１）〜（３）" } }],
    },
    {
      name: "a range written with から…まで and half-width brackets",
      text: ITEMS("(1)から(5)までの取組は、市町村が主体となって進める。"),
      errors: [{ messageId: "rangeMissing", at: "(1)から(5)まで", data: { missing: "(4)(5)" } }],
    },
    {
      name: "an answer to a public comment pointing to a section that does not exist",
      text: withAnswers([["情報共有の迅速化を求める。", "2.5(1)(ア)に記載のとおり、情報の収集・分析を行います。"]]),
      errors: [{ messageId: "missing", at: "2.5(1)(ア)", related: 1 }],
    },
    {
      name: "an answer whose target shares no topical word with the comment nor the answer (a label slip)",
      text: withManyMeasures([["大規模災害時に港湾の荷役機械が停止する事態に備え、港湾運営者の点検体制を強化すべきである。", "3.1(1)(イ)に記載のとおり、港湾の荷役機械について対応します。"]]),
      errors: [{ messageId: "answerOffTopic", at: "3.1(1)(イ)", severity: "info", related: 2 }],
    },
    {
      name: "「前章」 in the first chapter",
      text: [KOYO[0]!, "前章で述べたとおり、歩行空間の整備を進める。", ...KOYO.slice(1)].join("\n") + "\n",
      errors: [{ messageId: "noRelative", at: "前章", data: { side: "前" }, related: 1 }],
    },
    {
      name: "「次章」 in the last chapter",
      text: [...KOYO, "次章以降では、推進体制を定める。"].join("\n") + "\n",
      errors: [{ messageId: "noRelative", at: "次章", data: { side: "後" } }],
    },
    {
      name: "a reference in kanji numerals to headings labelled in digits (fixed to the headings' form)",
      text: withStatement("ア 国土交通省において、第一章第一節に記載のとおり、整備する。"),
      errors: [{ messageId: "numerals", at: "第一章第一節", data: { fixed: "第１章第１節" } }],
      output: withStatement("ア 国土交通省において、第１章第１節に記載のとおり、整備する。"),
    },
    {
      name: "a stale title: the heading was renamed (fixed to the current title)",
      text: withStatement("ア 国土交通省において、第１章第１節「道路交通環境の改善」に記載のとおり、整備する。"),
      errors: [{ messageId: "staleTitle", at: "道路交通環境の改善", data: { current: "道路交通環境の整備" } }],
      output: withStatement("ア 国土交通省において、第１章第１節「道路交通環境の整備」に記載のとおり、整備する。"),
    },
    {
      name: "a stale title with its label inside the quote (「１．…」), full-width",
      text: withStatement("ア 国土交通省において、第１章第１節１「１．生活道路における歩行空間の整備」に記載のとおり、整備する。"),
      errors: [{ messageId: "staleTitle", at: "生活道路における歩行空間の整備", data: { current: "生活道路等における歩行空間の整備" } }],
    },
    {
      name: "another heading's title after the reference: the label is wrong",
      text: withStatement("ア 国土交通省において、第１章「鉄道交通の安全」に記載のとおり、整備する。"),
      errors: [{ messageId: "titleOfOther", at: "第１章", occurrence: 2, data: { title: "鉄道交通の安全", path: "第２章" }, related: 2 }],
    },
    {
      name: "a paragraph under a heading referring to a chapter the plan does not have",
      text: [...KOYO.slice(0, 3), "本節では、第５章で述べる鉄道の取組と併せて、歩行空間の整備を進める。", ...KOYO.slice(3)].join("\n") + "\n",
      errors: [{ messageId: "missingChapter", at: "第５章", data: { reference: "第５章", missing: "第5章" } }],
    },
    {
      name: "the preface referring to a section the plan does not have (dotted numbers)",
      text: withMeasure("(イ)警察庁において、共同対処訓練を実施する。").replace("本書は同戦略に基づく３期目の年次計画である。", "本書は同戦略に基づく３期目の年次計画であり、重点は2.5に記載のとおりである。"),
      errors: [{ messageId: "missing", at: "2.5" }],
    },
    {
      name: "公用文 labels: a chapter the plan does not have",
      text: withStatement("ア 国土交通省において、第３章に記載のとおり、踏切道の改良を推進する。"),
      errors: [{ messageId: "missingChapter", at: "第３章", data: { reference: "第３章", missing: "第3章" } }],
    },
    {
      name: "公用文 labels: an item the heading does not have, with the ones it has",
      text: withStatement("ア 国土交通省において、第１章第１節１(2)アに記載のとおり、駅周辺の歩道を整備する。"),
      errors: [{ messageId: "missing", at: "第１章第１節１(2)ア", data: { reference: "第１章第１節１(2)ア", existing: "１", missing: "(2)", available: "(1)" }, related: 1 }],
    },
    {
      name: "an item that does not exist in its section",
      text: withMeasure("(イ)総務省において、2.2(3)(ア)に記載のとおり、演習を実施する。"),
      errors: [{ messageId: "missing", at: "2.2(3)(ア)", data: { reference: "2.2(3)(ア)", existing: "2.2", missing: "(3)", available: "(1)〜(2)" }, related: 1 }],
      output: null,
    },
    {
      name: "a measure letter past the last one",
      text: withMeasure("(イ)総務省において、1.1(2)(ウ)に記載のとおり、検討を行う。"),
      errors: [{ messageId: "missing", at: "1.1(2)(ウ)", data: { existing: "1.1(2)", missing: "(ウ)", available: "(ア)〜(イ)" } }],
    },
    {
      name: "a chapter the plan does not have",
      text: withMeasure("(イ)警察庁において、3.1(1)(ア)に記載のとおり、対処能力を強化する。"),
      errors: [{ messageId: "missingChapter", at: "3.1(1)(ア)", data: { reference: "3.1(1)(ア)", missing: "章 3." }, related: 0 }],
    },
    {
      name: "a section the chapter does not have",
      text: withMeasure("(イ)総務省において、1.3に記載の取組を推進する。"),
      errors: [{ messageId: "missing", at: "1.3", data: { existing: "章 1.", missing: "1.3", available: "1.1" } }],
    },
    {
      name: "a measure directly under a section that only has items",
      text: withMeasure("(イ)総務省において、2.1(ア)の取組を推進する。"),
      errors: [{ messageId: "missingNone", at: "2.1(ア)", data: { existing: "2.1", levelName: "施策" } }],
    },
    {
      name: "full-width reference keeps its text in the message",
      text: withMeasure("(イ)総務省において、１.１（３）（イ）に記載のとおり、検討を行う。"),
      errors: [{ messageId: "missing", at: "１.１（３）（イ）", data: { reference: "１.１（３）（イ）", missing: "(3)", available: "(1)〜(2)" } }],
    },
    {
      name: "a broken 再掲 reference: the measure with the same text is suggested",
      text: withMeasure("(イ)（再掲：2.1(2)(ア)）経済産業省において、JPCERT/CCを通じて、ソフトウェア等の脆弱性関連情報に関する適切な流通を促進する。"),
      errors: [
        {
          messageId: "missing",
          at: "2.1(2)(ア)",
          data: { existing: "2.1", missing: "(2)" },
          suggestions: [withMeasure("(イ)（再掲：2.1(1)(ア)）経済産業省において、JPCERT/CCを通じて、ソフトウェア等の脆弱性関連情報に関する適切な流通を促進する。")],
        },
      ],
    },
    {
      name: "a broken full-width 再掲 reference gets a full-width suggestion",
      text: withMeasure("(イ)経済産業省において、JPCERT/CCを通じて、ソフトウェア等の脆弱性関連情報に関する適切な流通を促進する。（再掲：２.１（２）（ア））"),
      errors: [
        {
          messageId: "missing",
          at: "２.１（２）（ア）",
          suggestions: [withMeasure("(イ)経済産業省において、JPCERT/CCを通じて、ソフトウェア等の脆弱性関連情報に関する適切な流通を促進する。（再掲：２.１（１）（ア））")],
        },
      ],
    },
    {
      name: "「本計画の」 refers to this plan",
      text: withMeasure("(イ)総務省において、本計画の2.2(3)(ア)に記載のとおり、演習を実施する。"),
      errors: [{ messageId: "missing", at: "2.2(3)(ア)" }],
    },
    {
      name: "two broken references in one measure, and a surrogate pair before them",
      text: withMeasure("(イ)𠮷総務省において、2.2(4)(ア)及び2.3に記載の取組を推進する。"),
      errors: [
        { messageId: "missing", at: "2.2(4)(ア)", data: { missing: "(4)" } },
        { messageId: "missing", at: "2.3", data: { existing: "章 2.", missing: "2.3", available: "2.1〜2.2" } },
      ],
    },
  ],
});

describe("valid-cross-reference on the seed", () => {
  it("finds nothing: the draft's body has no cross-references", () => {
    expect(lintWithRule(validCrossReference, { text: seedText() }).map((m) => m.message)).toEqual([]);
  });
});

describe("valid-cross-reference on arbitrary text", () => {
  // Plan-like fragments in any order, with every kind of line break, wide spaces and surrogate pairs.
  const piece = [
    "はじめに", "1. 経済社会の活力の向上", "1.1. 安全なIoTシステムの創出", "1.2.", "2.", "(1) 経営層の意識改革", "（２）", "(ア)", "(イ)", "(ウ)", "・ ",
    "内閣官房において、", "2.2(2)(ア)に記載", "１.１（３）（イ）", "（再掲）", "再掲：", "平成29年5月30日", "2017年２月30日", "令和0年", "13月", "７月13日", "（金）",
    "「サイバーセキュリティ戦略」（2015年９月４日閣議決定）", "を実施する。", " 参考 用語解説 ", "2015年９月５日、閣議決定。", "\n", "\r\n", "\r", "\n\n", " ", "\u3000", "𠮷", "。",
  ];
  it("never throws, and every range and fix lies inside the text", () => {
    assertRuleRangesOnArbitraryText(validCrossReference, piece, { maxPieces: 80 });
  });
});
