import { describe, expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { readCommentSummary } from "./comment-summary.js";

const SUMMARY = [
  "「〇〇計画（案）」に対する意見募集の結果の概要",
  "■ 意 見 総 数： 15者から39件 【内訳：４企業・団体から延べ19件、11個人から延べ20件】",
  "（１）修正意見： 全７件",
  "• 主旨を踏まえて修正（全１件）",
  "• 理由を付して原案どおりとすると回答（全６件）",
  "（２）政策展開に係る意見： 全29件",
  "（３）賛同意見、その他意見： 全３件",
].join("\n");

describe("readCommentSummary", () => {
  it("reads the total, the breakdown, the categories and their parts, each number at its place", () => {
    const s = readCommentSummary(SUMMARY);
    const at = (c: { range: { start: number; end: number } }) => SUMMARY.slice(c.range.start, c.range.end);
    expect(s.total && [s.total.submitters.value, s.total.comments.value, at(s.total.comments)]).toEqual([15, 39, "39"]);
    expect(s.breakdown.map((b) => [b.submitters.value, b.comments.value, at(b.submitters), at(b.comments)])).toEqual([
      [4, 19, "４", "19"],
      [11, 20, "11", "20"],
    ]);
    expect(s.categories.map((c) => [c.label, c.count.value, at(c.count), c.parts.map((p) => p.value)])).toEqual([
      ["（１）", 7, "７", [1, 6]],
      ["（２）", 29, "29", []],
      ["（３）", 3, "３", []],
    ]);
  });

  it("keeps offsets in the document with a base, and reads CRLF text", () => {
    const crlf = SUMMARY.replace(/\n/g, "\r\n");
    const s = readCommentSummary(crlf, 100);
    expect(s.categories.map((c) => crlf.slice(c.count.range.start - 100, c.count.range.end - 100))).toEqual(["７", "29", "３"]);
  });

  it("reads the seed's summary (資料１－３)", () => {
    const text = seedText();
    const start = text.indexOf("意見募集の結果の概要");
    const s = readCommentSummary(text.slice(start, start + 1200), start);
    expect(s.total?.comments.value).toBe(39);
    expect(s.breakdown.map((b) => b.comments.value)).toEqual([19, 20]);
    expect(s.categories.map((c) => c.count.value)).toEqual([7, 29, 3]);
  });

  it("finds nothing in text without counts", () => {
    expect(readCommentSummary("意見募集の結果\n多数の御意見をいただいた。")).toEqual({ breakdown: [], categories: [] });
  });
});
