import { describe, expect, it } from "vitest";
import { fixture } from "../test/seed.js";
import { labelFamily, readLabel } from "./labels.js";
import { parsePlan } from "./parse-plan.js";
import { parseBody } from "./plan-body.js";
import { walkPlan } from "./plan-queries.js";
import { splitLines } from "./text-lines.js";
import type { PlanDocument, PlanNode } from "./types.js";

function nodes(d: PlanDocument): PlanNode[] {
  const out: PlanNode[] = [];
  walkPlan(d, (n) => out.push(n));
  return out;
}

const outline = (d: PlanDocument) => nodes(d).map((n) => ({ label: n.label, title: n.title, depth: n.depth }));
const shape = (text: string) => nodes(parsePlan(text)).map((n) => [n.kind, n.label, n.title || n.text.text, n.depth]);

describe("the outline of a real 基本方針 (個人情報の保護に関する基本方針, 公用文 numbering １ / （１） / ①)", () => {
  const text = fixture("corpus/ppc-basic-policy/input.txt");
  const expected = JSON.parse(fixture("corpus/ppc-basic-policy/expected-outline.json")) as { line: number; label: string; title: string; depth: number }[];
  const d = parsePlan(text);

  it("finds every heading checked by hand, with its exact title and depth, and nothing else", () => {
    expect(outline(d)).toEqual(expected.map(({ label, title, depth }) => ({ label, title, depth })));
  });

  it("puts each heading on the line the hand-checked outline gives", () => {
    const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
    expect(nodes(d).map((n) => lineOf(n.labelRange.start))).toEqual(expected.map((e) => e.line));
  });

  it("gives each heading the family of its label, width-folded", () => {
    expect([...new Set(nodes(d).map((n) => n.family))]).toEqual(["N", "(N)", "①"]);
  });
});

describe("the outline of a PDF-extracted-style 基本計画 (第１部 › 第１章 › 第１節 › １ › （１） › ① › Ａ．)", () => {
  const text = fixture("made-up/kihon-keikaku.txt");
  const expected = JSON.parse(fixture("made-up/expected-outline.json")) as { label: string; title: string; depth: number; kind: string; text?: string }[];
  const d = parsePlan(text);

  it("finds every heading and statement with its title, kind and depth, and takes no sentence for a heading", () => {
    expect(nodes(d).map((n) => ({ label: n.label, title: n.title, depth: n.depth, kind: n.kind, ...(n.kind === "measure" ? { text: n.text.text } : {}) }))).toEqual(expected);
  });

  it("starts the body at 第１部 and numbers sections under their own part's chapter", () => {
    expect(d.parts.map((p) => [p.kind, p.title])).toEqual([
      ["other", "第５次地域交通安全基本計画（案）"],
      ["body", "第１部 総論"],
    ]);
    const sections = nodes(d).filter((n) => n.kind === "section");
    expect(sections.map((s) => [s.label, s.numbers, s.path])).toEqual([
      ["第１節", [1, 1], "第2部 1.1"],
      ["第２節", [1, 2], "第2部 1.2"],
    ]);
  });

  it("takes the 部 repeated at a page top for a running header", () => {
    expect(d.pageArtifacts.map((a) => [a.kind, a.text])).toEqual([
      ["page-number", "- 1 -"],
      ["page-number", "- 2 -"],
      ["running-header", "第２部 講じようとする施策"],
    ]);
  });

  it("reads the same outline with CRLF line endings and with half-width digits", () => {
    expect(outline(parsePlan(text.replace(/\n/g, "\r\n")))).toEqual(outline(d));
    const half = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/（/g, "(").replace(/）/g, ")");
    expect(nodes(parsePlan(half)).map((n) => [n.depth, n.family])).toEqual(nodes(d).map((n) => [n.depth, n.family]));
  });
});

