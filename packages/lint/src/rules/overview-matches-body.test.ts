import { expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { assertRuleRangesOnArbitraryText, lintWithRule, runRuleTests } from "../../test/rule-tester.js";
import { overviewMatchesBody } from "./overview-matches-body.js";

/** A plan with an overview (■ headings, entries ending in 【owners】) before its body. */
const plan = (overview: string[], body = BODY): string => ["計画の概要", "", ...overview, "", ...body].join("\n") + "\n";

const BODY = [
  "はじめに",
  "本計画は、地域の防災力を高めるための施策を定める。",
  "1. 地域の防災力の向上",
  "1.1. 自主防災組織の育成",
  "(1) 組織の立ち上げ支援",
  "(ア) 総務省において、自主防災組織の立ち上げを支援する。【総務省】",
  "1.2. 住民への普及・啓発",
  "(1) 防災教育の推進",
  "(ア) 文部科学省において、学校における防災教育を推進する。【文部科学省】",
  "(イ) 内閣府において、消防庁と協力して防災週間の広報を行う。【内閣府】",
  "1.3. 情報伝達体制の整備",
  "(1) 防災行政無線の整備",
  "(ア) 総務省において、防災行政無線の整備を支援する。【総務省】",
];

const OVERVIEW = [
  "■自主防災組織の育成",
  "自主防災組織の立ち上げを支援【総務省】",
  "■住民への普及・啓発",
  "学校における防災教育の推進【文部科学省】",
  "防災週間の広報【内閣府、関係省庁】",
  "■情報伝達体制の整備",
  "防災行政無線の整備【総務省】",
];

runRuleTests(overviewMatchesBody, {
  valid: [
    { name: "overview headings word for word, in order, owners in their sections", text: plan(OVERVIEW) },
    { name: "CRLF line ends", text: plan(OVERVIEW).replace(/\n/g, "\r\n") },
    {
      name: "an owner named inside a measure of the section (消防庁) counts",
      text: plan(OVERVIEW.map((l) => l.replace("防災週間の広報【内閣府、関係省庁】", "防災週間の広報【内閣府、消防庁】"))),
    },
    {
      name: "a heading that matches nothing and has no place between its neighbours is left alone (the overview groups differently)",
      text: plan(["■自主防災組織の育成", "自主防災組織の立ち上げを支援【総務省】", "■地域全体での取組", "関係機関との連携【総務省】", "■住民への普及・啓発", "学校における防災教育の推進【文部科学省】"]),
    },
    { name: "a body without an overview", text: BODY.join("\n") + "\n" },
  ],
  invalid: [
    {
      name: "a 中黒 lost in the overview: 普及啓発 for 普及・啓発",
      text: plan(OVERVIEW.map((l) => l.replace("■住民への普及・啓発", "■住民への普及啓発"))),
      errors: [{ messageId: "punctuation", at: "住民への普及啓発", data: { overview: "住民への普及啓発", body: "1.2. 住民への普及・啓発" }, related: 1, suggestions: [plan(OVERVIEW)] }],
    },
    {
      name: "a full-width space in the overview heading",
      text: plan(OVERVIEW.map((l) => l.replace("■情報伝達体制の整備", "■情報伝達体制の　整備"))),
      errors: [{ messageId: "punctuation", at: "情報伝達体制の　整備" }],
    },
    {
      name: "a heading reworded in the body: the only section between its neighbours, most wording shared",
      text: plan(OVERVIEW.map((l) => l.replace("■住民への普及・啓発", "■住民への普及啓発活動"))),
      errors: [{ messageId: "wording", at: "住民への普及啓発活動", data: { body: "1.2. 住民への普及・啓発" }, suggestions: [plan(OVERVIEW)] }],
    },
    {
      name: "headings out of the body's order",
      text: plan([OVERVIEW[2]!, OVERVIEW[3]!, OVERVIEW[4]!, OVERVIEW[0]!, OVERVIEW[1]!, OVERVIEW[5]!, OVERVIEW[6]!]),
      errors: [{ messageId: "order", at: "自主防災組織の育成", data: { previous: "住民への普及・啓発" } }],
    },
    {
      name: "an owner who owns nothing in the section (経済産業省 under 1.1)",
      text: plan(OVERVIEW.map((l) => l.replace("自主防災組織の立ち上げを支援【総務省】", "自主防災組織の立ち上げを支援【総務省、経済産業省】"))),
      errors: [{ messageId: "owner", at: "経済産業省", data: { owner: "経済産業省", section: "1.1. 自主防災組織の育成" }, related: 1 }],
    },
  ],
});

it("on the seed: the overview's 「世界各国との協力連携」 is 3.3 「世界各国との協力・連携」 in the body, and nothing else", () => {
  const found = lintWithRule(overviewMatchesBody, { text: seedText() });
  expect(found.map((m) => [m.messageId, seedText().slice(m.range.start, m.range.end)])).toEqual([["punctuation", "世界各国との協力連携"]]);
});

it("reports only inside the text on arbitrary overviews and bodies", () => {
  assertRuleRangesOnArbitraryText(overviewMatchesBody, ["■", "計画の概要\n", "■住民への普及\n", "支援【総務省】\n", "1. 地域\n", "1.1. 住民への普及・啓発\n", "(ア) 総務省において支援する。【総務省】\n", "\n", "【", "】"]);
});
