import { describe, expect, it } from "vitest";
import { findQuotations, findQuotedTitles } from "./quotations.js";

const quoted = (text: string) => findQuotedTitles(text).map((r) => text.slice(r.start, r.end));

describe("findQuotedTitles", () => {
  it("finds a title with its decision date", () => {
    expect(quoted("「サイバーセキュリティ戦略」（2015年９月４日閣議決定）に基づき")).toEqual(["サイバーセキュリティ戦略"]);
  });

  it("takes the words quoted right after a dated title as that document's (an answer to a comment citing it)", () => {
    const text = "ご意見については、「サイバーセキュリティ戦\n略」（2015年９月４日閣議決定）において、「標的\n型攻撃に対する多重防御の取組を加速する」と\n記載しており、原案のとおりとさせていただきます。";
    expect(quoted(text)).toEqual(["サイバーセキュリティ戦\n略"]);
    expect(findQuotations(text).passages.map((r) => text.slice(r.start, r.end))).toEqual(["標的\n型攻撃に対する多重防御の取組を加速する"]);
  });

  it("leaves a quote after an undated title, or one not introduced by において/では, as the drafter's", () => {
    expect(findQuotations("「サイバーセキュリティ戦略」において、「多重防御」を掲げた。")).toEqual({ titles: [], passages: [] });
    expect(findQuotations("「サイバーセキュリティ戦略」（2015年９月４日閣議決定）を踏まえ、「多重防御」の取組を進める。").passages).toEqual([]);
  });
});
