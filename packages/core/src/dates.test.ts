import { describe, expect, it } from "vitest";
import { parsePlanDate } from "./dates.js";
import { parsePlan } from "./parse-plan.js";
import { walkPlan } from "./plan-queries.js";
import type { PlanNode } from "./types.js";

describe("parsePlanDate", () => {
  it("reads 西暦 and 和暦 dates of either width, 元年 included", () => {
    expect(parsePlanDate("2015年９月４日")).toEqual({ text: "2015年９月４日", year: 2015, month: 9, day: 4 });
    expect(parsePlanDate("平成29年5月30日")).toEqual({ text: "平成29年5月30日", era: "平成", year: 2017, month: 5, day: 30 });
    expect(parsePlanDate("令和元年")).toMatchObject({ era: "令和", year: 2019 });
  });

  it("still reads a date that PDF extraction spaced out (「2018 年」, 「令和　４年　４月　１日」)", () => {
    expect(parsePlanDate("2018 年７月27日")).toMatchObject({ text: "2018 年７月27日", year: 2018, month: 7, day: 27 });
    expect(parsePlanDate("令和　４年　４月　１日　一部変更")).toMatchObject({ text: "令和　４年　４月　１日", era: "令和", year: 2022, month: 4, day: 1 });
    expect(parsePlanDate("2017 年 5 月 30 日")).toMatchObject({ year: 2017, month: 5, day: 30 });
  });

  it("does not take two spaces, or a number and a word, for a date", () => {
    expect(parsePlanDate("2018  年")).toBeUndefined();
    expect(parsePlanDate("第2018号")).toBeUndefined();
  });
});

describe("citations with a PDF-spaced date", () => {
  it("reads the date of 「title」（2018 年７月27日閣議決定）", () => {
    const text = "はじめに\n1. 取組\n(ア)内閣官房において、「サイバーセキュリティ戦略」（2018 年７月27日閣議決定）に基づき、対策を推進する。\n";
    const doc = parsePlan(text);
    const cites: NonNullable<PlanNode["citations"]> = [];
    walkPlan(doc, (n) => cites.push(...(n.citations ?? [])));
    expect(cites).toHaveLength(1);
    expect(cites[0]).toMatchObject({ title: "サイバーセキュリティ戦略", decidedBy: "閣議", action: "決定" });
    expect(cites[0]!.date).toMatchObject({ year: 2018, month: 7, day: 27 });
  });
});
