/**
 * Every formatter writes its report a chunk at a time (a million findings make a
 * report larger than one JS string may be). The chunks must add up to exactly the
 * report a single JSON.stringify would have printed, and no step may spread or
 * recurse over a document-sized array.
 */
import type { LintMessage } from "@planlint/core";
import { describe, expect, test } from "vitest";
import { builtinRules } from "../../test/test-rules.js";
import { lintSample } from "../../test/linted-files.js";
import { formatGithub } from "./github.js";
import { reportText, spannersOf, type LintedFile } from "./shared.js";
import { formatJson, jsonResult } from "./json.js";
import { formatSarif } from "./sarif.js";
import { formatStylish } from "./stylish.js";

const context = { cwd: "/w", rules: builtinRules, version: "1.0.0" };

/** A file with `n` findings: the sample's two findings copied over `n` lines. */
function manyFindings(n: number): LintedFile {
  const base = lintSample("/w/big.txt", "多重防御\n");
  const text = "多重防御\n".repeat(n);
  const template = base.result.messages[0]!;
  const messages: LintMessage[] = [];
  for (let i = 0; i < n; i++) {
    messages.push({ ...template, range: { start: i * 5, end: i * 5 + 4 }, fix: { range: { start: i * 5, end: i * 5 + 4 }, text: "多層防御" } });
  }
  return { filePath: "/w/big.txt", text, result: { ...base.result, messages, errorCount: n, fixableErrorCount: n } };
}

describe("reports in chunks", () => {
  const files = [lintSample("/w/a.txt"), lintSample("/w/clean.txt", "問題なし\n"), lintSample("/w/b.txt")];

  test("json: the chunks are JSON.stringify of the results, byte for byte", () => {
    expect(reportText(formatJson(files, context))).toBe(`${JSON.stringify(files.map((f) => jsonResult(f, spannersOf(files))))}\n`);
    expect(reportText(formatJson([], context))).toBe("[]\n");
  });

  test("json and sarif: a related place in another file of the plan keeps that file's path and lines, streamed too", () => {
    const base = lintSample("/w/c.txt");
    const m = base.result.messages[0]!;
    const c: LintedFile = { ...base, result: { ...base.result, messages: [{ ...m, related: [{ message: "前の章", range: { start: 0, end: 2 }, file: "/w/a.txt" }] }] } };
    const plan = [files[0]!, c];
    const json = reportText(formatJson(plan, context));
    expect(json).toBe(`${JSON.stringify(plan.map((f) => jsonResult(f, spannersOf(plan))))}\n`);
    expect(JSON.parse(json)[1].messages[0].related).toEqual([{ message: "前の章", filePath: "/w/a.txt", line: 1, column: 1, endLine: 1, endColumn: 3 }]);
    const sarif = JSON.parse(reportText(formatSarif(plan, context)));
    const related = sarif.runs[0].results.at(-1).relatedLocations[0].physicalLocation;
    expect(related.artifactLocation.uri).toBe("a.txt");
    expect(related.region).toMatchObject({ startLine: 1, startColumn: 1, endColumn: 3 });
  });

  test("sarif: the chunks are the log as JSON.stringify(log, null, 2) prints it", () => {
    for (const set of [files, [], [files[1]!]]) {
      const text = reportText(formatSarif(set, context));
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
    expect(JSON.parse(reportText(formatSarif(files, context))).runs[0].results).toHaveLength(4);
  });

  // Math.max(...rows) overflowed the stack from about 120,000 rows. (A generous
  // timeout: four formats of 300,000 findings take seconds on a busy machine.)
  test("a report of 300,000 findings is written in every format without one giant string or a stack overflow", { timeout: 180_000 }, () => {
    const big = manyFindings(300_000);
    for (const format of [formatStylish, formatJson, formatSarif, formatGithub]) {
      let chunks = 0;
      let longest = 0;
      let lines = 0;
      for (const chunk of format([big], context)) {
        chunks++;
        longest = Math.max(longest, chunk.length);
        for (let i = chunk.indexOf("多重防御"); i >= 0; i = chunk.indexOf("多重防御", i + 1)) lines++;
      }
      // Each finding's message names the term once; the chunks are per finding, not the whole report.
      expect(lines).toBeGreaterThanOrEqual(300_000);
      expect(chunks).toBeGreaterThanOrEqual(300_000);
      // (JSON carries the source once, escaped: at most twice its length.)
      expect(longest).toBeLessThan(2 * big.text.length + 10_000);
    }
  });
});
