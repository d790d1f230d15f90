import { describe, expect, it } from "vitest";
import { fixture, seedText } from "../test/seed.js";
import { footnoteStart } from "./footnotes.js";
import { parsePlan } from "./parse-plan.js";
import { proseText } from "./prose.js";
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

describe("a footnote block with no page number after it", () => {
  // The page number stands at the next page's top, or is missing: the next page's text
  // follows the footnotes directly.
  const text = ["各府省庁は、地域の課題1を解決するため、計画2に基づく施策を", "", "1 地域が抱える人口減少等の課題をいう。", "2 令和３年に策定した第２期の計画をいう。", "推進する。", "２ 計画の期間"].join("\n");
  const doc = parsePlan(text);

  it("is taken when the line above stops mid-sentence, the count continues and every number has its mark", () => {
    expect(doc.footnotes.map((f) => [f.number, f.text])).toEqual([
      [1, "地域が抱える人口減少等の課題をいう。"],
      [2, "令和３年に策定した第２期の計画をいう。"],
    ]);
    expect(proseText(text, doc).text).toBe("各府省庁は、地域の課題を解決するため、計画に基づく施策を推進する。\n地域が抱える人口減少等の課題をいう。\n令和３年に策定した第２期の計画をいう。\n２ 計画の期間\n");
  });

  it("is not taken after a sentence end or a heading, or without a mark for every number", () => {
    expect(parsePlan(text.replace("施策を\n", "施策を推進する。\n")).footnotes).toEqual([]);
    expect(parsePlan(["第１章 総論", "1 計画の目的", "本計画は、地域の課題1を解決するためのものである。"].join("\n")).footnotes).toEqual([]);
    expect(parsePlan(["各府省庁は、地域の課題1を解決するため、計画2に基づく施策を推進する。", "第１章 総論", "1 計画の目的", "2 計画の期間"].join("\n")).footnotes).toEqual([]);
    expect(parsePlan(text.replace("計画2に", "計画に")).footnotes).toEqual([]);
  });
});

describe("a made-up 基本計画 draft in 公用文 numbering, three pages", () => {
  // Page numbers as bare numbers (「2」), a footnote that splits a list item, full-width
  // labels, and the count running on from page to page.
  const text = fixture("made-up/footnote-draft.txt");
  const doc = parsePlan(text);

  it("reads the three footnotes and their marks", () => {
    expect(doc.footnotes.map((f) => [f.label, f.number, f.text])).toEqual([
      ["1", 1, "昭和45年法律第110号。"],
      ["２", 2, "24時間死者数をいう。以下同じ。"],
      ["３", 3, "交通の方法に関する教則（昭和53年国家公安委員会告示第３号）に定めるルールをいう。"],
    ]);
    expect(doc.footnoteMarks!.map((m) => text.slice(m.range.start - 2, m.range.end + 1))).toEqual(["本法1に", "9人2と", "徹底3の"]);
  });

  it("takes the bare page numbers after the blocks for page numbers", () => {
    expect(doc.pageArtifacts.map((a) => a.text)).toEqual(["2", "3", "- 4 -"]);
  });

  it("makes no heading of a footnote line, and keeps the headings", () => {
    const nodes = allNodes(doc);
    expect(nodes.map((n) => n.label)).toEqual(["第１章", "１", "２", "（１）", "①", "②", "③"].filter((l) => nodes.some((n) => n.label === l)));
    expect(nodes.filter((n) => n.label === "1" || n.label === "２" && n.title.startsWith("24"))).toEqual([]);
    expect(nodes.find((n) => n.label === "２")!.title).toMatch(/^計画の期間/);
    // Whichever node holds the list item (① is another level), the word the block split is whole.
    const holder = nodes.filter((n) => n.text.text.includes("周知徹底"));
    expect(holder).toHaveLength(1);
    expect(holder[0]!.text.text).toContain("交通ルールの周知徹底3の推進");
    expect(holder[0]!.text.text).not.toContain("教則");
  });
});

describe("a long made-up draft: 145 footnotes over 60 pages", () => {
  // Each page: a heading now and then, sentences with marks stuck to words, the last
  // sentence split by the page's footnote block (some footnotes wrapped), then the page
  // number in one of the forms PDF extraction leaves (「- n -」, 「n」, a form feed).
  const WORDS = ["課題", "計画", "施策", "事業", "制度", "指針", "基本方針", "取組"];
  const lines: string[] = [];
  let n = 0;
  for (let page = 1; page <= 60; page++) {
    if (page % 7 === 1) lines.push(`${(page - 1) / 7 + 1} 第${page}節の概要`);
    const count = page % 4 === 0 ? 0 : page % 3 === 0 ? 4 : 3;
    const notes: number[] = [];
    for (let k = 0; k < count && n < 145; k++) notes.push(++n);
    const marked = notes.map((x, k) => `${WORDS[(x + k) % WORDS.length]}${x}を踏まえ、`).join("");
    lines.push(`本節では、${marked}関係府省庁が連携して、令和${(page % 9) + 1}年度までに２割以上の改善を目指して取り組`);
    lines.push("");
    for (const x of notes) {
      if (x % 5 === 0) lines.push(`${x} ${WORDS[x % WORDS.length]}の定義は、関係する法令及び`, "閣議決定の定めるところによる。");
      else lines.push(`${x} ${WORDS[x % WORDS.length]}をいう。`);
    }
    lines.push(page % 5 === 0 ? String(page) : page % 5 === 1 ? `\f- ${page} -` : `- ${page} -`);
    lines.push("むものとする。 ");
  }
  const text = lines.join("\n");
  const doc = parsePlan(text);

  it("finds every footnote, in order, with its wrapped text, and nothing else", () => {
    expect(doc.footnotes.map((f) => f.number)).toEqual(Array.from({ length: 145 }, (_, i) => i + 1));
    expect(doc.footnotes.find((f) => f.number === 5)!.text).toBe("指針の定義は、関係する法令及び閣議決定の定めるところによる。");
    expect(doc.footnoteMarks!.map((m) => m.number)).toEqual(Array.from({ length: 145 }, (_, i) => i + 1));
  });

  it("leaves the headings and joins each split sentence", () => {
    const nodes = allNodes(doc);
    expect(nodes.map((n) => n.label)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(nodes.every((n) => n.title.startsWith(`第${(Number(n.label) - 1) * 7 + 1}節の概要`))).toBe(true);
    expect(proseText(text, doc).text).not.toMatch(/取組?\n|取\n/);
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
    expect(footnoteStart("2 3 4", 0)).toBeUndefined();
    expect(footnoteStart("２ 24時間死者数をいう。", 0)).toEqual({ number: 2, labelEnd: 1, textStart: 2 });
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
