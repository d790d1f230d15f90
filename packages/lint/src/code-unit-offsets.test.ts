import { describe, expect, it } from "vitest";
import { codeUnitOffsets } from "./code-unit-offsets.js";

/** What it must equal: every i with text.charCodeAt(i) === code. */
function naive(text: string, char: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === char.charCodeAt(0)) out.push(i);
  return out;
}

/** A document-sized text. */
const long = (s: string): string => s.repeat(Math.ceil(5000 / s.length));

describe("codeUnitOffsets", () => {
  const texts = {
    "plan prose": long("「サイバーセキュリティ戦略」（2015年９月４日閣議決定）に基づき、取組を進める。\n"),
    "CRLF lines (」 is 0x300D: its low byte is CR's)": long("「戦略」\r\n第１章\r\n"),
    "neighbours whose bytes spell 「 across them (0C 30)": long("\u0c00\u4e30「\u0c00\u4e30"),
    "surrogate pairs and lone surrogates": long("𠮷「𠮷」\ud842x\udfb7"),
    "short text": "「a」「b」",
    "the character at both ends": "「a「",
    "no match": long("あいうえお"),
    empty: "",
  };
  for (const [name, text] of Object.entries(texts)) {
    for (const char of ["「", "」", "\n", "\r", "\u0c00", "\ud842", "\udfb7", "x", "。"]) {
      it(`${name}: ${JSON.stringify(char)}`, () => {
        expect(codeUnitOffsets(text, char)).toEqual(naive(text, char));
      });
    }
  }

  it("refuses more than one code unit", () => {
    expect(() => codeUnitOffsets("abc", "ab")).toThrow();
  });
});
