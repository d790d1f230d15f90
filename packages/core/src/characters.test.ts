import { describe, expect, it } from "vitest";
import { DIGIT, JAPANESE_CHAR, isDigitCode, isHiraganaCode, isKanjiCode, toFullWidth, toHalfWidth } from "./characters.js";

const code = (s: string): number => s.charCodeAt(0);

describe("character classes", () => {
  it("tells Japanese text from Latin text", () => {
    for (const s of ["サイバー", "セキュリティ", "戦略", "ｱ", "﨑", "ー"]) expect(JAPANESE_CHAR.test(s), s).toBe(true);
    for (const s of ["NISC", "ＮＩＳＣ", "２０１７", "（）", "𠮷"]) expect(JAPANESE_CHAR.test(s), s).toBe(false);
  });

  it("reads digits of both widths, and only digits", () => {
    expect([..."09０９"].every((c) => isDigitCode(code(c)))).toBe(true);
    expect([..."/:／：一①"].some((c) => isDigitCode(code(c)))).toBe(false);
    expect(new RegExp(`^${DIGIT}{4}$`).test("２０17")).toBe(true);
  });

  it("tells hiragana and kanji", () => {
    expect(isHiraganaCode(code("ぁ")) && isHiraganaCode(code("ゖ"))).toBe(true);
    expect(isHiraganaCode(code("ア")) || isHiraganaCode(code("ゝ"))).toBe(false);
    expect(isKanjiCode(code("一")) && isKanjiCode(code("々")) && isKanjiCode(code("龯"))).toBe(true);
    expect(isKanjiCode(code("〆")) || isKanjiCode(code("あ"))).toBe(false);
    // A surrogate pair's halves are neither.
    expect(isKanjiCode("𠮷".charCodeAt(0)) || isKanjiCode("𠮷".charCodeAt(1))).toBe(false);
  });

  it("folds full-width ASCII one code unit for one, and back", () => {
    expect(toHalfWidth("ＩｏＴ（２０１７）〜")).toBe("IoT(2017)〜");
    expect(toHalfWidth("　")).toBe("　");
    const s = "ＮＩＳＣ𠮷ｶﾅ";
    expect(toHalfWidth(s)).toHaveLength(s.length);
    expect(toFullWidth("IoT 2017")).toBe("ＩｏＴ ２０１７");
    expect(toHalfWidth(toFullWidth("J-CRAT/CC"))).toBe("J-CRAT/CC");
  });
});
