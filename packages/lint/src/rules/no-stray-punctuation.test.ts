import { runRuleTests } from "../../test/rule-tester.js";
import { noStrayPunctuation } from "./no-stray-punctuation.js";

// A plan body is recognised from its preface on.
const body = (text: string): string => `はじめに\n${text}\n`;

runRuleTests(noStrayPunctuation, {
  valid: [
    // Seed sentences as written.
    body("(ア)経済産業省において、AIST等を通じ、システムのセキュリティ、品質、安全性、効率の向上などを両立させるための基礎研究に取り組む。"),
    // Words that begin with a particle's kana after a 読点.
    body("公開していない、もしくは、公開しているが見つからない。ハードウェア、ネットワーク、センサーなどについては、デファクトも含め検討する。"),
    body("がん対策、がん検診、のり面の点検を行う。"),
    // The same mark doubled is no-doubled-words'; an ellipsis is a mark of its own.
    body("……詳細は別途定める。項目Ａ・・・項目Ｂ。"),
    // A period inside brackets followed by a comma outside: （…。）、 is correct.
    body("国立大学法人等（以下「法人等」という。）、独立行政法人等において実施する。"),
    // Label digits with a full stop: 「１．」 after a paragraph break.
    body("次のとおり定める。\n１．総論"),
  ],
  invalid: [
    {
      text: body("(ア)経済産業省において、システムのセキュリティ、品質、安全性、効率の向上、などを両立させるための基礎研究に取り組む。"),
      errors: [{ messageId: "beforeParticle", at: "、", occurrence: 5, data: { mark: "、", particle: "など" }, suggestions: [body("(ア)経済産業省において、システムのセキュリティ、品質、安全性、効率の向上などを両立させるための基礎研究に取り組む。")] }],
    },
    {
      name: "a comma before を across a PDF line break",
      text: body("必要な対策、\nを講じる。"),
      errors: [{ messageId: "beforeParticle", at: "、", data: { particle: "を" }, suggestions: [body("必要な対策\nを講じる。")] }],
    },
    {
      name: "two different marks in a row, full-width comma style, CRLF and a surrogate pair",
      text: "はじめに\r\n𠮷野地区において連携を推進する，。また、監視を行う。、\r\n",
      errors: [
        { messageId: "mixedPair", at: "，", data: { pair: "，。" } },
        { messageId: "mixedPair", at: "。", occurrence: 2, data: { pair: "。、" } },
      ],
    },
  ],
});
