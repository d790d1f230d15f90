import { describe, expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { lintWithRule, runRuleTests } from "../../test/rule-tester.js";
import { renamedBodies } from "../dictionaries/renamed-bodies.js";
import { noRenamedBodies } from "./no-renamed-bodies.js";

/** A plan dated by its front matter, then its text. */
const plan = (date: string, text: string): string => `〇〇に関する基本計画\n${date}　閣議決定\n\nはじめに\n${text}\n`;
const R4 = "令和４年６月７日";

runRuleTests(noRenamedBodies, {
  valid: [
    { name: "a plan before the change (2017 title, IT総合戦略本部 until 2021)", text: "サイバーセキュリティ2017\n\nはじめに\nIT総合戦略本部において、取組を進める。\n" },
    { name: "a plan that states no date is not judged", text: "はじめに\nIT総合戦略本部において、取組を進める。\n" },
    { name: "the same year as the change, from a title year: not certainly after", text: "デジタル重点計画2021\n\nはじめに\nIT総合戦略本部において検討する。\n" },
    { name: "旧 before the name", text: plan(R4, "旧IT総合戦略本部の下で策定された戦略を踏まえる。") },
    { name: "（現…） after the name", text: plan(R4, "高度情報通信ネットワーク社会推進戦略本部（現デジタル社会推進会議）が決定した。") },
    { name: "the decider of a cited document", text: plan(R4, "「新・情報セキュリティ普及啓発プログラム」（情報セキュリティ政策会議決定）に基づき") },
    { name: "seed 2750: a dated decision of the old body", text: plan(R4, "2014年５月10日情報セキュリティ政策会議決定。2015年５月25日サイバーセキュリティ戦略本部改訂。") },
    {
      name: "corpus (guidebook 766): a 平成 date in the citation's bracket",
      text: plan(R4, "オープンデータ基本方針（平成２９年５月３０日高度情報通信ネットワーク社会推進戦略本部・官民データ活用推進戦略会議決定）"),
    },
    { name: "a sentence that tells the change", text: plan(R4, "IT総合戦略本部は、デジタル庁の設置に伴い、デジタル社会推進会議に移行した。") },
    { name: "seed 2389: 改組 in the sentence", text: plan(R4, "2015年１月９日、内閣官房情報セキュリティセンターを改組し、内閣官房に設置された。") },
    { name: "seed 1550/1683: 日・ASEAN情報セキュリティ政策会議 is another body", text: plan(R4, "日・ASEAN情報セキュリティ政策会議を通じた人材育成の取組や、日ASEAN情報セキュリティ政策会議") },
    { name: "a title in 「」 is cited as published", text: plan(R4, "「IT総合戦略本部決定に係る工程表」を参照する。") },
    { name: "a prefecture's own centre is another body", text: plan(R4, "〇〇県教員研修センターにおいて、研修を実施する。") },
    { name: "内閣サイバーセキュリティセンター in 2022 (renamed only in 2025)", text: plan(R4, "内閣サイバーセキュリティセンターの公表する「政府機関等のサイバーセキュリティ対策のための統一基準群」") },
  ],
  invalid: [
    {
      name: "IT総合戦略本部 in a plan of 2022",
      text: plan(R4, "IT総合戦略本部において、重点計画の進捗を確認する。"),
      errors: [{ messageId: "renamed", at: "IT総合戦略本部", data: { current: "デジタル社会推進会議", changed: "2021年9月1日", planDate: R4 }, suggestions: [plan(R4, "デジタル社会推進会議において、重点計画の進捗を確認する。")] }],
    },
    {
      name: "a title year after the change: 情報セキュリティ政策会議 in サイバーセキュリティ2017",
      text: "サイバーセキュリティ2017\n\nはじめに\n情報セキュリティ政策会議において、年次計画を決定する。\n",
      errors: [{ messageId: "renamed", at: "情報セキュリティ政策会議", data: { current: "サイバーセキュリティ戦略本部", planDate: "題名の「2017」" } }],
    },
    {
      name: "a law: IT基本法 after 2021, spaced-out front-matter date (PDF), CRLF",
      text: "〇〇計画\r\n令和　５年　３月　１日　閣議決定\r\n\r\nはじめに\r\nIT基本法に基づき、施策を推進する。\r\n",
      errors: [{ messageId: "renamed", at: "IT基本法", data: { current: "デジタル社会形成基本法" } }],
    },
    {
      name: "内閣サイバーセキュリティセンター in a plan of 2026, wrapped over a line",
      text: "〇〇計画\n2026年１月20日\n\nはじめに\n内閣サイバー\nセキュリティセンターと連携し、対策を進める。\n",
      errors: [{ messageId: "renamed", data: { old: "内閣サイバーセキュリティセンター", current: "国家サイバー統括室" } }],
    },
    {
      name: "教員研修センター after its renaming (2017-04-01), as the seed's 4.2(2)(イ) writes it",
      text: plan("平成３０年６月１２日", "文部科学省において、教員研修センターと連携し、教員等を対象とした研修を実施する。"),
      errors: [{ messageId: "renamed", at: "教員研修センター", data: { current: "独立行政法人教職員支援機構" } }],
    },
    {
      name: "特定個人情報保護委員会 after 2016",
      text: plan("平成３０年６月１２日", "特定個人情報保護委員会は、監視・監督を行う。"),
      errors: [{ messageId: "renamed", at: "特定個人情報保護委員会", data: { current: "個人情報保護委員会" } }],
    },
  ],
});

describe("renamed-bodies list", () => {
  it("dates every change and cites an official page first", () => {
    for (const b of renamedBodies) {
      expect(b.date, b.current).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(b.old.length).toBeGreaterThan(0);
      expect(b.sources[0], b.current).toMatch(/^https?:\/\/(?:www\.)?[a-z.]*go\.jp\//);
    }
  });
});

describe("no-renamed-bodies on the seed", () => {
  it("finds nothing: every old name in it is history (a dated decision, a 改組 sentence, another body)", () => {
    expect(lintWithRule(noRenamedBodies, { text: seedText() })).toEqual([]);
  });
});
