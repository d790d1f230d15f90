import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedText } from "../test/seed.js";
import { toSourceRange } from "./joined-text.js";
import { parsePlan } from "./parse-plan.js";
import { proseText } from "./prose.js";
import { splitLines } from "./text-lines.js";
import type { PlanDocument } from "./types.js";

function prose(text: string, fileName = "plan.txt", extra: Partial<PlanDocument> = {}) {
  const document = { ...parsePlan(text, { fileName }), ...extra };
  return proseText(text, document);
}
const source = (text: string, joined: ReturnType<typeof prose>, word: string): string => {
  const at = joined.text.indexOf(word);
  expect(at, `「${word}」 in the prose`).toBeGreaterThanOrEqual(0);
  const r = toSourceRange(joined, at, at + word.length);
  return text.slice(r.start, r.end);
};

describe("proseText", () => {
  it("glues a word wrapped over blank lines back together and maps it to the source", () => {
    const text = "(タ)内閣官房において、標的型攻撃に対する多重\n\n防御の取組を引き続き推進する。 \n";
    const joined = prose(text);
    expect(joined.text).toBe("(タ)内閣官房において、標的型攻撃に対する多重防御の取組を引き続き推進する。\n");
    expect(source(text, joined, "多重防御")).toBe("多重\n\n防御");
  });

  it("ends a paragraph at a trailing space, a sentence end, or a line that starts a label", () => {
    expect(prose("第一の文で終わる。\n次の段落 \nさらに次\n").text).toBe("第一の文で終わる。\n次の段落\nさらに次\n");
    expect(prose("見出しのない行\n(イ)総務省において\n・箇条\n").text).toBe("見出しのない行\n(イ)総務省において\n・箇条\n");
  });

  it("leaves out page numbers and running headers", () => {
    const text = "標的型攻撃に対する多重\n\n- 5 -\n\n防御の取組を推進する。\n";
    expect(prose(text).text).toBe("標的型攻撃に対する多重防御の取組を推進する。\n");
  });

  it("handles CRLF and lone CR", () => {
    const text = "多重\r\n\r\n防御\r多層防御\r\n";
    const joined = prose(text);
    expect(joined.text).toBe("多重防御多層防御\n");
    expect(source(text, joined, "多重防御")).toBe("多重\r\n\r\n防御");
  });

  it("in Markdown without the reader's ranges, skips fences and comments; blank lines end paragraphs", () => {
    const text = "# 1. 見出し\n\n本文の多重\n防御。\n\n```\n多重防御\n```\n<!-- 多重防御 -->\n段落一\n\n段落二\n";
    expect(prose(text, "plan.md", { nonProse: undefined }).text).toBe("# 1. 見出し\n本文の多重防御。\n段落一\n段落二\n");
    // With the reader's ranges the heading mark goes too.
    expect(prose(text, "plan.md").text).toBe("1. 見出し\n本文の多重防御。\n段落一\n段落二\n");
  });

  it("reads a Markdown table's cells as separate paragraphs, not one cell running into the next", () => {
    const text = "# 表\n\n| 重点テーマ | 目指す姿 |\n|---|---|\n| 多層防御 | 取組の推進 |\n";
    expect(prose(text, "plan.md").text).toBe("表\n重点テーマ\n目指す姿\n多層防御\n取組の推進\n");
  });

  it("cuts the document's nonProse ranges out (hand-made, as the Markdown reader gives them)", () => {
    const text = "# 見出し\n\n詳しくは[手引き](https://example.jp/guide)を参照。\n\n```\n平成31年５月１日\n```\n\n---\n";
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const nonProse = [at("# "), at("["), at("](https://example.jp/guide)"), at("```\n平成31年５月１日\n```"), at("---")];
    const joined = prose(text, "plan.md", { nonProse });
    expect(joined.text).toBe("見出し\n詳しくは手引きを参照。\n");
    expect(source(text, joined, "手引きを参照")).toBe("手引き](https://example.jp/guide)を参照");
  });

  it("cuts any number of nonProse ranges (a long Markdown plan has one per list mark: more than a call may take as arguments)", () => {
    const n = 200_000;
    const text = "- 施策\n".repeat(n);
    const nonProse = Array.from({ length: n }, (_, i) => ({ start: i * 5, end: i * 5 + 2 }));
    const joined = prose(text, "plan.txt", { nonProse });
    expect(joined.text).toBe(`${"施策".repeat(n)}\n`);
  }, 60_000);

  it("takes a page-end footnote block out of the sentence it splits, each footnote a paragraph after it", () => {
    const text = [
      "(ア)内閣府において、地域の課題1を解決するための施策を取りまとめ、関係機関が事項2として取り組",
      "",
      "1 地域が抱える人口減少、産業の空洞化等の課題をいう。",
      "2 国、地方公共団体及び民間事業者が",
      "それぞれ担う事項をいう。",
      "- 1 - ",
      "むべき内容を示す。 ",
      "(イ)総務省において、計画を進める。",
    ].join("\r\n");
    const joined = prose(text);
    expect(joined.text).toBe(
      [
        "(ア)内閣府において、地域の課題を解決するための施策を取りまとめ、関係機関が事項として取り組むべき内容を示す。",
        "地域が抱える人口減少、産業の空洞化等の課題をいう。",
        "国、地方公共団体及び民間事業者がそれぞれ担う事項をいう。",
        "(イ)総務省において、計画を進める。",
        "",
      ].join("\n"),
    );
    expect(source(text, joined, "取り組むべき")).toBe(text.slice(text.indexOf("取り組\r\n"), text.indexOf("むべき") + 3));
    expect(source(text, joined, "課題を解決")).toBe("課題1を解決");
  });

  it("reads 「では12020 年」 as 「では」 + 「2020 年」: the mark is no digit of the year", () => {
    const text = ["政府では12020 年以降、地域の計画を段階的に進めてきたが、その成果は", "1 まち・ひと・しごと創生総合戦略をいう。", "- 3 -", "十分とはいえない。"].join("\n");
    expect(prose(text).text).toBe("政府では2020 年以降、地域の計画を段階的に進めてきたが、その成果は十分とはいえない。\nまち・ひと・しごと創生総合戦略をいう。\n");
  });

  it("reads only the regions asked for, and takes the lines it is given", () => {
    const text = "本文です。\n対象外の行\n多重防御の取組。\n";
    const document = parsePlan(text);
    const regions = [{ start: 0, end: 6 }, { start: 12, end: text.length }];
    expect(proseText(text, document, { regions }).text).toBe("本文です。\n多重防御の取組。\n");
    expect(proseText(text, document, { regions, lines: splitLines(text) })).toEqual(proseText(text, document, { regions }));
  });

  it("maps every piece back to the same characters of the source (property)", () => {
    const frag = fc.constantFrom("多重", "防御", "。", " ", "\n", "\n\n", "\r\n", "- 5 -\n", "1 ", "課題1を", "𠮷", "(ア)", "※１：注\n", "\f");
    fc.assert(
      fc.property(fc.array(frag, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const joined = prose(text);
        for (const p of joined.pieces) expect(joined.text.slice(p.at, p.at + p.length)).toBe(text.slice(p.source, p.source + p.length));
      }),
      { numRuns: 300 },
    );
  });

  it("on the seed: every piece maps back, and the ※ footnotes stay in their lines", () => {
    const seed = seedText();
    const joined = prose(seed);
    for (const p of joined.pieces) expect(joined.text.slice(p.at, p.at + p.length)).toBe(seed.slice(p.source, p.source + p.length));
    expect(joined.text).toContain("\n※１：Internet of Thingsの略\n");
  });
});
