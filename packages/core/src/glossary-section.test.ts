import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGlossarySection } from "./glossary-section.js";
import type { GlossaryEntry, TextRange } from "./types.js";

const seed = readFileSync(new URL("../../../seeds/cybersecurity-2017-draft.txt", import.meta.url), "utf8");

/** From the line 「参考 用語解説」 to the start of the line that opens the public comments. */
function glossaryRange(text: string): TextRange {
  const lineStart = (at: number): number => Math.max(text.lastIndexOf("\n", at - 1), text.lastIndexOf("\r", at - 1)) + 1;
  const heading = /^[ \t]*参考 用語解説[ \t]*$/m.exec(text);
  if (!heading) throw new Error("no glossary heading");
  const start = heading.index + heading[0].indexOf("参考");
  const next = text.indexOf("意見募集の結果の概要", start);
  if (next < 0) throw new Error("no public comments");
  return { start: lineStart(start), end: lineStart(next) };
}

const range = glossaryRange(seed);
const entries = parseGlossarySection(seed, range);
const byHeadword = (list: GlossaryEntry[], h: string): GlossaryEntry => {
  const e = list.find((x) => x.headword === h);
  if (!e) throw new Error(`no entry ${h}`);
  return e;
};
const get = (h: string): GlossaryEntry => byHeadword(entries, h);
const slice = (r: TextRange, text = seed): string => text.slice(r.start, r.end);
/** Without offsets, to compare parses of differently encoded copies. */
const plain = (list: GlossaryEntry[]) => list.map(({ range: _r, headwordRange: _h, ...rest }) => rest);

