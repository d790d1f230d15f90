/** The built CLI on Word documents: every format names the paragraph; --fix refuses; bad files exit 2 with one line. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocx } from "@planlint/core";
import { afterAll, describe, expect, test } from "vitest";
import { docxBytes, para } from "../../../core/test/docx-builder.js";
import { distCli, runCli } from "../cli-harness.js";

const fixtures = new URL("../../../core/test/fixtures/docx/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "planlint-docx-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const name of ["structured.docx", "word97.doc", "encrypted.docx", "truncated.docx"]) copyFileSync(join(fixtures, name), join(dir, name));
const planlint = (...args: string[]) => runCli(distCli, args, { cwd: dir });

describe("reports name the paragraph and the table cell", () => {
  test("stylish", () => {
    const run = planlint("structured.docx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("「多重防御」ではなく「多層防御」を使います（国際的に一般的な用語は「多層防御」、英語の defense in depth）。 (paragraph 9: 「（ア）内閣官房において、多重防御の考え方を普及する。」)  consistent-terms");
  });

  test("json: a place next to line and column", () => {
    const [file] = JSON.parse(planlint("--format", "json", "structured.docx").stdout);
    const message = file.messages.find((m: { ruleId: string }) => m.ruleId === "consistent-terms");
    expect(message).toMatchObject({ line: 10, column: 13, place: { name: "paragraph 9", part: "word/document.xml", paragraph: 9, excerpt: "（ア）内閣官房において、多重防御の考え方を普及する。" } });
  });

  test("sarif: the paragraph as a logical location", () => {
    const sarif = JSON.parse(planlint("--format", "sarif", "structured.docx").stdout);
    const location = sarif.runs[0].results[0].locations[0];
    expect(location.logicalLocations).toEqual([{ name: "paragraph 9", fullyQualifiedName: "word/document.xml#paragraph9", kind: "element", properties: { excerpt: "（ア）内閣官房において、多重防御の考え方を普及する。" } }]);
    expect(location.physicalLocation.region).toMatchObject({ startLine: 10, startColumn: 13 });
  });

  test("a finding in a table cell names the cell", () => {
    const cell = (text: string) => `<w:tc>${para(text)}</w:tc>`;
    const body = `${para("意見募集の結果")}<w:tbl><w:tr>${cell("意見")}${cell("考え方")}</w:tr><w:tr>${cell("IoTの定義を明確にすべき。")}${cell("多重防御の考え方で対応します。")}</w:tr></w:tbl>`;
    writeFileSync(join(dir, "table.docx"), docxBytes({ body }));
    const [file] = JSON.parse(planlint("--format", "json", "table.docx").stdout);
    const message = file.messages.find((m: { ruleId: string }) => m.ruleId === "consistent-terms");
    expect(message.place).toEqual({ name: "paragraph 5 (table 1, row 2, column 2)", part: "word/document.xml", paragraph: 5, cell: { table: 1, row: 2, column: 2 }, excerpt: "多重防御の考え方で対応します。" });
  });
});

test("--fix never rewrites a Word document, nor half-fixes a run that has one", () => {
  writeFileSync(join(dir, "plan.txt"), "内閣官房において、多重防御の考え方を普及する。\n");
  const before = readFileSync(join(dir, "structured.docx"));
  const run = planlint("--fix", "plan.txt", "structured.docx");
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    'planlint: --fix does not rewrite a Word document (structured.docx); the original stays as it is (write a reviewed copy with the fixes as tracked changes: planlint review structured.docx --out REVIEWED.docx) (see "planlint --help")\n',
  );
  expect(readFileSync(join(dir, "structured.docx")).equals(before)).toBe(true);
  expect(readFileSync(join(dir, "plan.txt"), "utf8")).toBe("内閣官房において、多重防御の考え方を普及する。\n");
});

test.each([
  ["word97.doc", "planlint: word97.doc: a Word 97–2003 document (.doc) is not read; only .docx (save it as .docx (Word: ファイル > 名前を付けて保存 > Word 文書), or convert it with `soffice --headless --convert-to docx`)\n"],
  ["encrypted.docx", "planlint: encrypted.docx: the document is password-protected (an encrypted Word document); planlint cannot read it (save a copy without the password and lint that)\n"],
  ["truncated.docx", "planlint: truncated.docx: not a readable .docx: the zip archive is truncated or damaged (no end of central directory) (save the document again from Word or LibreOffice)\n"],
])("%s: exit 2, one line", (name, stderr) => {
  const run = planlint(name);
  expect(run).toMatchObject({ code: 2, stdout: "", stderr });
  expect(planlint("review", name, "--out", `out-${name}.docx`)).toMatchObject({ code: 2, stderr });
  expect(() => readFileSync(join(dir, `out-${name}.docx`))).toThrow();
});

test("outline and glossary read a Word document; a folder's .docx files are linted", () => {
  const outline = planlint("outline", "structured.docx");
  expect(outline.code).toBe(0);
  expect(outline.stdout).toContain("第２章 施策");
  expect(outline.stdout).toContain("（ア） 総務省において、人材を育成する。【総務省】");
  expect(planlint("glossary", "structured.docx").code).toBe(0);
  const folder = mkdtempSync(join(dir, "folder-"));
  copyFileSync(join(fixtures, "structured.docx"), join(folder, "draft.docx"));
  expect(planlint(folder).stdout).toContain("draft.docx");
});

test("planlint review writes the copy, and accepting its changes gives the fixed text", () => {
  const run = planlint("review", "structured.docx", "--out", "reviewed.docx");
  expect(run).toMatchObject({ code: 0, stdout: "Wrote reviewed.docx: 1 tracked changes by planlint, 0 comments (from 1 findings)\n" });
  const reviewed = new Uint8Array(readFileSync(join(dir, "reviewed.docx")));
  expect(readDocx(reviewed).text).toContain("（ア）内閣官房において、多層防御の考え方を普及する。");
  expect(planlint("review", "structured.docx", "--out", "structured.docx").code).toBe(2);
});