describe("the outline of a PDF-style plan with 部 titles on their own line, １．, wrapped (1), ① statements, ＜…＞ and ア › (ア)", () => {
  const d = parsePlan(fixture("made-up/bousai-keikaku.txt"));

  it("reads every node where it belongs, the line after a wrapped heading starting a node", () => {
    expect(nodes(d).map((n) => [n.depth, n.kind, n.family, n.label, n.title || n.text.text])).toEqual([
      [0, "part", "第N部", "第１部", "総論"],
      [1, "chapter", "第N章", "第１章", "基本的な方向性"],
      [2, "item", "N.", "１．", "計画の位置付け"],
      [2, "item", "N.", "２．", "重点的に取り組む事項"],
      [3, "item", "(N)", "（１）", "地域の防災力を高めるための自主防災組織の育成及び消防団の充実強化に向けた取組の推進"],
      [4, "measure", "①", "①", "市町村において、自主防災組織の結成を促進するとともに、その活動に対する支援を行う。"],
      [4, "measure", "①", "②", "消防庁において、消防団員の確保に向けた広報を実施する。"],
      [3, "item", "(N)", "（２）", "防災教育の推進"],
      [4, "heading", "", "", "＜基本的な考え方＞"],
      [4, "item", "ア", "ア", "学校における防災教育"],
      [5, "measure", "(ア)", "（ア）", "文部科学省において、防災教育の教材を作成し、学校に配布する。"],
      [5, "measure", "(ア)", "（イ）", "文部科学省において、教職員を対象とした研修を実施する。"],
      [4, "item", "ア", "イ", "地域における防災教育"],
      [5, "measure", "(ア)", "（ア）", "内閣府において、地域の防災リーダーを育成する。"],
      [1, "chapter", "第N章", "第２章", "推進体制"],
      [2, "item", "N.", "１．", "推進体制の整備"],
      [0, "part", "第N部", "第２部", "各論"],
      [1, "chapter", "第N章", "第１章", "地震対策"],
      [2, "item", "N.", "１．", "建築物の耐震化"],
    ]);
  });

  it("takes the 部 repeated at a page top for a running header, though the heading had its title on the next line", () => {
    expect(d.pageArtifacts.map((a) => [a.kind, a.text])).toEqual([
      ["page-number", "- 3 -"],
      ["running-header", "第１部 総論"],
    ]);
  });
});

describe("labels of every 公用文 level", () => {
  it.each([
    ["第１部 総論", "part", "第N部", [1]],
    ["第三章　施策", "chapter", "第N章", [3]],
    ["第２節 計画の期間", "section", "第N節", [2]],
    ["第１　総論", "dai", "第N", [1]],
    ["１ 計画の目的", "number", "N", [1]],
    ["１　計画の目的", "number", "N", [1]],
    ["１．計画の目的", "dotted", "N.", [1]],
    ["1. 計画の目的", "dotted", "N.", [1]],
    ["2.2.1. 計画の目的", "dotted", "N.N.N.", [2, 2, 1]],
    ["1.1 安全なIoTシステムの創出", "dotted", "N.N.", [1, 1]],
    ["二　施策", "number", "N", [2]],
    ["（１）計画の目的", "paren-number", "(N)", [1]],
    ["(12) 計画の目的", "paren-number", "(N)", [12]],
    ["（三）計画の目的", "paren-number", "(N)", [3]],
    ["(ウ)内閣官房において、", "paren-kana", "(ア)", [3]],
    ["③　データガバナンス体制の構築", "enumerator", "①", [3]],
    ["㉑ 二十一番目", "enumerator", "①", [21]],
    ["イ 国土交通省において、", "enumerator", "ア", [2]],
    ["ア．道路交通事故の現状", "enumerator", "ア.", [1]],
    ["Ｂ．バリアフリー化の推進", "enumerator", "A.", [2]],
    ["c. 小文字の見出し", "enumerator", "a.", [3]],
    ["(b) 括弧の見出し", "enumerator", "(a)", [2]],
    ["ⅱ　ローマ数字の見出し", "enumerator", "ⅰ", [2]],
    ["○ 生活道路における安全の確保", "circle", "○", []],
    ["・内閣官房において、", "bullet", "・", []],
  ])("reads 「%s」 as %s, family %s", (content, role, family, numbers) => {
    const label = readLabel(content);
    expect(label && { role: label.role, family: label.family, numbers: label.numbers }).toEqual({ role, family, numbers });
  });

  it.each([
    "第１章で述べたとおり、本計画は…",
    "第４部に記述しているとおり、",
    "第３節の取組を踏まえ",
    "１か月以内に実施する。",
    "（１）の取組を踏まえ、",
    "①の考え方に基づき、",
    "アジア太平洋地域において、",
    "ＡＩの活用を進める。",
    "U.S. の制度",
    "2020年までに",
    "1.5倍に増加した。",
    "第１条の規定",
  ])("reads no label in the prose 「%s」", (content) => {
    expect(readLabel(content)).toBeUndefined();
  });

  it("reads an unnumbered heading in brackets, but not a placeholder or a note", () => {
    expect(readLabel("（基本的な考え方）")?.role).toBe("bracket");
    expect(readLabel("【施策の方向性】")?.role).toBe("bracket");
    expect(readLabel("＜基本的な考え方＞")?.role).toBe("bracket");
    expect(readLabel("〈現状と課題〉")?.role).toBe("bracket");
    for (const s of ["【時点更新予定】", "（注）", "（再掲）", "（単位：億円）", "（案）", "（注：記述予定）"]) expect(readLabel(s), s).toBeUndefined();
  });

  it("gives labelFamily the shared contract's families, N never read as a letter", () => {
    expect(["1.", "１．", "2.3.", "（１）", "第三章", "(ウ)", "Ａ．", "ⅲ", "（二）"].map(labelFamily)).toEqual(["N.", "N.", "N.N.", "(N)", "第N章", "(ア)", "A.", "ⅰ", "(N)"]);
  });
});

