import { describe, expect, it } from "vitest";
import { seedText } from "../test/seed.js";
import { footnoteStart } from "./footnotes.js";
import { parsePlan } from "./parse-plan.js";
import { walkPlan } from "./plan-queries.js";
import type { PlanDocument, PlanNode } from "./types.js";

const allNodes = (d: PlanDocument): PlanNode[] => {
  const out: PlanNode[] = [];
  walkPlan(d, (n) => void out.push(n));
  return out;
};
const slice = (text: string, r: { start: number; end: number }): string => text.slice(r.start, r.end);

/** A page as PDF extraction leaves it: the footnotes split a measure's sentence, then the page number. */
const PAGE = [
  "1. 地域の活力の向上",
  "(ア)内閣府において、地域の課題1を解決するための施策を取りまとめ、関係機関が事項2として取り組",
  "",
  "1 地域が抱える人口減少、産業の空洞化等の課題をいう。",
  "2 国、地方公共団体及び民間事業者が",
  "",
  "それぞれ担う事項をいう。",
  "- 1 - ",
  "むべき内容を示す。 ",
  "(イ)総務省において、計画を段階的に進める。 ",
];

describe("footnote blocks at a page's end", () => {
  const text = PAGE.join("\n");
  const doc = parsePlan(text);

  it("reads each footnote with its number, label, text joined across its wraps and range", () => {
    expect(doc.footnotes.map((f) => [f.label, f.number, f.text])).toEqual([
      ["1", 1, "地域が抱える人口減少、産業の空洞化等の課題をいう。"],
      ["2", 2, "国、地方公共団体及び民間事業者がそれぞれ担う事項をいう。"],
    ]);
    expect(slice(text, doc.footnotes[1]!.range)).toBe("2 国、地方公共団体及び民間事業者が\n\nそれぞれ担う事項をいう。");
    expect(slice(text, doc.footnotes[1]!.textRange!)).toBe("国、地方公共団体及び民間事業者が\n\nそれぞれ担う事項をいう。");
  });

  it("finds the marks stuck to the words above", () => {
    expect(doc.footnoteMarks!.map((m) => [m.number, text.slice(m.range.start - 2, m.range.end + 1)])).toEqual([
      [1, "課題1を"],
      [2, "事項2と"],
    ]);
  });

  it("joins the measure the block interrupted, and makes no item of a footnote line", () => {
    const nodes = allNodes(doc);
    expect(nodes.map((n) => n.kind)).toEqual(["chapter", "measure", "measure"]);
    expect(nodes[1]!.text.text).toBe("内閣府において、地域の課題1を解決するための施策を取りまとめ、関係機関が事項2として取り組むべき内容を示す。");
  });

  it("counts on across pages, with full-width numbers and CRLF", () => {
    const two = [
      ...PAGE,
      "(ウ)経済産業省において、情報共有網３の拡充を進めるとともに、人材育成",
      "３ 情報を共有するための組織間の仕組みをいう。",
      "４　専門的な知識を持つ者をいう。",
      "- 2 - ",
      "４の取組を推進する。 ",
    ].join("\r\n");
    const d = parsePlan(two);
    expect(d.footnotes.map((f) => [f.label, f.number])).toEqual([
      ["1", 1],
      ["2", 2],
      ["３", 3],
      ["４", 4],
    ]);
    expect(d.footnotes[3]!.text).toBe("専門的な知識を持つ者をいう。");
    expect(allNodes(d).find((n) => n.label === "(ウ)")!.text.text).toBe("経済産業省において、情報共有網３の拡充を進めるとともに、人材育成４の取組を推進する。");
  });

  it("reads 「では12020 年」 as mark 1 before the year 2020", () => {
    const t = ["政府では12020 年以降、地域の計画を段階的に進めてきたが、その成果は", "1 まち・ひと・しごと創生総合戦略をいう。", "- 3 -", "十分とはいえない。"].join("\n");
    const d = parsePlan(t);
    expect(d.footnotes.map((f) => f.text)).toEqual(["まち・ひと・しごと創生総合戦略をいう。"]);
    expect(d.footnoteMarks!.map((m) => t.slice(m.range.start, m.range.end + 6))).toEqual(["12020 年"]);
    expect(d.footnoteMarks![0]!.range.end - d.footnoteMarks![0]!.range.start).toBe(1);
  });

  it("takes ※N, 注N and *N labels, and a form feed as the page's end", () => {
    const t = ["各府省庁は対策※1を講じ、その結果を報告注2する。", "※1 情報セキュリティ対策をいう。", "注2 各年度の報告をいう。", "\f次の頁の本文である。"].join("\n");
    const d = parsePlan(t);
    expect(d.footnotes.map((f) => [f.label, f.number, f.text])).toEqual([
      ["※1", 1, "情報セキュリティ対策をいう。"],
      ["注2", 2, "各年度の報告をいう。"],
    ]);
  });

  it("keeps surrogate pairs and offsets intact", () => {
    const t = ["𠮷野家の課題1について検討する。", "1 𠮷は異体字である。", "- 1 -", "本文。"].join("\n");
    const d = parsePlan(t);
    expect(slice(t, d.footnotes[0]!.range)).toBe("1 𠮷は異体字である。");
    expect(d.footnotes[0]!.text).toBe("𠮷は異体字である。");
  });
});

describe("what is not a footnote block", () => {
  it("a numbered heading at a page's top", () => {
    const t = ["前の頁の本文である。", "- 1 -", "1 計画の目的", "本計画は、地域の課題を解決するためのものである。", "2 計画の期間", "令和５年度から５年間とする。", "- 2 -"].join("\n");
    const d = parsePlan(t);
    expect(d.footnotes).toEqual([]);
    expect(d.footnoteMarks).toBeUndefined();
  });

  it("a numbered list at a page's end without marks above", () => {
    const t = ["次の二点を重点とする。", "1 人材の育成", "2 研究開発の推進", "- 4 -", "以上を踏まえ、取組を進める。"].join("\n");
    expect(parsePlan(t).footnotes).toEqual([]);
  });

  it("numbers that are quantities, not marks: 第3回, 平成2年, 約2割", () => {
    const t = ["第1回の会合では平成2年の調査を踏まえ、約2割の削減を目指す。", "1 会合の記録をいう。", "2 調査の概要をいう。", "- 4 -", "本文。"].join("\n");
    expect(parsePlan(t).footnotes).toEqual([]);
  });

  it("a table row 「2 1.1」 and a date split by a stray space", () => {
    expect(footnoteStart("2 1.1", 0)).toBeUndefined();
    expect(footnoteStart("10 月に開催する。", 0)).toBeUndefined();
    expect(footnoteStart("1 計画の目的", 0)).toEqual({ number: 1, labelEnd: 1, textStart: 2 });
    expect(footnoteStart("※１：Internet of Thingsの略", 0)).toEqual({ number: 1, labelEnd: 2, textStart: 3 });
  });

  it("the seed: its three ※ footnotes with their marks, and no block", () => {
    const seed = seedText();
    const d = parsePlan(seed);
    expect(d.footnotes.map((f) => [f.label, f.number])).toEqual([
      ["※１", 1],
      ["※２", 2],
      ["※３", 3],
    ]);
    expect(d.footnoteMarks!.map((m) => seed.slice(m.range.start, m.range.end))).toEqual(["※１", "※２", "※３"]);
  });
});
