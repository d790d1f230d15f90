import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Glossary } from "./glossary.js";
import { parseGlossaryFile } from "./glossary-file.js";
import { parseGlossarySection } from "./glossary-section.js";
import type { GlossaryEntry } from "./types.js";

const seed = readFileSync(new URL("../../../seeds/cybersecurity-2017-draft.txt", import.meta.url), "utf8");
const start = seed.indexOf("参考 用語解説");
const end = seed.lastIndexOf("\n", seed.indexOf("意見募集の結果の概要", start)) + 1;
const documentEntries = parseGlossarySection(seed, { start: seed.lastIndexOf("\n", start) + 1, end });

const fileEntries = parseGlossaryFile(
  `entries:
  - headword: CSIRT
    definition: ファイル側の定義。
  - headword: PSIRT
    expansion: Product Security Incident Response Team
    reading: ピーサート
    aliases: [製品セキュリティ対応チーム]
  - headword: PSIRT
    definition: 重複した定義。
`,
  "extra.yaml",
);

describe("Glossary", () => {
  const glossary = Glossary.merge(fileEntries, documentEntries);

  it("puts the document's entries first, then the files' in order", () => {
    expect(glossary.entries).toHaveLength(136 + 3);
    expect(glossary.entries[0]!.headword).toBe("AIST");
    expect(glossary.entries.slice(136).map((e) => e.headword)).toEqual(["CSIRT", "PSIRT", "PSIRT"]);
  });

  it("looks up headwords exactly, after NFKC and Latin-only case folding", () => {
    expect(glossary.lookup("CSIRT")?.source).toEqual({ kind: "document" });
    expect(glossary.lookup("csirt")?.headword).toBe("CSIRT");
    expect(glossary.lookup("ＣＳＩＲＴ")?.headword).toBe("CSIRT");
    expect(glossary.lookup(" IoT ")?.headword).toBe("IoT");
    expect(glossary.lookup("IoT推進コンソーシアム")?.definition).toMatch(/^IoT推進に関する/);
    expect(glossary.lookup("ＩｏＴ推進コンソーシアム")?.headword).toBe("IoT推進コンソーシアム");
    // Case matters once the term is not Latin-only.
    expect(glossary.lookup("iot推進コンソーシアム")).toBeUndefined();
    expect(glossary.lookup("SECCON  CTF2017")?.headword).toBe("SECCON CTF2017");
    expect(glossary.lookup("CSIR")).toBeUndefined();
    expect(glossary.lookup("")).toBeUndefined();
    expect(glossary.has("セプター")).toBe(true);
    expect(glossary.has("存在しない用語")).toBe(false);
  });

  it("matches aliases after headwords", () => {
    expect(glossary.lookup("製品セキュリティ対応チーム")?.headword).toBe("PSIRT");
    expect(glossary.lookup("PSIRT")?.expansion).toBe("Product Security Incident Response Team");
  });

  it("finds acronyms among alternatives", () => {
    expect(glossary.lookupAcronym("G8")?.headword).toBe("G7/G8");
    expect(glossary.lookupAcronym("g7")?.headword).toBe("G7/G8");
    expect(glossary.lookupAcronym("NDA")?.headword).toBe("MOU/NDA");
    expect(glossary.lookupAcronym("CEPTOAR")?.headword).toBe("CEPTOAR");
    expect(glossary.lookupAcronym("XYZ")).toBeUndefined();
    const own = new Glossary([entry("事業継続計画（BCP）")]);
    expect(own.lookupAcronym("BCP")?.headword).toBe("事業継続計画（BCP）");
    expect(own.lookup("BCP")).toBeUndefined();
  });

  it("lists headwords defined more than once", () => {
    expect(glossary.duplicates()).toEqual(["CSIRT", "PSIRT"]);
    expect(new Glossary(documentEntries).duplicates()).toEqual([]);
  });

  it("searches fuzzily over headword, expansion and reading", () => {
    expect(glossary.search("シーサート")[0]?.entry.headword).toBe("CSIRT");
    expect(glossary.search("Internet of Thing")[0]?.entry.headword).toBe("IoT");
    expect(glossary.search("クラウドサービス利用").slice(0, 3).map((r) => r.entry.headword)).toContain(
      "クラウドサービス利用のための情報セキュリティマネジメントガイドライン",
    );
    const results = glossary.search("セキュリティ", 5);
    expect(results).toHaveLength(5);
    for (let i = 1; i < results.length; i++) expect(results[i]!.score).toBeGreaterThanOrEqual(results[i - 1]!.score);
    expect(glossary.search("")).toEqual([]);
    expect(glossary.search("CSIRT", 0)).toEqual([]);
  });

  it("works when empty", () => {
    const empty = new Glossary([]);
    expect(empty.lookup("CSIRT")).toBeUndefined();
    expect(empty.search("CSIRT")).toEqual([]);
    expect(empty.duplicates()).toEqual([]);
  });
});

function entry(headword: string): GlossaryEntry {
  return { headword, definition: "", seeAlso: [], range: { start: 0, end: 0 }, headwordRange: { start: 0, end: 0 }, source: { kind: "document" } };
}
