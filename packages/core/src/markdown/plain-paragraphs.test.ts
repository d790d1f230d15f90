import { existsSync, readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedText } from "../../test/seed.js";
import { micromarkMdast, parseMdast } from "./mdast.js";
import { parseWithPlainParagraphs } from "./plain-paragraphs.js";

/** The corpus's Markdown documents, as committed for the outline fixtures (the shared corpus folder is not part of a clone). */
const CORPUS = new URL("../../test/fixtures/corpus/", import.meta.url);

/** The tree with plain paragraphs made here (at any size), as JSON; and how much micromark was given. */
function fast(text: string): { json: string | undefined; skeleton: string } {
  let skeleton = "";
  const root = parseWithPlainParagraphs(
    text,
    (t) => {
      skeleton = t;
      return micromarkMdast(t);
    },
    0,
  );
  return { json: root && JSON.stringify(root), skeleton };
}

/** Same keys in the same order, same positions, same values: micromark's tree. Returns whether plain paragraphs were made. */
function expectMicromarks(text: string): boolean {
  const { json } = fast(text);
  if (json !== undefined) expect(json, JSON.stringify(text)).toBe(JSON.stringify(micromarkMdast(text)));
  expect(JSON.stringify(parseMdast(text))).toBe(JSON.stringify(text.charCodeAt(0) === 0xfeff ? parseMdast(text) : micromarkMdast(text)));
  return json !== undefined;
}

describe("plain paragraphs made without micromark", () => {
  it("gives micromark's tree on the corpus's Markdown, with LF, CRLF and CR", () => {
    const names = readdirSync(CORPUS).filter((n) => existsSync(new URL(`${n}/input.md`, CORPUS)));
    expect(names.length).toBe(2);
    for (const name of names) {
      const text = readFileSync(new URL(`${name}/input.md`, CORPUS), "utf8");
      for (const t of [text, text.replace(/\r?\n/g, "\r\n"), text.replace(/\r?\n/g, "\r")]) {
        expect(fast(t).json, name).toBeDefined();
        expectMicromarks(t);
      }
    }
  }, 120_000);

  it("gives micromark's tree on the seed laid out as Markdown paragraphs, and gives micromark far less", () => {
    const seed = seedText().slice(0, 60_000);
    const text = seed.split(/\r?\n/).join("\n\n");
    const { json, skeleton } = fast(text);
    expect(json).toBeDefined();
    expect(skeleton.length).toBeLessThan(text.length / 2);
    expectMicromarks(text);
  }, 60_000);

  it("makes lists of one-line items too, and gives micromark each as its first item alone", () => {
    const text =
      "(1) 項目\n\n- 内閣官房において、施策を推進する。\n- 総務省において、施策を推進する。  \n- 外務省において、施策を推進する。\n\n(2) 項目\n\n" +
      "1. 第一の施策。\n2. 第二の施策。\n\n段落。\n- 段落の後の項目\n  - 入れ子\n\n段落。\n";
    const { json, skeleton } = fast(text);
    expect(skeleton).toBe("a\n\n- a\n\na\n\n1. a\n\n段落。\n- 段落の後の項目\n  - 入れ子\n\na\n");
    expect(json).toBe(JSON.stringify(micromarkMdast(text)));
  });

  it.each([
    ["a paragraph after a list item and a blank line", "1. 経済社会の活力\n\n我が国の安全の確保を図る。\n\n次の段落。"],
    ["a lazy line of a list item", "- 項目\n続きの行。\n\n段落。"],
    ["a paragraph indented under a list item", "- 項目\n\n  項目の段落。\n\n段落。"],
    ["a block quote's lazy line and a paragraph after it", "> 引用\n続き\n\n段落。\n\n> 引用"],
    ["lines in an unclosed fence", "```\n\n本文。\n\n本文。"],
    ["lines in a closed fence", "~~~\n本文。\n\n本文。\n~~~\n\n段落。"],
    ["lines in an HTML comment", "<!--\n\n本文。\n\n-->\n\n段落。"],
    ["lines in an HTML block that ends at a blank line", "<div>\n本文。\n\n段落。"],
    ["indented code before a paragraph", "    code\n\n段落。\n\n    code"],
    ["a setext underline after the paragraph", "見出し\n===\n\n段落。\n\n見出し\n---\n\n段落。"],
    ["a table after the paragraph", "区分\n|---|\n\n段落。\n\n| a |\n| - |\n| b |\n\n段落。"],
    ["ordered-list-like starts", "3.1. 我が国の安全\n\n3. 国際社会\n\n1) 項目\n\n12.\n\n2020年度"],
    ["a footnote definition and its reference", "本文[^1]。\n\n[^1]: 注の本文。\n\n段落。\n\n    注の続き"],
    ["a link reference definition far below", "[リンク]\n\n段落。\n\n[リンク]: https://example.jp"],
    ["surrogate pairs, full-width spaces and a trailing full-width space", "𠮷野家の𠮷。\n\n　字下げの段落。　\n\n段落。"],
    ["trailing spaces and a hard break", "行末に空白 \n次の行\n\n二つの空白  \n次の行\n\n段落。"],
    ["CRLF and lone CR endings mixed", "一行目\r\n二行目\r\n\r\n段落。\r\r段落。\n"],
    ["blank lines of spaces and tabs", "段落。\n  \t\n段落。\n \n\n段落。"],
    ["the text ending without a line break, and with blank lines", "段落。\n\n最後"],
    ["the text ending with blank lines", "段落。\n\n最後\n\n\n"],
    ["a heading between runs", "段落。\n\n# 第1章 総論\n\n段落。\n段落の続き。\n\n## 1. 目的\n段落。"],
    ["autolink-like words", "www.example.jp を参照\n\n段落。\n\nWWW.example.jp\n\nメール info@example.jp\n\nhttps://example.jp\n\n段落。"],
    ["HTML and entities inside a line", "段落&amp;。\n\n段落<br>。\n\n段落\\。\n\n段落。"],
    ["plain ASCII words and punctuation", "Society 5.0 (Cabinet Office, 2016); 100% \"IoT\" 'AI' {x} = y + z - w #tag ?\n\n段落。"],
    ["a thematic break and list markers after blank lines", "段落。\n\n***\n\n段落。\n\n+ 項目\n\n段落。\n\n* 項目"],
    ["lists that another list, a lazy line or an indented line joins", "- 項目\n\n- 施策。\n- 施策。\n\n段落。\n\n- 項目\n続き\n\n- 施策。\n- 施策。\n\n段落。\n\n- 施策。\n- 施策。\n\n  続き\n\n- 施策。\n\n- 施策。"],
    ["lists of mixed markers and delimiters", "- 施策。\n* 施策。\n\n段落。\n\n1. 施策。\n2) 施策。\n\n段落。\n\n3. 施策。\n4. 施策。\n\n段落。\n\n+ 施策。\n+ 施策。"],
    ["one-line list items, nested, after paragraphs", "(1) 項目\n\n- 施策を推進する。\n- 施策を推進する。  \n  - 入れ子の施策。\n    1. 番号の施策。\n\n段落。\n- 段落の後の項目。"],
    ["list items a line continues, lazily or indented", "- 項目\n続きの行。\n- 項目\n  続きの行。\n\n1. 項目\n2) 項目\n\n段落。\n2. 段落の続き。"],
    ["list items with code, a heading, a quote or a task after the marker", "-     コード\n- # 見出し\n- > 引用\n- [ ] 課題\n-\t項目\n- 項目\n*  項目\n+    項目\n\n段落。"],
    ["list items in a fence, an HTML comment and a block quote", "```\n- 項目\n```\n\n<!--\n- 項目\n-->\n\n> - 項目\n> - 項目\n\n- 項目"],
    ["ordered markers of ten digits and thematic breaks", "1234567890. 項目\n123456789. 項目\n\n- - -\n\n* * *\n\n- 項目"],
    ["a front-matter fence at the start", "---\ntitle: 計画\n---\n\n段落。\n\n段落。"],
    ["a byte order mark", "\uFEFF段落。\n\n段落。"],
    ["a NUL and other control characters", "段落\u0000。\n\n段落\u000B。\n\n段落。"],
  ])("gives micromark's tree: %s", (_, text) => {
    expectMicromarks(text);
  });
});

