import { describe, expect, it } from "vitest";
import { compareNatural, hasOrderPrefix, orderPlanFiles } from "./plan-files.js";

describe("hasOrderPrefix", () => {
  it.each(["00_はじめに.md", "01_第1章 経済.md", "10_おわりに.md", "2-各論.md", "１．総論.md", "03第3章.md", "第3章_経済.md", "第二部.md", "chapter-04.md", "ch2.md", "dir/05_x.md"])(
    "%s is a chapter file",
    (name) => expect(hasOrderPrefix(name)).toBe(true),
  );
  it.each(["README.md", "2023_報告.md", "digital_agency_gif_overview_2022.md", "ppc_basic_policy.txt", "第一に.md", "chapters.md", "1234.md"])(
    "%s is not",
    (name) => expect(hasOrderPrefix(name)).toBe(false),
  );
});

describe("natural order", () => {
  it("puts 2 before 10 and mixes widths", () => {
    expect(orderPlanFiles(["10_おわりに.md", "2_b.md", "01_a.md", "００_序.md", "/x/11_c.md"])).toEqual(["００_序.md", "01_a.md", "2_b.md", "10_おわりに.md", "/x/11_c.md"]);
  });
  it("orders by file name, not by folder", () => {
    expect(orderPlanFiles(["b/02.md", "a/03.md", "c/01.md"])).toEqual(["c/01.md", "b/02.md", "a/03.md"]);
  });
  it("is a total order", () => {
    expect(compareNatural("a1", "a01")).not.toBe(0);
    expect(compareNatural("x", "x")).toBe(0);
    expect(compareNatural("1", "a")).toBeLessThan(0);
  });
});
