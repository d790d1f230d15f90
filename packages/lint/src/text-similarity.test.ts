import { describe, expect, it } from "vitest";
import { bigramDice, describeDifference } from "./text-similarity.js";

describe("describeDifference", () => {
  it("shows where two texts differ, with context", () => {
    expect(describeDifference("演習ツールの提供や演習実施を行う。", "演習ツールの提供や演習実施等を行う。")).toBe("「…演習実施を行う。」→「…演習実施等を行う。」");
  });
});

describe("bigramDice", () => {
  it("is 1 for the same text, 0 for texts without a common bigram, and in between otherwise", () => {
    expect(bigramDice("個人情報の保護", "個人情報の保護")).toBe(1);
    expect(bigramDice("個人情報", "防衛装備")).toBe(0);
    // 国が講ずべき / 県が講ずべき: 4 of 5 bigrams shared.
    expect(bigramDice("国が講ずべき", "県が講ずべき")).toBeCloseTo(0.8);
  });
});
