import { describe, expect, it } from "vitest";
import { fixture } from "../test/seed.js";
import { parsePlan } from "./parse-plan.js";
import { resolveCrossReference, walkPlan, walkReference } from "./plan-queries.js";
import type { CrossReference, PlanDocument, PlanNode } from "./types.js";

function references(d: PlanDocument): { node: PlanNode; ref: CrossReference }[] {
  const out: { node: PlanNode; ref: CrossReference }[] = [];
  walkPlan(d, (node) => {
    for (const ref of node.crossReferences ?? []) out.push({ node, ref });
  });
  return out;
}

describe("cross-references through the family-based outline", () => {
  const plan = [
    "第１章 総論",
    "第１節 計画の目的",
    "１ 計画策定の趣旨",
    "(1) 背景",
    "ア 内閣官房において、計画を取りまとめる。",
    "イ 総務省において、第１章第１節１(1)アに記載のとおり、計画を周知する。",
    "第２章 施策",
    "第１節 道路交通環境の整備",
    "１ 歩行空間の整備",
    "(1) 通学路の整備",
    "ア 国土交通省において、第２章第１節１(1)イの取組と併せて、歩道を整備する。",
    "イ 警察庁において、第１章で述べたとおり、区域規制を推進する。",
    "ウ 警察庁において、第３章に記載の取組を進める。",
    "",
  ].join("\n");
  const d = parsePlan(plan);

  it("reads 「第２章第１節１(1)イ」 level by level and resolves it, or says where it stops", () => {
    const refs = references(d);
    expect(refs.map(({ ref }) => ref.text)).toEqual(["第１章第１節１(1)ア", "第２章第１節１(1)イ", "第１章", "第３章"]);
    expect(refs.map(({ ref, node }) => resolveCrossReference(d, ref.target, node)?.path)).toEqual(["1.1 1(1)ア", "2.1 1(1)イ", "1", undefined]);
    const stop = walkReference(d, refs[3]!.ref.target);
    expect([stop.found.length, stop.missing?.step]).toEqual([0, { level: "chapter", value: 3 }]);
    for (const { ref } of refs) expect(plan.slice(ref.range.start, ref.range.end)).toBe(ref.text);
  });

  it("resolves the seed's dotted 「2.2(2)(ア)」 as before: chapter › section › item › measure", () => {
    const dotted = parsePlan(
      ["1. 総論", "1.1. 目的", "(1) 背景", "(ア)内閣官房において、取組を進める。", "2. 施策", "2.1. 重要インフラ", "(ア)内閣官房において、1.1(1)(ア)に記載のとおり、取組を進める。", "(イ)総務省において、1.1(ア)に記載の取組を進める。", ""].join("\n"),
    );
    const refs = references(dotted);
    expect(refs.map(({ ref }) => [ref.text, resolveCrossReference(dotted, ref.target)?.path])).toEqual([
      ["1.1(1)(ア)", "1.1(1)(ア)"],
      // (ア) directly under 1.1 does not exist: the measure is under (1).
      ["1.1(ア)", undefined],
    ]);
  });

  it("looks for a chapter named without its 部 in the referring node's own 部 first", () => {
    const parts = parsePlan(["第１部 総論", "第１章 目的", "ア 内閣官房において、取組を進める。", "第２部 施策", "第１章 道路", "第２章 鉄道", "ア 国土交通省において、第２章に記載のとおり、取組を進める。", ""].join("\n"));
    const [first] = references(parts);
    expect(resolveCrossReference(parts, first!.ref.target, first!.node)?.path).toBe("第2部 2");
  });

  it("leaves numbers of other documents and counts alone", () => {
    const d2 = parsePlan(["１ 総論", "ア 内閣官房において、法第６章第２節の規定に基づき、第２章３か所の取組を進める。", ""].join("\n"));
    const texts = references(d2).map(({ ref }) => ref.text);
    // 「法第６章第２節」 is read (the rule skips it by the 法 before it); 「第２章３か所」 is chapter 2, not an item 3.
    expect(texts).toEqual(["第６章第２節", "第２章"]);
  });

  it("finds nothing to resolve in the ppc 基本方針's headings (references there sit in paragraphs, not statements)", () => {
    expect(references(parsePlan(fixture("corpus/ppc-basic-policy/input.txt")))).toEqual([]);
  });
});
