import { describe, expect, it } from "vitest";
import { lintWithRule, runRuleTests } from "../../test/rule-tester.js";
import { seedText } from "../../../core/test/seed.js";
import { consistentNames, numeralValue } from "./consistent-names.js";

const body = (text: string): string => `はじめに\n${text}\n`;

runRuleTests(consistentNames, {
  valid: [
    { name: "one way only", text: body("日米サイバー対話を開催する。日米協力を進める。") },
    {
      name: "seed 1458: a list of dotted pairs keeps its parallel (「日・米、日・韓…間」) though 「日米」 is written elsewhere",
      text: body("共助を義務的なものとする日・米、日・韓、日・中、日・香港、日・EU、日・露間の刑事共助条約\n日米サイバー対話\n日米協力\n日米防衛協力"),
    },
    { name: "a tie: the drafter decides (seed 1929/2418: SECCON CTF 2017 once, CTF2017 once)", text: body("コンテスト（「SECCON CTF 2017」）を開催する。\nSECCON CTF2017の決勝を行う。") },
    { name: "「日EUROPE」 is no 日EU; 前日EU is 前日 + EU", text: body("日・EUの協力。日EUROPE展。前日EU理事会。") },
    { name: "「前日米国」 is 前日 + 米国, not 日米", text: body("日・米の協力。前日米国で会合。前日米国に戻る。") },
    { name: "a longer katakana word that ends in the name is another word", text: body("デジタル・ガバメントを進める。ネオデジタルガバメント論。ネオデジタルガバメント論。") },
    { name: "Japanese and figures: a PDF spaces them by itself", text: body("サイバーセキュリティ 2017（案）\nサイバーセキュリティ2017（案）\nサイバーセキュリティ2017の概要") },
    { name: "width alone is consistent-width's", text: body("Society5.0の実現。Ｓｏｃｉｅｔｙ５．０の実現。Ｓｏｃｉｅｔｙ５．０へ。") },
    { name: "第N章 is a reference, not a name", text: body("第五章で述べる。第５章で述べる。第５章を参照。") },
    { name: "different names after the same ordinal", text: body("第５期科学技術基本計画。第五期中期目標。第五期中期目標。") },
    { name: "a name wrapped over a line is left out", text: body("SECCON CTF\n2017の開催\nSECCON CTF2017の決勝\nSECCON CTF2017の予選") },
    { name: "corpus (guidebook): デジタル・ガバメント every time", text: body("デジタル・ガバメント中長期計画等を確認し、デジタル・ガバメント推進標準ガイドラインに沿う。") },
  ],
  invalid: [
    {
      name: "a half-width 中黒 (･) at the very start of the text, and an ordinal in kanji beside figures",
      text: "デジタル･ガバメントを進める。デジタルガバメントを見直す。デジタルガバメントを進める。第五期計画と第５期計画と第５期計画。",
      errors: [
        { messageId: "twoWays", at: "デジタル･ガバメント", data: { preferred: "デジタルガバメント" } },
        { messageId: "twoWays", at: "第五期計画", data: { preferred: "第５期計画" } },
      ],
      output: "デジタルガバメントを進める。デジタルガバメントを見直す。デジタルガバメントを進める。第５期計画と第５期計画と第５期計画。",
    },
    {
      name: "names one after another and overlapping candidates: 日・米・豪 then 日米豪, ア・イ・ウエ (one-character words are no name)",
      text: body("日・米・豪の協力。日米豪の協力。日米豪の対話。ア・イ・ウエ。"),
      errors: [{ messageId: "twoWays", at: "日・米・豪", data: { preferred: "日米豪" } }],
      output: body("日米豪の協力。日米豪の協力。日米豪の対話。ア・イ・ウエ。"),
    },
    {
      name: "katakana with and without 中黒: the majority wins",
      text: body("デジタル・ガバメント中長期計画。デジタル・ガバメント推進標準ガイドライン。デジタルガバメントを見直す。"),
      errors: [{ messageId: "twoWays", at: "デジタルガバメント", data: { preferred: "デジタル・ガバメント", preferredCount: "2", foundCount: "1" } }],
      output: body("デジタル・ガバメント中長期計画。デジタル・ガバメント推進標準ガイドライン。デジタル・ガバメントを見直す。"),
    },
    {
      name: "the dotted form is the minority",
      text: body("セキュリティバイデザインの考え方。セキュリティバイデザインを推進。セキュリティ・バイ・デザインを浸透させる。"),
      errors: [{ messageId: "twoWays", at: "セキュリティ・バイ・デザイン", data: { preferred: "セキュリティバイデザイン" } }],
      output: body("セキュリティバイデザインの考え方。セキュリティバイデザインを推進。セキュリティバイデザインを浸透させる。"),
    },
    {
      name: "single kanji: 日・米 beside 日米 (not in a list)",
      text: body("日・米の協力を深める。日米サイバー対話。日米防衛協力。"),
      errors: [{ messageId: "twoWays", at: "日・米", data: { preferred: "日米" } }],
      output: body("日米の協力を深める。日米サイバー対話。日米防衛協力。"),
    },
    {
      name: "seed 1550/1572/1683: a kanji and an acronym, 日・ASEAN twice beside 日ASEAN once",
      text: body("・ 内閣官房において、日・ASEAN情報セキュリティ政策会議を通じ貢献する。\n・外務省において、第２回日・ASEANサイバー犯罪対策対話を行う。\n日ASEAN情報セキュリティ政策会議の枠組みを通じ連携する。"),
      errors: [{ messageId: "twoWays", at: "日ASEAN", data: { preferred: "日・ASEAN" } }],
      output: body("・ 内閣官房において、日・ASEAN情報セキュリティ政策会議を通じ貢献する。\n・外務省において、第２回日・ASEANサイバー犯罪対策対話を行う。\n日・ASEAN情報セキュリティ政策会議の枠組みを通じ連携する。"),
    },
    {
      name: "産学官 three ways round",
      text: body("産学官連携を進める。産学官の対話。産・学・官が協力する。"),
      errors: [{ messageId: "twoWays", at: "産・学・官" }],
      output: body("産学官連携を進める。産学官の対話。産学官が協力する。"),
    },
    {
      name: "Latin and figures with and without a space",
      text: body("SECCON CTF 2017の決勝。SECCON CTF2017の予選。SECCON CTF2017の表彰。"),
      errors: [{ messageId: "twoWays", at: "CTF 2017", data: { preferred: "CTF2017", preferredCount: "2", foundCount: "1" } }],
      output: body("SECCON CTF2017の決勝。SECCON CTF2017の予選。SECCON CTF2017の表彰。"),
    },
    {
      name: "Society 5.0, full-width space, CRLF and a surrogate pair before it",
      text: "はじめに\r\n𠮷野でSociety\u30005.0を語る。\r\nSociety5.0の実現。Society5.0へ。\r\n",
      errors: [{ messageId: "twoWays", at: "Society\u30005.0", data: { preferred: "Society5.0" } }],
      output: "はじめに\r\n𠮷野でSociety5.0を語る。\r\nSociety5.0の実現。Society5.0へ。\r\n",
    },
    {
      name: "the numeral of a named term: kanji against figures; only the numeral changes",
      text: body("第５期科学技術基本計画に基づく。第５期科学技術基本計画では、第五期科学技術基本計画の評価を行う。"),
      errors: [{ messageId: "twoWays", at: "第五期科学技術基本計画", data: { preferred: "第５期科学技術基本計画" } }],
      output: body("第５期科学技術基本計画に基づく。第５期科学技術基本計画では、第５期科学技術基本計画の評価を行う。"),
    },
    {
      name: "第六次 against 第６次 with another width in the majority's own spelling",
      text: body("第六次環境基本計画を策定。第六次環境基本計画において、第６次環境基本計画の進捗"),
      errors: [{ messageId: "twoWays", at: "第６次環境基本計画", data: { preferred: "第六次環境基本計画" } }],
      output: body("第六次環境基本計画を策定。第六次環境基本計画において、第六次環境基本計画の進捗"),
    },
  ],
});

describe("numeralValue", () => {
  it("reads kanji and figures of either width", () => {
    expect(numeralValue("六")).toBe(6);
    expect(numeralValue("十")).toBe(10);
    expect(numeralValue("二十三")).toBe(23);
    expect(numeralValue("百五")).toBe(105);
    expect(numeralValue("６")).toBe(6);
    expect(numeralValue("12")).toBe(12);
    expect(Number.isNaN(numeralValue("六x"))).toBe(true);
  });
});

describe("consistent-names on the seed", () => {
  it("finds only 日ASEAN (1683; 日・ASEAN twice): its pair SECCON CTF 2017 / CTF2017 is a tie, and 日・米 stands in a list", () => {
    const text = seedText();
    const found = lintWithRule(consistentNames, { text }).map((m) => `${text.slice(0, m.range.start).split("\n").length}:${text.slice(m.range.start, m.range.end)}`);
    expect(found).toEqual(["1683:日ASEAN"]);
  });
});
