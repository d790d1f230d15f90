import type { GlossaryEntry } from "@planlint/core";
import { describe, expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { lintWithRule, runRuleTests, assertRuleRangesOnArbitraryText } from "../../test/rule-tester.js";
import { glossaryIntegrity } from "./glossary-integrity.js";

// Real rows of the seed's 参考 用語解説, in its PDF layout (index letter or a space, headword, definition).
const R = {
  AIST: "A AIST national institute of Advanced Industrial Science and Technologyの略。国立研究開発法人産業技術総合研究所。",
  APCERT: " APCERT Asia Pacific Computer Emergency Response Teamの略。アジア太平洋地域におけるコーディネーションの実施等を行う。",
  APEC: " APEC Asia-Pacific Economic Cooperationの略（エイペック）。アジア太平洋地域の21の国と地域が参加する枠組み。",
  APT: " APT Asia-Pacific Telecommunityの略。アジア・太平洋電気通信共同体。",
  ASEAN: " ASEAN Association of South East Asian Nationsの略。東南アジア諸国連合。",
  BCP: "B BCP Business Continuity Planの略。事業の継続に主眼を置いた計画。",
  CC: "C CC Common Criteriaの略。ISO/IEC 15408のこと。",
  CCRA: " CCRA Common Criteria Recognition Arrangementの略。CCに基づいたセキュリティ評価・認証の相互承認に関する協定。",
  CEPTOAR: " CEPTOAR Capability for Engineering of Protection, Technical Operation, Analysis and Responseの略（セプター）。重要インフラ事業者等の情報共有・分析機能及び当該機能を担う組織。",
  可用性: " 可用性 情報に関して正当な権限を持った者が、必要時に中断することなく、情報にアクセスできること（Availability）。機密性、完全性、可用性は情報セキュリティの三大要素と呼ばれている。",
  可用性誤: " 可用性 情報に関して正当な権限を持った者が、必要時に中断することなく、情報にアクセスできること（Availability）。機密性、完全性、可能性は情報セキュリティの三大要素と呼ばれている。",
  完全性: " 完全性 情報に関して破壊、改ざん又は消去されていないこと（Integrity）。機密性、完全性、可用性は情報セキュリティの三大要素と呼ばれている。",
  機密性: "き 機密性 情報に関して正当な権限を持った者だけが、情報にアクセスできること（Confidentiality）。",
  クラウドサービス: "く クラウドサービス インターネット等のブロードバンド回線を経由して、コンピュータ資源を役務として提供するもの。",
  コンティンジェンシープラン: "こ コンティンジェンシープラン 重要インフラ事業者等が障害の発生時に対応するための計画。",
  サイバーインテリジェンス: "さ サイバーインテリジェンス サイバー攻撃に関する情報収集・分析のこと。",
  サプライチェーン: " サプライチェーン 資材の調達から製品の配達までのモノや情報の流れのこと。",
  セプター: "せ セプター CEPTOAR （Capability for Engineering of Protection, Technical Operation, Analysis and Response）を参照。",
  標的型攻撃: "ひ 標的型攻撃 特定の組織や情報を狙って、機密情報などを窃取しようとする攻撃。",
  標的型メール: " 標的型メール 標的型攻撃を参照。",
  リスクマネジメント: "り リスクマネジメント リスクを組織的に管理し、損失などの回避・低減等を図るプロセスのこと。",
  リテラシー: " リテラシー 本来、文字を読み書きする能力を意味する。",
  リバースエンジニアリング: " リバースエンジニアリング ソフトウェアやハードウェアなどを解析・分解すること。",
};

/** A short body, then the glossary rows. */
function glossary(...rows: string[]): string {
  return ["はじめに", "本書は年次計画である。", "", "参考 用語解説", ...rows].join("\n") + "\n";
}

function fileEntry(headword: string): GlossaryEntry {
  return {
    headword,
    definition: "（定義）",
    seeAlso: [],
    range: { start: 0, end: 1 },
    headwordRange: { start: 0, end: 1 },
    source: { kind: "file", file: "glossary.yaml", line: 1, column: 1 },
  };
}

const LATIN = [R.AIST, R.APCERT, R.APEC, R.APT, R.ASEAN, R.BCP, R.CC, R.CCRA, R.CEPTOAR];
const KANA = [R.クラウドサービス, R.コンティンジェンシープラン, R.サイバーインテリジェンス, R.サプライチェーン, R.セプター, R.リスクマネジメント, R.リテラシー, R.リバースエンジニアリング];

runRuleTests(glossaryIntegrity, {
  valid: [
    { name: "the three elements of information security, spelled right", text: glossary(R.可用性, R.完全性, R.機密性) },
    { name: "Latin rows A→Z, then kana rows in あいうえお order (long vowels read as vowels)", text: glossary(...LATIN, ...KANA) },
    { name: "see-also targets that exist, one glossed in parentheses: 「CEPTOAR （…）を参照」", text: glossary(R.CEPTOAR, R.セプター, R.標的型攻撃, R.標的型メール) },
    { name: "a see-also target from a glossary file", text: glossary(R.APT, R.標的型メール), glossary: [fileEntry("標的型攻撃")] },
    { name: "a glossary file may define a headword of the document again", text: glossary(R.標的型攻撃), glossary: [fileEntry("標的型攻撃")] },
    { name: "「可能性」 outside a list of headwords", text: glossary(" 可用性 必要時に中断することなく、情報にアクセスできること。停止する可能性を低減する。", R.完全性, R.機密性) },
    {
      name: "a list item that differs from a headword in a digit is another thing (第３次, 第４次)",
      text: glossary(" 行動計画 第３次計画、第５次計画及び第４次計画の総称。", " 第３次計画 重要インフラの第３次行動計画。", " 第４次計画 重要インフラの第４次行動計画。"),
    },
    { name: "a glossary in no particular order is not reported", text: glossary(R.CEPTOAR, R.ASEAN, R.CC, R.APT, R.BCP, R.AIST, R.CCRA, R.APEC) },
    { name: "kanji headwords have no reading to order them by", text: glossary("あ アクセス制御 情報等へのアクセスを制限すること。", " 暗号モジュール試験及び認証制度 暗号モジュールを認証する制度。", "か 可用性 情報にアクセスできること。", " 完全性 情報が破壊されていないこと。") },
    { name: "CRLF line endings", text: glossary(...LATIN, R.可用性, R.完全性, R.機密性).replace(/\n/g, "\r\n") },
  ],
  invalid: [
    {
      name: "the seed's 「機密性、完全性、可能性」 where 可用性 is meant",
      text: glossary(R.可用性誤, R.完全性, R.機密性),
      errors: [{ messageId: "nearHeadword", at: "可能性", data: { word: "可能性", headword: "可用性" }, suggestions: [glossary(R.可用性, R.完全性, R.機密性)] }],
      output: null,
    },
    {
      name: "the same with the definition wrapped over lines and CRLF",
      text: glossary(" 可用性 情報にアクセスできること（Availability）。機密性、完全性、可", "", "能性は情報セキュリティの三大要素と呼ばれている。", R.完全性, R.機密性).replace(/\n/g, "\r\n"),
      errors: [{ messageId: "nearHeadword", at: "可\r\n\r\n能性" }],
    },
    {
      name: "a see-also target that is no headword",
      text: glossary(R.標的型メール),
      errors: [{ messageId: "missingSeeAlso", at: "標的型攻撃", data: { headword: "標的型メール", target: "標的型攻撃" } }],
    },
    {
      name: "a see-also target that is no headword, in a Markdown table",
      fileName: "plan.md",
      text: "# はじめに\n\n本書は年次計画である。\n\n## 用語解説\n\n| 用語 | 解説 |\n| --- | --- |\n| CSIRT | Computer Security Incident Response Teamの略。体制のこと。 |\n| 標的型メール | 標的型攻撃を参照。 |\n",
      errors: [{ messageId: "missingSeeAlso", at: "標的型攻撃" }],
    },
    {
      name: "a see-also target with a typo gets the headword as a suggestion",
      text: glossary(R.標的型攻撃, " 標的型メール 標的形攻撃を参照。"),
      errors: [{ messageId: "missingSeeAlso", at: "標的形攻撃", suggestions: [glossary(R.標的型攻撃, " 標的型メール 標的型攻撃を参照。")] }],
    },
    {
      name: "a headword defined twice",
      text: glossary(R.AIST, R.APT, " ＡＰＴ Advanced Persistent Threatの略。持続的な標的型攻撃。"),
      errors: [{ messageId: "duplicateHeadword", at: "ＡＰＴ", data: { headword: "ＡＰＴ" }, related: 1 }],
    },
    {
      name: "a Latin headword out of alphabetical order",
      text: glossary(R.AIST, R.APEC, R.APCERT, R.APT, R.ASEAN, R.BCP, R.CC, R.CCRA, R.CEPTOAR),
      errors: [{ messageId: "outOfOrder", at: "APCERT", data: { headword: "APCERT", where: "前", neighbour: "APEC" }, related: 1 }],
    },
    {
      name: "a kana headword out of あいうえお order",
      text: glossary(R.クラウドサービス, R.コンティンジェンシープラン, R.サイバーインテリジェンス, R.サプライチェーン, R.リスクマネジメント, R.リテラシー, " リアリティ 現実性のこと。", R.リバースエンジニアリング),
      errors: [{ messageId: "outOfOrder", at: "リアリティ", data: { where: "前", neighbour: "リスクマネジメント" } }],
    },
    {
      name: "a headword under the wrong index letter",
      text: glossary(R.AIST, R.APCERT, " NISC National center of Incident readiness and Strategy for Cybersecurityの略。", R.APEC, R.APT, R.ASEAN, R.BCP),
      errors: [{ messageId: "wrongIndexGroup", at: "NISC", data: { headword: "NISC", index: "A", initial: "N" } }],
    },
    {
      name: "an index letter out of order",
      text: glossary(R.AIST, R.APCERT, R.CC, R.CCRA, R.BCP, " BCPX Business Continuity Plan Xの略。事業継続計画。", "D DII Defense Information Infrastructureの略。防衛省の基盤的共通通信ネットワーク。", "E EDSA Embedded Device Security Assuranceの略。制御機器の認証制度。", "F FIRST Forum of Incident Response and Security Teamsの略。国際協議会。"),
      errors: [{ messageId: "indexOutOfOrder", at: "BCP", data: { index: "B", where: "前", neighbour: "C" }, related: 1 }],
    },
  ],
});

describe("glossary-integrity on the seed", () => {
  it("finds 「可能性」 for 可用性 in the three definitions that list the elements, and nothing else", () => {
    const text = seedText();
    const found = lintWithRule(glossaryIntegrity, { text }).map((m) => `${m.messageId} ${text.slice(m.range.start, m.range.end)} → ${m.suggestions?.map((s) => s.fix.text).join()}`);
    expect(found).toEqual(Array(3).fill("nearHeadword 可能性 → 可用性"));
  });
});

describe("glossary-integrity on garbled glossaries", () => {
  const piece = [
    "はじめに\n本文。\n", "参考 用語解説\n", ...Object.values(R).map((r) => r + "\n"), "A ", " ", "\n", "\r\n", "\n\n", "、", "。",
    "可能性", "機密性", "を参照", "「", "」", "（", "）", "𠮷", "ー", "・",
  ];
  it("never throws, and every range lies inside the text", () => {
    assertRuleRangesOnArbitraryText(glossaryIntegrity, piece, { maxPieces: 40 });
  });
});
