import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertFixesStayInsideFindings, lintWithRule, runRuleTests, WIDTH_AND_SPELLING_FRAGMENTS } from "../../test/rule-tester.js";
import { consistentWidth } from "./consistent-width.js";

// Sentences of the seed (cybersecurity-2017-draft.txt) and near variants of them.
const STRATEGY = "「サイバーセキュリティ戦略」（2015年９月４日閣議決定）に基づく３期目の年次計画である。";
const DATA_PLAN = "「世界最先端ＩＴ国家創造宣言・官民データ活用推進基本計画」（平成29年5月30日閣議決定）を踏まえ、";
/** Nine one-digit numbers written full-width (the seed writes them so 87 times): enough for a convention. */
const STRATEGIES = STRATEGY.repeat(3);
/** The seed's 14 重要インフラ分野: twelve 、. */
const SECTORS = "情報通信、金融、航空、空港、鉄道、電力、ガス、政府・行政サービス、医療、水道、物流、化学、クレジット及び石油の14分野を重要インフラとする。";
/** Nine pairs of full-width brackets around Japanese text. */
const BRACKETED =
  "内閣サイバーセキュリティセンター（以下「NISC」という。）、情報処理推進機構（以下「IPA」という。）、情報通信研究機構（以下「NICT」という。）、サイバーセキュリティ戦略本部（以下「本部」という。）及び重要インフラ所管省庁（金融庁、総務省、厚生労働省、経済産業省及び国土交通省）は、協議会（仮称）の設置（案）を検討する（再掲）。詳細は別紙（参考）による。\n";
/** Eleven Latin words written half-width. */
const LATIN_WORDS = "NISC、IPA、NICT、JPCERT/CC、JC3、IoT、CSIRT、SOC、AIST及びNIIを通じ、";
const CYDER = "実践的サイバー防御演習（CYDER）を実施する。サイバー攻撃を受けた企業等の被害拡大防止のため、J-CSIP（サイバー情報共有イニシアティブ）を運用する。IPAを通じ（SIP）の成果を活用する。";

