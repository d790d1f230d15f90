import { parsePlan } from "@planlint/core";
import { describe, expect, it } from "vitest";
import { lintWithRule } from "../../test/rule-tester.js";
import { consistentTerms } from "../rules/consistent-terms.js";
import { noOrthographicVariants } from "../rules/no-orthographic-variants.js";
import { answerRowAt, commentTableAt, withCommentTables } from "./answer-regions.js";

// 𠮷 (a surrogate pair) and CRLF before the table: offsets are UTF-16 units of the source.
const PLAN = [
  "第１章 総論",
  "１ 計画の目的",
  "𠮷野町を含む地域において、標的型攻撃に対する多層防御の取組を進める。",
  "２ 計画の期間",
  "取組の一つとして、訓練を毎年実施する。",
  "",
  "| 番号 | 御意見の概要 | 御意見に対する考え方 |",
  "|---|---|---|",
  "| １ | 多重防御の取組をひとつずつ進めるべき。 | 御意見のとおり、多重防御の取組を進めます。 |",
  "| ２ | 訓練の回数を増やすべき。 | 訓練はひとつの手段として毎年実施します。 |",
].join("\r\n") + "\r\n";

describe("public-comment answers are linted like the body, comments by no rule", () => {
  it("finds a term variant in the answer and not in the comment", () => {
    const messages = lintWithRule(consistentTerms, { name: "answers", text: PLAN });
    const at = messages.map((m) => PLAN.slice(m.range.start, m.range.end));
    expect(at).toEqual(["多重防御"]);
    expect(messages[0]!.range.start).toBe(PLAN.indexOf("多重防御", PLAN.indexOf("御意見のとおり")));
  });

  it("counts the answers with the body for orthographic variants, never the comments", () => {
    const messages = lintWithRule(noOrthographicVariants, { name: "answers", text: PLAN });
    // 「ひとつ」 in the answer against 「一つ」 in the body; the comment's 「ひとつずつ」 is not the drafters'.
    expect(messages.map((m) => m.range.start)).toEqual([PLAN.indexOf("ひとつの手段")]);
  });

  it("tells answers, other cells and the rest apart, and cuts tables out of regions", () => {
    const doc = parsePlan(PLAN);
    const answer = PLAN.indexOf("御意見のとおり");
    expect(commentTableAt(doc, answer)).toBe("answer");
    expect(commentTableAt(doc, PLAN.indexOf("多重防御の取組をひとつ"))).toBe("table");
    expect(commentTableAt(doc, PLAN.indexOf("訓練を毎年"))).toBeUndefined();
    expect(answerRowAt(doc, answer)?.number).toBe("１");
    const regions = withCommentTables(doc, [{ start: 0, end: PLAN.length }], true);
    const shown = (rs: { start: number; end: number }[]) => rs.map((r) => PLAN.slice(r.start, r.end).trim().slice(0, 7).trim()).filter((s) => s !== "");
    expect(shown(regions)).toEqual(["第１章 総論", "御意見のとおり", "訓練はひとつの"]);
    expect(shown(withCommentTables(doc, [{ start: 0, end: PLAN.length }], false))).toEqual(["第１章 総論"]);
  });
});
