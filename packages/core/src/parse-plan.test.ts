import { describe, expect, it } from "vitest";
import { seedText, fixture } from "../test/seed.js";
import { parsePlan } from "./parse-plan.js";
import { resolveCrossReference, walkPlan } from "./plan-queries.js";
import type { PlanDocument, PlanNode } from "./types.js";

const seed = seedText();
const doc = parsePlan(seed);

function nodes(d: PlanDocument, kind?: PlanNode["kind"]): PlanNode[] {
  const out: PlanNode[] = [];
  walkPlan(d, (n) => {
    if (!kind || n.kind === kind) out.push(n);
  });
  return out;
}
const byPath = (d: PlanDocument, path: string): PlanNode => {
  const n = nodes(d).find((x) => x.path === path);
  if (!n) throw new Error(`no node ${path}`);
  return n;
};

describe("parsePlan on the seed", () => {
  it("finds the bundle's parts by their headings", () => {
    expect(doc.parts.map((p) => p.kind)).toEqual(["overview", "body", "glossary", "public-comments", "public-comments", "other"]);
    const [overview, body, glossary, comments1, comments2] = doc.parts;
    expect(overview!.label).toBe("資料１－１");
    expect(seed.slice(body!.range.start, body!.range.end)).toMatch(/^ はじめに/);
    expect(glossary!.title).toBe("参考 用語解説");
    expect(comments1!.label).toBe("資料 １-３");
    expect(comments2!.label).toBe("資料１－４");
    // Parts tile the text without gaps or overlaps.
    for (let i = 1; i < doc.parts.length; i++) expect(doc.parts[i]!.range.start).toBe(doc.parts[i - 1]!.range.end);
    expect(doc.parts.at(-1)!.range.end).toBe(seed.length);
  });

  it("reads chapters 1–5 with their titles", () => {
    const chapters = doc.body.filter((n) => n.kind === "chapter");
    expect(chapters.map((c) => `${c.label} ${c.title}`)).toEqual([
      "1. 経済社会の活力の向上及び持続的発展",
      "2. 国民が安全で安心して暮らせる社会の実現",
      "3. 国際社会の平和・安定及び我が国の安全保障",
      "4. 横断的施策",
      "5. 推進体制",
    ]);
    expect(doc.body[0]!.kind).toBe("preface");
    expect(doc.body[0]!.title).toBe("はじめに");
  });

  it("reads the 11 sections 1.1–4.2, 42 items and 220 measures", () => {
    expect(nodes(doc, "section").map((s) => s.path)).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2"]);
    expect(nodes(doc, "item")).toHaveLength(42);
    expect(nodes(doc, "measure")).toHaveLength(220);
    expect(byPath(doc, "4.2").title).toBe("人材の育成・確保");
    expect(byPath(doc, "3.2(4)").title).toBe("サイバー分野における能力構築（キャパシティビルディング）への協力");
  });

  it("recognises the running page header inside 1.2(3)(サ) and does not duplicate 1.3", () => {
    const chapter1 = doc.body.find((n) => n.path === "1")!;
    expect(chapter1.children.map((s) => s.path)).toEqual(["1.1", "1.2", "1.3"]);
    const sa = byPath(doc, "1.2(3)(サ)");
    expect(sa.text.text).toBe(
      "総務省において、ISP事業者やICTベンダー等を中心に構成されている「ICT-ISAC」を核として、国際連携を含めてサイバー攻撃に関する情報共有網の拡充を推進する。",
    );
    expect(doc.pageArtifacts.map((a) => `${a.kind}:${a.text}`).slice(0, 3)).toEqual([
      "running-header:1. 経済社会の活力の向上及び持続的発展",
      "running-header:1.3. セキュリティに係るビジネス環境の整備",
      "page-number:- 5 -",
    ]);
    // The real 1.3 heading comes after the page break and owns (1)–(3).
    const s13 = byPath(doc, "1.3");
    expect(s13.labelRange.start).toBeGreaterThan(sa.range.end);
    expect(s13.children.map((c) => c.path)).toEqual(["1.3(1)", "1.3(2)", "1.3(3)"]);
  });

  it("places measures directly under a section or chapter when no (1) precedes them", () => {
    const s22 = byPath(doc, "2.2");
    expect(s22.children.slice(0, 2).map((c) => c.path)).toEqual(["2.2(ア)", "2.2(イ)"]);
    expect(s22.children.filter((c) => c.kind === "item").map((c) => c.label)).toEqual(["(1)", "(2)", "(3)"]);
    const ch5 = byPath(doc, "5");
    expect(ch5.children.map((c) => c.path)).toEqual(["5(ア)", "5(イ)", "5(ウ)", "5(エ)"]);
  });

  it("extracts owners for every measure that opens with 「…において」", () => {
    const measures = nodes(doc, "measure");
    const opening = measures.filter((m) => /^[^。、「」（）]{1,40}において/.test(m.text.text));
    expect(opening.length).toBeGreaterThan(180);
    for (const m of opening) expect(m.owners, m.path).not.toHaveLength(0);
    expect(byPath(doc, "2.2(ア)").owners!.map((o) => o.name)).toEqual(["内閣官房", "重要インフラ所管省庁等"]);
    expect(byPath(doc, "1.3(1)(イ)").owners!.map((o) => o.name)).toEqual(["総務省", "経済産業省"]);
    expect(byPath(doc, "2.2(イ)").owners!.map((o) => o.name)).toEqual(["重要インフラ事業者等", "重要インフラ所管省庁"]);
    expect(byPath(doc, "3.2(4)(ア)").owners!.map((o) => o.name)).toEqual(["内閣官房", "警察庁", "総務省", "外務省", "経済産業省", "その他関係府省庁・機関"]);
    // The possessor of an object is not an owner: 「防衛省・自衛隊が保有する…」.
    expect(byPath(doc, "3.1(1)(ク)").owners).toEqual([]);
    // Owner ranges point at the names in the source.
    for (const m of measures) for (const o of m.owners!) expect(seed.slice(o.range.start, o.range.end)).toBe(o.name);
  });

  it("reads bodies a measure acts via, and cited documents with their dates", () => {
    expect(byPath(doc, "1.2(3)(ア)").via!.map((v) => v.name)).toEqual(["JPCERT/CC"]);
    expect(byPath(doc, "1.2(3)(イ)").via!.map((v) => v.name)).toEqual(["IPA"]);
    const [cite] = byPath(doc, "5(イ)").citations!;
    expect(cite).toMatchObject({ title: "セキュリティ情報センターについて", decidedBy: "セキュリティ幹事会", action: "決定" });
    expect(cite!.date).toMatchObject({ year: 2015, month: 8, day: 3 });
    expect(seed.slice(cite!.titleRange.start, cite!.titleRange.end)).toBe(cite!.title);
  });

  it("reads the overview's ■ headings and 【owners】, wrapped brackets included", () => {
    expect(doc.overview.map((h) => h.title)).toContain("重要インフラを守るための取組");
    expect(doc.overview).toHaveLength(11);
    const network = doc.overview.flatMap((h) => h.entries).find((e) => e.text.text.startsWith("情報共有・連携ネットワーク"))!;
    expect(network.text.text).toBe("情報共有・連携ネットワーク（仮称）の構築・運用");
    expect(network.owners.map((o) => o.name)).toEqual(["内閣官房", "関係各省"]);
  });

  it("keeps footnotes", () => {
    expect(doc.footnotes.map((f) => f.label)).toEqual(["※１", "※２", "※３"]);
    expect(doc.footnotes[0]!.text).toBe("Internet of Thingsの略");
  });

  it("maps every node's label and joined text back to the source verbatim", () => {
    for (const n of nodes(doc)) {
      expect(seed.slice(n.labelRange.start, n.labelRange.end)).toBe(n.label);
      for (const p of n.text.pieces) expect(n.text.text.slice(p.at, p.at + p.length)).toBe(seed.slice(p.source, p.source + p.length));
      expect(n.range.start).toBeLessThanOrEqual(n.headRange.start);
      expect(n.headRange.end).toBeLessThanOrEqual(n.range.end);
    }
  });
});

