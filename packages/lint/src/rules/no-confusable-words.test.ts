import { LineIndex, parsePlan } from "@planlint/core";
import { describe, expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { lintWithRule, runRuleTests, type InvalidRuleTestCase, type RuleTestCase } from "../../test/rule-tester.js";
import { confusableWords } from "../dictionaries/confusable-words.js";
import { applyFixes } from "../fix.js";
import { lintText } from "../linter.js";
import { isSafePattern } from "../terms/pattern-safety.js";
import { noConfusableWords } from "./no-confusable-words.js";

// A plan body is recognised from its preface on; a text with no structure is not checked.
const body = (text: string): string => `はじめに\n${text}\n`;

/** The mistaken word an entry finds in `text`. */
function wordIn(pattern: string, text: string): string {
  const m = new RegExp(pattern, "u").exec(text);
  if (!m) throw new Error(`/${pattern}/ finds nothing in 「${text}」`);
  return m[0];
}

// Every entry's own examples: each wrong sentence gives one finding, each right or ok sentence none.
const fromData: InvalidRuleTestCase[] = confusableWords.flatMap((entry) =>
  entry.examples.map(({ wrong, right }) => {
    const single = entry.fix && entry.candidates.length === 1;
    return {
      name: `${wrong} → ${right}`,
      text: body(wrong),
      errors: [{ messageId: "confusable", at: wordIn(entry.pattern, wrong), data: { reason: entry.reason }, ...(single ? {} : { suggestions: [body(right), ...entry.candidates.slice(1).map((c) => body(right.replace(entry.candidates[0]!, c)))] }) }],
      output: single ? body(right) : null,
    };
  }),
);
const validFromData = [...new Set(confusableWords.flatMap((e) => [...e.ok, ...e.examples.map((x) => x.right)]))].map((t): RuleTestCase => ({ name: `ok: ${t}`, text: body(t) }));

// Seed sentences and their mistyped variants (seed line numbers in the names).
const S123 = "サイバー空間は、様々な役割を担う多様な主体による連携のもと自律的なガバ";
const S1446 = "(1) サイバー空間における国際的な法の支配の確立";
const S1087 = "等と連携しつつ、特定個人情報の適正な取扱いに関するガイドラインの遵守、";
const S1170 = "ため、実際の攻撃手法を用いて情報システム内部への侵入及び侵入後の被害状";
const S1286 = "めとし、体制の整備、有意な人材の確保、一定の専門性を有する人材の育成、適切な処遇の";
const S2498 = " 完全性 情報に関して破壊、改ざん又は消去されていないこと（Integrity）。機密性、完全性、\n\n可能性は情報セキュリティの三大要素と呼ばれている。 ";

// Real sentences of the seed and the corpus that use the right word next to a context an entry
// reads (each must stay quiet), and the same sentence with the word mistyped (each gives one finding).
// `suggestion`: the entry leaves the choice to the writer (no --fix).
const real: { name: string; right: string; wrong: string; at: string; expected: string; suggestion?: true }[] = [
  { name: "seed 1002: 情報を収集・分析・共有", right: "サイバー攻撃に関する情報を収集・分析・共有するための基盤", wrong: "サイバー攻撃に関する情報を収拾・分析・共有するための基盤", at: "収拾", expected: "収集" },
  { name: "seed 1430: 任務保証の観点から", right: "また、任務保証の観点から、任務遂行上依拠するサイバー空間", wrong: "また、任務保障の観点から、任務遂行上依拠するサイバー空間", at: "保障", expected: "保証" },
  { name: "seed 2321: 共同で管理", right: "JPCERT/CCとIPAが共同で管理している脆弱性対策情報", wrong: "JPCERT/CCとIPAが共同で管理している脆弱性対策情報", at: "", expected: "" },
  { name: "seed 2784: 危うくする確率", right: "事業運営を危うくする確率及び情報セキュリティを脅かす確率が高いもの", wrong: "", at: "", expected: "" },
  { name: "seed 3207: 実態解明の手法確立", right: "緊急対処や実態解明の手法確立に活用されています。", wrong: "", at: "", expected: "" }, // 「手法確率」 (a compound) is not read: 確率 needs 「〜の確率」 or a verb after it
  { name: "seed 3657: 対処態勢の強化", right: "産学官連携の促進や、対処態勢の強化を図る。", wrong: "産学官連携の促進や、対処体勢の強化を図る。", at: "体勢", expected: "体制", suggestion: true },
  { name: "seed 3842: 非対称戦", right: "シナリオ（フィジカルおよび非対称戦の両方を含む）", wrong: "", at: "", expected: "" },
  { name: "seed 4295: 防衛省以外の他省", right: "内閣官房・経産省・総務省・警察庁・防衛省以外の他省", wrong: "内閣官房・経産省・総務省・警察庁・防衛省意外の他省", at: "意外", expected: "以外", suggestion: true },
  { name: "ppc 48: 経済安全保障の観点からの対応", right: "（５）経済安全保障の観点からの対応", wrong: "（５）経済安全補償の観点からの対応", at: "補償", expected: "保障" },
  { name: "ppc 53: 個人情報等の適正な取扱いの推進", right: "個人情報の保護等個人情報等の適正な取扱いの推進", wrong: "個人情報の保護等個人情報等の適性な取扱いの推進", at: "適性", expected: "適正" },
  { name: "ppc: 法の規定に従うほか", right: "個人情報取扱事業者において、法の規定に従うほか", wrong: "個人情報取扱事業者において、法の既定に従うほか", at: "既定", expected: "規定" },
  { name: "ppc: 自らの意思に基づいて", right: "個人が自らの意思に基づいてコントロールする", wrong: "", at: "", expected: "" },
  { name: "guidebook 404: 調査票への回答を依頼", right: "調査概要や主旨等の説明を行った上で、調査票への回答を依頼します。", wrong: "調査概要や主旨等の説明を行った上で、調査票への解答を依頼します。", at: "解答", expected: "回答" },
  { name: "gif 517: 移動体", right: "移動体の位置情報", wrong: "異動体の位置情報", at: "異動", expected: "移動" },
];

runRuleTests(noConfusableWords, {
  valid: [
    ...validFromData,
    ...real.map((r) => ({ name: `${r.name} (as written)`, text: body(r.right) })),
    { name: "seed 123: 多様な主体", text: body(S123) },
    { name: "seed 1446: 法の支配の確立", text: body(S1446) },
    { name: "seed 1087: 適正な取扱い", text: body(S1087) },
    { name: "seed 1170: 侵入", text: body(S1170) },
    { name: "seed 137: 安全保障", text: body("我が国の安全保障・危機管理の観点から極めて重要な課題となっている。") },
    { name: "seed 212: 努める", text: body("展開に努めるとともに、IoTセキュリティに関する研究開発") },
    { name: "a paragraph break separates the context from the word", text: body("機密性、完全性、 \n可能性は高い。") },
  ],
  invalid: [
    ...fromData,
    ...real
      .filter((r) => r.wrong && r.at)
      .map((r): InvalidRuleTestCase => ({ name: `${r.name}, mistyped`, text: body(r.wrong), errors: [{ messageId: "confusable", at: r.at, data: { expected: r.expected } }], output: r.suggestion ? null : body(r.right) })),
    {
      name: "seed 123 mistyped: 多用な主体",
      text: body(S123.replace("多様", "多用")),
      errors: [{ messageId: "confusable", at: "多用", data: { found: "多用", expected: "多様" } }],
      output: body(S123),
    },
    {
      name: "seed 1446 mistyped: 法の支配の確率",
      text: body(S1446.replace("確立", "確率")),
      errors: [{ messageId: "confusable", at: "確率" }],
      output: body(S1446),
    },
    {
      name: "seed 1087 mistyped: 適性な取扱い",
      text: body(S1087.replace("適正", "適性")),
      errors: [{ messageId: "confusable", at: "適性" }],
      output: body(S1087),
    },
    {
      name: "seed 137 mistyped: 安全補償",
      text: body("我が国の安全補償・危機管理の観点から極めて重要な課題となっている。"),
      errors: [{ messageId: "confusable", at: "補償" }],
      output: body("我が国の安全保障・危機管理の観点から極めて重要な課題となっている。"),
    },
    {
      name: "seed 1286 as published: 有意な人材 (a suggestion: 「有意の士」 exists)",
      text: body(S1286),
      errors: [{ messageId: "confusable", at: "有意", data: { expected: "有為" }, suggestions: [body(S1286.replace("有意", "有為"))] }],
      output: null,
    },
    {
      name: "seed 2498-2500 as published: 可能性 for 可用性, wrapped after its context; the fix keeps the line break",
      text: body(S2498),
      errors: [{ messageId: "confusable", at: "可能性", data: { expected: "可用性" } }],
      output: body(S2498.replace("可能性", "可用性")),
    },
    {
      name: "CRLF and a surrogate pair before the word",
      text: body("𠮷野の多用な\r\n\r\n人材を育成する。"),
      errors: [{ messageId: "confusable", at: "多用" }],
      output: body("𠮷野の多様な\r\n\r\n人材を育成する。"),
    },
  ],
});

describe("no-confusable-words list", () => {
  it("has safe patterns that match only the mistaken word", () => {
    for (const entry of confusableWords) {
      const re = new RegExp(entry.pattern, "u");
      expect(isSafePattern(re), entry.pattern).toBe(true);
      expect(entry.candidates.length).toBeGreaterThan(0);
      expect(entry.reason).toBeTruthy();
      expect(entry.source, entry.pattern).toMatch(/\S/);
      expect(entry.examples.length, entry.pattern).toBeGreaterThan(0);
      for (const { wrong, right } of entry.examples) {
        const m = re.exec(wrong)!;
        expect(wrong.slice(0, m.index) + entry.candidates[0] + wrong.slice(m.index + m[0].length)).toBe(right);
      }
    }
  });
});

describe("no-confusable-words on the seed", () => {
  const text = seedText();
  const document = parsePlan(text, { fileName: "seed.txt" });
  const index = new LineIndex(text);
  const messages = lintText(text, {
    fileName: "seed.txt",
    document,
    rules: { "no-confusable-words": noConfusableWords },
    config: { rules: new Map([["no-confusable-words", { severity: "warning", options: {} }]]), glossary: [], terms: [], exceptions: [] },
  }).messages;
  const partOf = (start: number) => document.parts.find((p) => p.range.start <= start && start < p.range.end)?.kind;
  const where = (start: number, end: number) => {
    const p = index.positionAt(start);
    return `${partOf(start)} ${p.line + 1}:${p.character + 1} ${text.slice(start, end)}`;
  };

  it("finds only real errors of the published text: 価値を産み出す, 有意な人材, 多用なコンテスト and パートナーシップの進化 in the body, 可能性 for 可用性 three times in the glossary, 任務保障 in an answer to a comment", () => {
    expect(messages.map((m) => `${where(m.range.start, m.range.end)}${m.fix ? " (fix)" : ""}`)).toEqual([
      // 「無限の価値を産み出す」: 生む (文化庁「異字同訓」).
      "body 127:15 産 (fix)",
      "body 1286:11 有意",
      "body 1927:24 多用 (fix)",
      // 「パートナーシップの一層の進化を図る」: 深化 (as 「連携の深化を図る」 in 5(ウ)).
      "body 2003:8 進化 (fix)",
      "glossary 2494:28 可能性 (fix)",
      "glossary 2500:1 可能性 (fix)",
      "glossary 2504:27 可能性 (fix)",
      // An answer to a public comment: 「任務保障」 for the plan's 任務保証 (mission assurance).
      "public-comments 3448:5 保障 (fix)",
    ]);
  });

  it("its fixes keep every line", () => {
    const out = applyFixes(text, messages.flatMap((m) => (m.fix ? [m.fix] : []))).output;
    expect(out.split("\n").length).toBe(text.split("\n").length);
    expect(out.match(/機密性、完全性、\s*可用性/g)).toHaveLength(3);
  });

  it("is quiet on the whole text of the seed with every example word corrected", () => {
    const corrected = applyFixes(text, messages.map((m) => m.fix ?? m.suggestions![0]!.fix)).output;
    expect(lintWithRule(noConfusableWords, { text: corrected })).toEqual([]);
  });
});
