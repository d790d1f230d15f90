import { describe, expect, it } from "vitest";
import { compilePrhRules } from "./compile-prh.js";
import { expandExpected, findTermMatches, forEachPrefixedMatch, literalPrefix, replaceTerms, spreadAlphaNum } from "./term-dictionary.js";

const rules = (raw: unknown[]) => compilePrhRules(raw, "test.yml");

describe("term dictionary matching", () => {
  it("lets the earlier start win, then the longer match, then the earlier rule", () => {
    const r = rules([
      { expected: "X", pattern: "防御" },
      { expected: "多層防御", pattern: "多重防御" },
      { expected: "Y", pattern: "多重防御" },
    ]);
    const found = findTermMatches("多重防御と防御", r);
    expect(found.map((m) => [m.found, m.replacement, m.start])).toEqual([
      ["多重防御", "多層防御", 0],
      ["防御", "X", 5],
    ]);
  });

  it("skips a match whose replacement is the same text", () => {
    expect(findTermMatches("多層防御", rules([{ expected: "多層防御", pattern: "/多.防御/" }]))).toEqual([]);
  });

  it("survives patterns that can match empty text", () => {
    const r = rules([{ expected: "-", pattern: "/x*/" }]);
    expect(replaceTerms("axxb𠮷x", r)).toBe("a-b𠮷-");
  });

  it("keeps offsets in UTF-16 units around surrogate pairs", () => {
    const [m] = findTermMatches("𠮷野の多重防御", rules([{ expected: "多層防御", pattern: "多重防御" }]));
    expect([m!.start, m!.end]).toEqual([4, 8]);
  });

  it("spreads letters and digits over case and width, and escapes the rest", () => {
    expect(spreadAlphaNum("a1")).toBe("[AaＡａ][1１]");
    expect(new RegExp(spreadAlphaNum("C++(株)"), "u").test("ｃ++(株)")).toBe(true);
    expect(new RegExp(spreadAlphaNum("𠮷"), "u").test("𠮷")).toBe(true);
  });

  it("expands groups like prh", () => {
    const m = /(a)(b)?/.exec("a")!;
    expect(expandExpected("$1-$2-$3-$0-$$1", m)).toBe("a--$3-$0-$a");
  });

  it("knows the text every match starts with, and only when it is sure", () => {
    expect(literalPrefix(/多重防御/gu)).toBe("多重防御");
    expect(literalPrefix(/サーバ(?!ー)/gu)).toBe("サーバ");
    expect(literalPrefix(/取組み(?=を)/gu)).toBe("取組み");
    expect(literalPrefix(/ab?c/gu)).toBe("a");
    expect(literalPrefix(/a𠮷?/gu)).toBe("a");
    expect(literalPrefix(/a|b/gu)).toBe("");
    expect(literalPrefix(/既定(?=する)|既定(?<=法の既定)/gu)).toBe("既定");
    expect(literalPrefix(/abc|abd|ab?/gu)).toBe("a");
    expect(literalPrefix(/ab|/gu)).toBe("");
    expect(literalPrefix(/a\|b|a/gu)).toBe("a");
    expect(literalPrefix(/𠮷a|𠮸a/gu)).toBe("");
    expect(literalPrefix(/(?:a|b)c/gu)).toBe("");
    expect(literalPrefix(/a(?:b|c)/gu)).toBe("a");
    expect(literalPrefix(/[|]a/gu)).toBe("");
    expect(literalPrefix(/cookie/giu)).toBe("");
    expect(literalPrefix(/\(x\)/gu)).toBe("");
  });

  it("finds the same with and without the literal prefilter", () => {
    const r = rules([{ expected: "X", pattern: "/ab?c/" }, { expected: "Y", pattern: "/a|zz/" }]);
    expect(replaceTerms("ac abc zz", r)).toBe("X X Y");
  });

  it("finds where the prefix stands exactly what the global regexp finds", () => {
    const all = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    const cases: [RegExp, string][] = [
      // Lookbehind reaching before the prefix, overlapping prefixes, a match running over the next prefix.
      [/以外(?<=(?:^|[。、])以外)(?=に)/gu, "以外に、それ以外に。以外にも以外"],
      [/aa(?:b|aab)/g, "aaab aaaab aab aaaaab"],
      [/取組(?:み|む)?/gu, "取組取組み取り組み取組む"],
      // A top-level alternation whose alternatives share the prefix.
      [/既定(?=する)|既定(?<=法の既定)/gu, "既定する 法の既定 既定 既定しない法の既定する"],
      // Surrogate pairs before and inside the prefix (offsets in UTF-16 units).
      [/𠮷野家?/gu, "𠮷野𠮷野家𠮷𠮷野"],
      [/ab/g, "\ud842ab\udfb7ab"],
    ];
    for (const [re, text] of cases) {
      const prefix = literalPrefix(re);
      expect(prefix).not.toBe("");
      const found: string[] = [];
      forEachPrefixedMatch(text, re, prefix, (m) => found.push(`${m.index}:${m[0]}`));
      expect(found).toEqual(all(re, text));
    }
  });
});