describe("parsePlan on variants of the seed", () => {
  it("gives the same outline with CRLF line endings", () => {
    const crlf = seed.replace(/\n/g, "\r\n");
    const d = parsePlan(crlf);
    const shape = (x: PlanDocument) => nodes(x).map((n) => [n.path, n.title, n.text.text, n.owners?.map((o) => o.name)]);
    expect(shape(d)).toEqual(shape(doc));
    for (const n of nodes(d)) expect(crlf.slice(n.labelRange.start, n.labelRange.end)).toBe(n.label);
  });

  it("keeps offsets right around surrogate pairs and full-width labels", () => {
    const text = "1. 総論\n\n1.1. 𠮷野家の施策\n\n（１） 𠮷の取組\n\n（ア） 内閣官房において、𠮷を推進する。\n";
    const d = parsePlan(text);
    const m = byPath(d, "1.1(1)(ア)");
    expect(m.label).toBe("（ア）");
    expect(m.numbers).toEqual([1]);
    expect(m.owners!.map((o) => o.name)).toEqual(["内閣官房"]);
    expect(text.slice(m.owners![0]!.range.start, m.owners![0]!.range.end)).toBe("内閣官房");
    expect(byPath(d, "1.1(1)").title).toBe("𠮷の取組");
    expect(m.text.text).toBe("内閣官房において、𠮷を推進する。");
  });

  it("reads cross-references and resolves them", () => {
    const text = doc.body.length ? "1. 総論\n\n1.1. 施策\n\n(1) 項目\n\n(ア)内閣官房において、2.2(2)(ア)に記載のとおり推進する。\n" : "";
    const d = parsePlan(text);
    const [ref] = byPath(d, "1.1(1)(ア)").crossReferences!;
    expect(ref).toMatchObject({ text: "2.2(2)(ア)", target: { chapter: 2, section: 2, item: 2, measure: 1 } });
    expect(text.slice(ref!.range.start, ref!.range.end)).toBe("2.2(2)(ア)");
    expect(resolveCrossReference(doc, ref!.target)?.path).toBe("2.2(2)(ア)");
    expect(resolveCrossReference(doc, { chapter: 2, section: 2, item: 9 })).toBeUndefined();
    // A version number is not a reference.
    expect(parsePlan("1. 総論\n\n(ア)「取組方針ver1.0」を踏まえ、2.1の通り。\n").body[0]!.children[0]!.crossReferences!.map((r) => r.text)).toEqual(["2.1"]);
  });

  it("parses the Markdown form of chapter 1 to the same outline as the text form", () => {
    const lines = seed.split("\n");
    const from = lines.findIndex((l) => l.trim() === "1. 経済社会の活力の向上及び持続的発展");
    const to = lines.findIndex((l) => l.trim().startsWith("2. 国民が安全で"));
    const textForm = parsePlan(lines.slice(from, to).join("\n"));
    const md = parsePlan(fixture("markdown/chapter1.md"), { fileName: "chapter1.md" });
    expect(md.format).toBe("markdown");
    const shape = (x: PlanDocument) => nodes(x).map((n) => ({ path: n.path, label: n.label, title: n.title, text: n.text.text, owners: n.owners?.map((o) => o.name) }));
    expect(nodes(md, "measure")).toHaveLength(nodes(textForm, "measure").length);
    expect(shape(md)).toEqual(shape(textForm));
  });
});

