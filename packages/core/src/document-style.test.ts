import { describe, expect, it } from "vitest";
import { seedText } from "../test/seed.js";
import { detectDocumentStyle } from "./document-style.js";
import { parsePlan } from "./parse-plan.js";
import type { Part } from "./types.js";

// Real sentences: the PPC's 基本方針 (閣議決定, である調) and the Digital Agency's GIF guidebook (です・ます調).
const KIHON_HOSHIN = [
  "個人情報の保護に関する施策を総合的かつ一体的に推進するため、基本方針を定めるものである。",
  "個人情報保護委員会は、各主体の取組を支援する。",
  "国の行政機関は、保有個人情報の適正な取扱いを確保するため、必要な措置を講ずる。",
  "地方公共団体は、地域の特性に応じて施策を推進することが求められる。",
  "事業者は、自主的な取組を進めることが期待される。",
  "なお、本方針は必要に応じて見直しを行うものとする。",
].join("\n");
const GUIDEBOOK = [
  "GIFの推進は、以下の５原則で進めます。",
  "データ連携に関わる従来の様々な取り組みを継承し、分野や地域を越えたデータ連携を目指します。",
  "本ガイドブックは、データの相互運用性の向上に向けた考え方を示したものです。",
  "相互運用性に関わる多くの取り組みを包含するため、正式名をGIFとしました。",
  "現在、以下の３つがあります。",
  "詳しくは、各編を参照してください。",
].join("\n");

describe("detectDocumentStyle", () => {
  it("reads a である調 基本方針 as official and a です・ます guidebook as general", () => {
    expect(detectDocumentStyle(KIHON_HOSHIN)).toEqual({ style: "official", polite: 0, plain: 6 });
    expect(detectDocumentStyle(GUIDEBOOK)).toEqual({ style: "general", polite: 6, plain: 0 });
  });

  it("counts full-width periods and CRLF text the same", () => {
    const text = GUIDEBOOK.replace(/。/g, "．").replace(/\n/g, "\r\n");
    expect(detectDocumentStyle(text).style).toBe("general");
  });

  it("keeps the default (official) when there are too few sentences to tell", () => {
    expect(detectDocumentStyle("本書はガイドブックです。詳しくは別紙をご覧ください。").style).toBe("official");
    expect(detectDocumentStyle("").style).toBe("official");
    // Nominal endings say nothing about the style.
    expect(detectDocumentStyle("施策の推進。\n体制の整備。\n人材の育成。\n技術の開発。\n国際連携の強化。\n").style).toBe("official");
  });

  it("decides by the majority of sentences: a guidebook quoting a few である sentences stays general", () => {
    const text = `${GUIDEBOOK}\n「個人データの取扱いの委託に伴う安全管理措置を講ずる。」とされている。`;
    expect(detectDocumentStyle(text)).toMatchObject({ style: "general", polite: 6, plain: 2 });
  });

  it("does not count public comments: the commenters write です・ます", () => {
    const comments = "意見：ご検討ください。\n意見：記載が不十分です。\n意見：修正すべきです。\n意見：削除してはいかがでしょう。\n意見：追記をお願いします。\n意見：明確化を求めます。\n意見：賛成します。\n";
    const text = KIHON_HOSHIN + "\n" + comments;
    const parts: Part[] = [{ kind: "public-comments", title: "", range: { start: KIHON_HOSHIN.length + 1, end: text.length } }];
    expect(detectDocumentStyle(text).style).toBe("general");
    expect(detectDocumentStyle(text, parts)).toEqual({ style: "official", polite: 0, plain: 6 });
  });

  it("reads the seed (a 計画 in である調 with public comments) as official, through parsePlan", () => {
    const seed = seedText();
    const doc = parsePlan(seed);
    expect(doc.style).toBe("official");
    const evidence = detectDocumentStyle(seed, doc.parts);
    expect(evidence.plain).toBeGreaterThan(4 * evidence.polite);
  });
});
