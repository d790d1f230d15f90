import { expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { assertRuleRangesOnArbitraryText, lintWithRule, runRuleTests } from "../../test/rule-tester.js";
import { consistentCounts } from "./consistent-counts.js";

const lines = (...l: string[]): string => l.join("\n") + "\n";

const THREE_POLICIES = lines(
  "第１章 総論",
  "１ 基本方針",
  "本計画では、次の３つの基本方針に基づき施策を推進する。",
  "（１） 安全の確保",
  "（２） 人材の育成",
  "（３） 研究開発の推進",
  "２ 重点施策",
  "本計画の期間中は、次の二点を重点とする。",
  "・防災教育の推進",
  "・情報伝達体制の整備",
);

/** A plan with a public-comment summary after its body. */
const SUMMARY_OF = (submitters: number, comments: number, firstCategory: number): string =>
  lines(
    "第１章 総論",
    "１ 基本方針",
    "本計画の方針を定める。",
    "",
    "「〇〇計画（案）」に対する意見募集の結果の概要 資料１－３",
    `■ 意 見 総 数： ${submitters}者から${comments}件 【内訳：４企業・団体から延べ19件、11個人から延べ20件】`,
    `（１）修正意見： 全${String(firstCategory).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}件`,
    "• 主旨を踏まえて修正（全１件）",
    "• 理由を付して原案どおりとすると回答（全６件）",
    "（２）政策展開に係る意見： 全29件",
    "（３）賛同意見、その他意見： 全３件",
  );

runRuleTests(consistentCounts, {
  valid: [
    { name: "three announced, three listed; 二点 in kanji, two bullets", text: THREE_POLICIES },
    { name: "CRLF line ends", text: THREE_POLICIES.replace(/\n/g, "\r\n") },
    {
      name: "the count is not the last sentence before the list: it announces something else",
      text: lines("１ 基本方針", "次の３つの観点から検討を行った。その結果、以下の施策を講じる。", "（１） 安全の確保", "（２） 人材の育成"),
    },
    {
      name: "a count without 次の/以下の points at nothing that follows",
      text: lines("１ 基本方針", "本計画は３つの柱からなる。", "（１） 安全の確保", "（２） 人材の育成"),
    },
    {
      name: "a bullet over two lines (wrapped, or the paragraph after the list run into it): where the list ends is unknown",
      text: lines("１ 基本方針", "以下の２点を重点とする。", "・防災教育の推進", "・情報伝達体制の整備", "また、関係機関と連携する。", "・避難所の確保"),
    },
    {
      name: "sub-items are not counted with their parents",
      text: lines("１ 基本方針", "次の２つの方針による。", "（１） 安全の確保", "① 住宅の耐震化", "② 避難路の確保", "（２） 人材の育成"),
    },
    {
      name: "a single item is not compared (the outline may not have read the list)",
      text: lines("１ 基本方針", "次の３点に取り組む。", "（１） 安全の確保、人材の育成及び研究開発の推進"),
    },
    {
      name: "Markdown: two list items after 「以下の2つ」",
      text: lines("# 基本方針", "", "以下の2つのパターンが考えられます。", "", "* 文章の自由な変更", "* 付則、但し書き等での変更"),
      fileName: "plan.md",
    },
    { name: "a public-comment summary that adds up", text: SUMMARY_OF(15, 39, 7) },
  ],
  invalid: [
    {
      name: "a public-comment summary whose breakdown is one submitter short",
      text: SUMMARY_OF(16, 39, 7),
      errors: [{ messageId: "breakdown", at: "16", data: { what: "提出者数", sum: "4＋11＝15", total: "16" }, related: 2 }],
    },
    {
      name: "a public-comment summary whose categories add up to more than the total, and a category whose parts do not add up",
      text: SUMMARY_OF(15, 39, 8),
      errors: [
        { messageId: "categories", at: "39", data: { sum: "8＋29＋3＝40" } },
        { messageId: "parts", at: "８", data: { label: "（１）", sum: "1＋6＝7", total: "8" } },
      ],
    },
    {
      name: "headings with their own paragraphs are one list: ３ announced, ４ headings",
      text: lines("１ 基本方針", "次の３つの方針による。", "（１） 安全の確保", "安全を確保する。", "（２） 人材の育成", "人材を育成する。", "（３） 研究開発", "研究する。", "（４） 国際連携", "連携する。"),
      errors: [{ messageId: "mismatch", at: "次の３つ", data: { count: "4" } }],
    },
    {
      name: "three announced, four listed",
      text: THREE_POLICIES.replace("（３） 研究開発の推進\n", "（３） 研究開発の推進\n（４） 国際連携\n"),
      errors: [{ messageId: "mismatch", at: "次の３つ", data: { count: "4", first: "（１）", last: "（４）" }, related: 1, suggestions: [THREE_POLICIES.replace("（３） 研究開発の推進\n", "（３） 研究開発の推進\n（４） 国際連携\n").replace("次の３つ", "次の４つ")] }],
    },
    {
      name: "二点 announced, three bullets (kanji: no suggestion)",
      text: THREE_POLICIES.replace("・情報伝達体制の整備\n", "・情報伝達体制の整備\n・避難所の確保\n"),
      errors: [{ messageId: "mismatch", at: "次の二点", data: { count: "3" }, suggestions: [] }],
    },
    {
      name: "a measure announcing its own items: 「(ア)次の3点」 with two",
      text: lines("1. 施策", "(1) 防災", "(ア) 内閣府において、以下の3点に取り組む。【内閣府】", "① 防災教育の推進", "② 避難所の確保"),
      errors: [{ messageId: "mismatch", at: "以下の3点", suggestions: [lines("1. 施策", "(1) 防災", "(ア) 内閣府において、以下の2点に取り組む。【内閣府】", "① 防災教育の推進", "② 避難所の確保")] }],
    },
    {
      name: "Markdown: three list items after 「以下の2つ」",
      text: lines("# 基本方針", "", "以下の2つのパターンが考えられます。", "", "* 文章の自由な変更", "* 付則、但し書き等での変更", "* 全部の変更"),
      fileName: "plan.md",
      errors: [{ messageId: "mismatch", at: "以下の2つ", data: { count: "3" }, suggestions: [lines("# 基本方針", "", "以下の3つのパターンが考えられます。", "", "* 文章の自由な変更", "* 付則、但し書き等での変更", "* 全部の変更")] }],
    },
  ],
});

it("finds nothing on the seed", () => {
  expect(lintWithRule(consistentCounts, { text: seedText() })).toEqual([]);
});

it("reports only inside the text on arbitrary lists", () => {
  assertRuleRangesOnArbitraryText(consistentCounts, ["次の３つ", "以下の2点", "。\n", "（１） 安全\n", "（２） 人材\n", "・推進\n", "\n", "１ 方針\n", "😀"]);
});
