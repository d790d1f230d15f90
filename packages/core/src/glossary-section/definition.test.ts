import { describe, expect, it } from "vitest";
import { describeDefinition, resolveSeeAlso } from "./definition.js";

describe("describeDefinition", () => {
  it("finds expansion, reading and references", () => {
    expect(describeDefinition("Asia-Pacific Economic Cooperationの略（エイペック）。枠組み。", "APEC")).toEqual({
      expansion: "Asia-Pacific Economic Cooperation",
      reading: "エイペック",
      seeAlso: [],
    });
    expect(describeDefinition("「A制度」及び「B制度」を参照。", "X").seeAlso).toEqual([
      { target: "A制度", quoted: true },
      { target: "B制度", quoted: true },
    ]);
    // Not a cross-reference: the clause goes on.
    expect(describeDefinition("国際標準を参照して策定された基準。", "X").seeAlso).toEqual([]);
    // A 「の略」 outside the first sentence is not the entry's expansion.
    expect(describeDefinition("国の制度。ABCはAlpha Beta Gammaの略。", "X").expansion).toBeUndefined();
  });

  it("resolves unquoted targets to the headword they end with", () => {
    const refs = describeDefinition("詳細は、BCPを参照のこと。同ガイドラインの解説書はガイドブックを参照。", "X").seeAlso;
    expect(resolveSeeAlso(refs, new Set(["BCP", "ガイドブック"]))).toEqual(["BCP", "ガイドブック"]);
  });
});
