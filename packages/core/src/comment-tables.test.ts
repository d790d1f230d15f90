import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { docxBytes, para } from "../test/docx-builder.js";
import { columnRole } from "./comment-tables.js";
import { parseDocx } from "./docx/read-docx.js";
import { parsePlan } from "./parse-plan.js";
import type { PlanDocument, TextRange } from "./types.js";

const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/made-up/${name}`, import.meta.url), "utf8");
const cells = (text: string, ranges: readonly TextRange[]) => ranges.map((r) => text.slice(r.start, r.end));
const rowsOf = (text: string, doc: PlanDocument) =>
  (doc.commentTables ?? []).flatMap((t) => t.rows.map((r) => ({ layout: t.layout, number: r.number, comment: cells(text, r.comment), answer: cells(text, r.answer) })));

describe("columnRole", () => {
  it.each([
    ["番号", "number"],
    ["No.", "number"],
    ["御意見の概要", "comment"],
    ["意見の概要（要約）", "comment"],
    ["提出意見", "comment"],
    ["意見に対する考え方", "answer"],
    ["御意見に対する考え方及び修正", "answer"],
    ["対応", "answer"],
    ["意見の種類", "other"],
    ["提出者", "other"],
    ["該当箇所", "other"],
  ])("%s is %s", (header, role) => expect(columnRole(header)).toBe(role));
});

describe("public-comment result tables", () => {
  it("reads a GFM table with CRLF, full-width row numbers, an escaped pipe and a surrogate pair before it", () => {
    const text = fixture("comment-results.md");
    expect(text).toContain("\r\n");
    const doc = parsePlan(text, { fileName: "comment-results.md" });
    expect(rowsOf(text, doc)).toEqual([
      { layout: "pipe-table", number: "１", comment: ["避難所の備蓄について、令和６年度中に見直すべきではないか。"], answer: ["第３章１（２）のとおり、備蓄の見直しは令和６年度中に実施します。"] },
      { layout: "pipe-table", number: "２", comment: ["計画の期間が長すぎる。"], answer: ["御意見として承ります。"] },
      { layout: "pipe-table", number: "3", comment: ["「防災士」の育成を明記してほしい。 \\| 以上"], answer: ["第２章２（１）に記載のとおり、地域の担い手の育成に取り組みます。"] },
    ]);
    const table = doc.commentTables![0]!;
    expect(text.slice(table.range.start, table.range.start + 6)).toBe("| 番号 |");
  });

  it("reads a pipe table in a plain text too, and ignores tables without a comment and an answer column", () => {
    const text = "| 番号 | 提出意見 | 対応 |\n|---|---|---|\n| 1 | 賛成です。 | 承ります。 |\n\n| 項目 | 内容 |\n|---|---|\n| 期間 | ５年 |\n";
    const doc = parsePlan(text, { fileName: "a.txt" });
    expect(rowsOf(text, doc)).toEqual([{ layout: "pipe-table", number: "1", comment: ["賛成です。"], answer: ["承ります。"] }]);
  });

  it("reads PDF-extracted rows only where the columns are told apart surely", () => {
    const text = fixture("comment-results-pdf.txt");
    const doc = parsePlan(text, { fileName: "comment-results-pdf.txt" });
    expect(doc.parts.map((p) => p.kind)).toEqual(["body", "public-comments"]);
    // Row 3's comment is broken by a blank line: three blocks, so which is the answer is not sure.
    expect(rowsOf(text, doc)).toEqual([
      {
        layout: "pdf-blocks",
        number: "1",
        comment: ["避難所の備蓄について、毎年見直すべきではないかと考えま\nす。"],
        answer: ["第３章１（２）のとおり、備蓄品の点検は毎年度実施\nすることとしております。御意見については今後の参\n考にさせていただきます。"],
      },
      { layout: "pdf-blocks", number: "2", comment: ["本計画の策定を歓迎します。"], answer: ["賛同の御意見として承ります。"] },
    ]);
  });

  it("reads nothing from a public-comment summary without a table, nor from a body", () => {
    const text = "第１章 総則\n\n１ 目的\n本計画は、目的を定める。\n\n意見募集の結果の概要\n\n■ 意見総数：３件\n\n1\n\n計画に賛成します。\n\n御意見として承ります。\n";
    expect(parsePlan(text).commentTables).toBeUndefined();
  });

  it("reads a Word table by its cells, a cell of two paragraphs giving two ranges", () => {
    const cell = (...ps: string[]) => `<w:tc>${ps.map((p) => para(p)).join("")}</w:tc>`;
    const row = (...cs: string[]) => `<w:tr>${cs.join("")}</w:tr>`;
    const body =
      para("意見募集の結果") +
      `<w:tbl>${row(cell("番号"), cell("提出者"), cell("意見の概要"), cell("意見に対する考え方"))}${row(cell("１"), cell("個人"), cell("期間を５年にすべき。"), cell("原案のとおりとします。", "御理解ください。"))}</w:tbl>`;
    const { reading, document } = parseDocx(docxBytes({ body }));
    expect(rowsOf(reading.text, document)).toEqual([{ layout: "docx-table", number: "１", comment: ["期間を５年にすべき。"], answer: ["原案のとおりとします。", "御理解ください。"] }]);
  });

  it("reads the seed's PDF result list: rows in sequence, answers apart from comments", () => {
    const text = readFileSync(new URL("../../../seeds/cybersecurity-2017-draft.txt", import.meta.url), "utf8");
    const doc = parsePlan(text);
    const rows = rowsOf(text, doc);
    expect(rows.length).toBe(31);
    const seven = rows.find((r) => r.number === "7")!;
    expect(seven.answer[0]).toMatch(/^NISCにおいて、政府機関等/);
    expect(seven.answer[0]).toMatch(/参考\nにさせていただきます。$/);
    expect(seven.comment[0]).toMatch(/^政府が国のサイバーセキュリティに関する助言/);
    // 「承りました。 賛同意／見」: the 意見の種類 cell glued to the answer is not the answer.
    expect(rows.find((r) => r.number === "6")!.answer).toEqual(["賛同意見として承りました。"]);
  });
});
