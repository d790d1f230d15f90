import { existsSync, readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { constructsKey, micromarkMdast, parseMdast } from "./mdast.js";
import { PART_CHARS, parseInParts } from "./parse-in-parts.js";

/** The corpus's Markdown documents, as committed for the outline fixtures (the shared corpus folder is not part of a clone). */
const CORPUS = new URL("../../test/fixtures/corpus/", import.meta.url);

/** The text in parts of at least `size` characters, as JSON, and how many parts were parsed (counting parses again). */
function inParts(text: string, size: number): { json: string | undefined; parses: number } {
  const key = constructsKey(text);
  let parses = 0;
  const root = parseInParts(
    text,
    (part) => {
      parses++;
      expect(part.length).toBeLessThan(PART_CHARS);
      return parseMdast(part, key);
    },
    size,
  );
  return { json: root && JSON.stringify(root), parses };
}

/** Same keys in the same order, same positions, same values as the whole text's tree, whatever the part size. */
function expectWhole(text: string, sizes = [0, 1, 7, 40]): void {
  expect(text.length).toBeLessThan(PART_CHARS);
  const whole = JSON.stringify(parseMdast(text));
  for (const size of sizes) {
    const { json } = inParts(text, size);
    if (json !== undefined) expect(json, `${JSON.stringify(text)} in parts of ${size}`).toBe(whole);
  }
}

describe("a Markdown text parsed in parts", () => {
  it("gives the whole text's tree on the corpus's Markdown, with LF, CRLF and CR", () => {
    const names = readdirSync(CORPUS).filter((n) => existsSync(new URL(`${n}/input.md`, CORPUS)));
    expect(names.length).toBe(2);
    for (const name of names) {
      const text = readFileSync(new URL(`${name}/input.md`, CORPUS), "utf8");
      for (const t of [text, text.replace(/\r?\n/g, "\r\n"), text.replace(/\r?\n/g, "\r")]) {
        expectWhole(t, [0, 200, 2000]);
        // Cut it is: a heading or paragraph after a blank line comes every few lines.
        expect(inParts(t, 200).parses, name).toBeGreaterThan(10);
      }
    }
  }, 120_000);

  it.each([
    ["paragraphs after lists (the shape that made micromark quadratic)", "## 1. 柱\n\n(1) 項目\n\n- 施策。\n- 施策。\n\n(2) 項目\n\n- 施策。\n\n段落。"],
    ["a heading after a list item's lazy line", "- 項目\n続きの行。\n\n# 見出し\n\n段落。"],
    ["a paragraph indented under a list item", "- 項目\n\n  項目の段落。\n\n段落。"],
    ["a fence open over blank lines, closed and unclosed", "```\n\n本文。\n\n本文。\n```\n\n段落。\n\n~~~\n\n本文。\n\n本文。"],
    ["a fence in a list item over a blank line", "- ```\n  本文。\n\n  本文。\n  ```\n\n段落。"],
    ["an HTML comment over blank lines", "<!--\n\n本文。\n\n-->\n\n段落。\n\n<!-- 注\n\n段落 -->\n\n段落。"],
    ["an HTML block that ends at a blank line", "<div>\n本文。\n\n段落。"],
    ["indented code before a paragraph", "    code\n\n段落。\n\n    code\n\n段落。"],
    ["a setext heading after the cut", "段落。\n\n見出し\n===\n\n段落。\n\n見出し\n---\n\n段落。"],
    ["a table after the cut", "段落。\n\n区分 | 内容\n|---|---|\n| a | b |\n\n段落。"],
    ["a definition in one part, its reference in another", "[リンク]と[^1]。\n\n段落。\n\n段落。\n\n[リンク]: https://example.jp\n\n[^1]: 注の本文。\n\n段落[リンク]。"],
    ["a definition in the first part, references after", "[a]: https://example.jp\n\n段落。\n\n段落[a]と[b]。\n\n[^n]: 注\n\n段落[^n]。"],
    ["a footnote definition with a paragraph of its own", "本文[^1]。\n\n[^1]: 注の本文。\n\n    注の続き。\n\n段落。"],
    ["front matter with blank lines and a paragraph-like line", "---\ntitle: 計画\n\nsummary: 本文\n---\n\n段落。\n\n段落。"],
    ["front matter never closed", "---\ntitle: 計画\n\n段落。\n\n段落。"],
    ["TOML front matter", "+++\ntitle = \"計画\"\n\nx = 1\n+++\n\n段落。\n\n段落。"],
    ["a byte order mark, also in the middle", "\uFEFF段落。\n\n段落。\n\n\uFEFF段落。\n\n段落。"],
    ["surrogate pairs and full-width spaces", "𠮷野家の𠮷。\n\n　字下げの段落。　\n\n段落。\n\n𠮷。"],
    ["CRLF and lone CR endings mixed", "一行目\r\n二行目\r\n\r\n段落。\r\r段落。\n\n段落。\r\n"],
    ["blank lines of spaces and tabs", "段落。\n  \t\n段落。\n \n\n段落。"],
    ["blank lines at the start and the end", "\n\n\n段落。\n\n段落。\n\n\n"],
    ["ordered-list-like starts and thematic breaks", "段落。\n\n3. 国際社会\n\n段落。\n\n***\n\n段落。\n\n1) 項目\n\n段落。"],
    ["a block quote and its lazy line", "> 引用\n続き\n\n段落。\n\n> 引用\n\n段落。"],
  ])("gives the whole text's tree: %s", (_, text) => {
    expectWhole(text);
  });

  it("parses a long plan of lists and paragraphs in parts, as micromark does whole", () => {
    const lines: string[] = [];
    for (let s = 1; lines.length < 3_000; s++) {
      lines.push(`## ${s}. 施策群${s}`, "");
      for (let i = 1; i <= 5; i++) {
        lines.push(`(${i}) 項目${s}-${i}の[取組](https://example.jp/${s})`, "");
        for (let k = 0; k < 5; k++) lines.push(`- 内閣官房において、項目${s}-${i}-${k}に関する取組を推進する。`);
        lines.push("");
      }
    }
    const text = lines.join("\n");
    expect(text.length).toBeGreaterThan(PART_CHARS);
    const expected = JSON.stringify(micromarkMdast(text));
    const { json, parses } = inParts(text, 4_096);
    expect(parses).toBeGreaterThan(text.length / 4_096 / 2);
    expect(json).toBe(expected);
    // parseMdast itself cuts a text this long.
    expect(JSON.stringify(parseMdast(text) as Root)).toBe(expected);
  }, 120_000);
});

/** Blocks of a Markdown plan and the syntax that changes what the blocks around them are. */
const BLOCKS = [
  "我が国の安全の確保を図る。", "政府機関の対策を強化する。\n関係府省庁と連携する。", "(ア)内閣官房において", "3.1. 節", "2020年度", "Society 5.0",
  "- 項目", "1. 項目", "  字下げ", "    コード", "> 引用", "```", "~~~", "<!--", "-->", "<div>", "</div>", "# 見出し", "見出し\n---", "===",
  "| a | b |\n|---|---|", "[^1]: 注", "本文[^1]", "[a]: https://example.jp", "[a]", "[^b]: 注", "[b]と[^b]", "***", "---", "+++", "行末 ", "𠮷",
  "&amp;", "www.example.jp", "\uFEFF字", "段落。", "段落。", "段落。", " 段落。", "段落。\n  続き。", "段落。\t",
];
const SEPARATORS = ["\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n", "\n\t\n"];

describe("a Markdown text parsed in parts: random documents", () => {
  it("gives the whole text's tree whatever blocks stand around the cuts", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 40 }), (blocks) => {
        expectWhole(blocks.map(([b, s]) => b + s).join(""));
      }),
      { numRuns: 1000 },
    );
  }, 180_000);
});
