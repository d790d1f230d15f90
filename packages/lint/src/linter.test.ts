/**
 * The engine. lintText: one file. lintPlan: the files of one plan linted
 * together; those tests lint the same chapters as a plan and each alone, so the
 * difference is the plan's doing.
 */
import { describe, expect, it, test } from "vitest";
import { parsePlan, type LintMessage } from "@planlint/core";
import { testWords } from "../test/test-rules.js";
import type { ResolvedConfig } from "./config/resolved-config.js";
import { lintPlan, lintText, type PlanFileInput } from "./linter.js";
import { defineRule, type Rule } from "./rule.js";
import { builtinRules } from "./rules/index.js";

/** A rule that reports once and then throws, as a buggy rule would halfway through. */
const throwing = defineRule({
  id: "throws",
  meta: {
    description: "Test rule: throws.",
    recommended: "off",
    fixable: false,
    hasSuggestions: false,
    messages: { found: "found" },
    docs: "docs/rules/throws.md",
    scopes: ["overview", "body", "glossary", "public-comments", "other"],
  },
  create(context) {
    context.report({ range: { start: 0, end: 1 }, messageId: "found", data: {} });
    throw new Error("index out of range\n    at somewhere");
  },
});

describe("lintText", () => {
  test("a rule that throws is named with the file as an error; its partial findings are dropped and the other rules still report", () => {
    const result = lintText("多重防御を行う。\n", {
      fileName: "plan.txt",
      rules: { throws: throwing, "test-words": testWords },
      config: {
        rules: new Map([
          ["throws", { severity: "warning", options: {} }],
          ["test-words", { severity: "warning", options: {} }],
        ]),
        glossary: [],
        terms: [],
        exceptions: [],
      },
    });
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.messageId])).toEqual([
      ["throws", "error", "ruleFailed"],
      ["test-words", "warning", "replace"],
    ]);
    expect(result.messages[0]!.message).toBe(
      "rule throws failed on plan.txt and reported nothing here: index out of range (this is a bug in planlint; the other rules ran)",
    );
    expect(result.errorCount).toBe(1);
  });
});

describe("parse problems", () => {
  test("a part the parser failed on is an error naming the part and the file", () => {
    const text = "1. 総論\n多重防御を行う。\n";
    const document = {
      format: "text" as const,
      length: text.length,
      parts: [],
      body: [],
      overview: [],
      glossary: [],
      footnotes: [],
      pageArtifacts: [],
      problems: [{ part: "glossary" as const, message: "boom\nstack", range: { start: 6, end: text.length } }],
    };
    const result = lintText(text, { fileName: "plan.txt", document, rules: {}, config: { rules: new Map(), glossary: [], terms: [], exceptions: [] } });
    expect(result.messages).toEqual([
      {
        ruleId: "parse",
        severity: "error",
        messageId: "parseFailed",
        message: "planlint could not read the glossary of plan.txt: boom (this is a bug in planlint; rules saw that part as empty)",
        range: { start: 6, end: 6 },
      },
    ]);
  });
});

/** Every built-in rule at its recommended severity, as a config with no file would give. */
function recommended(style?: ResolvedConfig["style"]): ResolvedConfig {
  const rules = new Map(
    Object.entries(builtinRules)
      .filter(([, r]) => r.meta.recommended !== "off")
      .map(([id]) => [id, { severity: "warning" as const, options: {} }]),
  );
  return { rules, glossary: [], terms: [], exceptions: [], ...(style ? { style } : {}) };
}

const findings = (text: string, fileName: string, style?: ResolvedConfig["style"]) =>
  lintText(text, { fileName, config: recommended(style) }).messages.map((m) => `${m.ruleId} ${text.slice(m.range.start, m.range.end)}`);