describe("nesting worked out from the document's own use", () => {
  it("nests a family that is not open under the innermost open node, and makes an open one a sibling", () => {
    expect(shape(["１ 総論", "① 目的", "（１）背景", "② 期間", "２ 施策", ""].join("\n"))).toEqual([
      ["chapter", "１", "総論", 0],
      ["item", "①", "目的", 1],
      ["item", "（１）", "背景", 2],
      ["item", "②", "期間", 1],
      ["chapter", "２", "施策", 0],
    ]);
  });

  it("closes a node whose family the document has put below the new one (a level skipped before)", () => {
    // (1) was seen above (ア): a (2) after measures placed directly under 第２節 closes them.
    const d = shape(["第１節 総論", "(1) 背景", "(ア)内閣官房において、取組を進める。", "第２節 施策", "(ア)内閣官房において、取組を進める。", "(1) 個別の施策", "(ア)総務省において、施策を進める。", ""].join("\n"));
    expect(d.map((n) => [n[1], n[3]])).toEqual([
      ["第１節", 0],
      ["(1)", 1],
      ["(ア)", 2],
      ["第２節", 0],
      ["(ア)", 1],
      ["(1)", 1],
      ["(ア)", 2],
    ]);
  });

  it("takes 「１．」 and 「１　」 for one family: a label with or without its dot", () => {
    expect(shape(["第１章 総論", "１．目的", "（１）背景", "２　期間", "３．構成", ""].join("\n")).map((n) => [n[1], n[3]])).toEqual([
      ["第１章", 0],
      ["１．", 1],
      ["（１）", 2],
      ["２", 1],
      ["３．", 1],
    ]);
  });

  it("ranks 第N部 › 第N章 › 第N節 by name and restarts numbering under each 部 and 章", () => {
    const d = parsePlan(["第１部 総論", "第１章 目的", "第１節 背景", "１ 経緯", "第２章 期間", "第２部 施策", "第１章 道路", "第１節 歩道", ""].join("\n"));
    expect(nodes(d).map((n) => [n.label, n.depth, n.path])).toEqual([
      ["第１部", 0, "第1部"],
      ["第１章", 1, "第1部 1"],
      ["第１節", 2, "第1部 1.1"],
      ["１", 3, "第1部 1.1 1"],
      ["第２章", 1, "第1部 2"],
      ["第２部", 0, "第2部"],
      ["第１章", 1, "第2部 1"],
      ["第１節", 2, "第2部 1.1"],
    ]);
  });

  it("puts a numbered heading after an unnumbered one beside it, not inside it", () => {
    expect(shape(["第１章 総論", "【現状と課題】", "交通事故は減少している。", "１ 目標", ""].join("\n")).map((n) => [n[1], n[3]])).toEqual([
      ["第１章", 0],
      ["", 1],
      ["１", 1],
    ]);
  });

  it("nests Markdown headings by their # and numbers them by their labels", () => {
    const d = parsePlan(["# 1. はじめに", "", "本書は…である。", "", "## 1.1. 背景", "", "### 1.1.1. 経緯", "", "## 概要", "", "# 2. 本編", ""].join("\n"), { format: "markdown" });
    expect(nodes(d).map((n) => [n.kind, n.label, n.family, n.depth])).toEqual([
      ["chapter", "1.", "N.", 0],
      ["section", "1.1.", "N.N.", 1],
      ["item", "1.1.1.", "N.N.N.", 2],
      ["heading", "", "#", 1],
      ["chapter", "2.", "N.", 0],
    ]);
  });
});

