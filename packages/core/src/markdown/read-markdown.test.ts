import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse-plan.js";
import type { PlanDocument, PlanNode, TextRange } from "../types.js";

const md = (text: string): PlanDocument => parsePlan(text, { fileName: "plan.md" });

/** The prose of a document: the runs of text between its nonProse ranges, each trimmed, blank ones left out. */
function prose(text: string, doc: PlanDocument): string[] {
  const out: string[] = [];
  let at = 0;
  for (const r of [...(doc.nonProse ?? []), { start: text.length, end: text.length }]) {
    for (const line of text.slice(at, r.start).split(/\r\n|\r|\n/)) if (line.trim() !== "") out.push(line.trim());
    at = r.end;
  }
  return out;
}

function slices(text: string, ranges: readonly TextRange[] | undefined): string[] {
  return (ranges ?? []).map((r) => text.slice(r.start, r.end));
}

function walk(nodes: readonly PlanNode[], out: PlanNode[] = []): PlanNode[] {
  for (const n of nodes) {
    out.push(n);
    walk(n.children, out);
  }
  return out;
}

describe("nonProse of a Markdown plan", () => {
  it("keeps link text and leaves out targets, URLs, images, code, HTML (but a figure's caption) and syntax marks", () => {
    const text = [
      "## 1.1. **安全な**IoTシステムの創出 <!-- omit in toc -->",
      "",
      "内閣官房において、[セキュリティ・バイ・デザイン](https://www.nisc.go.jp/ \"NISC\")の考え方を`npm`で https://example.jp/a と <https://b.example> ![図1](fig.png) 推進する[^1]。",
      "",
      "> 引用の*文*です。",
      "",
      "```text",
      "多重防御",
      "```",
      "",
      "<figure>",
      "<figcaption>図表 1</figcaption>",
      "</figure>",
      "",
      "[nisc]: https://www.nisc.go.jp/",
      "",
      "[^1]: 注の本文は[リンク](https://x.example)も含む。",
      "",
    ].join("\n");
    const doc = md(text);
    // The heading's number is the heading's text (the outline and numbering rules read it); its marks are not.
    expect(prose(text, doc)).toEqual([
      "1.1.", "安全な", "IoTシステムの創出",
      "内閣官房において、", "セキュリティ・バイ・デザイン", "の考え方を", "で", "と", "推進する", "。",
      "引用の", "文", "です。",
      // A figure's caption inside HTML is the drafter's text; the tags are not.
      "図表 1",
      "注の本文は", "リンク", "も含む。",
    ]);
    expect(slices(text, doc.nonProse)).toContain("```text\n多重防御\n```");
    expect(slices(text, doc.nonProse)).toContain("[nisc]: https://www.nisc.go.jp/");
  });

  it("reads tables cell by cell: pipes and the delimiter row are not prose", () => {
    const text = "| 用語 | 意味 |\r\n|:---|---:|\r\n| ＥＢＰＭ | 証拠に基づく**政策**立案 |\r\n| 空 | |\r\n";
    const doc = md(text);
    expect(prose(text, doc)).toEqual(["用語", "意味", "ＥＢＰＭ", "証拠に基づく", "政策", "立案", "空"]);
    expect(slices(text, doc.nonProse)).toContain("|:---|---:|");
  });

  it("leaves out front matter, HTML blocks, comments and link-only lists (tables of contents)", () => {
    const text = "---\ntitle: 計画\n---\n\n<!-- 下書き -->\n\n## 目次\n\n- [1. はじめに](#1-はじめに)\n  - [1.1. 背景](#11-背景)\n\n## 1. はじめに\n\n- [資料](a.pdf)は別添のとおり。\n";
    const doc = md(text);
    expect(prose(text, doc)).toEqual(["目次", "1. はじめに", "資料", "は別添のとおり。"]);
  });

  it("is sorted, non-overlapping and inside the text", () => {
    const text = "# *a* [b](c) `d`\n\n- **e**\n  1. [f](g)\n\n> > h\n";
    const ranges = md(text).nonProse!;
    for (let i = 0; i < ranges.length; i++) {
      expect(ranges[i]!.start).toBeLessThan(ranges[i]!.end);
      expect(ranges[i]!.end).toBeLessThanOrEqual(text.length);
      if (i > 0) expect(ranges[i]!.start).toBeGreaterThan(ranges[i - 1]!.end);
    }
  });

  it("is absent for plain text", () => {
    expect(parsePlan("1. 総論\n[a](b)\n").nonProse).toBeUndefined();
  });

  it("marks the lines the line readers must skip, and takes syntax off the others' ends", () => {
    // A ※ footnote inside a code block is code; one in a quote is the drafter's.
    const text = "```\n※１：コード\n```\n\n> ※２：引用の注\n";
    expect(md(text).footnotes.map((f) => f.label)).toEqual(["※２"]);
  });
});

