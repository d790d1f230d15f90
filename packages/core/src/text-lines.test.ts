import { describe, expect, it } from "vitest";
import { seedText } from "../test/seed.js";
import { linesStartingWith, splitLines } from "./text-lines.js";

/** What linesStartingWith means, as a search of the text: a line start, spaces, a character of the class. */
function bySearch(text: string, firstChars: string): number[] {
  const lines = splitLines(text);
  const re = new RegExp(`(?:^|[\\n\\r])[ \\u3000\\t\\u00a0\\v\\f\\ufeff]*[${firstChars}]`, "g");
  const out: number[] = [];
  let k = 0;
  while (re.test(text)) {
    const at = re.lastIndex - 1;
    while (k + 1 < lines.length && lines[k + 1]!.start <= at) k++;
    if (lines[k]!.contentStart === at) out.push(k);
  }
  return out;
}

const CLASSES = ["0-9０-９(（", "\\-－−‐―–", "0-9０-９※注*＊"];

describe("linesStartingWith", () => {
  it("finds the lines a search of the text finds, on the seed", () => {
    const seed = seedText();
    const lines = splitLines(seed);
    for (const chars of CLASSES) {
      const found = linesStartingWith(seed, lines, chars);
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(bySearch(seed, chars));
    }
  });

  it("reads past ASCII, full-width and tab spaces, across LF, CRLF and lone CR", () => {
    const text = "１ はじめに\r\n　（１）目的\r\n\r\n  - 3 -\rページ\n\t※１ 注記\n本文1\n\ufeff2.計画\n𠮷(ア)\n－\n";
    const lines = splitLines(text);
    for (const chars of CLASSES) expect(linesStartingWith(text, lines, chars)).toEqual(bySearch(text, chars));
    expect(linesStartingWith(text, lines, "0-9０-９(（")).toEqual([0, 1, 7]);
    expect(linesStartingWith(text, lines, "\\-－−‐―–")).toEqual([3, 9]);
    expect(linesStartingWith(text, lines, "0-9０-９※注*＊")).toEqual([0, 5, 7]);
  });
});