describe("parsePlan on a plan numbered 第１章 / 第１節", () => {
  // The seed's own measures, under headings numbered as many plans number them.
  const plan = [
    "第１章",
    "総論",
    "第１節 計画の位置付け",
    "(1) 計画の目的",
    "(ア)内閣官房において、「サイバーセキュリティ戦略」（2015年９月４日閣議決定）に基づき、年次計画を取りまとめ",
    "",
    "る。",
    "第２節 計画の期間",
    "(ア)内閣官房において、計画の期間を定める。",
    "- 2 -",
    "第１章 総論",
    "(イ)総務省において、期間中の取組を評価する。",
    "第二章　施策",
    "第一節　経済社会の活力の向上",
    "(1) 安全なIoTシステムの創出",
    "(ア)経済産業省において、データセンターの安全性を高める。",
  ].join("\n");
  const d = parsePlan(plan + "\n");

  it("starts the body at 第１章 and reads chapters in digits or kanji numerals, a title on the next line too", () => {
    expect(d.parts.map((p) => p.kind)).toEqual(["body"]);
    expect(d.body.map((c) => [c.kind, c.label, c.numbers, c.title])).toEqual([
      ["chapter", "第１章", [1], "総論"],
      ["chapter", "第二章", [2], "施策"],
    ]);
  });

  it("numbers sections under their chapter (第２節 of 第１章 is 1.2) and nests items and measures below", () => {
    expect(nodes(d, "section").map((s) => [s.label, s.path, s.title])).toEqual([
      ["第１節", "1.1", "計画の位置付け"],
      ["第２節", "1.2", "計画の期間"],
      ["第一節", "2.1", "経済社会の活力の向上"],
    ]);
    expect(nodes(d, "measure").map((m) => [m.path, m.owners?.map((o) => o.name)])).toEqual([
      ["1.1(1)(ア)", ["内閣官房"]],
      ["1.2(ア)", ["内閣官房"]],
      ["1.2(イ)", ["総務省"]],
      ["2.1(1)(ア)", ["経済産業省"]],
    ]);
    expect(byPath(d, "1.1(1)(ア)").text.text).toBe("内閣官房において、「サイバーセキュリティ戦略」（2015年９月４日閣議決定）に基づき、年次計画を取りまとめる。");
  });

  it("takes a repeated 第１章 heading at a page top for the running header", () => {
    expect(d.pageArtifacts.map((a) => [a.kind, a.text])).toEqual([
      ["page-number", "- 2 -"],
      ["running-header", "第１章 総論"],
    ]);
  });

  it("leaves prose that starts with 第 alone", () => {
    const prose = parsePlan("第１章 総論\n(ア)内閣官房において、取組を進める。\n第三者機関の評価を受ける。\n");
    expect(nodes(prose).map((n) => n.kind)).toEqual(["chapter", "measure"]);
    expect(nodes(prose, "measure")[0]!.text.text).toBe("内閣官房において、取組を進める。第三者機関の評価を受ける。");
  });
});

