/**
 * `planlint review`: the reviewed copy's changes accepted give what --fix gives,
 * rejected give the original; every finding without a fix is a comment; the runs
 * keep their formatting; the original file is never written.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocx } from "@planlint/core";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, test } from "vitest";
import { docxBytes, para } from "../../../core/test/docx-builder.js";
import { runReview } from "../../src/commands/review.js";
import { lintAndFix } from "../../src/fix-file.js";
import { lintText } from "../../src/linter.js";
import { recommendedConfig } from "./recommended-config.js";
import { pastedDocx } from "./seed-docx.js";

const seed = readFileSync(new URL("../../../../seeds/cybersecurity-2017-draft.txt", import.meta.url), "utf8");
const fixture = (name: string) => new URL(`../../../core/test/fixtures/docx/${name}`, import.meta.url);
const dir = mkdtempSync(join(tmpdir(), "planlint-review-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DATE = "2017-06-01T00:00:00Z";

async function review(name: string, bytes: Uint8Array) {
  const input = join(dir, name);
  writeFileSync(input, bytes);
  const out = join(dir, `reviewed-${name}`);
  const result = await runReview({ file: input, out, date: DATE }, { cwd: dir });
  const reviewed = new Uint8Array(readFileSync(out));
  const parts = unzipSync(reviewed);
  return { result, reviewed, parts, input, original: new Uint8Array(readFileSync(input)) };
}

describe("the seed pasted into Word", async () => {
  const bytes = pastedDocx(seed);
  const { result, reviewed, parts, original } = await review("seed.docx", bytes);
  const fixed = lintAndFix(seed, (text) => lintText(text, { fileName: "seed.txt", config: recommendedConfig() }));
  const findings = lintText(seed, { fileName: "seed.txt", config: recommendedConfig() }).messages;

  test("the original is untouched", () => {
    expect(Buffer.from(original).equals(Buffer.from(bytes))).toBe(true);
    expect(result.stdout).toMatch(/^Wrote .*reviewed-seed\.docx: \d+ tracked changes by planlint, \d+ comments \(from \d+ findings\)\n$/);
  });

  test("changes accepted = planlint --fix on the .txt; rejected = the original", () => {
    expect(fixed.text).not.toBe(seed);
    expect(readDocx(reviewed).text).toBe(`${fixed.text}\n`);
    expect(readDocx(reviewed, { trackedChanges: "reject" }).text).toBe(`${seed}\n`);
  });

  test("a comment for at least 90% of the findings without a fix, with message and rule", () => {
    const withoutFix = findings.filter((m) => !m.fix);
    const comments = strFromU8(parts["word/comments.xml"]!);
    const count = (comments.match(/<w:comment /g) ?? []).length;
    expect(count / withoutFix.length).toBeGreaterThanOrEqual(0.9);
    const one = withoutFix[0]!;
    expect(comments).toContain(`[planlint ${one.ruleId}]`);
    const types = strFromU8(parts["[Content_Types].xml"]!);
    expect(types).toContain('PartName="/word/comments.xml"');
    expect(strFromU8(parts["word/_rels/document.xml.rels"]!)).toContain('Target="comments.xml"');
  });

  test("tracked changes are by planlint, dated", () => {
    const document = strFromU8(parts["word/document.xml"]!);
    expect(document).toMatch(/<w:del w:id="\d+" w:author="planlint" w:date="2017-06-01T00:00:00Z"><w:r><w:delText xml:space="preserve">/);
    expect(document).toMatch(/<w:ins w:id="\d+" w:author="planlint" w:date="2017-06-01T00:00:00Z"><w:r><w:t xml:space="preserve">/);
  });
});

test("a document with tracked changes of its own: planlint's go beside them", async () => {
  const bytes = new Uint8Array(readFileSync(fixture("structured.docx")));
  const { reviewed } = await review("structured.docx", bytes);
  expect(readDocx(reviewed).text).toBe(readDocx(bytes).text.replace("多重防御", "多層防御"));
  expect(readDocx(reviewed, { trackedChanges: "reject" }).text).toBe(readDocx(bytes, { trackedChanges: "reject" }).text);
});

test("a split run keeps its formatting; surrogate pairs and CRLF in the XML keep offsets right", async () => {
  const body = `<w:p>\r\n<w:r><w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr>\r\n<w:t>𠮷野家で多重防御を進める。</w:t></w:r></w:p>\r\n${para("")}`;
  const { reviewed, parts } = await review("runs.docx", docxBytes({ body }));
  expect(readDocx(reviewed).text).toBe("𠮷野家で多層防御を進める。\n\n");
  expect(readDocx(reviewed, { trackedChanges: "reject" }).text).toBe("𠮷野家で多重防御を進める。\n\n");
  const document = strFromU8(parts["word/document.xml"]!);
  const rPr = '<w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr>';
  expect(document).toContain(`<w:r>${rPr}<w:t xml:space="preserve">𠮷野家で多</w:t></w:r><w:del `);
  expect(document).toContain(`><w:r>${rPr}<w:delText xml:space="preserve">重</w:delText></w:r></w:del><w:ins `);
  expect(document).toContain(`><w:r>${rPr}<w:t xml:space="preserve">層</w:t></w:r></w:ins><w:r>${rPr}<w:t xml:space="preserve">防御を進める。</w:t></w:r>`);
});

test("a suggestion becomes a comment that names the choices", async () => {
  const { commentText } = await import("../../src/commands/review.js");
  const text = commentText({ ruleId: "r", severity: "warning", messageId: "m", message: "どちらかに統一します。", range: { start: 0, end: 1 }, suggestions: [{ message: "「取組」にする", fix: { range: { start: 0, end: 2 }, text: "取組" } }, { message: "「取り組み」にする", fix: { range: { start: 0, end: 2 }, text: "取り組み" } }] });
  expect(text).toBe("どちらかに統一します。 [planlint r]\n候補: 「取組」（「取組」にする） / 「取り組み」（「取り組み」にする）");
});

test("--out must be a new file, never the original", async () => {
  const input = join(dir, "same.docx");
  copyFileSync(fixture("runs.docx"), input);
  await expect(runReview({ file: input, out: input }, { cwd: dir })).rejects.toThrow("review: --out must name a new file: the original is never changed");
  await expect(runReview({ file: input }, { cwd: dir })).rejects.toThrow("review: missing --out FILE");
});