describe("Markdown footnotes", () => {
  it("become footnotes with label, text and range; their text stays prose", () => {
    const text = "本文[^1]と本文[^note]。\r\n\r\n[^1]: 「包括的データ戦略」**Ⅰ**-２.（２）\r\n[^note]: https://www.soumu.go.jp/main_content/000790352.pdf\r\n";
    const doc = md(text);
    expect(doc.footnotes.map((f) => ({ label: f.label, text: f.text, source: text.slice(f.range.start, f.range.end) }))).toEqual([
      { label: "1", text: "「包括的データ戦略」Ⅰ-２.（２）", source: "[^1]: 「包括的データ戦略」**Ⅰ**-２.（２）" },
      { label: "note", text: "", source: "[^note]: https://www.soumu.go.jp/main_content/000790352.pdf" },
    ]);
    expect(prose(text, doc)).toEqual(["本文", "と本文", "。", "「包括的データ戦略」", "Ⅰ", "-２.（２）"]);
  });
});

describe("the outline of a Markdown plan", () => {
  it("nests headings by depth (skipped depths too) and reads their labels", () => {
    const text = [
      "# 第１部 総論",
      "### 第２章　*基本的な*方針",
      "#### 第１節 [目的](#x)",
      "## （１） 取組",
      "## ① 丸数字",
      "## Ａ．全角",
      "## はじめに",
      "## 2024年度の取組",
      "Setext の見出し",
      "---------------",
    ].join("\n");
    const nodes = walk(md(text).body);
    expect(nodes.map((n) => [n.kind, n.label, n.family, n.title, n.depth, n.numbers])).toEqual([
      ["part", "第１部", "第N部", "総論", 0, [1]],
      ["chapter", "第２章", "第N章", "基本的な方針", 1, [2]],
      ["section", "第１節", "第N節", "目的", 2, [2, 1]],
      ["item", "（１）", "(N)", "取組", 1, [1]],
      ["item", "①", "①", "丸数字", 1, [1]],
      ["item", "Ａ．", "A.", "全角", 1, [1]],
      ["heading", "", "#", "はじめに", 1, []],
      ["heading", "", "#", "2024年度の取組", 1, []],
      ["heading", "", "#", "Setext の見出し", 1, []],
    ]);
  });

  it("reads dotted labels of any depth as numbers", () => {
    const nodes = walk(md("## 2.2.3.1. アウトプット（例）\n\n## 1.1 最後の点なし\n\n## １ 全角数字\n").body);
    expect(nodes.map((n) => [n.kind, n.label, n.family, n.numbers, n.title])).toEqual([
      ["item", "2.2.3.1.", "N.N.N.N.", [2, 2, 3, 1], "アウトプット（例）"],
      ["section", "1.1", "N.N", [1, 1], "最後の点なし"],
      ["item", "１", "N", [1], "全角数字"],
    ]);
  });

  it("makes list items bullets under their heading, nested as the lists nest, whatever their numbers", () => {
    const text = "## 4. ルール層\n\n1. 内閣官房において、**推進**する。\n   1. 入れ子\n   1. 入れ子２\n1. 二つ目\n\n* 総務省を通じて周知する。\n";
    const [chapter] = md(text).body;
    const shape = (n: PlanNode): unknown => ({ label: n.label, family: n.family, kind: n.kind, depth: n.depth, text: n.text.text, children: n.children.map(shape) });
    expect(chapter!.children.map(shape)).toEqual([
      { label: "1.", family: "・", kind: "bullet", depth: 1, text: "内閣官房において、推進する。", children: [
        { label: "1.", family: "・", kind: "bullet", depth: 2, text: "入れ子", children: [] },
        { label: "1.", family: "・", kind: "bullet", depth: 2, text: "入れ子２", children: [] },
      ] },
      { label: "1.", family: "・", kind: "bullet", depth: 1, text: "二つ目", children: [] },
      { label: "*", family: "・", kind: "bullet", depth: 1, text: "総務省を通じて周知する。", children: [] },
    ]);
    expect(chapter!.children[0]!.owners!.map((o) => o.name)).toEqual(["内閣官房"]);
    expect(chapter!.children[2]!.via!.map((o) => o.name)).toEqual(["総務省"]);
  });

  it("keeps offsets exact with CRLF, full-width spaces and surrogate pairs", () => {
    const text = "\uFEFF## 1.1.\u3000𠮷野家の**施策**\r\n\r\n- 𠮷田省において、[推進](https://x)する。\r\n\r\n|𠮷|\u3000値|\r\n|-|-|\r\n|𠮷野|１|\r\n";
    const doc = md(text);
    const [section] = doc.body;
    expect(section!.title).toBe("𠮷野家の施策");
    expect(text.slice(section!.labelRange.start, section!.labelRange.end)).toBe("1.1.");
    for (const p of section!.text.pieces) expect(text.slice(p.source, p.source + p.length)).toBe(section!.text.text.slice(p.at, p.at + p.length));
    const bullet = section!.children[0]!;
    expect(bullet.text.text).toBe("𠮷田省において、推進する。");
    expect(text.slice(bullet.owners![0]!.range.start, bullet.owners![0]!.range.end)).toBe("𠮷田省");
    expect(prose(text, doc)).toEqual(["1.1.\u3000𠮷野家の", "施策", "𠮷田省において、", "推進", "する。", "𠮷", "値", "𠮷野", "１"]);
    expect(text.slice(doc.nonProse![0]!.start, doc.nonProse![0]!.end)).toBe("## ");
  });
});

