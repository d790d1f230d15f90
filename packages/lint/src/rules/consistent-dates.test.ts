import { describe, expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { lintWithRule, runRuleTests, assertRuleRangesOnArbitraryText } from "../../test/rule-tester.js";
import { consistentDates } from "./consistent-dates.js";

// The seed's preface and first measure: western dates, one-digit numbers full-width.
const PREFACE = [
  "はじめに",
  "こうした状況を背景に、サイバーセキュリティ基本法が2014年11月に成立した。政府は同法の規定に基づき、新たな国家戦略「サイバーセキュリティ戦略」を2015年９月４日に閣議決定した。",
  "本書は同戦略に基づく３期目の年次計画であり、政府が2017年度に実施する具体的な取組を示したものである。",
];
const BODY = ["1. 経済社会の活力の向上及び持続的発展", "1.1. 安全なIoTシステムの創出", "(ア)経済産業省において、EDSA認証（2014年４月開始）について、普及・啓発を行う。"];
const ERA_SENTENCE = "多様な主体とも連携しつつ、「世界最先端ＩＴ国家創造宣言・官民データ活用推進基本計画」（平成29年5月30日閣議決定）を踏まえ、取組を推進していく。";
const plan = (...extra: string[]): string => [...PREFACE, ...extra, ...BODY].join("\n") + "\n";
const withMeasure = (measure: string): string => [...PREFACE, ...BODY, measure].join("\n") + "\n";

// A plan written in 和暦.
const ERA_PREFACE = [
  "はじめに",
  "本書は平成29年度の年次計画であり、平成27年９月４日に閣議決定された戦略に基づき、平成26年11月に成立した法の下で取組を示す。",
];
const eraPlan = (...extra: string[]): string => [...ERA_PREFACE, ...extra, ...BODY.slice(0, 2), "(ア)経済産業省において、普及・啓発を行う。"].join("\n") + "\n";

const GLOSSARY = (definition: string): string[] => [" 参考 用語解説 ", "", ` サイバーセキュリティ戦略 ${definition}`, " 重要インフラ所管省庁 金融庁、総務省、厚生労働省、経済産業省及び国土交通省。"];

runRuleTests(consistentDates, {
  valid: [
    {
      name: "a document that writes its own date 「2023年（令和5年）」 keeps 西暦 for its own dates while citing decisions in 和暦",
      text: eraPlan("本ガイドブックは2023年（令和5年）2月28日に改訂した。初版は2022年3月31日に決定した。", "「包括的データ戦略」（令和３年６月１８日閣議決定）、「重点計画」（令和３年６月１８日閣議決定）を踏まえる。"),
    },
    { name: "the seed's preface and a measure, all in 西暦", text: plan() },
    { name: "a law's number stays 和暦 (平成28年法律第99号)", text: plan("割賦販売法の一部を改正する法律（平成28年法律第99号）の成立を受け、政省令等の整備を進める。") },
    { name: "a 和暦 inside a quoted title is the title's wording", text: plan("「平成29年度サイバーセキュリティ関係予算」を取りまとめる。") },
    { name: "a date given in both calendars", text: plan("本書は平成29年（2017年）の年次計画である。") },
    { name: "a weekday that matches its date", text: plan("会合を2017年７月13日（木）に開催する。") },
    { name: "a weekday written 木曜日", text: plan("会合を2017年７月13日（木曜日）に開催する。") },
    { name: "a leap day", text: plan("2016年２月29日に公表した。") },
    { name: "a month-day after 毎年 belongs to no year; a later one has no year to check against", text: plan("2009年より毎年２月に実施してきた月間を、２月１日から３月18日（土）までに拡大した。") },
    {
      name: "a decision date and a revision date of one document differ by nature",
      text: withMeasure("(イ)内閣官房において、「重要インフラの情報セキュリティ対策に係る第３次行動計画」（2014年５月10日情報セキュリティ政策会議決定、2015年５月25日サイバーセキュリティ戦略本部改訂）及び「重要インフラの情報セキュリティ対策に係る第３次行動計画」（2015年５月25日サイバーセキュリティ戦略本部改訂）に基づく。"),
    },
    { name: "a citation giving only the month agrees with the full date", text: withMeasure("(イ)内閣官房において、「サイバーセキュリティ戦略」（2015年９月閣議決定）に基づき、取組を推進する。") },
    { name: "the glossary states the same date", text: [...plan().trimEnd().split("\n"), ...GLOSSARY("2015年９月４日、閣議決定。我が国のサイバーセキュリティ政策に関する国家戦略。")].join("\n") + "\n" },
    { name: "a plan written in 和暦", text: eraPlan() },
    { name: "a year that is part of a name is not a date to convert", text: eraPlan("2020年東京オリンピック・パラリンピック競技大会に向けて取組を推進する。") },
    { name: "a notice's number stays 和暦 (平成22年内閣訓令第1号)", text: plan("「公用文における漢字使用等について」（平成22年内閣訓令第1号）に従う。公用文は平成22年内閣訓令第1号による。") },
    { name: "calendars mixed without one dominating are left alone", text: "はじめに\n本書は平成29年度の年次計画であり、2015年９月４日に閣議決定された戦略に基づく。\n" },
    { name: "a year run into a word, with no name written with 年 to compare", text: plan("2020東京オリンピック・パラリンピック競技大会に向けて取組を推進する。") },
    { name: "a count run into a word is not a year (4000件)", text: plan("2020年東京オリンピック・パラリンピック競技大会に向けて、2020件の演習を行う。") },
    { name: "another year run into the same words is not this name's", text: plan("2020年東京オリンピック・パラリンピック競技大会の後、2024東京大会も見据える。") },
    { name: "a fiscal year in a cited title's brackets is not its date", text: withMeasure("(イ)内閣官房において、「サイバーセキュリティ戦略」（2016年度改定予定）を踏まえ、取組を推進する。") },
    { name: "Markdown: dates in fenced code and HTML comments are not the plan's dates", text: "# 計画\n\n令和元年５月から運用を開始する。令和２年４月に改定する。\n\n```\n2019年５月1日 build\n```\n\n<!-- 2019年５月1日 更新 -->\n", fileName: "plan.md" },
  ],
  invalid: [
    {
      name: "和暦 in a 西暦 plan: converted, one-digit numbers full-width as the plan writes them (the seed's preface)",
      text: plan(ERA_SENTENCE),
      errors: [{ messageId: "useWestern", at: "平成29年5月30日", data: { date: "平成29年5月30日", converted: "2017年５月30日" } }],
      output: plan(ERA_SENTENCE.replace("平成29年5月30日", "2017年５月30日")),
    },
    {
      name: "the same with CRLF line endings",
      text: plan(ERA_SENTENCE).replace(/\n/g, "\r\n"),
      errors: [{ messageId: "useWestern", at: "平成29年5月30日" }],
      output: plan(ERA_SENTENCE.replace("平成29年5月30日", "2017年５月30日")).replace(/\n/g, "\r\n"),
    },
    {
      name: "a 和暦 date the PDF spaced out (「平成29 年 5月30日」) is still a date, and its fix drops the spaces",
      text: plan(ERA_SENTENCE.replace("平成29年5月30日", "平成29 年 5月30日")),
      errors: [{ messageId: "useWestern", at: "平成29 年 5月30日", data: { converted: "2017年５月30日" } }],
      output: plan(ERA_SENTENCE.replace("平成29年5月30日", "2017年５月30日")),
    },
    {
      name: "a plan writing one-digit numbers half-width gets them half-width",
      text: plan(ERA_SENTENCE).replace("９月４日", "9月4日").replace("４月開始", "4月開始"),
      errors: [{ messageId: "useWestern", data: { converted: "2017年5月30日" } }],
      output: plan(ERA_SENTENCE.replace("平成29年5月30日", "2017年5月30日")).replace("９月４日", "9月4日").replace("４月開始", "4月開始"),
    },
    {
      name: "a 和暦 date broken over a PDF line wrap is found, and not rewritten across the break",
      text: plan("多様な主体とも連携しつつ、「世界最先端ＩＴ国家創造宣言・官民データ活用推進基本計画」（平成29年5", "", "月30日閣議決定）を踏まえ、取組を推進していく。"),
      errors: [{ messageId: "useWestern", at: "平成29年5\n\n月30日", data: { converted: "2017年５月30日" } }],
      output: null,
    },
    {
      name: "西暦 in a 和暦 plan: converted to its era",
      text: eraPlan("2017年５月30日に閣議決定された計画を踏まえる。"),
      errors: [{ messageId: "useEra", at: "2017年５月30日", data: { converted: "平成29年５月30日", count: "3" } }],
      output: eraPlan("平成29年５月30日に閣議決定された計画を踏まえる。"),
    },
    {
      name: "2019年５月 is 令和元年５月",
      text: eraPlan("2019年５月から運用を開始する。"),
      errors: [{ messageId: "useEra", data: { converted: "令和元年５月" } }],
      output: eraPlan("令和元年５月から運用を開始する。"),
    },
    {
      // The footnote block at the page's end makes 「1」 a mark: the date is 2020年, never the year 12020.
      name: "a footnote mark stuck to a year (「では12020年」 = mark 1 + 2020年) in a PDF page",
      text: eraPlan("政府では12020年４月以降、地域の計画を段階的に進めてきたが、その成果は", "1 まち・ひと・しごと創生総合戦略をいう。", "- 3 -", "十分とはいえない。"),
      errors: [{ messageId: "useEra", at: "2020年４月", data: { converted: "令和２年４月" } }],
    },
    {
      name: "2019年 alone spans two eras: reported without a fix",
      text: eraPlan("2019年に運用を開始する。"),
      errors: [{ messageId: "mixedCalendar", at: "2019年", data: { calendar: "西暦", dominant: "和暦" } }],
      output: null,
    },
    {
      name: "dates that do not exist",
      text: plan("2017年２月30日、2017年13月、令和0年、平成31年５月１日及び2017年２月29日に実施した。また、２月30日にも実施する。"),
      errors: [
        { messageId: "invalidDate", at: "2017年２月30日", data: { reason: "2月は28日までです" } },
        { messageId: "invalidDate", at: "2017年13月", data: { reason: "月は1〜12です" } },
        { messageId: "invalidDate", at: "令和0年", data: { reason: "令和は元年（1年）から始まります" } },
        { messageId: "invalidDate", at: "平成31年５月１日", data: { reason: "平成は2019年4月30日までです" } },
        { messageId: "invalidDate", at: "2017年２月29日", data: { reason: "2017年は閏年ではありません" } },
        { messageId: "invalidDate", at: "２月30日", occurrence: 2, data: { reason: "2月は29日までです" } },
      ],
      output: null,
    },
    {
      // Code and comments are not prose: the date reader takes core's prose text as the other rules do.
      name: "Markdown: a date that does not exist is reported in prose, not in a fenced code block or an HTML comment",
      text: "# 計画\n\n```\n2017年２月30日 build\n```\n\n<!-- 2017年２月31日 更新 -->\n\n本計画は2017年２月29日に決定した。\n",
      fileName: "plan.md",
      errors: [{ messageId: "invalidDate", at: "2017年２月29日", data: { reason: "2017年は閏年ではありません" } }],
      output: null,
    },
    {
      name: "a weekday that does not match: the weekday or the day can be changed",
      text: plan("会合を2017年７月13日（金）に開催する。"),
      errors: [
        {
          messageId: "wrongWeekday",
          at: "2017年７月13日（金）",
          data: { actual: "木", written: "金" },
          suggestions: [plan("会合を2017年７月13日（木）に開催する。"), plan("会合を2017年７月14日（金）に開催する。")],
        },
      ],
      output: null,
    },
    {
      name: "a month-day takes its year from an earlier date in the same sentence",
      text: plan("会合を2017年７月13日（木）から７月15日（金）まで開催する。"),
      errors: [{ messageId: "wrongWeekday", at: "７月15日（金）", data: { actual: "土" }, suggestions: [plan("会合を2017年７月13日（木）から７月15日（土）まで開催する。"), plan("会合を2017年７月13日（木）から７月14日（金）まで開催する。")] }],
    },
    {
      name: "a date in both calendars that disagree",
      text: plan("本書は平成29年（2018年）の年次計画である。"),
      errors: [{ messageId: "mismatchedPair", at: "平成29年", data: { date: "平成29年", other: "2018年", expected: "2017" }, related: 1 }],
    },
    {
      name: "a cited document given another date than in the preface",
      text: withMeasure("(イ)内閣官房において、「サイバーセキュリティ戦略」（2015年９月14日閣議決定）に基づき、取組を推進する。"),
      errors: [
        {
          messageId: "citationDate",
          at: "2015年９月14日",
          data: { title: "サイバーセキュリティ戦略", other: "2015年９月４日", where: "はじめに" },
          related: 1,
          suggestions: [withMeasure("(イ)内閣官房において、「サイバーセキュリティ戦略」（2015年９月４日閣議決定）に基づき、取組を推進する。")],
        },
      ],
    },
    {
      name: "the glossary against two citations: the odd one out is reported",
      text: [...withMeasure("(イ)内閣官房において、「サイバーセキュリティ戦略」（2015年９月４日閣議決定）に基づき、取組を推進する。").trimEnd().split("\n"), ...GLOSSARY("2015年９月５日、閣議決定。我が国のサイバーセキュリティ政策に関する国家戦略。")].join("\n") + "\n",
      errors: [{ messageId: "citationDate", at: "2015年９月５日", data: { other: "2015年９月４日" } }],
    },
    {
      name: "one against one: the glossary's definition is taken as the reference",
      text: [...plan().trimEnd().split("\n"), ...GLOSSARY("2015年９月５日、閣議決定。我が国のサイバーセキュリティ政策に関する国家戦略。")].join("\n") + "\n",
      errors: [{ messageId: "citationDate", at: "2015年９月４日", data: { other: "2015年９月５日", where: "用語解説「サイバーセキュリティ戦略」" } }],
    },
  ],
});

// The seed's measure 1.2(3)(オ) and the preface's sentence naming the Games with 年.
const GAMES = "法の規定に基づき、2020年東京オリンピック・パラリンピック競技大会の開催、さらにその後を見据えて取組を推進する。";
const DRILL = "(オ)総務省において、2020東京オリンピック・パラリンピック競技大会に向けた大規模演習環境「サイバーコロッセオ」を活用し、人材の育成を推進する。";

describe("consistent-dates: a year without 年", () => {
  it("is reported where the same name is written with 年, with the fix inserting 年", () => {
    const text = plan(GAMES, DRILL);
    const [found, ...rest] = lintWithRule(consistentDates, { text });
    expect(rest).toEqual([]);
    expect(found?.messageId).toBe("missingYear");
    expect(text.slice(found!.range.start, found!.range.end)).toBe("2020東京");
    expect(found?.message).toBe("「2020東京」の年に「年」がありません: ほかでは「2020年東京オリンピック」と書かれています（1箇所）");
    expect(found?.fix?.text).toBe("2020年東京");
    expect(found?.related?.map((r) => text.slice(r.range.start, r.range.end))).toEqual(["2020年"]);
  });

  it("across a PDF line wrap: reported without a fix", () => {
    const text = plan(GAMES, "(オ)総務省において、2020東", "京オリンピック・パラリンピック競技大会に向けた演習を実施する。");
    const found = lintWithRule(consistentDates, { text });
    expect(found.map((m) => [m.messageId, m.fix])).toEqual([["missingYear", undefined]]);
  });
});

describe("consistent-dates on the seed", () => {
  it("reports the 和暦 date of the preface with its exact western form, and the two years without 年", () => {
    const text = seedText();
    const found = lintWithRule(consistentDates, { text });
    expect(found.map((m) => [m.messageId, text.slice(m.range.start, m.range.end), m.fix?.text])).toEqual([
      ["useWestern", "平成29年5月30日", "2017年５月30日"],
      ["missingYear", "2020東京", "2020年東京"],
      ["missingYear", "2020東京", "2020年東京"],
    ]);
  });
});

describe("consistent-dates on arbitrary text", () => {
  // Plan-like fragments in any order, with every kind of line break, wide spaces and surrogate pairs.
  const piece = [
    "はじめに", "1. 経済社会の活力の向上", "1.1. 安全なIoTシステムの創出", "1.2.", "2.", "(1) 経営層の意識改革", "（２）", "(ア)", "(イ)", "(ウ)", "・ ",
    "内閣官房において、", "2.2(2)(ア)に記載", "１.１（３）（イ）", "（再掲）", "再掲：", "平成29年5月30日", "2017年２月30日", "令和0年", "13月", "７月13日", "（金）",
    "「サイバーセキュリティ戦略」（2015年９月４日閣議決定）", "2020年東京大会", "2020東京大会", "２０２０東京", "を実施する。", " 参考 用語解説 ", "2015年９月５日、閣議決定。", "\n", "\r\n", "\r", "\n\n", " ", "\u3000", "𠮷", "。",
  ];
  it("never throws, and every range and fix lies inside the text", () => {
    assertRuleRangesOnArbitraryText(consistentDates, piece, { maxPieces: 80 });
  });
});
