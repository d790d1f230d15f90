import { describe, expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { lintWithRule, runRuleTests, assertRuleRangesOnArbitraryText } from "../../test/rule-tester.js";
import { validNumbering } from "./valid-numbering.js";

// Seed-like outline pieces: real headings and measures of the draft.
const CH1 = "1. 経済社会の活力の向上及び持続的発展";
const S11 = "1.1. 安全なIoTシステムの創出";
const I1 = "(1) 安全なIoTシステムを活用した新規事業の振興";
const I2 = "(2) IoTシステムのセキュリティに係る体系及び体制の整備";
const I3 = "(3) IoTシステムのセキュリティに係る制度整備";
const A = "(ア)総務省及び経済産業省において、IoT推進コンソーシアムを通じて、IoTセキュリティガイドラインの普及展開に努める。";
const I = "(イ)経済産業省において、EDSA認証（2014年４月開始）について、普及・啓発を行う。";
const U = "(ウ)経済産業省において、JPCERT/CCを通じて、インターネット上の公開情報を分析する。";
const E = "(エ)経済産業省において、IPA（受付機関）とJPCERT/CC（調整機関）により運用されている脆弱性関連情報届出受付制度を運用する。";
const O = "(オ)総務省において、「IoTセキュリティ対策の取組方針ver1.0」に基づき、取組を推進する。";
const lines = (...l: string[]): string => l.join("\n") + "\n";

runRuleTests(validNumbering, {
  valid: [
    { name: "a seed-like outline numbered 1, 1.1, (1)–(3), (ア)–(エ)", text: lines(CH1, S11, I1, A, I2, A, I, I3, A, I, U, E) },
    {
      name: "measures directly under a section, then items restarting at (ア) (as 2.2 of the seed)",
      text: lines(
        "1. 国民が安全で安心して暮らせる社会の実現",
        "1.1. 国民・社会を守るための取組",
        "(1) 安全・安心なサイバー空間の利用環境の構築",
        A,
        "1.2. 重要インフラを守るための取組",
        A,
        I,
        U,
        "(1) 重要インフラ防護の範囲等の不断の見直し",
        A,
        "(2) 効果的かつ迅速な情報共有の実現",
        A,
        I,
      ),
    },
    { name: "a plan numbered 第１章 / 第１節 (digits) and 第二章 / 第一節 (kanji numerals)", text: lines("第１章 総論", "第１節 計画の位置付け", I1, A, I, "第２節 計画の期間", A, "第二章　施策", "第一節　経済社会の活力の向上", I1, A, I2, A) },
    {
      name: "a plan numbered as 「公用文作成の考え方」 lays out: 第１章 › 第１節 › １ › (1) › ア › (ア)",
      text: lines("第１章 道路交通の安全", "第１節 目標", "１ 道路交通の安全についての目標", I1, "ア 道路交通事故の現状", A, I, "イ 今後の見通し", A, "２ 講じようとする施策", I1, A, I2, A),
    },
    { name: "bullets are not numbered", text: lines(CH1, S11, I1, "(ア)内閣官房において、以下の取組を行う。", "・ 事案発生を想定した共同対処訓練を実施する。", "・ 事案発生を想定した共同対処訓練を実施する。") },
    { name: "full-width labels and CRLF", text: lines("１. 経済社会の活力の向上及び持続的発展", "１.１. 安全なIoTシステムの創出", "（１） 経営層の意識改革", "（２） 組織能力の向上").replace(/\n/g, "\r\n") },
    { name: "a chapter with measures directly under it (5. 推進体制)", text: lines(CH1, S11, I1, A, "2. 推進体制", A, I, U) },
    { name: "a preface before chapter 1", text: lines("はじめに", "本書は同戦略に基づく３期目の年次計画である。", CH1, S11, I1, A) },
    { name: "one chapter of a plan kept in many files: the top level starts at 5 and goes on from there", text: lines("5. 推進体制", "5.1. 内閣官房の役割", I1, A, "5.2. 関係省庁の役割", I1, A, "6. 計画の見直し", A) },
    {
      name: "every 公用文 level, levels skipped, numbering restarting under each 部 and 章",
      text: lines(
        "第１部 総論",
        "第１章 計画の基本的な考え方",
        "１ 計画策定の趣旨",
        "① 目的",
        "② 期間",
        "２ 計画の構成",
        "第２章 これまでの取組",
        "１ 成果",
        "第２部 講じようとする施策",
        "第１章 道路交通の安全",
        "第１節 道路交通環境の整備",
        "１ 歩行空間の整備",
        "（１）通学路の整備",
        "① 合同点検の実施",
        "Ａ．幅の広い歩道の整備",
        "Ｂ．バリアフリー化の推進",
        "② 歩道の整備",
        "（２）速度抑制対策",
        "ア 警察庁において、区域規制を推進する。",
        "イ 国土交通省において、物理的デバイスを設置する。",
        "第２節 交通安全思想の普及",
        "１ 交通安全教育の推進",
        "第２章 鉄道交通の安全",
        "１ 鉄道交通環境の整備",
      ),
    },
    { name: "「１．」 and 「２　」 number one sequence: a label with or without its dot", text: lines("第１章 総論", "１．目的", "２　期間", "３．構成") },
    { name: "○ headings, unnumbered headings and bullets carry no numbers", text: lines("第１章 総論", "（基本的な考え方）", "○ 生活道路における安全の確保", "○ 生活道路における安全の確保", "１ 目標", "【現状と課題】", "２ 施策") },
    {
      name: "Markdown headings numbered 2. › 2.1. › 2.1.1. (a section's items are not the chapter's sections)",
      fileName: "guide.md",
      text: lines("## 2. GIFの考え方", "", "### 2.1. 目指す社会", "", "### 2.2. 基本的な考え方", "", "#### 2.2.1. 従来の取り組みの継承", "", "#### 2.2.2. デジタル世界のルール形成", "", "### 2.3. コンセプト", "", "## 3. ルール層", "", "#### 3.0.1. 政府標準利用規約", "", "## 概要", ""),
    },
  ],
  invalid: [
    {
      name: "公用文 numbering: headings １, ２, ４, ４ and ア, ウ, ウ — one number mistyped in each",
      text: lines("第１章 総論", "１ 目的", A, "２ 期間", A, "４ 構成", A, "４ 推進体制", "ア 現状", A, "ウ 課題", A, "ウ 対策", A),
      errors: [
        { messageId: "gap", at: "４", data: { expected: "３", found: "４" }, suggestions: [lines("第１章 総論", "１ 目的", A, "２ 期間", A, "３ 構成", A, "４ 推進体制", "ア 現状", A, "ウ 課題", A, "ウ 対策", A)] },
        { messageId: "gap", at: "ウ", data: { expected: "イ", found: "ウ" }, suggestions: [lines("第１章 総論", "１ 目的", A, "２ 期間", A, "４ 構成", A, "４ 推進体制", "ア 現状", A, "イ 課題", A, "ウ 対策", A)] },
      ],
    },
    {
      name: "a plan numbered 第一章 / 第一節: a mistyped chapter number, suggested in kanji numerals",
      text: lines("第一章　総論", "第一節　計画の位置付け", I1, A, "第三章　施策", A, "第三章　推進体制", A),
      errors: [
        {
          messageId: "gap",
          at: "第三章",
          data: { expected: "第二章", found: "第三章" },
          suggestions: [lines("第一章　総論", "第一節　計画の位置付け", I1, A, "第二章　施策", A, "第三章　推進体制", A)],
        },
      ],
    },
    {
      name: "a plan numbered 第１章 / 第１節: a section repeated",
      text: lines("第１章", "総論", "第１節 計画の位置付け", I1, A, "第１節 計画の期間", I1, A),
      errors: [
        {
          messageId: "repeat",
          at: "第１節",
          occurrence: 2,
          data: { found: "第１節", expected: "第２節" },
          suggestions: [lines("第１章", "総論", "第１節 計画の位置付け", I1, A, "第２節 計画の期間", I1, A)],
        },
      ],
    },
    {
      name: "a measure letter skipped: (ア)(ウ)",
      text: lines(CH1, S11, I1, A, U),
      errors: [{ messageId: "gap", at: "(ウ)", data: { expected: "(イ)", found: "(ウ)" }, related: 1 }],
      output: null,
    },
    {
      name: "a repeated letter meant as the missing one: (ア)(イ)(イ)(エ)",
      text: lines(CH1, S11, I1, A, I, I, E),
      errors: [{ messageId: "repeat", at: "(イ)", occurrence: 2, data: { found: "(イ)", expected: "(ウ)" }, suggestions: [lines(CH1, S11, I1, A, I, I.replace("(イ)", "(ウ)"), E)], related: 1 }],
    },
    {
      name: "a gap that is a typo: (ア)(イ)(オ)(エ) → (オ) should be (ウ)",
      text: lines(CH1, S11, I1, A, I, O, E),
      errors: [{ messageId: "gap", at: "(オ)", data: { expected: "(ウ)", found: "(オ)" }, suggestions: [lines(CH1, S11, I1, A, I, O.replace("(オ)", "(ウ)"), E)] }],
    },
    {
      name: "two measures swapped: one disorder, no gap",
      text: lines(CH1, S11, I1, A, I, E, U, O),
      errors: [{ messageId: "disorder", at: "(ウ)", data: { found: "(ウ)", previous: "(エ)" }, related: 1 }],
    },
    {
      name: "an item repeated where the next goes on: (1)(2)(2)(4) is one repeat",
      text: lines(CH1, S11, I1, A, I2, A, I2, A, "(4) IoTシステムのセキュリティに係る技術開発・実証", A),
      errors: [{ messageId: "repeat", at: "(2)", occurrence: 2, data: { expected: "(3)" } }],
    },
    {
      name: "a repeated label that cannot be told apart: (ア)(ア)(イ)",
      text: lines(CH1, S11, I1, A, A.replace("総務省及び", "内閣官房、総務省及び"), I),
      errors: [{ messageId: "repeatOnly", at: "(ア)", occurrence: 2 }],
    },
    {
      name: "a sequence that does not start at (ア)",
      text: lines(CH1, S11, I1, I, U),
      errors: [{ messageId: "gap", at: "(イ)", data: { expected: "(ア)", found: "(イ)" }, related: 0 }],
    },
    {
      name: "items start at (2)",
      text: lines(CH1, S11, I2, A, I3, A),
      errors: [{ messageId: "gap", at: "(2)", data: { expected: "(1)", found: "(2)" } }],
    },
    {
      name: "a section numbered under the wrong chapter",
      text: lines(CH1, S11, I1, A, "2. 国民が安全で安心して暮らせる社会の実現", "2.1. 国民・社会を守るための取組", "1.2. 重要インフラを守るための取組", I1, A),
      errors: [
        {
          messageId: "wrongChapter", at: "1.2.", data: { found: "1.2.", chapter: "2.", expected: "2.2." }, suggestions: [lines(CH1, S11, I1, A, "2. 国民が安全で安心して暮らせる社会の実現", "2.1. 国民・社会を守るための取組", "2.2. 重要インフラを守るための取組", I1, A)],
        },
      ],
    },
    {
      name: "a chapter mistyped: its sections all carry the right number, only the chapter is reported",
      text: lines(CH1, S11, I1, A, "3. 国民が安全で安心して暮らせる社会の実現", "2.1. 国民・社会を守るための取組", I1, A),
      errors: [{ messageId: "gap", at: "3.", data: { expected: "2.", found: "3." } }],
    },
    {
      name: "full-width labels keep their width in the message and the suggestion, with CRLF",
      text: lines("１. 経済社会の活力の向上及び持続的発展", "１.１. 安全なIoTシステムの創出", "（１） 経営層の意識改革", "（２） 組織能力の向上", "（２） 組織能力の向上", "（４） 人材の育成").replace(/\n/g, "\r\n"),
      errors: [
        {
          messageId: "repeat",
          at: "（２）",
          occurrence: 2,
          data: { expected: "（３）" },
          suggestions: [lines("１. 経済社会の活力の向上及び持続的発展", "１.１. 安全なIoTシステムの創出", "（１） 経営層の意識改革", "（２） 組織能力の向上", "（３） 組織能力の向上", "（４） 人材の育成").replace(/\n/g, "\r\n")],
        },
      ],
    },
    {
      name: "a whole plan (it opens with はじめに) whose first chapter is 2",
      text: lines("はじめに", "本書は同戦略に基づく３期目の年次計画である。", "2. 経済社会の活力の向上及び持続的発展", "3. 国民が安全で安心して暮らせる社会の実現"),
      errors: [{ messageId: "gap", at: "2.", data: { expected: "1.", found: "2." } }],
    },
    {
      name: "a Markdown heading 2.2.1. under 2.3.: a dotted label starts with its parent's numbers",
      fileName: "guide.md",
      text: lines("## 2. GIFの考え方", "", "### 2.3. コンセプト", "", "#### 2.2.1. 従来の取り組みの継承", ""),
      errors: [
        { messageId: "gap", at: "2.3.", data: { expected: "2.1.", found: "2.3." } },
        {
          messageId: "wrongParent",
          at: "2.2.1.",
          data: { found: "2.2.1.", parent: "2.3.", expected: "2.3.1." },
          suggestions: [lines("## 2. GIFの考え方", "", "### 2.3. コンセプト", "", "#### 2.3.1. 従来の取り組みの継承", "")],
        },
      ],
    },
    {
      name: "circled numbers ①②④④ and letters Ａ．Ｃ．: one mistyped ④, one skipped letter",
      text: lines("第１章 総論", "１ 目標", "① 目的", "② 期間", "④ 構成", "④ 推進体制", "Ａ．幅の広い歩道の整備", "Ｃ．バリアフリー化の推進"),
      errors: [
        { messageId: "gap", at: "④", data: { expected: "③", found: "④" }, suggestions: [lines("第１章 総論", "１ 目標", "① 目的", "② 期間", "③ 構成", "④ 推進体制", "Ａ．幅の広い歩道の整備", "Ｃ．バリアフリー化の推進")] },
        { messageId: "gap", at: "Ｃ．", data: { expected: "Ｂ．", found: "Ｃ．" } },
      ],
    },
    {
      name: "chapters restart under each 部: 第３章 after 第１章 in 第２部 is a gap",
      text: lines("第１部 総論", "第１章 目的", "第２章 期間", "第２部 施策", "第１章 道路", "第３章 鉄道"),
      errors: [{ messageId: "gap", at: "第３章", data: { expected: "第２章", found: "第３章" } }],
    },
    {
      name: "measures restart under each item: a gap in the second item only",
      text: lines(CH1, S11, I1, A, I, U, I2, A, U),
      errors: [{ messageId: "gap", at: "(ウ)", occurrence: 2, data: { expected: "(イ)" } }],
    },
  ],
});

describe("valid-numbering on the seed", () => {
  it("finds nothing: the draft's numbering is right", () => {
    expect(lintWithRule(validNumbering, { text: seedText() }).map((m) => m.message)).toEqual([]);
  });
});

describe("valid-numbering on arbitrary text", () => {
  // Plan-like fragments in any order, with every kind of line break, wide spaces and surrogate pairs.
  const piece = [
    "はじめに", "1. 経済社会の活力の向上", "1.1. 安全なIoTシステムの創出", "1.2.", "2.", "(1) 経営層の意識改革", "（２）", "(ア)", "(イ)", "(ウ)", "・ ",
    "内閣官房において、", "2.2(2)(ア)に記載", "１.１（３）（イ）", "（再掲）", "再掲：", "平成29年5月30日", "2017年２月30日", "令和0年", "13月", "７月13日", "（金）",
    "「サイバーセキュリティ戦略」（2015年９月４日閣議決定）", "を実施する。", " 参考 用語解説 ", "2015年９月５日、閣議決定。", "\n", "\r\n", "\r", "\n\n", " ", "\u3000", "𠮷", "。",
  ];
  it("never throws, and every range and fix lies inside the text", () => {
    assertRuleRangesOnArbitraryText(validNumbering, piece, { maxPieces: 80 });
  });
});
