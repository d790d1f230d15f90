import { describe, expect, test } from "vitest";
import { formatNumber } from "./numbering.js";

describe("formatNumber: numFmt values of WordprocessingML as a reader sees them", () => {
  test.each([
    [3, "decimal", "3"],
    [12, "decimalFullWidth", "１２"],
    [3, "decimalZero", "03"],
    [2, "upperLetter", "B"],
    [28, "upperLetter", "BB"],
    [4, "lowerRoman", "iv"],
    [12, "japaneseCounting", "十二"],
    [20, "japaneseCounting", "二十"],
    [1, "aiueoFullWidth", "ア"],
    [11, "aiueoFullWidth", "サ"],
    [2, "irohaFullWidth", "ロ"],
    [1, "decimalEnclosedCircle", "①"],
    [21, "decimalEnclosedCircle", "㉑"],
    [36, "decimalEnclosedCircle", "㊱"],
    [3, "decimalEnclosedParen", "⑶"],
    [105, "japaneseDigitalTenThousand", "一〇五"],
  ])("%i as %s is %s", (value, format, label) => {
    expect(formatNumber(value, format)).toBe(label);
  });
});
