import { Glossary, type GlossaryEntry } from "@planlint/core";
import { TextDocument } from "vscode-languageserver-textdocument";
import { describe, expect, it } from "vitest";
import { Analysis } from "./documents.js";
import { CROSS_REFERENCE_PLAN } from "../test/seed-facts.js";
import { crossReferenceAt, labelAt, occurrencesOf, termAt } from "./plan-lookup.js";

function entry(headword: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { headword, definition: `${headword}の定義。`, seeAlso: [], range: { start: 0, end: 0 }, headwordRange: { start: 0, end: 0 }, source: { kind: "file", file: "/g.yml", line: 1, column: 1 }, ...extra };
}

function analysisOf(text: string): Analysis {
  return new Analysis(TextDocument.create("file:///plan.txt", "plaintext", 1, text), 1_000_000);
}

const glossary = new Glossary([entry("NISC"), entry("IT"), entry("G7/G8"), entry("重要インフラ"), entry("重要インフラ所管省庁"), entry("CSIRT", { aliases: ["シーサート"] })]);

describe("termAt", () => {
  const text = "(ア) 内閣官房において、ＮＩＳＣ及びITUと連携し、重要インフラ所管省庁のCSIRTがG7/G8の会合で報告する。\n";
  const analysis = analysisOf(text);
  const hit = (needle: string, delta = 0) => termAt(analysis, glossary, text.indexOf(needle) + delta);

  it("finds a full-width acronym and gives its range", () => {
    expect(hit("ＮＩＳＣ", 2)).toMatchObject({ entry: { headword: "NISC" }, range: { start: text.indexOf("ＮＩＳＣ"), end: text.indexOf("ＮＩＳＣ") + 4 } });
  });

  it("finds an acronym with the cursor just after it", () => {
    expect(hit("CSIRTが", 5)?.entry.headword).toBe("CSIRT");
  });

  it("does not take 「IT」 inside 「ITU」", () => {
    expect(hit("ITU", 1)).toBeUndefined();
  });

  it("prefers the longest Japanese term under the cursor", () => {
    expect(hit("重要インフラ所管", 1)?.entry.headword).toBe("重要インフラ所管省庁");
  });

  it("finds 「G8」 of 「G7/G8」", () => {
    expect(hit("G7/G8", 4)?.entry.headword).toBe("G7/G8");
  });

  it("finds nothing on plain text", () => {
    expect(hit("内閣官房", 1)).toBeUndefined();
  });
});

describe("termAt on a term a PDF extraction wrapped over lines", () => {
  // As in the seed (line 1282): the policy's name is broken after 「総合」 by the PDF extraction.
  const policy = entry("サイバーセキュリティ人材育成総合強化方針");
  const wrappedGlossary = new Glossary([policy, entry("重要インフラ"), entry("重要インフラサービス障害")]);
  const text = "1. 章\n1.1. 節\n(1) 項\n(ア)内閣官房において、「サイバーセキュリティ人材育成総合\n\n強化方針」に基づき、重要インフ\n\nラサービス障害に備える。\n";
  const analysis = analysisOf(text);
  const at = (needle: string, delta = 0) => termAt(analysis, wrappedGlossary, text.indexOf(needle) + delta);

  it("finds it from either line, with a range over the wrap", () => {
    const start = text.indexOf("サイバーセキュリティ人材");
    const end = text.indexOf("強化方針") + "強化方針".length;
    expect(at("強化方針", 1)).toEqual({ entry: policy, range: { start, end } });
    expect(at("人材育成総合", 2)?.entry.headword).toBe(policy.headword);
  });

  it("prefers the longest term, on a line or across the wrap", () => {
    // On 「重要インフ」 the one-line 「重要インフラ」 is not there; the wrapped 「重要インフラサービス障害」 is.
    expect(at("重要インフ", 1)?.entry.headword).toBe("重要インフラサービス障害");
    expect(at("ラサービス障害", 3)?.entry.headword).toBe("重要インフラサービス障害");
  });

  it("finds nothing on the blank line between the halves", () => {
    expect(at("総合\n\n", 3)).toBeUndefined();
  });
});

describe("occurrencesOf", () => {
  it("finds uses on one line and uses a PDF extraction wrapped over lines", () => {
    const text = "1. 章\n1.1. 節\n(1) 項\n(ア) 内閣官房において、重要インフラの防護を進め、重要イン\n\nフラ事業者と連携する。\n";
    const analysis = analysisOf(text);
    const found = occurrencesOf(analysis, entry("重要インフラ"));
    expect(found.map((r) => text.slice(r.start, r.end))).toEqual(["重要インフラ", "重要イン\n\nフラ"]);
  });

  it("matches Latin terms whole-word and case-insensitively, full-width too", () => {
    const text = "IT及びＩＴ、it、ITU、SIT。\n";
    expect(occurrencesOf(analysisOf(text), entry("IT")).map((r) => text.slice(r.start, r.end))).toEqual(["IT", "ＩＴ", "it"]);
  });
});

describe("plan positions", () => {
  const text = CROSS_REFERENCE_PLAN;
  const analysis = analysisOf(text);

  it("finds the cross-reference under the cursor", () => {
    expect(crossReferenceAt(analysis.plan, text.indexOf("2.2(2)(ア)に") + 4)?.text).toBe("2.2(2)(ア)");
    expect(crossReferenceAt(analysis.plan, text.indexOf("総務省において、2.2"))).toBeUndefined();
  });

  it("finds the node whose label is under the cursor", () => {
    expect(labelAt(analysis.plan, text.indexOf("(イ)") + 1)?.path).toBe("2.2(2)(イ)");
    expect(labelAt(analysis.plan, text.indexOf("総務省において、2.2"))).toBeUndefined();
  });
});