describe("parseGlossarySection on the seed", () => {
  it("finds exactly the 136 entries of 参考 用語解説", () => {
    expect(entries).toHaveLength(136);
  });

  it("reads the first and the last entries", () => {
    expect(entries[0]).toEqual({
      headword: "AIST",
      index: "A",
      expansion: "national institute of Advanced Industrial Science and Technology",
      definition:
        "national institute of Advanced Industrial Science and Technologyの略。国立研究開発法人産業技術総合研究所（産総研）。2001年１月６日の中央省庁再編に伴い、通商産業省工業技術院及び全国15研究所群を統合再編し、通商産業省及びその後継の経済産業省から分離して発足した独立行政法人。",
      seeAlso: [],
      range: { start: seed.indexOf("AIST national", range.start), end: seed.indexOf("発足した独立行政法人。", range.start) + "発足した独立行政法人。".length },
      headwordRange: { start: seed.indexOf("AIST national", range.start), end: seed.indexOf("AIST national", range.start) + 4 },
      source: { kind: "document" },
    });
    const last = entries[entries.length - 1]!;
    expect(last).toMatchObject({ headword: "量子暗号", definition: "量子力学の原理を用いた暗号技術。原理的に盗聴の有無を検知できる特性を持つ。", seeAlso: [] });
    expect(last.index).toBeUndefined();
    expect(slice(last.range)).toBe("量子暗号 量子力学の原理を用いた暗号技術。原理的に盗聴の有無を検知できる特性を持つ。");
  });

  it("reads abbreviations, readings and joined expansions", () => {
    expect(get("CSIRT")).toMatchObject({ expansion: "Computer Security Incident Response Team", reading: "シーサート" });
    expect(get("CEPTOAR")).toMatchObject({
      expansion: "Capability for Engineering of Protection, Technical Operation, Analysis and Response",
      reading: "セプター",
    });
    expect(get("CEPTOAR").definition).toMatch(/^Capability for Engineering of Protection, Technical Operation, Analysis and Responseの略（セプター）。重要インフラ/);
    expect(get("APEC")).toMatchObject({ expansion: "Asia-Pacific Economic Cooperation", reading: "エイペック" });
    expect(get("IoT")).toMatchObject({ expansion: "Internet of Things" });
    expect(get("IoT").reading).toBeUndefined();
    expect(get("GSOC")).toMatchObject({ expansion: "Government Security Operation Coordination team", reading: "ジーソック" });
    expect(get("G7/G8")).toMatchObject({
      index: "G",
      expansion: "Group of Seven（主要７か国首脳会議）、Group of Eight（主要８か国首脳会議）",
      definition: "Group of Seven（主要７か国首脳会議）、Group of Eight（主要８か国首脳会議）の略。",
    });
    expect(get("ITU-T").expansion).toBe("International Telecommunication Union Telecommunication Standardization Sector");
    expect(get("M2M").definition).toContain("IoT（Internet Of Things）と呼ばれる");
  });

  it("reads headwords wrapped over several lines", () => {
    expect(get("IoT推進コンソーシアム")).toMatchObject({
      definition:
        "IoT推進に関する技術の開発・実証や新たなビジネスモデルの創出を推進するための体制を構築することを目的として、2015年10月に設立された産官学が参画・連携する組織。",
      seeAlso: [],
    });
    expect(get("IT製品の調達におけるセキュリティ要件リスト").definition).toMatch(/^経済産業省及びIPAの共同により、2014年５月に策定。/);
    const cloud = get("クラウドサービス利用のための情報セキュリティマネジメントガイドライン");
    expect(slice(cloud.headwordRange).split(/\n+/)).toHaveLength(5);
    expect(cloud.definition).toBe(
      "経済産業省において、2011年４月策定、2014年３月改訂。経済産業省が策定した、クラウドサービス利用者及び事業者が対処すべきセキュリティマネジメントのガイドライン。",
    );
    expect(get("重要インフラの情報セキュリティ対策に係る第３次行動計画").definition).toMatch(/^2014年５月10日情報セキュリティ政策会議決定。/);
    // The last fragment is a lone katakana that must not be taken for an index kana.
    expect(get("リスクマネジメント")).toMatchObject({ index: "り", definition: "リスクを組織的に管理し、損失などの回避・低減等を図るプロセスのこと。" });
    // A one-line definition after a wrapped headword.
    expect(get("内閣サイバーセキュリティセンター")).toMatchObject({ index: "な", definition: "NISCを参照。", seeAlso: ["NISC"] });
  });

  it("reads 「…を参照」 targets", () => {
    expect(get("事業継続計画")).toMatchObject({ index: "し", definition: "BCPを参照。", seeAlso: ["BCP"] });
    expect(get("JCMVP")).toMatchObject({
      expansion: "Japan Cryptographic Module Validation Program",
      seeAlso: ["暗号モジュール試験及び認証制度"],
    });
    expect(get("セプター").seeAlso).toEqual(["CEPTOAR"]);
    expect(get("JISEC").seeAlso).toEqual(["ITセキュリティ評価及び認証制度"]);
    expect(get("標的型メール").seeAlso).toEqual(["標的型攻撃"]);
    for (const e of entries) for (const target of e.seeAlso) expect(entries.some((x) => x.headword === target) || target === "BCP" || target === "NISC").toBe(true);
  });

  it("keeps a headword that contains a space, and rows after page breaks", () => {
    expect(get("SECCON CTF2017")).toMatchObject({
      expansion: "SECurity CONtest Capture The Flag",
      definition: expect.stringMatching(/^SECCON CTF：SECurity CONtest Capture The Flagの略。情報セキュリティをテーマに多様な競技/),
    });
    expect(slice(get("SECCON CTF2017").headwordRange)).toBe("SECCON CTF2017");
    // 「  GSOC」 starts a new page without the usual blank line; 「 く クラウドサービス」 carries its index after a space.
    expect(get("GSOC").index).toBeUndefined();
    expect(get("G7/G8").definition.endsWith("の略。")).toBe(true);
    expect(get("クラウドサービス")).toMatchObject({ index: "く", definition: expect.stringMatching(/^インターネット等のブロードバンド回線を経由して/) });
    expect(get("マルウェア")).toMatchObject({ index: "ま", definition: expect.stringMatching(/^malicious software の短縮された語。/) });
  });

  it("records the index letters and kana in order", () => {
    expect(entries.flatMap((e) => (e.index ? [e.index] : [])).join(" ")).toBe(
      "A B C D E F G I J L M N O P S T U あ い か き く こ さ し す せ た て と な に は ひ ふ へ ほ ま み り",
    );
  });

  it("points every range into the section, in order", () => {
    let previousEnd = range.start;
    for (const e of entries) {
      expect(slice(e.headwordRange).replace(/\s+/g, "")).toBe(e.headword.replace(/\s+/g, ""));
      expect(e.range.start).toBe(e.headwordRange.start);
      expect(e.range.end).toBeGreaterThanOrEqual(e.headwordRange.end);
      expect(e.range.start).toBeGreaterThanOrEqual(previousEnd);
      expect(e.range.end).toBeLessThanOrEqual(range.end);
      expect(seed.slice(e.range.end - 1, e.range.end)).not.toMatch(/\s/);
      expect(e.definition).not.toMatch(/[\r\n]|^\s|\s$/);
      expect(e.definition.length).toBeGreaterThan(0);
      expect(e.source).toEqual({ kind: "document" });
      previousEnd = e.range.end;
    }
  });

  it("gives the same entries for CRLF and CR line ends, and without trailing spaces", () => {
    const section = seed.slice(range.start, range.end);
    const base = parseGlossarySection(section, { start: 0, end: section.length });
    expect(plain(base)).toEqual(plain(entries));
    for (const copy of [section.replace(/\n/g, "\r\n"), section.replace(/\n/g, "\r"), section.replace(/[ \t]+$/gm, "")]) {
      const parsed = parseGlossarySection(copy, { start: 0, end: copy.length });
      expect(plain(parsed)).toEqual(plain(base));
      for (const e of parsed) expect(slice(e.headwordRange, copy).replace(/\s+/g, "")).toBe(e.headword.replace(/\s+/g, ""));
    }
  });

  it("finds the same entries when the range is the whole rest of the document up to the comments, or clamped", () => {
    expect(parseGlossarySection(seed, { start: range.start, end: range.end + 0.5 })).toHaveLength(136);
    const tail = seed.slice(range.start, range.end);
    expect(parseGlossarySection(tail, { start: -100, end: 10 ** 9 })).toHaveLength(136);
  });
});

