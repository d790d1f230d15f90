import { runRuleTests } from "../../test/rule-tester.js";
import { noRepeatedPassages } from "./no-repeated-passages.js";

// A seed sentence (2.1) and a second one of the same section.
const S = "サイバー攻撃の手口は年々巧妙化しており、その対策にはより高度な専門性と組織的な対応が求められている。";
const T = "このため、政府機関においては、情報システムの監視体制を強化し、迅速な対処に取り組む。";
const U = "重要インフラ事業者等においては、事業継続計画の見直しを進めるとともに、演習を通じて対処能力を高める。";
// A long sentence (more than twice the minimum): no formula.
const L = "国は、地方公共団体における条例の制定又は改廃に向けた検討が行われる場合に、その円滑な検討に資するよう、必要な情報の提供や助言等の支援を行うものとする。";
const plan = (first: string, second: string, nl = "\n"): string => ["はじめに", "1. 基本的な考え方", first, "2. 施策の展開", second, ""].join(nl);

runRuleTests(noRepeatedPassages, {
  valid: [
    plan(`${S}${T}`, U),
    // Marked as intended, on either copy or in the heading above.
    plan(`${S}${T}`, `${U}${S}（再掲）`),
    plan(`${S}（再掲）${T}`, `${U}${S}`),
    ["はじめに", "1. 基本的な考え方", `${S}${T}`, "2. 施策の展開（再掲を含む）", `${U}${S}`, ""].join("\n"),
    // Short stock sentences repeat by design.
    plan("引き続き取組を推進する。", "引き続き取組を推進する。"),
    // Three copies: the plan's formula, not a paste.
    ["はじめに", "1. 基本的な考え方", `${S}${T}`, "2. 施策の展開", `${U}${S}`, "3. 推進体制", `${S}`, ""].join("\n"),
    // A different year is a different statement.
    plan(`2017年度においては、${T}`, `2018年度においては、${T}`),
    // Parallel sections, one per actor, restate the same requirement.
    ["はじめに", "1. 国が講ずべき措置に関する事項", `${S}${T}`, "2. 地方公共団体が講ずべき措置に関する事項", `${U}${S}`, ""].join("\n"),
    // Parallel text under unrelated titles: the sentence before each copy is the same template with another actor.
    [
      "はじめに",
      "1. 行政機関",
      `全ての行政機関においては、法の規律に則り、個人情報等の適正な取扱いを確保することが必要である。${S}`,
      "2. 独立行政法人",
      `独立行政法人等においては、法の規律に則り、個人情報等の適正な取扱いを確保することが必要である。${S}`,
      "",
    ].join("\n"),
    // Markdown table rows repeated in two tables are labels, not passages.
    { text: `# はじめに\n\n|データマネジメントにおける重点テーマ|データマネジメントによって目指す姿（サンプル）|\n|---|---|\n|a|b|\n\n# 施策\n\n|データマネジメントにおける重点テーマ|データマネジメントによって目指す姿（サンプル）|\n|---|---|\n|c|d|\n`, fileName: "plan.md" },
    // URLs and code do not make a passage: the Japanese is short.
    plan("詳細は https://www.nisc.go.jp/policy/group/general/kihon.html を参照。", "詳細は https://www.nisc.go.jp/policy/group/general/kihon.html を参照。"),
    // A quoted title of another document does not count towards the length.
    plan("「サイバーセキュリティ戦略」（2015年９月４日閣議決定）に基づき実施する。", "「サイバーセキュリティ戦略」（2015年９月４日閣議決定）に基づき実施する。"),
  ],
  invalid: [
    {
      name: "a long sentence under parallel headings with nothing else parallel is no formula",
      text: ["はじめに", "1. 国が講ずべき措置に関する事項", `${L}${T}`, "2. 地方公共団体が講ずべき措置に関する事項", `${U}${L}`, ""].join("\n"),
      errors: [{ messageId: "repeated", at: L, occurrence: 2, related: 1 }],
      output: null,
    },
    {
      name: "a passage of two sentences moved and left behind is one finding",
      text: plan(`${S}${T}`, `${U}${S}${T}`),
      errors: [{ messageId: "repeated", at: `${S}${T}`, occurrence: 2, related: 1 }],
      output: null,
    },
    {
      name: "a moved sentence is reported even where the sections around it share words",
      text: [
        "はじめに",
        "1. 行政機関",
        `全ての行政機関においては、法の規律に則り、個人情報等の適正な取扱いを確保することが必要である。${S}`,
        "2. 独立行政法人",
        `${U}${S}`,
        "",
      ].join("\n"),
      errors: [{ messageId: "repeated", at: S, occurrence: 2, data: { other: "1" }, related: 1 }],
      output: null,
    },
    {
      name: "a surrogate pair before the copy keeps offsets in UTF-16 units",
      text: plan(`${S}${T}`, `𠮷野家の事例を踏まえ検討する。${S}`),
      errors: [{ messageId: "repeated", at: S, occurrence: 2, related: 1 }],
      output: null,
    },
    {
      name: "a footnote block dropped into the later copy by PDF extraction",
      text: plan(`${S}${T}`, `${U}${S.slice(0, 20)}\n※１：ここに脚注の本文が入る。\n${S.slice(20)}`),
      errors: [{ messageId: "repeated", at: `${S.slice(0, 20)}\n※１：ここに脚注の本文が入る。\n${S.slice(20)}`, related: 1 }],
      output: null,
    },
    {
      name: "Markdown: a paragraph pasted under another heading",
      fileName: "plan.md",
      text: `# 基本的な考え方\n\n${S}${T}\n\n# 施策の展開\n\n${U}\n\n${S}\n`,
      errors: [{ messageId: "repeated", at: S, occurrence: 2, related: 1 }],
      output: null,
    },
    {
      name: "a sentence pasted into a paragraph of another section",
      text: plan(`${S}${T}`, `${U}${S}`),
      errors: [{ messageId: "repeated", at: S, occurrence: 2, related: 1 }],
      output: null,
    },
    {
      name: "the same with CRLF line ends",
      text: plan(`${S}${T}`, `${U}${S}`, "\r\n"),
      errors: [{ messageId: "repeated", at: S, occurrence: 2, related: 1 }],
      output: null,
    },
    {
      name: "width and spaces differ: still the same sentence",
      text: plan(`${S}${T}`, `${U}${S.replace("、", "， ")}`),
      errors: [{ messageId: "repeated", at: S.replace("、", "， "), related: 1 }],
      output: null,
    },
    {
      name: "a PDF wrap inside the later copy",
      text: plan(`${S}${T}`, `${U}${S.slice(0, 20)}\n\n${S.slice(20)}`),
      errors: [{ messageId: "repeated", at: `${S.slice(0, 20)}\n\n${S.slice(20)}`, related: 1 }],
      output: null,
    },
    {
      name: "a particle changed in the copy",
      text: plan(`${S}${T}`, `${U}${S.replace("その対策には", "その対策では")}`),
      errors: [{ messageId: "nearlyRepeated", at: S.replace("その対策には", "その対策では"), related: 1 }],
      output: null,
    },
  ],
});