describe("headings stand on their own lines", () => {
  it("joins a heading wrapped at the page width, and ends the title before the paragraph", () => {
    const page = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよ";
    const text = [
      "（１）サイバーセキュリティに関する国際連携の強化及び国際的なルール形成への積",
      "極的な貢献",
      "近年、サイバー空間は国境を越えて拡大しており、各国との連携が欠かせない。",
      `${page}。`,
      `${page}。`,
      "（２）人材の育成",
      "人材の育成は急務であり、産学官が連携して取り組む必要がある。",
      "",
    ].join("\n");
    expect(shape(text)).toEqual([
      ["item", "（１）", "サイバーセキュリティに関する国際連携の強化及び国際的なルール形成への積極的な貢献", 0],
      ["item", "（２）", "人材の育成", 0],
    ]);
  });

  it("reads a numbered paragraph as a statement, not a heading: a clause, or a full line run on into a sentence's end", () => {
    const page = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよ";
    const text = [
      "（１）国は、地域の実情に応じた施策を推進する。",
      "（２）地方公共団体が保有する個人情報の保護等個人情報等の適正な取扱いに関する条例を",
      "制定する。",
      `${page}。`,
      `${page}。`,
      "（３）推進体制",
      "",
    ].join("\n");
    expect(shape(text)).toEqual([
      ["measure", "（１）", "国は、地域の実情に応じた施策を推進する。", 0],
      ["measure", "（２）", `地方公共団体が保有する個人情報の保護等個人情報等の適正な取扱いに関する条例を制定する。${page}。${page}。`, 0],
      ["item", "（３）", "推進体制", 0],
    ]);
  });

  it("measures the page by its wrapped lines, so that a table's short lines do not make every heading look wrapped", () => {
    const page = "交通事故の発生件数は減少傾向にあるが、高齢者が関係する事故の割合は高まってお";
    const table = Array.from({ length: 40 }, (_, i) => `地域${i + 1}　${i + 10}件`);
    const text = ["１ 交通事故の現状", `${page}`, "り、対策が求められている。", page, "り、対策が求められている。", page, "り、対策が求められている。", ...table, "（出典：警察庁調べ）", "① 生活道路における歩行者及び自転車利用者の安全の確保", "生活道路の安全を確保する。", ""].join("\n");
    expect(shape(text)).toEqual([
      ["chapter", "１", "交通事故の現状", 0],
      ["item", "①", "生活道路における歩行者及び自転車利用者の安全の確保", 1],
    ]);
  });

  it("ends a title at the line end when the next line is a paragraph (one paragraph per line)", () => {
    expect(shape("（１）個人情報等をめぐる状況\n近年、ＡＩ、ＩоＴ、クラウドサービスや５Ｇ等のデジタル技術の飛躍的な進展により、多種多様かつ膨大なデータの収集・分析等が容易かつ高度化している。\n")).toEqual([["item", "（１）", "個人情報等をめぐる状況", 0]]);
  });

  it("keeps offsets right around surrogate pairs and full-width labels", () => {
    const text = "１　𠮷野家の事例\n（１）𩸽の漁獲\n";
    const d = parsePlan(text);
    for (const n of nodes(d)) {
      expect(text.slice(n.labelRange.start, n.labelRange.end)).toBe(n.label);
      expect(text.slice(n.headRange.start, n.headRange.end)).toBe(`${n.label}${text.slice(n.labelRange.end, n.headRange.end)}`);
    }
    expect(nodes(d).map((n) => n.title)).toEqual(["𠮷野家の事例", "𩸽の漁獲"]);
  });

  it("takes no line of a table of contents for a heading", () => {
    const text = ["目次", "第１章 総論 ………………… 1", "１ 計画の目的　3", "第２章 施策 ..... 12", "", "第１章 総論", "１ 計画の目的", ""].join("\n");
    expect(nodes(parsePlan(text)).map((n) => [n.label, n.title])).toEqual([
      ["第１章", "総論"],
      ["１", "計画の目的"],
    ]);
  });

  it("passes over the lines it is told to skip, as it does page artefacts", () => {
    const text = "１ 総論\n1 総務省「情報通信白書」\n（１）背景\n";
    const lines = splitLines(text);
    const body = parseBody(text, lines, new Set([1]), false);
    expect(body.nodes.map((n) => [n.label, n.children.map((c) => c.label)])).toEqual([["１", ["（１）"]]]);
  });
});

