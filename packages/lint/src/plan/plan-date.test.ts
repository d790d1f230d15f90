import { describe, expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { isAfter, planOwnDate } from "./plan-date.js";

describe("planOwnDate", () => {
  it("reads the seed's title year (サイバーセキュリティ2017(案)の概要について)", () => {
    expect(planOwnDate(seedText())).toEqual({ year: 2017, text: "2017", from: "title" });
  });

  it("takes the latest revision of a 基本方針 whose date lines are spaced out by the PDF (corpus: ppc)", () => {
    const text = "個人情報の保護に関する基本方針\n平成１６年　４月　２日　閣議決定\n平成２０年　４月２５日　一部変更\n令和　４年　４月　１日　一部変更\n\n１　個人情報の保護に関する施策の推進に関する基本的な方向\n";
    expect(planOwnDate(text)).toMatchObject({ year: 2022, month: 4, day: 1, from: "front matter" });
  });

  it("reads a Markdown guidebook's date line with the 和暦 in brackets (corpus: data-management guidebook)", () => {
    const text = "\n#データマネジメント実践ガイドブック （導入編） <!-- omit in toc -->\n\nデジタル社会推進実践ガイドブック DS-465-1\n\n2023年（令和5年）2月28日\n\nデジタル庁\n";
    expect(planOwnDate(text)).toMatchObject({ year: 2023, month: 2, day: 28 });
  });

  it("does not take a target year in a sentence for the plan's date, nor a year followed by 年", () => {
    const text = "はじめに\n本計画は、2030年３月までに必要な措置を講ずるものである。\n2025年度の取組\n";
    expect(planOwnDate(text)).toBeUndefined();
  });

  it("reads 令和元年, a 2018 年 with a PDF space and CRLF", () => {
    expect(planOwnDate("〇〇計画\r\n令和元年５月 決定\r\n")).toMatchObject({ year: 2019, month: 5 });
    expect(planOwnDate("〇〇計画\n2018 年 ７ 月 27 日\n")).toMatchObject({ year: 2018, month: 7, day: 27 });
  });
});

describe("isAfter", () => {
  it("needs a later year for a title year, a later month for a month, a later day for a day", () => {
    expect(isAfter({ year: 2021, text: "2021", from: "title" }, "2021-09-01")).toBe(false);
    expect(isAfter({ year: 2022, text: "2022", from: "title" }, "2021-09-01")).toBe(true);
    expect(isAfter({ year: 2021, month: 9, text: "", from: "front matter" }, "2021-09-01")).toBe(false);
    expect(isAfter({ year: 2021, month: 10, text: "", from: "front matter" }, "2021-09-01")).toBe(true);
    expect(isAfter({ year: 2021, month: 9, day: 1, text: "", from: "front matter" }, "2021-09-01")).toBe(false);
    expect(isAfter({ year: 2021, month: 9, day: 2, text: "", from: "front matter" }, "2021-09-01")).toBe(true);
  });
});