describe("parseGlossarySection on Markdown and plain text", () => {
  it("reads a Markdown table", () => {
    const md = [
      "## 参考 用語解説",
      "",
      "本資料で用いる用語は次のとおり。",
      "",
      "| 用語 | 解説 |",
      "| --- | --- |",
      "| **CSIRT** | Computer Security Incident Response Teamの略（シーサート）。企業や行政機関等において、<br>情報システム等を監視する体制。 |",
      "| 事業継続計画 | BCPを参照。 |",
      "| BCP | Business Continuity Planの略。 |",
      "|  | 計画のこと。 |",
      "",
      "## 次の節",
    ].join("\n");
    const list = parseGlossarySection(md, { start: 0, end: md.indexOf("## 次の節") });
    expect(list.map((e) => e.headword)).toEqual(["CSIRT", "事業継続計画", "BCP"]);
    expect(list[0]).toMatchObject({
      expansion: "Computer Security Incident Response Team",
      reading: "シーサート",
      definition: "Computer Security Incident Response Teamの略（シーサート）。企業や行政機関等において、情報システム等を監視する体制。",
    });
    expect(slice(list[0]!.headwordRange, md)).toBe("CSIRT");
    expect(list[1]!.seeAlso).toEqual(["BCP"]);
    expect(list[2]!.definition).toBe("Business Continuity Planの略。計画のこと。");
  });

  it("reads table columns by their headers", () => {
    const md = "# 用語集\r\n\r\n| 略語 | 正式名称 | 読み | 説明 |\r\n|:--|:--|:--|:--|\r\n| CSIRT | Computer Security Incident Response Team | シーサート | 体制のこと。 |\r\n";
    expect(parseGlossarySection(md, { start: 0, end: md.length })).toEqual([
      {
        headword: "CSIRT",
        expansion: "Computer Security Incident Response Team",
        reading: "シーサート",
        definition: "体制のこと。",
        seeAlso: [],
        range: { start: md.indexOf("CSIRT"), end: md.indexOf("体制のこと。") + 6 },
        headwordRange: { start: md.indexOf("CSIRT"), end: md.indexOf("CSIRT") + 5 },
        source: { kind: "document" },
      },
    ]);
  });

  it("reads a table that starts the range, its header naming 用語", () => {
    const md = "| 用語 | 解説 |\n|---|---|\n| CSIRT | 体制のこと。 |\n| IoT | Internet of Thingsの略。 |\n";
    expect(parseGlossarySection(md, { start: 0, end: md.length }).map((e) => [e.headword, e.expansion ?? ""])).toEqual([
      ["CSIRT", ""],
      ["IoT", "Internet of Things"],
    ]);
  });

  it("reads list items, headings and plain lines", () => {
    const list = "## 用語解説\n\n- **CSIRT**: Computer Security Incident Response Teamの略（シーサート）。\n  企業等に置かれる体制。\n- セプター：CEPTOAR（Capability for Engineering of Protection, Technical Operation, Analysis and Response）を参照。\n";
    expect(parseGlossarySection(list, { start: 0, end: list.length }).map((e) => [e.headword, e.reading ?? "", e.seeAlso])).toEqual([
      ["CSIRT", "シーサート", []],
      ["セプター", "", ["CEPTOAR"]],
    ]);
    const headings = "## 用語解説\n\n### A\n\n### AIST\n\nnational institute of Advanced Industrial Science and\nTechnologyの略。\n";
    expect(parseGlossarySection(headings, { start: 0, end: headings.length })).toMatchObject([
      { headword: "AIST", expansion: "national institute of Advanced Industrial Science and Technology" },
    ]);
    const lines = "用語解説\nCSIRT Computer Security Incident Response Teamの略（シーサート）。体制。\n事業継続計画 BCPを参照。\n";
    expect(parseGlossarySection(lines, { start: 0, end: lines.length }).map((e) => [e.headword, e.seeAlso])).toEqual([
      ["CSIRT", []],
      ["事業継続計画", ["BCP"]],
    ]);
  });

  it("returns [] for garbage, empty and out-of-range input without throwing", () => {
    const garbage = ["", "   \n\n ", "\u0000\u0001\uffff\ud800", "lorem ipsum dolor sit amet", "  foo bar\n  baz qux", "。。。\n\n、、", "|", "| - |"];
    for (const g of garbage) expect(parseGlossarySection(g, { start: 0, end: g.length })).toEqual([]);
    expect(parseGlossarySection(seed, { start: range.end, end: range.start })).toEqual([]);
    expect(parseGlossarySection(seed, { start: seed.length + 5, end: seed.length + 50 })).toEqual([]);
    expect(parseGlossarySection(seed, { start: Number.NaN, end: Number.NaN })).toBeInstanceOf(Array);
    expect(parseGlossarySection(null as unknown as string, range)).toEqual([]);
    expect(parseGlossarySection(seed, null as unknown as TextRange)).toBeInstanceOf(Array);
  });

  it("never throws and keeps ranges inside the text on arbitrary input", () => {
    const piece = fc.constantFrom(" 参考 用語解説 ", "A AIST x の略。", " IoT推進コンソー", "シアム ", "ト ", " く ", "| 用語 | 解説 |", "|---|---|", "- **X**: ", "### ", "（", "）を参照。", "「", "」", "\n", "\r\n", "\r", " ", "\u3000", "𠮷");
    // size "max": fast-check's default size keeps strings and arrays to a few items,
    // too short for a section with rows (a parser that threw on every range longer
    // than 50 characters passed with it).
    const text = fc.oneof(
      fc.string({ maxLength: 300, unit: "binary", size: "max" }),
      fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 60, size: "max" }).map((a) => a.join("")),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: -5, max: 400 }), fc.integer({ min: -5, max: 400 }), (t, a, b) => {
        const list = parseGlossarySection(t, { start: a, end: b });
        for (const e of list) {
          expect(0 <= e.range.start && e.range.start <= e.headwordRange.start).toBe(true);
          expect(e.headwordRange.start <= e.headwordRange.end && e.headwordRange.end <= e.range.end && e.range.end <= t.length).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
