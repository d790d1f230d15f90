import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { builtinRules as testRules } from "../../test/test-rules.js";
import { lintSample } from "../../test/linted-files.js";
import { recommendedConfig } from "../config/recommended-config.js";
import { lintText } from "../linter.js";
import { builtinRules } from "../rules/index.js";
import { formatHtml } from "./html.js";
import { formatJson } from "./json.js";
import { reportText } from "./shared.js";

const seedPath = new URL("../../../../seeds/cybersecurity-2017-draft.txt", import.meta.url);

function findingItems(html: string): string[] {
  return [...html.matchAll(/<li class="pl-finding[^"]*"[^>]* data-rule="([^"]*)" data-line="(\d+)"/g)].map((m) => `${m[1]}:${m[2]}`);
}

describe("formatHtml", () => {
  test("one page, nothing fetched, every finding with its rule and line (CRLF, surrogate pair)", () => {
    const file = lintSample("/work/plan.txt");
    const html = reportText(formatHtml([file], { cwd: "/work", rules: testRules }));
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=/);
    expect(html).toContain('<body data-state="done">');
    expect(html).toContain("<h2 class=\"pl-file-name\">plan.txt</h2>");
    const json = JSON.parse(reportText(formatJson([file], { cwd: "/work", rules: testRules }))) as { messages: { ruleId: string; line: number }[] }[];
    expect(findingItems(html)).toEqual(json[0]!.messages.map((m) => `${m.ruleId}:${m.line}`));
    expect(findingItems(html)).toEqual(["test-words:1", "test-words:2"]);
  });

  test("several files: one section each, written as several chunks", () => {
    const files = [lintSample("/work/a.txt"), lintSample("/work/b/c.txt", "計画\n")];
    const chunks = [...formatHtml(files, { cwd: "/work", rules: testRules })];
    expect(chunks.length).toBeGreaterThan(3);
    const html = chunks.join("");
    expect([...html.matchAll(/<h2 class="pl-file-name">([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual(["a.txt", "b/c.txt"]);
    expect(html.match(/<section class="pl-file"/g)).toHaveLength(2);
    expect(html).toContain('id="f1-L1"');
  });

  test("on the seed: exactly the JSON report's findings", () => {
    const text = readFileSync(seedPath, "utf8");
    const file = { filePath: "/seeds/seed.txt", text, result: lintText(text, { fileName: "/seeds/seed.txt", config: recommendedConfig() }) };
    const context = { cwd: "/seeds", rules: builtinRules };
    const json = JSON.parse(reportText(formatJson([file], context))) as { messages: { ruleId: string; line: number }[] }[];
    const html = reportText(formatHtml([file], context));
    expect(json[0]!.messages.length).toBeGreaterThan(10);
    expect(findingItems(html)).toEqual(json[0]!.messages.map((m) => `${m.ruleId}:${m.line}`));
  });
});
