import { runRuleTests } from "../../test/rule-tester.js";
import { noLookalikeCharacters } from "./no-lookalike-characters.js";

// A plan body is recognised from its preface on.
const body = (text: string): string => `はじめに\n${text}\n`;

runRuleTests(noLookalikeCharacters, {
  valid: [
    body("近年、ＡＩ、ＩｏＴ、クラウドサービスや５Ｇ等のデジタル技術の飛躍的な進展により、個人情報の利活用が進む。"),
    // Greek and Cyrillic words and symbols of their own.
    body("α線及びβ線の測定値、Москва及びΑθήναとの協力、係数Κを用いる。"),
  ],
  invalid: [
    {
      name: "the corpus: a Kangxi radical for 人",
      text: body("関係省庁等と連携・協力し、個⼈情報等の性質を踏まえる。"),
      errors: [{ messageId: "radical", at: "⼈", data: { found: "⼈", code: "2F08", kanji: "人" } }],
      output: body("関係省庁等と連携・協力し、個人情報等の性質を踏まえる。"),
    },
    {
      name: "the corpus: a Cyrillic o in a full-width Latin word",
      text: body("近年、ＡＩ、ＩоＴ、クラウドサービスの進展により"),
      errors: [{ messageId: "letter", at: "о", data: { found: "о", word: "ＩоＴ", code: "043E", latin: "ｏ" } }],
      output: body("近年、ＡＩ、ＩｏＴ、クラウドサービスの進展により"),
    },
    {
      name: "half-width word, Greek capital, CRLF and a surrogate pair",
      text: "はじめに\r\n𠮷野地区のΙoT基盤と⼯場⽣産を進める。\r\n",
      errors: [
        { messageId: "letter", at: "Ι", data: { latin: "I", word: "ΙoT" } },
        { messageId: "radical", at: "⼯", data: { kanji: "工" } },
        { messageId: "radical", at: "⽣", data: { kanji: "生" } },
      ],
      output: "はじめに\r\n𠮷野地区のIoT基盤と工場生産を進める。\r\n",
    },
    {
      name: "a radical of the supplement, which has no kanji by NFKC",
      text: body("⺠間事業者と連携する。"),
      errors: [{ messageId: "radicalNoKanji", at: "⺠", data: { code: "2EA0" } }],
      output: null,
    },
  ],
});
