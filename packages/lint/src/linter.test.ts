/**
 * lintPlan: the files of one plan linted together. Each test lints the same
 * chapters as a plan and each alone, so the difference is the plan's doing.
 */
import { describe, expect, it } from "vitest";
import { parsePlan, type LintMessage } from "@planlint/core";
import { builtinRules } from "./rules/index.js";
import { lintPlan, lintText, type PlanFileInput } from "./linter.js";
import type { ResolvedConfig } from "./config/resolved-config.js";
import type { Rule } from "./rule.js";

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
    expect(found(lintText(ch2, { config: rules }).messages, ch2)).toEqual(["valid-cross-reference 1.1(イ)"]);
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
});
