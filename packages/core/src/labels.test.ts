import { describe, expect, it } from "vitest";
import { labelFamily } from "./labels.js";

describe("labelFamily", () => {
  it.each([
    ["1.", "N."],
    ["２．３．", "N.N."],
    ["2.2.3.1.", "N.N.N.N."],
    ["（１）", "(N)"],
    ["第三章", "第N章"],
    ["第１部", "第N部"],
    ["(ウ)", "(ア)"],
    ["⑫", "①"],
    ["Ａ．", "A."],
    ["ｂ．", "a."],
    ["・", "・"],
  ])("%s → %s", (label, family) => {
    expect(labelFamily(label)).toBe(family);
  });
});