describe("text typed one paragraph per line (no page wrapping)", () => {
  it("ends a measure at its 【owners】 and a short line, so the next section is a section, not the measure's text", () => {
    const text = [
      "はじめに",
      "本計画は、地域の防災力を高めるための施策を定める。",
      "1. 地域の防災力の向上",
      "1.1. 自主防災組織の育成",
      "(1) 組織の立ち上げ支援",
      "(ア) 総務省において、自主防災組織の立ち上げを支援する。【総務省】",
      "1.2. 住民への普及・啓発",
      "(1) 防災教育の推進",
      "(ア) 文部科学省において、学校における防災教育を推進する。【文部科学省】",
    ].join("\n");
    expect(shape(text).map(([kind, label]) => [kind, label])).toEqual([
      ["preface", ""],
      ["chapter", "1."],
      ["section", "1.1."],
      ["item", "(1)"],
      ["measure", "(ア)"],
      ["section", "1.2."],
      ["item", "(1)"],
      ["measure", "(ア)"],
    ]);
    for (const crlf of [text.replace(/\n/g, "\r\n")]) expect(shape(crlf)).toEqual(shape(text));
  });

  it("starts a heading after a short line that ends without punctuation (a list entry, a figure caption)", () => {
    const text = ["第１章 総論", "１ 計画の目的", "本計画の対象", "２ 計画の期間", "令和６年度から令和10年度までの５年間とする。"].join("\n");
    expect(shape(text).map(([kind, label, title]) => [kind, label, title])).toEqual([
      ["chapter", "第１章", "総論"],
      ["item", "１", "計画の目的"],
      ["item", "２", "計画の期間"],
    ]);
  });
});

describe("a label alone on its line, its title on the next (PDF extraction puts them in separate boxes)", () => {
  it("takes 「第１」, 「（１）」, 「(ア)」 and 「①」 alone with the next line as the title", () => {
    const text = ["第１", "総則", "（１）", "計画の目的", "(ア)", "背景", "①", "人口の減少", "第２", "各論"].join("\n");
    expect(shape(text).map(([kind, label, title]) => [kind, label, title])).toEqual([
      ["chapter", "第１", "総則"],
      ["item", "（１）", "計画の目的"],
      ["item", "(ア)", "背景"],
      ["item", "①", "人口の減少"],
      ["chapter", "第２", "各論"],
    ]);
    expect(shape(text.replace(/\n/g, "\r\n"))).toEqual(shape(text));
  });

  it("takes a sentence after 「（１）」 alone for its statement, and the next label alone again for a heading", () => {
    const text = ["第１章 総論", "（１）", "国は、安全を確保するための施策を総合的に推進する。", "（２）", "地方公共団体の役割", "地方公共団体は施策を実施する。"].join("\n");
    expect(shape(text).map(([kind, label, title]) => [kind, label, title])).toEqual([
      ["chapter", "第１章", "総論"],
      ["measure", "（１）", "国は、安全を確保するための施策を総合的に推進する。"],
      ["item", "（２）", "地方公共団体の役割"],
    ]);
  });

  it("does not take a bare number or kana alone for a label (a page number, a stray character)", () => {
    const text = ["第１章 総論", "１ 計画の目的", "本計画の目的を定める。", "3", "ア", "計画の期間は５年とする。"].join("\n");
    expect(shape(text).map(([kind, label]) => [kind, label])).toEqual([
      ["chapter", "第１章"],
      ["item", "１"],
    ]);
  });
});

describe("other numbering layouts of ministries' plans", () => {
  it("takes Ⅰ Ⅱ at the top for the chapters, the body starting at Ⅰ", () => {
    const text = ["Ⅰ 総論", "１．計画の目的", "本計画は安全を確保する。", "２．計画の期間", "令和６年度から５年間とする。", "Ⅱ 各論", "１．道路交通", "(1)歩道の整備", "歩道を整備する。"].join("\n");
    const d = parsePlan(text);
    expect(d.parts.map((p) => p.kind)).toEqual(["body"]);
    expect(shape(text).map(([kind, label, , depth]) => [kind, label, depth])).toEqual([
      ["chapter", "Ⅰ", 0],
      ["item", "１．", 1],
      ["item", "２．", 1],
      ["chapter", "Ⅱ", 0],
      ["item", "１．", 1],
      ["item", "(1)", 2],
    ]);
  });

  it("reads hyphenated numbers (1-1, 2-1-1, full-width １－１) one level per number", () => {
    const text = ["1 総論", "1-1 計画の目的", "本計画は安全を確保する。", "1-2 計画の期間", "2 各論", "2-1 道路交通", "2-1-1 歩道の整備", "歩道を整備する。", "２－１－２ 自転車道の整備"].join("\n");
    expect(shape(text).map(([kind, label, , depth]) => [kind, label, depth])).toEqual([
      ["chapter", "1", 0],
      ["section", "1-1", 1],
      ["section", "1-2", 1],
      ["chapter", "2", 0],
      ["section", "2-1", 1],
      ["item", "2-1-1", 2],
      ["item", "２－１－２", 2],
    ]);
  });

  it("does not take a span such as 「10-12月」 or a phone number for a hyphenated label", () => {
    expect(readLabel("10-12月に実施する。")).toBeUndefined();
    expect(readLabel("03-1234-5678 まで")).toBeUndefined();
  });
});