describe("the document style reaches the rules", () => {
  // である調 sentences of the PPC's 基本方針, with one および.
  const OFFICIAL =
    "はじめに\n個人情報保護委員会は、各主体の取組を支援する。国の行政機関は、必要な措置を講ずる。地方公共団体は、施策を推進する。事業者は、自主的な取組を進める。本方針は、必要に応じて見直すものとする。国および地方公共団体は連携する。\n";

  it("detected: a である調 text is held to 公用文 spellings", () => {
    expect(findings(OFFICIAL, "kihon.txt")).toContain("consistent-terms および");
  });

  it("the config's style wins over the detected one", () => {
    expect(findings(OFFICIAL, "kihon.txt", "general")).not.toContain("consistent-terms および");
  });
});

describe("one reason, one finding", () => {
  // The data management guidebook writes PJMO 11 times and ＰＪＭＯ 14 times, and brackets
  // Latin words both ways: 「府省庁内関係者(PJMO)」, 「府省庁内の関係者（PJMO）」.
  const PJMO =
    "はじめに\n本書は、府省庁のＰＪＭＯにより参照されることを想定しています。ＰＪＭＯは実行計画を策定します。ＰＪＭＯに依頼します。" +
    "府省庁内の関係者（PJMO）に意見照会を行います。" +
    "指標(KPI)、目標(KGI)、計画(PDCA)、組織(PMO)、基盤(API)、形式(CSV)、規格(ISO)、文書(PDF)、技術(ICT)を定めます。\n";

  for (const fileName of ["guide.txt", "guide.md"]) {
    it(`${fileName}: the width of （PJMO） is reported once, as the word's`, () => {
      const got = findings(PJMO, fileName).filter((f) => f.includes("PJMO"));
      expect(got).toEqual(["no-orthographic-variants PJMO"]);
    });
  }
});

const config = (...ids: string[]): ResolvedConfig => ({
  rules: new Map(ids.map((id) => [id, { severity: "warning" as const, options: {} }])),
  glossary: [],
  terms: [],
  exceptions: [],
});

// Made-up chapters in the seed's numbering (1. / 1.1. / (ア)), one per file.
const ch1 = [
  "1. 総論",
  "",
  "1.1. 基本方針",
  "",
  "(ア) 内閣官房において、重要インフラ防護（CIP）に関する行動計画に基づき、関係省庁と連携して取組を推進する。",
  "",
  "(イ) 関係省庁において、データセンターの安全基準を整備し、データセンターの運用を確認する。データセンターの点検を行う。",
  "",
].join("\n");
const ch2 = [
  "2. 各論",
  "",
  "2.1. 重要インフラ",
  "",
  "(ア) 総務省において、CIPの取組を強化し、データセンタの安全を確保する（1.1(イ)に記載のとおり）。",
  "",
  "(イ) 内閣官房において、重要インフラ防護（CIP）に関する行動計画に基づき、関係省庁と連携して取組を推進する。",
  "",
].join("\r\n");
const glossaryChapter = "参考 用語解説\n\nS SOC Security Operation Centerの略。監視を行う組織。\n";

const files = (...texts: [string, string][]): PlanFileInput[] => texts.map(([fileName, text]) => ({ fileName, text }));
const found = (messages: LintMessage[], text: string) => messages.map((m) => `${m.ruleId} ${text.slice(m.range.start, m.range.end)}`);