/** Blocks of a Markdown plan and the syntax that changes what the blocks around them are. */
const BLOCKS = [
  "我が国の安全の確保を図る。", "政府機関の対策を強化する。\n関係府省庁と連携する。", "(ア)内閣官房において", "3.1. 節", "2020年度", "Society 5.0",
  "- 項目", "1. 項目", "  字下げ", "    コード", "> 引用", "```", "~~~", "<!--", "-->", "<div>", "</div>", "# 見出し", "見出し\n---", "===",
  "| a | b |\n|---|---|", "[^1]: 注", "本文[^1]", "[a]: https://example.jp", "[a]", "***", "行末 ", "行末  ", "\t字", "𠮷", "&amp;", "www.example.jp",
  "- 施策を推進する。", "  - 入れ子の施策。", "1. 施策。", "2) 施策。", "* 項目", "- 項目  ", "-     コード", "- # 見出し",
  "段落。", "段落。", "段落。", " 段落。", "   段落。", "    段落。", "段落。\n  続き。", "段落。\n\t続き。", "段落。 \n続き。", "段落。\t", "\t段落。", "段落。   ",
];
const SEPARATORS = ["\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n", "\n\t\n"];

describe("plain paragraphs: random documents", () => {
  it("give micromark's tree whatever blocks stand around them", () => {
    let made = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 30 }), (blocks) => {
        if (expectMicromarks(blocks.map(([b, s]) => b + s).join(""))) made++;
      }),
      { numRuns: 1000 },
    );
    // Most documents have plain paragraphs where micromark expects them (the property tests the made trees).
    expect(made).toBeGreaterThan(500);
  }, 120_000);
});
