import { expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { assertRuleRangesOnArbitraryText, lintWithRule, runRuleTests } from "../../test/rule-tester.js";
import { validFootnotes } from "./valid-footnotes.js";

/** Two pages as PDF extraction leaves them: footnote blocks at each page's end, before the page number. */
const pages = (secondBlock: string[], secondMarks = "情報共有網３の拡充を進める"): string =>
  [
    "(ア)内閣府において、地域の課題1を解決するための施策を取りまとめ、関係機関が事項2として取り組",
    "1 地域が抱える人口減少、産業の空洞化等の課題をいう。",
    "2 国、地方公共団体及び民間事業者が",
    "それぞれ担う事項をいう。",
    "- 1 - ",
    "むべき内容を示す。 ",
    `(イ)経済産業省において、${secondMarks}とともに、人材育成`,
    ...secondBlock,
    "- 2 - ",
    "の取組を推進する。 ",
  ].join("\n") + "\n";

const STAR = (n: number, marks: number[]): string =>
  [
    ...marks.map((k) => `施策${"０１２３４５６７８９"[k]}について※${"０１２３４５６７８９"[k]}検討する。`),
    ...Array.from({ length: n }, (_, i) => `※${"０１２３４５６７８９"[i + 1]}：脚注${i + 1}の説明`),
  ].join("\n") + "\n";

/** One page: five footnotes at its end; 「IoT3」 is the third mark (after a Latin word, where core takes no mark). */
const FIVE = (third: string): string =>
  [
    `(ア)内閣府において、地域の課題1を解決するため、計画2に基づき、${third}を活用した事業4と制度5を整備し、推進`,
    "1 地域が抱える人口減少等の課題をいう。",
    "2 令和元年に策定した計画をいう。",
    "3 Internet of Thingsの略。",
    "4 地方公共団体が行う事業をいう。",
    "5 補助制度をいう。",
    "- 1 - ",
    "する。 ",
  ].join("\n") + "\n";

runRuleTests(validFootnotes, {
  valid: [
    { name: "footnotes 1–3 over two pages, each with its mark", text: pages(["3 情報を共有するための組織間の仕組みをいう。"]) },
    { name: "full-width numbers and CRLF", text: pages(["３　情報を共有するための組織間の仕組みをいう。"]).replace(/\n/g, "\r\n") },
    { name: "a fresh start at 1 is a new series (footnotes per chapter)", text: pages(["1 情報を共有するための組織間の仕組みをいう。"], "情報共有網1の拡充を進める") },
    { name: "the seed's ※ footnotes and marks", text: "IoT※１推進コンソーシアムを通じ、「ボット※２撲滅」、解析（リバースエンジニアリング※３）\n※１：Internet of Thingsの略\n※２：IoT機器等を外部から遠隔操作するための不正プログラム\n※３：ソフトウェアやハードウェアなどを解析・分解すること\n" },
    { name: "※ footnotes, two of five without marks: marks not reliable enough to report", text: STAR(5, [1, 2, 3]) },
    { name: "a page-end footnote whose mark follows a Latin word (「IoT3」) is not reported", text: FIVE("IoT3") },
    { name: "a numbered list at a page's end is not a footnote block", text: "次の二点を重点とする。\n1 人材の育成\n3 研究開発の推進\n- 4 -\n以上を踏まえ、取組を進める。\n" },
  ],
  invalid: [
    {
      name: "a gap: 1, 2, then 4",
      text: pages(["4 情報を共有するための組織間の仕組みをいう。"], "情報共有網4の拡充を進める"),
      // The second 「4」: the footnote's label, not the mark 「情報共有網4」.
      errors: [{ messageId: "gap", at: "4", occurrence: 2, data: { expected: "3" }, related: 1 }],
    },
    {
      name: "a repeat: 1, 2, then 2 again",
      text: pages(["2 情報を共有するための組織間の仕組みをいう。"], "情報共有網2の拡充を進める"),
      // The fourth 「2」: marks 「事項2」「情報共有網2」 and the first block's label come before it.
      errors: [{ messageId: "repeat", at: "2", occurrence: 4, data: { expected: "3" }, related: 1 }],
    },
    {
      name: "a page-end footnote whose number is nowhere above it, where four of five have their marks",
      text: FIVE("IoT"),
      errors: [{ messageId: "footnoteWithoutMark", at: "3" }],
    },
    {
      name: "a ※ mark with no footnote",
      text: "IoT※１推進コンソーシアム及びボット※２撲滅に向けた体制\n※１：Internet of Thingsの略\n",
      errors: [{ messageId: "markWithoutFootnote", at: "※２" }],
    },
    {
      name: "a ※ footnote with no mark, where four of five have theirs",
      text: STAR(5, [1, 2, 3, 4]),
      errors: [{ messageId: "footnoteWithoutMark", at: "※５" }],
    },
    {
      name: "a ※ gap",
      text: STAR(0, [1, 2]) + "※１：一つ目\n※３：三つ目\n",
      errors: [
        { messageId: "markWithoutFootnote", at: "※２" },
        { messageId: "gap", at: "※３", data: { expected: "2" } },
      ],
    },
  ],
});

it("finds nothing on the seed", () => {
  expect(lintWithRule(validFootnotes, { text: seedText() })).toEqual([]);
});

it("never throws and keeps its ranges inside the text", () => {
  assertRuleRangesOnArbitraryText(validFootnotes, ["1 ", "2 ", "３　", "課題", "1", "2", "※１", "※２：", "注1 ", "説明をいう。", "\n", "\r\n", "- 1 -\n", "\f", "𠮷", "では12020 年"]);
});
