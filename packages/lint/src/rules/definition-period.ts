/**
 * definition-period: a parenthesised definition that ends without its 句点 —
 * 「（以下「国立大学法人等」という）」 for 「（以下「国立大学法人等」という。）」.
 *
 * 「公用文作成の考え方」（2022年 文化審議会建議）: a sentence that ends inside brackets
 * takes its 句点 there, and the definition clause 「（以下「○○」という。）」 is its
 * standing example (the form of every law and cabinet decision). Only clauses that
 * begin with 以下 and end in a verb that closes a sentence are checked: 「という」,
 * 「いう」, 「同じ」 (「（以下同じ。）」), 「総称する」, 「略す(る)」, 「称する」, 「呼ぶ」. A noun
 * phrase in brackets (「（以下「本方針」）」) is no sentence and is left alone.
 *
 * 公用文 only (`context.style` "official"): a guidebook or a manifesto follows its own
 * house style. The 句点 is inserted by a safe fix.
 */
import { defineRule } from "../rule.js";
import { minimalFix, proseText, sourceRange } from "../terms/prose-text.js";

// （以下 … 動詞） with no other parenthesis inside; the verb right before the closer.
const CLAUSE = /[（(]以下[^（()）\n]{0,80}?(という|いう|同じ|総称する|略す|略する|称する|呼ぶ)(?=[）)])/g;

export const definitionPeriod = defineRule({
  id: "definition-period",
  meta: {
    description: "Finds a parenthesised definition that ends without its 句点 (「（以下「○○」という）」 for 「（以下「○○」という。）」) in 公用文.",
    recommended: "warn",
    fixable: true,
    hasSuggestions: false,
    messages: {
      missingPeriod: "括弧内の定義「{{clause}}」の後に句点がありません（公用文では「{{clause}}。）」と書きます）。",
    },
    docs: "docs/rules/definition-period.md",
  },
  create(context) {
    if (context.style !== "official") return;
    const joined = proseText(context);
    const text = joined.text;
    CLAUSE.lastIndex = 0;
    for (let m = CLAUSE.exec(text); m !== null; m = CLAUSE.exec(text)) {
      const verb = m[1]!;
      const end = m.index + m[0].length;
      const start = end - verb.length;
      const fix = minimalFix(context.text, joined, start, end, `${verb}。`);
      context.report({
        range: sourceRange(joined, start, end),
        messageId: "missingPeriod",
        data: { clause: verb },
        ...(fix ? { fix } : {}),
      });
    }
  },
});
