import type { GlossaryEntry } from "@planlint/core";
import { describe, expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { lintWithRule, runRuleTests, assertRuleRangesOnArbitraryText } from "../../test/rule-tester.js";
import { noUndefinedAcronym } from "./no-undefined-acronym.js";

// Real glossary rows of the seed (参考 用語解説), in its PDF layout.
const G = {
  CSIRT: " CSIRT Computer Security Incident Response Teamの略（シーサート）。企業や行政機関等において、情報システム等にセキュリティ上の問題が発生していないか監視する体制のこと。",
  NISC: " NISC National center of Incident readiness and Strategy for Cybersecurityの略。内閣官房内閣サイバーセキュリティセンター。",
  APT: " APT Asia-Pacific Telecommunityの略。アジア・太平洋電気通信共同体。",
  G7: " G7/G8 Group of Seven（主要７か国首脳会議）、Group of Eight（主要８か国首脳会議）の略。",
  ICT: " ICT Information and Communications Technologyの略。情報通信技術のこと。",
  ISAC: " ISAC Information Sharing and Analysis Centerの略。サイバーセキュリティに関する情報を収集し、分析する組織。",
  ISO: " ISO International Organization for Standardizationの略。国際標準化機構。",
  ITUT: " ITU-T International Telecommunication Union Telecommunication Standardization Sectorの略。国際電気通信連合の電気通信標準化部門。",
  IoT: " IoT Internet of Thingsの略。あらゆるモノがインターネットを通じて繋がることによって実現する新たなサービス。",
  SECCON: " SECCON CTF2017 SECurity CONtest Capture The Flagの略。情報セキュリティをテーマとした競技会。",
  標的型攻撃: " 標的型攻撃 特定の組織や情報を狙って、機密情報などを窃取しようとする攻撃。標的型攻撃の一種として持続的に攻撃を行うAPT（Advanced Persistent Threat）攻撃がある。",
  事業継続計画: " 事業継続計画 BCPを参照。",
  BCP: " BCP Business Continuity Planの略。緊急事態においても重要な業務が中断しないよう、事業の継続に主眼を置いた計画。",
};

/** A body (はじめに + its lines) and, when entries are given, the glossary after it. */
function plan(body: string | string[], ...entries: string[]): string {
  const lines = ["はじめに", ...(Array.isArray(body) ? body : [body])];
  if (entries.length) lines.push("", "参考 用語解説", ...entries);
  return lines.join("\n") + "\n";
}

/** An entry from a glossary file (planlint.config `glossary`). */
function fileEntry(headword: string, expansion?: string): GlossaryEntry {
  return {
    headword,
    ...(expansion ? { expansion } : {}),
    definition: expansion ? `${expansion}の略。` : "（定義）",
    seeAlso: [],
    range: { start: 0, end: 1 },
    headwordRange: { start: 0, end: 1 },
    source: { kind: "file", file: "glossary.yaml", line: 1, column: 1 },
  };
}

const EDSA = "(イ)経済産業省において、IoTシステムの構成要素であるM2M機器等の制御システム向けのセキュリティに係る認証制度であるEDSA認証（2014年４月開始）について、普及・啓発を行う。";
const M2M = fileEntry("M2M", "Machine-to-Machine");
const IoT = fileEntry("IoT", "Internet of Things");

runRuleTests(noUndefinedAcronym, {
  valid: [
    {
      name: "acronyms of the glossary, and the glossary's entries all used",
      text: plan("(シ)経済産業省において、CSIRTの構築を支援し、NISCと連携する。", G.CSIRT, G.NISC),
    },
    { name: "G7 is listed by the entry 「G7/G8」", text: plan("G7伊勢志摩サイバーグループを含め、G7各国との政策協調を強化する。", G.G7) },
    { name: "略称（正式名称）: 「内閣府SIP（戦略的イノベーション創造プログラム）」", text: plan("(エ)内閣府SIP（戦略的イノベーション創造プログラム）を中心に、研究開発を推進する。") },
    { name: "正式名称（略称）: 「戦略的イノベーション創造プログラム（SIP）」, then used alone", text: plan("戦略的イノベーション創造プログラム（SIP）の枠組みにより、研究開発を行う。SIPの成果を普及する。") },
    { name: "（略称：正式名称）: CYDER", text: plan("実践的サイバー防御演習（CYDER：Cyber Defense Exercise with Recurrence）の実施。CYDERを拡充する。") },
    { name: "an English name before the acronym", text: plan("Cyber Defense Exercise with Recurrence（CYDER）を実施する。") },
    { name: "a Japanese name with a short tail: 「理化学研究所革新知能統合研究センター（AIPセンター）」", text: plan("(ウ)文部科学省において、理化学研究所革新知能統合研究センター（AIPセンター）を通じ、研究開発を行う。") },
    { name: "a name in capitals: 「演習（NATIONAL 318(CYBER) EKIDEN）」", text: plan("府省間の競技形式による演習（NATIONAL 318(CYBER) EKIDEN）を実施する。NATIONAL 318(CYBER) EKIDENを発展させる。") },
    { name: "mixed brackets: 「機能（LGWAN-SOC)」", text: plan("総合行政ネットワーク（LGWAN）に設けた監視を行う機能（LGWAN-SOC)などにより連携する。") },
    {
      name: "an acronym wrapped across lines with a blank line between (PDF): 「（J-⏎⏎CRAT）」",
      text: plan(["(キ)経済産業省において、IPAを通じ、「サイバーレスキュー隊（J-", "", "CRAT）」の活動を増強し、J-CRATの支援を行う。"]),
      glossary: [fileEntry("IPA", "Information-technology Promotion Agency")],
    },
    {
      name: "the same with CRLF line endings",
      text: plan(["(キ)経済産業省において、IPAを通じ、「サイバーレスキュー隊（J-", "", "CRAT）」の活動を増強し、J-CRATの支援を行う。"]).replace(/\n/g, "\r\n"),
      glossary: [fileEntry("IPA", "Information-technology Promotion Agency")],
    },
    {
      name: "a heading may name the acronym before the sentence that spells it out",
      text: "1. 経済社会の活力の向上\n1.1. 安全なM2Mシステムの創出\n(ア)総務省において、M2M（Machine to Machine）機器の認証制度を整備する。\n",
    },
    {
      name: "explained by a footnote: 「CPS※１」 and 「※１：Cyber Physical Systemの略」",
      text: "■安全なCPSの創出\nCPS※１推進コンソーシアムを通じ、CPSセキュリティガイドラインを普及【総務省及び経済産業省】\n\n※１：Cyber Physical Systemの略\n",
    },
    { name: "made of defined acronyms: 「ICT-ISAC」", text: plan("(サ)総務省において、「ICT-ISAC」を核とした情報共有を推進する。", G.ICT, G.ISAC) },
    {
      name: "numbered sub-bodies of a defined body: 「ISO/IEC JTC1/SC27、ITU-T SG17」",
      text: plan("情報セキュリティ分野の国際標準化活動であるISO/IEC JTC1/SC27、ITU-T SG17等が主催する国際会合等に参加する。"),
      glossary: [fileEntry("ISO", "International Organization for Standardization"), fileEntry("IEC", "International Electrotechnical Commission"), fileEntry("ITU-T")],
    },
    { name: "a token of a multi-word headword: 「SECCON CTF 2017」 for 「SECCON CTF2017」", text: plan("同協会で実施するコンテスト（「SECCON CTF 2017」）について支援する。", G.SECCON) },
    { name: "names and words that are not acronyms", text: plan("ランサムウェアWannaCryによる被害。「IoTセキュリティ対策の取組方針ver1.0」（Ver.1）を踏まえ、Wi-Fiの「e-ネットキャラバン」を実施する。"), glossary: [IoT] },
    { name: "URLs and mail addresses", text: plan("詳細はhttps://www.NISC.go.jp/ABC/を参照し、SOC@example.JPへ連絡する。") },
    { name: "units after a number and Roman numerals", text: plan("100 GBの記録媒体を第II期の計画で配布する。") },
    { name: "company names: 「KPMGコンサルティング株式会社」, 「株式会社NTTドコモ」", text: plan("KPMGコンサルティング株式会社及び株式会社NTTドコモから意見を聴取する。") },
    { name: "well-known acronyms (IT, EU, NPO)", text: plan("「世界最先端ＩＴ国家創造宣言」に基づき、日・EU間の協力及びNPOとの連携を進める。") },
    { name: "the option allow", text: plan(EDSA), options: { allow: ["EDSA"] }, glossary: [M2M, IoT] },
    { name: "full-width letters: 「ＮＩＳＣ」", text: plan("ＮＩＳＣにおいて、ＣＳＩＲＴの構築を支援する。", G.NISC, G.CSIRT) },
    { name: "the glossary expands an acronym the same way, in other case, width and spacing", text: plan("CSIRT（computer security incident response team）を構築する。", G.CSIRT) },
    { name: "a standard number in parentheses is no expansion: 「CC（ISO/IEC 15408）」", text: plan("CC（ISO/IEC 15408）に基づく評価及びISO/IEC 15408（CC）の認証を行う。"), glossary: [fileEntry("CC", "Common Criteria"), fileEntry("ISO/IEC")] },
    { name: "a redirect entry is used when its target is (事業継続計画 → BCP)", text: plan("事業継続計画の策定を支援する。", G.BCP, G.事業継続計画) },
    { name: "glossary file entries are never reported unused", text: plan("本文。"), glossary: [fileEntry("NSIC"), IoT] },
    // Everyday acronyms and the definition forms of real documents (the PPC's 基本方針, the Digital Agency's guidebooks).
    { name: "everyday acronyms need no definition: SNS, API, ISO, PDF, CSV, QR, OECD", text: plan("クラウドサービスやＳＮＳサービス等の外部委託先に個人データを提供する。API利用規約を定め、ISO規格に基づくPDF及びCSV形式のデータをQRコードで案内する。OECDの指針とSDGsを踏まえ、IoT機器とDXを進める。") },
    { name: "everyday acronyms are off with wellKnown: false, but allow still applies", text: plan("ＳＮＳサービス等の外部委託先に個人データを提供する。"), options: { wellKnown: false, allow: ["ＳＮＳ"] } },
    { name: "（以下「ACR」という。）, full-width: 「内閣サイバーセキュリティセンター（以下「ＮＩＳＣ」という。）」", text: plan("内閣サイバーセキュリティセンター（以下「ＮＩＳＣ」という。）等と連携・協力する。ＮＩＳＣ等の関係省庁と連携する。") },
    { name: "（以下「ACR」という。）, wrapped by the PDF inside the name", text: plan(["政府情報システムのためのセキュリティ評価制度（以下「ＩＳＭ", "", "ＡＰ」という。）等を通じ、安全性を確保する。ＩＳＭＡＰを活用する。"]) },
    { name: "（以下、「ACR」という。） and 以下「ACR」と称する", text: plan("個人情報保護委員会（以下、「PPC」という。）は、地方公共団体情報システム機構（以下「J-LIS」と称する。）と連携する。PPC及びJ-LISが協力する。") },
    { name: "（通称ACR）: 「共通語彙基盤（通称IMI）」, then a later pun 「意味（IMI）」", text: plan("データモデルを中心とする共通語彙基盤（通称IMI）プロジェクトへと取り組みを拡大した。「意味（IMI）」と掛けたプロジェクト名にしています。") },
    { name: "（略称：ACR） after the English name", text: plan("個人情報保護委員会（英語名：Personal Information Protection Commission、略称：PPC）が監督する。PPCの指針。") },
    { name: "（English name：ACR）", text: plan("個人情報保護委員会（Personal Information Protection Commission：PPC）が監督する。PPCの指針。") },
    { name: "（English name、ACR）, half-width brackets", text: plan("個人情報保護委員会(Personal Information Protection Commission、PPC)が監督する。PPCの指針。") },
    { name: "document and standard ids, formulas, scenarios and generations stay whole and are not acronyms", text: plan("デジタル社会推進実践ガイドブック DS-410 及び DS-465-1 を参照。CO2排出量はRCP8.5シナリオで推計し、5G基盤とIMI2の語彙を用いる。Ｈ２６年度に開始した。") },
    {
      name: "a keyword list names terms: the first sentence after it spells them out (data management guidebook)",
      fileName: "guide.md",
      text: "#データマネジメント実践ガイドブック （導入編）\n\n-----\n**〔キーワード〕**\n\nデータマネジメント、データ利活用、ＥＢＰＭ、オープンデータ、データ品質\n\n**〔概要〕**\n\nデータマネジメントが必要とされています。\n\n# 1. はじめに\n\nエビデンスに基づく政策立案（ＥＢＰＭ）を推進していくことも行政の課題です。\n",
    },
    { name: "an ambiguous later 「ACR（日本語…）」 is a remark as much as a definition: not reported as used too early", text: plan(["JPKIが整備、運用されている。", "JPKI（詳細は後述）を活用する。"]) },
    { name: "letter labels are not acronyms: 「Ａ．」「ａ．」「(a)」", text: plan(["Ａ．基本的な考え方", "ａ．対象", "(a) 範囲", "（ｂ）期間", "本文。"]) },
    { name: "glossary entries used only in the overview count", text: "■国際社会の平和・安定\nASEAN等における能力構築を政府一体的に支援【内閣官房、外務省、関係各省】\nはじめに\n本文。\n\n参考 用語解説\n ASEAN Association of South East Asian Nationsの略。東南アジア諸国連合。\n" },
  ],
  invalid: [
    {
      name: "a remark after a colon is no definition: 「（担当：NISC）」",
      text: plan("サイバー攻撃への対処体制を強化する（担当：NISC）。"),
      errors: [{ messageId: "undefinedAcronym", at: "NISC" }],
    },
    {
      name: "used before an unambiguous definition (以下「ACR」という) later in the text",
      text: plan(["ＮＩＳＣ等と連携・協力する。", "内閣サイバーセキュリティセンター（以下「ＮＩＳＣ」という。）を中心に対処する。"]),
      errors: [{ messageId: "usedBeforeDefinition", at: "ＮＩＳＣ", related: 1 }],
    },
    {
      name: "a designation with a digit standing for a word is still an acronym: M2M, W3C",
      text: plan("国際標準化団体のW3Cが制定した規格に基づき、M2M機器を接続する。"),
      errors: [
        { messageId: "undefinedAcronym", at: "W3C" },
        { messageId: "undefinedAcronym", at: "M2M" },
      ],
    },
    {
      name: "the seed's 「EDSA認証」: neither in the glossary nor spelled out",
      text: plan(EDSA),
      glossary: [M2M, IoT],
      errors: [{ messageId: "undefinedAcronym", at: "EDSA", data: { acronym: "EDSA" } }],
      output: null,
    },
    {
      name: "only the first use is reported",
      text: plan(["(ア)防衛省において、NATO主催の演習への参加等を通じ、協力を推進する。", "(イ)防衛省において、日NATOサイバー防衛スタッフトークスを開催する。"]),
      errors: [{ messageId: "undefinedAcronym", at: "NATO", data: { acronym: "NATO" } }],
    },
    {
      name: "spelled out at a later use only",
      text: plan(["EDSA認証について、普及・啓発を行う。", "組込み機器セキュリティ保証（EDSA）の認証を受けた製品を調達する。"]),
      errors: [{ messageId: "usedBeforeDefinition", at: "EDSA", data: { acronym: "EDSA" }, related: 1 }],
    },
    {
      name: "a remark in parentheses is no definition: 「もっと（DCS以外の）」, 「関係機関（DCS等）」",
      text: plan(["EDSA認証の範囲は、もっと（DCS以外の）フィールド機器にも活用されるべきである。", "関係機関（DCS等）と連携する。"]),
      errors: [
        { messageId: "undefinedAcronym", at: "EDSA" },
        { messageId: "undefinedAcronym", at: "DCS" },
      ],
    },
    {
      name: "one side of a slash: 「ISO/IEC」 with ISO in the glossary",
      text: plan("情報セキュリティ分野の国際標準化活動であるISO/IEC JTC1/SC27、ITU-T SG17等が主催する国際会合等に参加する。", G.ISO, G.ITUT),
      errors: [{ messageId: "undefinedAcronym", at: "IEC", data: { acronym: "IEC" } }],
    },
    {
      name: "a typo of a headword gets the headword as a suggestion: 「NSIC」 → NISC",
      text: plan("NSICにおいて、CSIRTの構築を支援し、NISCと連携する。", G.NISC, G.CSIRT),
      errors: [{ messageId: "undefinedAcronym", at: "NSIC", suggestions: [plan("NISCにおいて、CSIRTの構築を支援し、NISCと連携する。", G.NISC, G.CSIRT)] }],
      output: null,
    },
    {
      name: "an inline expansion that contradicts the glossary: 略称（正式名称）",
      text: plan("CSIRT（Computer Security Incident Reporting Team）を構築する。", G.CSIRT),
      errors: [
        {
          messageId: "contradictsGlossary",
          at: "Computer Security Incident Reporting Team",
          data: { acronym: "CSIRT", expansion: "Computer Security Incident Reporting Team", glossaryExpansion: "Computer Security Incident Response Team" },
          related: 1,
        },
      ],
    },
    {
      name: "an inline expansion that contradicts the glossary: 正式名称（略称）, wrapped",
      text: plan(["各組織にComputer Security Incident ", "", "Reporting Team（CSIRT）を構築する。"], G.CSIRT),
      errors: [{ messageId: "contradictsGlossary", at: "Computer Security Incident \n\nReporting Team", data: { expansion: "Computer Security Incident Reporting Team" } }],
    },
    {
      name: "the seed's 「APT（Advanced Persistent Threat）」 in a definition, while the glossary's APT is Asia-Pacific Telecommunity",
      text: plan("APTの会合に参加し、標的型攻撃への対処を支援する。", G.APT, G.標的型攻撃),
      errors: [{ messageId: "contradictsGlossary", at: "Advanced Persistent Threat", data: { acronym: "APT", glossaryExpansion: "Asia-Pacific Telecommunity" } }],
    },
    {
      name: "a footnote that contradicts the glossary",
      text: "■安全なIoTシステムの創出\nIoT※１推進コンソーシアムを通じ、IoTセキュリティガイドラインを普及【総務省及び経済産業省】\n\n※１：Internet of Toolsの略\n",
      glossary: [IoT],
      errors: [{ messageId: "contradictsGlossary", at: "Internet of Tools" }],
    },
    {
      name: "a glossary entry never used in the body",
      text: plan("NISCと連携する。", G.NISC, G.CSIRT),
      errors: [{ messageId: "unusedEntry", at: "CSIRT", data: { headword: "CSIRT" }, severity: "info" }],
    },
    {
      name: "full-width letters: 「ＥＤＳＡ認証」",
      text: plan("ＥＤＳＡ認証について、普及・啓発を行う。"),
      errors: [{ messageId: "undefinedAcronym", at: "ＥＤＳＡ", data: { acronym: "EDSA" } }],
    },
    {
      name: "an acronym wrapped across CRLF lines, not spelled out",
      text: plan(["(キ)経済産業省において、被害組織を支援するJ-", "", "CRATの活動を増強する。"]).replace(/\n/g, "\r\n"),
      errors: [{ messageId: "undefinedAcronym", at: "J-\r\n\r\nCRAT", data: { acronym: "J-CRAT" } }],
    },
    {
      name: "offsets after a surrogate pair",
      text: plan("𠮷野家においてJEDSと定期的に協議を行う。"),
      errors: [{ messageId: "undefinedAcronym", at: "JEDS" }],
    },
    {
      name: "well-known acronyms when the option wellKnown is false",
      text: plan("日・EU間の協力を進める。"),
      options: { wellKnown: false },
      errors: [{ messageId: "undefinedAcronym", at: "EU" }],
    },
    {
      name: "a heading names the acronym first; the expansion belongs to the first sentence that uses it",
      text: "1. 経済社会の活力の向上\n1.1. 安全なM2Mシステムの創出\n(ア)総務省において、M2Mセキュリティガイドラインを普及する。\n(イ)経済産業省において、M2M（Machine to Machine）機器の認証制度を整備する。\n",
      errors: [{ messageId: "usedBeforeDefinition", at: "M2M", occurrence: 2, related: 1 }],
    },
    {
      name: "an acronym in a heading only, never spelled out",
      text: "1. 経済社会の活力の向上\n1.1. 安全なM2Mシステムの創出\n(ア)総務省において、ガイドラインを普及する。\n",
      errors: [{ messageId: "undefinedAcronym", at: "M2M" }],
    },
    {
      name: "in Markdown",
      fileName: "plan.md",
      text: "# はじめに\n\n本文でARFを中心とした地域の枠組みによる信頼醸成を進める。\n",
      errors: [{ messageId: "undefinedAcronym", at: "ARF" }],
    },
  ],
});

describe("no-undefined-acronym on the seed", () => {
  const text = seedText();
  const found = lintWithRule(noUndefinedAcronym, { text }).map((m) => `${m.messageId} ${text.slice(m.range.start, m.range.end).replace(/\s+/g, "")}`);

  it("reports the acronyms no glossary or first use defines, each once", () => {
    expect(found.filter((f) => f.startsWith("undefinedAcronym"))).toEqual(
      ["EDSA", "IEC", "HP", "IP", "JICA", "ARF", "NATO", "JEDS"].map((a) => `undefinedAcronym ${a}`),
    );
  });

  it("finds the glossary's second meaning of APT", () => {
    expect(found.filter((f) => f.startsWith("contradicts"))).toEqual(["contradictsGlossary AdvancedPersistentThreat"]);
  });

  it("reports the glossary entries the plan never uses", () => {
    expect(found.filter((f) => f.startsWith("unusedEntry"))).toEqual(
      [
        "機密性",
        "クラウドサービス提供における情報セキュリティ対策ガイドライン",
        "クラウドサービス利用のための情報セキュリティマネジメントガイドライン",
        "クラウドセキュリティガイドライン活用ガイドブック",
        "重要インフラの情報セキュリティ対策に係る第３次行動計画",
        "情報セキュリティ事象",
      ].map((h) => `unusedEntry ${h}`),
    );
  });
});

describe("no-undefined-acronym on garbled text", () => {
  // Pieces that exercise every branch: brackets of both widths left open, footnote
  // marks, slashes, wraps, CRLF, surrogate pairs and glossary rows.
  const piece = [
    "はじめに\n", "参考 用語解説\n", " CSIRT Computer Security Incident Response Teamの略。体制。\n", "■安全なIoTシステムの創出\n",
    "EDSA", "J-", "CRAT", "（", "）", "(", ")", "：", "※１", "※１：Internet of Thingsの略\n", "ISO/IEC", " ", "\n", "\r\n", "\n\n",
    "Computer Security ", "「", "」", "ＮＩＳＣ", "𠮷", "https://", "@", ".", "、", "。", "を参照", "1.", "(ア)", "Ｇ７", "IoT",
  ];
  it("never throws, and every range lies inside the text", () => {
    assertRuleRangesOnArbitraryText(noUndefinedAcronym, piece, { maxPieces: 60 });
  });
});
