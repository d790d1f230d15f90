import { PlanlintError } from "@planlint/core";
import { describe, expect, it } from "vitest";
import { checkPatternSafety, isSafePattern, lookbehindAsLookahead } from "./pattern-safety.js";

describe("term pattern safety", () => {
  it("refuses nested repetitions", () => {
    for (const p of [/(a+)+$/, /(a*)*b/, /(?:x+y?)+/]) expect(isSafePattern(p), String(p)).toBe(false);
  });

  it("accepts lookbehind, lookahead, named groups and classes", () => {
    for (const p of [/(?<=と)共に/u, /(?<!日経)ソフトウエア/u, /サーバ(?!ー)/u, /(?<y>[0-9]{4})年/u, /[ぁ-ゖ]+/u, /\p{Script=Han}+/u]) {
      expect(isSafePattern(p), String(p)).toBe(true);
    }
  });

  it("still sees nested repetition inside a lookbehind", () => {
    expect(isSafePattern(/(?<=(a+)+)b/u)).toBe(false);
  });

  it("rewrites only real lookbehind groups", () => {
    expect(lookbehindAsLookahead(String.raw`(?<=a)\(?<=b[(?<=]`)).toBe(String.raw`(?=a)\(?<=b[(?<=]`);
    expect(lookbehindAsLookahead("(?<!a)(?<name>b)")).toBe("(?!a)(?<name>b)");
  });

  it("throws a PlanlintError with the place and a hint", () => {
    try {
      checkPatternSafety(/(a+)+$/, "/(a+)+$/", { file: "prh.yml", line: 3, column: 14 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PlanlintError);
      expect((e as PlanlintError).format()).toMatch(/^prh\.yml:3:14: pattern \/\(a\+\)\+\$\/ can backtrack catastrophically .*\(rewrite it/);
    }
  });
});