runRuleTests(consistentWidth, {
  valid: [
    {
      name: "Markdown: brackets around a bare URL hold no prose (出典 lines), so they are no bracket of the text",
      fileName: "guide.md",
      text: "出典：PLATEAU Use Case\n(https://www.mlit.go.jp/plateau/)\n\n注記）PLATEAU（国土交通省）(https://www.mlit.go.jp/plateau/)\n\n本文（概要）と（参考）と（注）を示す。（例）と（案）も示す。\n",
    },
    { name: "seed: one-digit numbers full-width, longer ones half-width", text: STRATEGY },
    {
      name: "numbering labels, cross-references and footnote marks keep their own convention",
      text: `1.1. 安全なIoTシステムの創出\n(1) 安全なIoTシステムの創出\n(ア)内閣官房において、2.2(2)(ア)に記載のとおり実施する。IoT※1推進コンソーシアム。${STRATEGY}`,
    },
    { name: "numbers in Latin names and codes", text: `ISO/IEC 27001、ITU-T SG17、JTC1/SC27、G7各国、JC3、Ver.1。${STRATEGY}` },
    { name: "brackets inside a Latin name follow the name", text: `NATIONAL 318(CYBER) EKIDENを実施する。${CYDER}` },
    { name: "Latin contents consistently in half-width brackets are their own convention", text: "演習(CYDER)を実施する。(J-CSIP)を運用する。（仮称）を設置する。（以下「本計画」という。）" },
    {
      name: "a quoted title keeps the other document's widths",
      text: `${DATA_PLAN.replace("5月", "５月")}IoT、NICT、IPA及びNISCが連携する。`,
    },
    { name: "undecidable: one each", text: "2017年５月に策定し、2018年6月まで実施する。" },
    { name: "a number wrapped by the PDF is one number", text: `${STRATEGY}2\n\n017年度に実施する。` },
    { name: "material labels (資料1-1) are labels", text: `資料1-1 概要。${STRATEGY}` },
    {
      name: "four to one is not a convention (GIF guidebook: one-digit numbers 35 half, 5 full)",
      text: "GIFの推進は、以下の５原則で進めます。デジタル手続法の3原則の1つであるワンスオンリー。現在、以下の2つがあります。令和3年改正。第4版。",
    },
    {
      name: "GIF guidebook: half-width brackets around Japanese are never proposed, however many",
      fileName: "gif.md",
      text: `${"デジタル社会推進実践ガイドブック(導入編)を参照。".repeat(10)}2022年（令和4年）5月9日\n`,
    },
    {
      name: "Markdown: brackets around Latin text are written either way",
      fileName: "guide.md",
      text: `${"府省庁内関係者(PMO)に共有する。".repeat(9)}府省庁内関係者（PJMO）に意見照会を行う。\n`,
    },
    {
      name: "a word written in both widths decides its brackets (no-orthographic-variants reports the word)",
      text: `${"府省庁内関係者(PMO)に共有する。".repeat(9)}府省庁内関係者（PJMO）に意見照会を行う。ＰＪＭＯは実行計画を策定する。`,
    },
    {
      name: "a letter label Ａ． is a label, not a Latin word",
      text: `Ａ．基本的な考え方\n${LATIN_WORDS}事例を共有する。`,
    },
    {
      name: "a letter label Ａ． is not a full stop either (公用文 numbering in a plan that ends sentences with 。)",
      text: "Ａ．基本的な考え方\nＢ．推進体制\nａ．対象\n対策を推進する。国際連携を図る。人材を育成する。体制を強化する。演習を実施する。情報を共有する。研究開発を推進する。普及啓発を図る。基準を改定する。監査を実施する。",
    },
    { name: "a letter label （ａ） is a label, not a Latin word", text: `（ａ）対象の範囲\n${LATIN_WORDS}事例を共有する。` },
    { name: "a half-width comma in an English name is English punctuation", text: "Critical Infrastructure Protection, Technical Operation, Analysis and Evaluationの略。分析、評価、検討を行う。" },
  ],
  invalid: [
    {
      name: "seed: 「平成29年5月30日」 in a plan that writes one digit full-width",
      text: `${STRATEGIES}${DATA_PLAN}`,
      errors: [{ messageId: "digits", at: "5", occurrence: 4, data: { found: "5", expected: "５", digits: "1桁", majorityCount: 9, minorityCount: 1 } }],
      output: `${STRATEGIES}${DATA_PLAN.replace("5月", "５月")}`,
    },
    {
      name: "CRLF",
      text: `${STRATEGIES}\r\n${DATA_PLAN}\r\n`,
      errors: [{ messageId: "digits", at: "5", occurrence: 4 }],
      output: `${STRATEGIES}\r\n${DATA_PLAN.replace("5月", "５月")}\r\n`,
    },
    {
      name: "a surrogate pair before the finding keeps offsets right",
      text: `𠮷野家。${STRATEGIES}2017年7月に試行運用を開始する。`,
      errors: [{ messageId: "digits", at: "7", occurrence: 2 }],
      output: `𠮷野家。${STRATEGIES}2017年７月に試行運用を開始する。`,
    },
    {
      name: "longer numbers are half-width",
      text: `${STRATEGY}２０１７年度に実施する。${"2020年東京大会に向けて。".repeat(4)}2015年から2016年まで、2018年及び2019年に実施する。`,
      errors: [{ messageId: "digits", at: "２０１７", data: { digits: "2桁以上", expected: "2017" } }],
      output: `${STRATEGY}2017年度に実施する。${"2020年東京大会に向けて。".repeat(4)}2015年から2016年まで、2018年及び2019年に実施する。`,
    },
    {
      name: "a number mixing widths",
      text: `${STRATEGY}2０17年度に実施する。2020年東京大会に向けて。`,
      errors: [{ messageId: "digits", at: "2０17" }],
      output: `${STRATEGY}2017年度に実施する。2020年東京大会に向けて。`,
    },
    {
      name: "seed: a full-width comma in a plan that writes 、",
      text: `検察当局及び都道府県警察において、サイバー犯罪に適切に対処するとともに，サイバー犯罪に関する条約の締約国との連携を図る。${SECTORS}`,
      errors: [{ messageId: "comma", at: "，", data: { expected: "、", majorityCount: 13, minorityCount: 1 } }],
      output: `検察当局及び都道府県警察において、サイバー犯罪に適切に対処するとともに、サイバー犯罪に関する条約の締約国との連携を図る。${SECTORS}`,
    },
    {
      name: "a half-width comma between Japanese words",
      text: `検察当局及び都道府県警察において、サイバー犯罪に対処するとともに,連携を図る。${SECTORS}`,
      errors: [{ messageId: "comma", at: "," }],
      output: `検察当局及び都道府県警察において、サイバー犯罪に対処するとともに、連携を図る。${SECTORS}`,
    },
    {
      name: "a full-width full stop in a plan that writes 。",
      text: "対策を推進する．国際連携を図る。人材を育成する。体制を強化する。演習を実施する。情報を共有する。研究開発を推進する。普及啓発を図る。基準を改定する。監査を実施する。",
      errors: [{ messageId: "period", at: "．" }],
      output: "対策を推進する。国際連携を図る。人材を育成する。体制を強化する。演習を実施する。情報を共有する。研究開発を推進する。普及啓発を図る。基準を改定する。監査を実施する。",
    },
    {
      name: "seed: 「(案)」 where Japanese is bracketed full-width",
      text: `サイバーセキュリティ2017(案)の概要について\n${BRACKETED}`,
      errors: [{ messageId: "bracket", at: "(案)", data: { expected: "（案）", content: "日本語", majorityCount: 9, minorityCount: 1 } }],
      output: `サイバーセキュリティ2017（案）の概要について\n${BRACKETED}`,
    },
    {
      name: "seed: a pair that mixes widths 「（LGWAN-SOC)」",
      text: `集中的にセキュリティ監視を行う機能（LGWAN-SOC)などにより、連携する。${CYDER}`,
      errors: [{ messageId: "bracket", at: ")", data: { content: "英数字", expected: "）" } }],
      output: `集中的にセキュリティ監視を行う機能（LGWAN-SOC）などにより、連携する。${CYDER}`,
    },
    {
      name: "a long bracketed passage gets a finding at each bracket",
      text: `${BRACKETED}重要インフラ(情報通信、金融、航空、鉄道、電力、ガス、政府・行政サービス)を守る。`,
      errors: [
        { messageId: "bracket", at: "(" },
        { messageId: "bracket", at: ")" },
      ],
      output: `${BRACKETED}重要インフラ（情報通信、金融、航空、鉄道、電力、ガス、政府・行政サービス）を守る。`,
    },
    {
      name: "a full-width letter where the plan writes Latin half-width",
      text: `${LATIN_WORDS}Ａ社の事例を共有する。`,
      errors: [{ messageId: "letters", at: "Ａ", data: { expected: "A", width: "半角", majorityCount: 11, minorityCount: 1 } }],
      output: `${LATIN_WORDS}A社の事例を共有する。`,
    },
    {
      name: "full-width brackets are proposed around Japanese in Markdown too",
      fileName: "guide.md",
      text: `# 概要\n\n${BRACKETED}詳細は別紙(参考資料)を参照してください。\n`,
      errors: [{ messageId: "bracket", at: "(参考資料)" }],
      output: `# 概要\n\n${BRACKETED}詳細は別紙（参考資料）を参照してください。\n`,
    },
  ],
});

describe("consistent-width on the seed", () => {
  const seed = readFileSync(new URL("../../../../seeds/cybersecurity-2017-draft.txt", import.meta.url), "utf8");
  it("reports exactly the reviewed findings", () => {
    const found = lintWithRule(consistentWidth, { text: seed }).map((m) => `${m.messageId} ${seed.slice(m.range.start, m.range.end)} → ${m.fix?.text}`);
    expect(found).toEqual([
      "bracket (案) → （案）",
      "digits 5 → ５",
      "digits 5 → ５",
      "comma ， → 、",
      "digits 6 → ６",
      "digits 3 → ３",
      "bracket ) → ）",
      "digits 7 → ７",
      // In the government's answers to public comments (資料１－４): 「平成29年4月」「平成28年3月31日」.
      "digits 4 → ４",
      "digits 4 → ４",
      "digits 3 → ３",
      "digits 4 → ４",
    ]);
  });
});

describe("consistent-width never throws and keeps its ranges inside the text", () => {
  it("on random and plan-like text", () => {
    assertFixesStayInsideFindings(consistentWidth, WIDTH_AND_SPELLING_FRAGMENTS);
  });
});
