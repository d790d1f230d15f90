import { readFileSync } from "node:fs";
import { parsePlan, walkPlan, type PlanDocument } from "@planlint/core";
import { describe, expect, it } from "vitest";
import { forgetKeptWork } from "../memo/text-memo.js";
import { documentFrequency, topicUnits } from "./answer-topic.js";

/** The count the plain way: each measure's units listed, then the measures holding the unit. */
function countBySets(document: PlanDocument): { units: Set<string>; count: (unit: string) => number } {
  const sets: Set<string>[] = [];
  walkPlan(document, (n) => {
    if (n.kind === "measure" || n.kind === "bullet") sets.push(topicUnits(n.text.text));
  });
  const units = new Set<string>();
  for (const set of sets) for (const u of set) units.add(u);
  return { units, count: (unit) => sets.filter((s) => s.has(unit)).length };
}

function expectSameCounts(document: PlanDocument, extra: readonly string[]): number {
  forgetKeptWork();
  const plain = countBySets(document);
  const { count } = documentFrequency(document);
  const asked = [...plain.units, ...extra];
  for (const unit of asked) expect([unit, count(unit)]).toEqual([unit, plain.count(unit)]);
  return asked.length;
}

describe("documentFrequency counts a unit in as many measures as the measures' own units hold it", () => {
  it("on the seed, every unit of every measure", () => {
    const text = readFileSync(new URL("../../../../seeds/cybersecurity-2017-draft.txt", import.meta.url), "utf8");
    const document = parsePlan(text, { fileName: "seed.txt" });
    expect(expectSameCounts(document, ["情報", "サイバ", "イバー", "NIS", "CSIR", "ERT"])).toBeGreaterThan(1000);
  });

  it("on made-up measures: whole katakana and Latin words, width and case folded, a kanji bigram anywhere, CRLF and a surrogate pair", () => {
    const text = [
      "第１章 総論",
      "１ 施策",
      "（１） 取組",
      "ア ＣＳＩＲＴの体制を𠮷野町で整える。",
      "イ CSIRTとcsirtとＣｓｉｒｔは同じ語である。CSIRTs は別の語である。",
      "ウ サイバーセキュリティとセキュリティは別の語、ｾｷｭﾘﾃｨは同じ語である。",
      "エ 情報セキュリティ対策を推進する。",
      "オ 対策推進の情報を共有し、対策を講じる。",
    ].join("\r\n");
    const document = parsePlan(text, { fileName: "made-up.txt" });
    expect(expectSameCounts(document, ["CSIRTS", "セキュリテ", "キュリティ", "野町"])).toBeGreaterThan(10);
    const { count } = documentFrequency(document);
    expect([count("CSIRT"), count("セキュリティ"), count("対策"), count("サイバー")]).toEqual([2, 2, 2, 0]);
  });
});