describe("lintPlan", () => {
  it("gives one result per file, findings on their own file", () => {
    const results = lintPlan(files(["01_総論.txt", ch1], ["02_各論.txt", ch2]), { config: config(...Object.keys(builtinRules)) });
    expect(results.map((r) => r.filePath)).toEqual(["01_総論.txt", "02_各論.txt"]);
    for (const [i, text] of [ch1, ch2].entries()) for (const m of results[i]!.messages) expect(m.range.end).toBeLessThanOrEqual(text.length);
  });

  it("continues the chapter numbering from the previous file; alone, a file may start at any chapter", () => {
    const rules = config("valid-numbering");
    expect(lintText(ch2, { fileName: "02_各論.txt", config: rules }).messages).toEqual([]);
    expect(lintPlan(files(["01_総論.txt", ch1], ["02_各論.txt", ch2]), { config: rules }).flatMap((r) => r.messages)).toEqual([]);
    const ch3 = "4. おわりに\n\n4.1. 今後の進め方\n\n(ア) 内閣官房において、本計画の進捗を毎年度確認し、その結果を公表する。\n";
    const [, , third] = lintPlan(files(["01.txt", ch1], ["02.txt", ch2], ["03.txt", ch3]), { config: rules });
    expect(third!.messages.map((m) => m.message)).toEqual(["番号が飛んでいます: 3. のはずが 4. です"]);
    // A file that starts again (an appendix numbered on its own) is not a disorder.
    expect(lintPlan(files(["01.txt", ch1], ["02.txt", ch2], ["03.txt", ch1]), { config: rules }).flatMap((r) => r.messages.map((m) => m.messageId))).toEqual([]);
  });

  it("takes an acronym spelled out in an earlier file as defined", () => {
    const rules = config("no-undefined-acronym");
    const alone = lintText(ch2.replace("重要インフラ防護（CIP）", "重要インフラ防護"), { fileName: "02.txt", config: rules });
    expect(found(alone.messages, ch2.replace("重要インフラ防護（CIP）", "重要インフラ防護"))).toEqual(["no-undefined-acronym CIP"]);
    const plan = lintPlan(files(["01.txt", ch1], ["02.txt", ch2.replace("重要インフラ防護（CIP）", "重要インフラ防護")]), { config: rules });
    expect(plan.flatMap((r) => r.messages)).toEqual([]);
  });

  it("points the first use to a later file that spells the acronym out", () => {
    const rules = config("no-undefined-acronym");
    const early = "1. 総論\n\n1.1. 方針\n\n(ア) 総務省において、CIPの取組を進め、その結果を毎年度公表する。\n";
    const [first, second] = lintPlan(files(["01.txt", early], ["02.txt", ch1.replace(/^1\./m, "2.").replace("1.1.", "2.1.")]), { config: rules });
    expect(first!.messages.map((m) => m.messageId)).toEqual(["usedBeforeDefinition"]);
    expect(first!.messages[0]!.related?.[0]?.file).toBe("02.txt");
    expect(second!.messages).toEqual([]);
  });

  it("lets a glossary chapter serve every file, and counts its entries as used anywhere in the plan", () => {
    const rules = config("no-undefined-acronym");
    const uses = "1. 総論\n\n1.1. 方針\n\n(ア) 内閣官房において、SOCの監視体制を強化し、その結果を公表する。\n";
    expect(found(lintText(uses, { config: rules }).messages, uses)).toEqual(["no-undefined-acronym SOC"]);
    const results = lintPlan(files(["01.txt", uses], ["99_用語解説.txt", glossaryChapter]), { config: rules });
    expect(results.flatMap((r) => r.messages)).toEqual([]);
    // Alone, the glossary's entry is used nowhere.
    expect(lintText(glossaryChapter, { config: rules }).messages.map((m) => m.messageId)).toEqual(["unusedEntry"]);
  });

  it("counts 表記ゆれ over the whole plan", () => {
    const rules = config("no-orthographic-variants");
    expect(lintText(ch2, { config: rules }).messages).toEqual([]);
    const [first, second] = lintPlan(files(["01.txt", ch1], ["02.txt", ch2]), { config: rules });
    expect(first!.messages).toEqual([]);
    expect(found(second!.messages, ch2)).toEqual(["no-orthographic-variants データセンタ"]);
    expect(second!.messages[0]!.message).toContain("「データセンタ」（1回）と「データセンター」（3回）");
    // The suggestion edits this file at this file's offsets.
    const fix = second!.messages[0]!.suggestions![0]!.fix;
    expect(ch2.slice(0, fix.range.start) + fix.text + ch2.slice(fix.range.end)).toContain("データセンターの安全を確保する");
  });

  it("resolves a cross-reference to a measure in another file", () => {
    const rules = config("valid-cross-reference");
    // Alone, with chapter 1 but not its 1.1: broken. (A file of chapter 2 alone cannot see chapter 1 and says nothing.)
    const withChapter1 = `1. 総論\r\n\r\n${ch2}`;
    expect(found(lintText(withChapter1, { config: rules }).messages, withChapter1)).toEqual(["valid-cross-reference 1.1(イ)"]);
    expect(lintText(ch2, { config: rules }).messages).toEqual([]);
    expect(lintPlan(files(["01.txt", ch1], ["02.txt", ch2]), { config: rules }).flatMap((r) => r.messages)).toEqual([]);
  });

  it("finds a measure repeated in another file and points there", () => {
    const rules = config("no-duplicate-measures");
    const [first, second] = lintPlan(files(["dir/01_総論.txt", ch1], ["dir/02_各論.txt", ch2]), { config: rules });
    expect(first!.messages).toEqual([]);
    expect(second!.messages.map((m) => m.message)).toEqual([expect.stringMatching(/^01_総論\.txt 1\.1\(ア\) と同じ内容です/)]);
    const related = second!.messages[0]!.related![0]!;
    expect(related.file).toBe("dir/01_総論.txt");
    expect(ch1.slice(related.range.start, related.range.end)).toMatch(/^\(ア\) 内閣官房において/);
  });

  it("lints only the files asked for, reading the others", () => {
    const rules = config("no-orthographic-variants", "valid-cross-reference");
    const results = lintPlan(files(["01.txt", ch1], ["02.txt", ch2]), { config: rules, only: [1] });
    expect(results.map((r) => r.filePath)).toEqual(["02.txt"]);
    expect(results[0]!.messages.map((m) => m.ruleId)).toEqual(["no-orthographic-variants"]);
  });

  it("computes a member's value once per version of the member", () => {
    let computed = 0;
    const counting: Rule = {
      id: "counting",
      meta: { description: "test", recommended: "warn", fixable: false, hasSuggestions: false, messages: {}, docs: "" },
      create(context) {
        context.plan.perMember("n", (m) => (computed++, m.text.length));
      },
    };
    const plan = files(["01.txt", ch1], ["02.txt", ch2], ["03.txt", ch1]);
    const documents = plan.map((f) => ({ ...f, document: parsePlan(f.text, { fileName: f.fileName }) }));
    // The same config (as the config resolver hands out): the same glossary.
    const same = config("counting");
    lintPlan(documents, { config: same, rules: { counting } });
    expect(computed).toBe(3);
    lintPlan(documents, { config: same, rules: { counting } });
    expect(computed).toBe(3);
    lintPlan(documents.map((d, i) => (i === 1 ? { fileName: d.fileName, text: d.text } : d)), { config: same, rules: { counting } });
    expect(computed).toBe(4);
  });

  it("a rule that throws on one file of the plan is an error on that file; the other files and rules still report", () => {
    let calls = 0;
    const throwsOnSecond = defineRule({
      ...throwing,
      create(context) {
        calls++;
        if (context.plan.index === 1) throw new Error("index out of range");
      },
    });
    const rules = { throws: throwsOnSecond, "test-words": testWords };
    const both = config("throws", "test-words");
    const [first, second] = lintPlan(files(["01.txt", "多重防御を行う。\n"], ["02.txt", "多重防御を行う。\n"]), { config: both, rules });
    expect(calls).toBe(2);
    expect(first!.messages.map((m) => [m.ruleId, m.messageId])).toEqual([["test-words", "replace"]]);
    expect(second!.messages.map((m) => [m.ruleId, m.severity, m.messageId])).toEqual([
      ["throws", "error", "ruleFailed"],
      ["test-words", "warning", "replace"],
    ]);
    expect(second!.messages[0]!.message).toContain("rule throws failed on 02.txt");
  });

  it("reports a file's parse problems in a plan too", () => {
    const text = "1. 総論\n多重防御を行う。\n";
    const document = { ...parsePlan(text, { fileName: "02.txt" }), problems: [{ part: "glossary" as const, message: "boom", range: { start: 6, end: text.length } }] };
    const [, second] = lintPlan([{ fileName: "01.txt", text: ch1 }, { fileName: "02.txt", text, document }], { config: config(), rules: {} });
    expect(second!.messages.map((m) => [m.ruleId, m.messageId, m.range.start])).toEqual([["parse", "parseFailed", 6]]);
  });

  it("reads the style from all the plan's files: a short chapter of a です・ます plan is general", () => {
    // Two sentences alone cannot tell a style (the default, 公用文, stands); the plan's others can.
    const short = "はじめに\n国および地方公共団体は連携します。必要な措置を講じます。\n";
    const polite = "第1章 概要\n本書は手引きです。担当者が参照します。関係者に依頼します。結果を公表します。\n";
    const plain = "第1章 概要\n本方針は基本方針である。国は措置を講ずる。事業者は取組を進める。本方針は見直すものとする。\n";
    const rules = recommended();
    const alone = lintText(short, { fileName: "02.txt", config: rules }).messages.map((m) => m.ruleId);
    expect(alone).toContain("consistent-terms");
    const [, inPolite] = lintPlan(files(["01.txt", polite], ["02.txt", short]), { config: rules });
    expect(inPolite!.messages.map((m) => m.ruleId)).not.toContain("consistent-terms");
    const [, inPlain] = lintPlan(files(["01.txt", plain], ["02.txt", short]), { config: rules });
    expect(inPlain!.messages.map((m) => m.ruleId)).toContain("consistent-terms");
    // The config's style still wins.
    const [, configured] = lintPlan(files(["01.txt", polite], ["02.txt", short]), { config: recommended("official") });
    expect(configured!.messages.map((m) => m.ruleId)).toContain("consistent-terms");
  });

  it("resolves 公用文 references (第１章第１節１(1)ア) through the steps into another file, and points a miss there", () => {
    const first = "第１章 道路交通の安全\n第１節 道路交通環境の整備\n１ 生活道路等における歩行空間の整備\n(1) 通学路等における歩道等の整備\nア 国土交通省において、幅の広い歩道の整備を推進する。\n";
    const second = "第２章 鉄道交通の安全\n１ 鉄道交通環境の整備\nア 国土交通省において、第１章第１節１(1)アに記載のとおり、駅周辺の歩道を整備する。\nイ 警察庁において、第１章第１節１(2)アに記載の点検を行う。\n";
    const rules = config("valid-cross-reference");
    // Alone, with a 第１章 that has no 第１節: both broken.
    const withChapter1 = `第１章 総論\n${second}`;
    expect(found(lintText(withChapter1, { fileName: "02.txt", config: rules }).messages, withChapter1)).toEqual([
      "valid-cross-reference 第１章第１節１(1)ア",
      "valid-cross-reference 第１章第１節１(2)ア",
    ]);
    const [, inPlan] = lintPlan(files(["01.txt", first], ["02.txt", second]), { config: rules });
    expect(found(inPlan!.messages, second)).toEqual(["valid-cross-reference 第１章第１節１(2)ア"]);
    const related = inPlan!.messages[0]!.related![0]!;
    expect(related.file).toBe("01.txt");
    expect(first.slice(related.range.start, related.range.end)).toContain("１ 生活道路等における歩行空間の整備");
  });

  it("continues 第N章 across files by label family; a first chapter above 1 is a gap only at the start of the plan", () => {
    const rules = config("valid-numbering");
    const chapter = (n: string) => `第${n}章 交通の安全\n１ 環境の整備\nア 国土交通省において、歩道の整備を推進する。\n`;
    const ids = (results: { messages: LintMessage[] }[]) => results.map((r) => r.messages.map((m) => m.messageId));
    expect(lintText(chapter("３"), { fileName: "03.txt", config: rules }).messages).toEqual([]);
    expect(ids(lintPlan(files(["01.txt", chapter("１")], ["02.txt", chapter("２")]), { config: rules }))).toEqual([[], []]);
    expect(ids(lintPlan(files(["01.txt", chapter("１")], ["02.txt", chapter("３")]), { config: rules }))).toEqual([[], ["gap"]]);
    expect(ids(lintPlan(files(["01.txt", chapter("２")], ["02.txt", chapter("３")]), { config: rules }))).toEqual([["gap"], []]);
  });
});
