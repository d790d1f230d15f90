/** `planlint review` on the seed written as a Word document (whole paragraphs, automatic numbering, heading styles). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { docxParseOptions, parsePlanWithLines, readDocx } from "@planlint/core";
import { afterAll, expect, test } from "vitest";
import { runReview } from "../../src/commands/review.js";
import { lintAndFix } from "../../src/fix-file.js";
import { lintText } from "../../src/linter.js";
import { recommendedConfig } from "./recommended-config.js";
import { writtenDocx } from "./seed-docx.js";

const seed = readFileSync(new URL("../../../../seeds/cybersecurity-2017-draft.txt", import.meta.url), "utf8");
const dir = mkdtempSync(join(tmpdir(), "planlint-written-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("accepted = --fix on the document's text (read as Word paragraphs); rejected = the original", async () => {
  const bytes = writtenDocx(seed);
  const input = join(dir, "seed.docx");
  writeFileSync(input, bytes);
  const result = await runReview({ file: input, out: join(dir, "reviewed.docx") }, { cwd: dir });
  const reading = readDocx(bytes);
  const options = docxParseOptions(reading);
  const config = recommendedConfig();
  const lint = (text: string) => lintText(text, { fileName: input, config, document: parsePlanWithLines(text, { format: "text", ...options, fileName: input }).document });
  const fixed = lintAndFix(reading.text, lint);
  const reviewed = new Uint8Array(readFileSync(join(dir, "reviewed.docx")));
  expect(result.stderr).toBe("");
  expect(fixed.text).not.toBe(reading.text);
  expect(readDocx(reviewed).text).toBe(fixed.text);
  expect(readDocx(reviewed, { trackedChanges: "reject" }).text).toBe(reading.text);
  const withoutFix = lint(reading.text).messages.filter((m) => !m.fix).length;
  expect(result.written!.comments / withoutFix).toBeGreaterThanOrEqual(0.9);
});