describe("parsePlan on a plan numbered as 「公用文作成の考え方」 lays out (第１章 › 第１節 › １ › (1) › ア › (ア))", () => {
  const plan = [
    "第１章 道路交通の安全",
    "第１節 道路交通事故のない社会を目指して",
    "１ 道路交通の安全についての目標",
    "(1) 道路交通事故の現状と今後の見通し",
    "ア 道路交通事故の現状",
    "(ア)警察庁において、道路交通事故の発生状況を分析する。",
    "(イ)国土交通省において、道路交通環境を整備する。",
    "イ 国土交通省において、生活道路における交通安全対策を推進",
    "",
    "する。",
    "２ 講じようとする施策",
    "(1) 道路交通環境の整備",
    "第２節 鉄道交通の安全",
    "１ 鉄道事故のない社会を目指して",
    "(ア)国土交通省において、鉄道事故の発生状況を分析する。",
  ].join("\n");
  const d = parsePlan(plan + "\n");

  it("nests each family of labels one level below the one above it; 「ア 見出し」 is a heading, 「イ …する。」 a statement", () => {
    expect(nodes(d).map((n) => [n.kind, n.label, n.path])).toEqual([
      ["chapter", "第１章", "1"],
      ["section", "第１節", "1.1"],
      ["item", "１", "1.1 1"],
      ["item", "(1)", "1.1 1(1)"],
      ["item", "ア", "1.1 1(1)ア"],
      ["measure", "(ア)", "1.1 1(1)ア(ア)"],
      ["measure", "(イ)", "1.1 1(1)ア(イ)"],
      ["measure", "イ", "1.1 1(1)イ"],
      ["item", "２", "1.1 2"],
      ["item", "(1)", "1.1 2(1)"],
      ["section", "第２節", "1.2"],
      ["item", "１", "1.2 1"],
      ["measure", "(ア)", "1.2 1(ア)"],
    ]);
  });

  it("reads 「ア 見出し」 as a heading and 「イ …する。」 as a statement with its owners, wrapped", () => {
    expect(byPath(d, "1.1 1(1)ア").text.text).toBe("道路交通事故の現状");
    const statement = byPath(d, "1.1 1(1)イ");
    expect(statement.text.text).toBe("国土交通省において、生活道路における交通安全対策を推進する。");
    expect(statement.owners?.map((o) => o.name)).toEqual(["国土交通省"]);
  });

  it("starts the body at 「第１ 総論」 after an overview, and reads 第１ as a chapter", () => {
    const bundle = parsePlan("資料１－１\n年次計画の概要\n■ 計画の位置付け\n・計画を取りまとめる【内閣官房】\n資料１－２\n第１ 総論\n１ 計画の目的\nア 内閣官房において、計画を取りまとめる。\n第２ 施策\n");
    expect(bundle.parts.map((p) => p.kind)).toEqual(["overview", "body"]);
    expect(bundle.body.map((c) => [c.kind, c.label, c.title])).toEqual([
      ["chapter", "第１", "総論"],
      ["chapter", "第２", "施策"],
    ]);
  });

  it("does not take a sentence that starts with a number and a space for a heading", () => {
    const prose = parsePlan("第１章 総論\n(ア)内閣官房において、取組を進める。\n２ 点を重点とする。\n");
    expect(nodes(prose).map((n) => [n.kind, n.label])).toEqual([
      ["chapter", "第１章"],
      ["measure", "(ア)"],
    ]);
    expect(nodes(prose, "measure")[0]!.text.text).toBe("内閣官房において、取組を進める。２ 点を重点とする。");
  });
});
