import { parsePlan, type TextRange } from "@planlint/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyFixes } from "../fix.js";
import { checkedRegions, crossesParagraph, joinProse, minimalFix, proseText, sourceRange } from "./prose-text.js";

function prose(text: string, fileName = "plan.txt") {
  const document = parsePlan(text, { fileName });
  return joinProse(text, document, [{ start: 0, end: text.length }]);
}

/** Fixes `word` (found in the joined text) to `replacement` and returns the new document text. */
function fixed(text: string, word: string, replacement: string): string | undefined {
  const joined = prose(text);
  const at = joined.text.indexOf(word);
  expect(at, `「${word}」 in the joined text`).toBeGreaterThanOrEqual(0);
  const fix = minimalFix(text, joined, at, at + word.length, replacement);
  return fix && applyFixes(text, [fix]).output;
}

describe("prose text for term rules", () => {
  it("glues a word wrapped over blank lines back together and maps it to the source", () => {
    const text = "(タ)内閣官房において、標的型攻撃に対する多重\n\n防御の取組を引き続き推進する。 \n";
    const joined = prose(text);
    expect(joined.text).toBe("(タ)内閣官房において、標的型攻撃に対する多重防御の取組を引き続き推進する。\n");
    const at = joined.text.indexOf("多重防御");
    const range = sourceRange(joined, at, at + 4);
    expect(text.slice(range.start, range.end)).toBe("多重\n\n防御");
  });

  it("ends a paragraph at a trailing space or a sentence end, and marks it with a line break", () => {
    const joined = prose("第一の文で終わる。\n次の段落 \nさらに次\n");
    expect(joined.text).toBe("第一の文で終わる。\n次の段落\nさらに次\n");
    expect(crossesParagraph(joined, 7, 12)).toBe(true);
    expect(crossesParagraph(joined, 0, 9)).toBe(false);
  });

  it("starts a paragraph at a measure label or a bullet even without a sentence end", () => {
    expect(prose("見出しのない行\n(イ)総務省において\n・箇条\n").text).toBe("見出しのない行\n(イ)総務省において\n・箇条\n");
  });

  it("leaves out page numbers between the halves of a wrapped sentence", () => {
    const text = "標的型攻撃に対する多重\n\n- 5 -\n\n防御の取組を推進する。\n";
    expect(prose(text).text).toBe("標的型攻撃に対する多重防御の取組を推進する。\n");
  });

  it("glues wrapped Latin text as core's joinSpans does (a trailing space ends the paragraph)", () => {
    expect(prose("Internet of \nThings の略\n").text).toBe("Internet of\nThings の略\n");
    expect(prose("United Nations Office on\n Drugs and Crime の略\n").text).toBe("United Nations Office onDrugs and Crime の略\n");
  });

  it("handles CRLF and lone CR", () => {
    const text = "多重\r\n\r\n防御\r多層防御\r\n";
    const joined = prose(text);
    expect(joined.text).toBe("多重防御多層防御\n");
    const r = sourceRange(joined, 0, 4);
    expect(text.slice(r.start, r.end)).toBe("多重\r\n\r\n防御");
  });

  it("in Markdown, skips fenced code and comments, and blank lines end paragraphs", () => {
    const text = "# 1. 見出し\n\n本文の多重\n防御。\n\n```\n多重防御\n```\n<!-- 多重防御 -->\n段落一\n\n段落二\n";
    expect(prose(text, "plan.md").text).toBe("1. 見出し\n本文の多重防御。\n段落一\n段落二\n");
  });

  it("covers only the parts a rule checks", () => {
    const text = "本文です。\n";
    const document = parsePlan(text);
    const regions = checkedRegions({ text, document, inScope: () => true });
    expect(regions).toEqual([{ start: 0, end: text.length }]);
    const withParts = { ...document, parts: [{ kind: "body" as const, title: "", range: { start: 0, end: 3 } }, { kind: "public-comments" as const, title: "", range: { start: 3, end: 6 } }] };
    const only = checkedRegions({ text, document: withParts, inScope: (r: TextRange) => r.start === 0 });
    expect(only).toEqual([{ start: 0, end: 3 }]);
  });

  it("is built once per document and shared", () => {
    const text = "多重防御\n";
    const document = parsePlan(text);
    const source = { text, document, inScope: () => true };
    expect(proseText(source)).toBe(proseText(source));
  });
});

describe("prose text for term rules: minimal fixes", () => {
  it("replaces only what differs on one line", () => {
    expect(fixed("対する多重防御の取組", "多重防御", "多層防御")).toBe("対する多層防御の取組");
  });

  it("keeps a line break inside the term", () => {
    expect(fixed("対する多重\n\n防御の取組", "多重防御", "多層防御")).toBe("対する多層\n\n防御の取組");
    expect(fixed("技術共有等に取\n\n組む。", "取組む", "取り組む")).toBe("技術共有等に取り\n\n組む。");
  });

  it("carries the line break over when the difference straddles it", () => {
    expect(fixed("国際標準化の取り\n\n組みを進める", "取り組み", "取組")).toBe("国際標準化の取\n\n組を進める");
    expect(fixed("サイバー・\r\nセキュリティ", "サイバー・セキュリティ", "サイバーセキュリティ")).toBe("サイバー\r\nセキュリティ");
  });

  it("never cuts a surrogate pair", () => {
    expect(fixed("𠮷野家", "𠮷野家", "𠀋野家")).toBe("𠀋野家");
    expect(fixed("a𠮷b", "a𠮷b", "a𠀋b")).toBe("a𠀋b");
  });

  it("gives up where the joined text has a character no source piece covers", () => {
    const text = "ab\ncd";
    const joined = { text: "ab cd", pieces: [{ at: 0, source: 0, length: 2 }, { at: 3, source: 3, length: 2 }] };
    expect(minimalFix(text, joined, 0, 5, "abXcd")).toBeUndefined();
    expect(minimalFix(text, joined, 0, 5, "aB cd")).toEqual({ range: { start: 1, end: 2 }, text: "B" });
  });

  it("never touches text outside the term and never loses a line break (property)", () => {
    const piece = fc.constantFrom("多", "重", "防", "御", "取", "組", "み", "𠮷", "a", "、");
    const line = fc.array(piece, { minLength: 1, maxLength: 4 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), fc.constantFrom("\n", "\n\n", "\r\n"), fc.array(piece, { maxLength: 5 }), fc.nat(), fc.nat(), (lines, nl, repl, s, e) => {
        const text = lines.join(nl);
        const joined = prose(text);
        const body = joined.text.replace(/\n$/, "");
        if (body.includes("\n") || body.length === 0) return;
        let start = s % body.length;
        let end = start + 1 + (e % (body.length - start));
        // Keep the span on code-point boundaries.
        if (/[\udc00-\udfff]/.test(body[start]!)) start--;
        if (end < body.length && /[\udc00-\udfff]/.test(body[end]!)) end++;
        const replacement = repl.join("");
        const fix = minimalFix(text, joined, start, end, replacement);
        if (!fix) return;
        const out = applyFixes(text, [fix]).output;
        const src = sourceRange(joined, start, end);
        expect(out.slice(0, src.start)).toBe(text.slice(0, src.start));
        expect(out.slice(out.length - (text.length - src.end))).toBe(text.slice(src.end));
        expect(out.split(/\r\n|\n/).length).toBe(text.split(/\r\n|\n/).length);
        expect(prose(out).text.replace(/\n$/, "")).toBe(body.slice(0, start) + replacement + body.slice(end));
      }),
      { numRuns: 300 },
    );
  });
});