describe("broken Markdown", () => {
  const cases: Record<string, string> = {
    "an unclosed fence": "## 1. 見出し\n\n```js\nconst a = 1;\n\n## 2. 見出しではない\n",
    "stray HTML": "<div>\n## 1. 中\n<table><tr><td>セル\n\n</span> 本文 <b>太字\n<!-- 閉じないコメント\n## 2. 後\n",
    "unclosed emphasis and links": "## **1. 見出し\n\n[リンク(https://x **強調 `コード\n\n![画像](\n",
    "deeply nested quotes": ">".repeat(1000) + " 深い引用\n",
    "deeply nested lists": Array.from({ length: 100 }, (_, i) => " ".repeat(i * 2) + "- 項目").join("\n"),
    "deep emphasis": "*".repeat(2000) + "強調" + "*".repeat(2000),
    "a 10k-line table": "| 用語 | 意味 |\n|---|---|\n" + Array.from({ length: 10000 }, (_, i) => `| 語${i} | 意味${i}[^${i}] |`).join("\n") + "\n",
    "front matter left open": "---\ntitle: 計画\n\n# 見出し\n",
  };
  for (const [name, text] of Object.entries(cases)) {
    // micromark's own pace on a loaded machine sets the timeout: this is about not throwing.
    it(`parses ${name} without throwing, ranges inside the text`, { timeout: 120_000 }, () => {
      const doc = md(text);
      for (const r of doc.nonProse ?? []) expect(r.end).toBeLessThanOrEqual(text.length);
      for (const n of walk(doc.body)) {
        expect(n.range.start).toBeLessThanOrEqual(n.range.end);
        expect(n.range.end).toBeLessThanOrEqual(text.length);
      }
    });
  }

  it("takes nothing in an unclosed fence for a heading", () => {
    const doc = md(cases["an unclosed fence"]!);
    expect(walk(doc.body).map((n) => n.title)).toEqual(["見出し"]);
  });
});
