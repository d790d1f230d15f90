import { runRuleTests } from "../../test/rule-tester.js";
import { definitionPeriod } from "./definition-period.js";

// A plan body is recognised from its preface on.
const body = (text: string): string => `はじめに\n${text}\n`;

runRuleTests(definitionPeriod, {
  valid: [
    // The 公用文 form, as the corpus's 基本方針 writes it.
    body("個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）第７条第１項の規定に基づき定める。"),
    body("国の行政機関（以下同じ。）において、監査を実施する。"),
    // A noun phrase in brackets is no sentence.
    body("国立大学法人及び大学共同利用機関法人（以下「国立大学法人等」）の体制を高度化する。"),
    // Not a definition clause: 「という」 quoting a name.
    body("「サイバーセキュリティ月間」（２月）という取組を実施する。"),
    // A guidebook in です・ます style follows its own house style.
    { text: "はじめに\nこのガイドブック（以下「本書」という）は、データの活用を説明します。本書を参考にしてください。\n", style: "general" },
  ],
  invalid: [
    {
      text: body("(ス)文部科学省において、国立大学法人及び大学共同利用機関法人（以下「国立大学法人等」という）のインシデント対応体制を高度化する。"),
      errors: [{ messageId: "missingPeriod", at: "という", data: { clause: "という" } }],
      output: body("(ス)文部科学省において、国立大学法人及び大学共同利用機関法人（以下「国立大学法人等」という。）のインシデント対応体制を高度化する。"),
    },
    {
      name: "以下同じ, half-width parenthesis, CRLF and a surrogate pair",
      text: "はじめに\r\n𠮷野地区の協議会(以下同じ)において検討する。\r\n",
      errors: [{ messageId: "missingPeriod", at: "同じ" }],
      output: "はじめに\r\n𠮷野地区の協議会(以下同じ。)において検討する。\r\n",
    },
    {
      name: "a clause wrapped across a PDF line break",
      text: body("独立行政法人情報処理推進機構（以下「IPA」と\n総称する）を通じ、普及を図る。"),
      errors: [{ messageId: "missingPeriod", at: "総称する" }],
      output: body("独立行政法人情報処理推進機構（以下「IPA」と\n総称する。）を通じ、普及を図る。"),
    },
  ],
});
