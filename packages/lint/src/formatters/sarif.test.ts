import { describe, expect, test } from "vitest";
import { lintSample } from "../../test/linted-files.js";
import { sarifSchemaErrors, uriReferenceProblems } from "../../test/sarif-schema.js";
import { reportText } from "./index.js";
import { builtinRules } from "../../test/test-rules.js";
import { docsUrl, formatSarif } from "./sarif.js";

describe("sarif", () => {
  const files = [
    lintSample("/repo/計画 案/plan#1.txt"),
    lintSample("/repo/b.txt", "共有\n", { words: { 共有: "共用" }, fix: false, severity: "warning" }),
    lintSample("/elsewhere/c.txt", "共有\n", { words: { 共有: "共用" }, severity: "info" }),
  ];
  const log = JSON.parse(reportText(formatSarif(files, { cwd: "/repo", rules: builtinRules, version: "1.2.3" }))) as any;

  test("is valid against the official SARIF 2.1.0 schema", () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(uriReferenceProblems(log)).toEqual([]);
  });

  test("lists every rule with its description and default level", () => {
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: "planlint", version: "1.2.3" });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(Object.keys(builtinRules));
    const rule = driver.rules.find((r: { id: string }) => r.id === "test-words");
    expect(rule).toMatchObject({ shortDescription: { text: "Test rule: reports the listed words." }, defaultConfiguration: { enabled: false }, help: { text: expect.stringContaining("docs/rules/test-words.md") } });
    for (const r of driver.rules.filter((x: { id: string }) => builtinRules[x.id as keyof typeof builtinRules].meta.recommended !== "off")) {
      expect(["error", "warning", "note"]).toContain(r.defaultConfiguration.level);
    }
  });

  test("results: level, UTF-16 region, relative percent-encoded URI, fixes", () => {
    const run = log.runs[0];
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///repo/" } });
    const [first, second, third, fourth] = run.results;
    expect(first).toMatchObject({
      ruleId: "test-words",
      level: "error",
      locations: [{ physicalLocation: { artifactLocation: { uri: "%E8%A8%88%E7%94%BB%20%E6%A1%88/plan%231.txt", uriBaseId: "%SRCROOT%" }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 } } }],
      fixes: [{ artifactChanges: [{ replacements: [{ deletedRegion: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 }, insertedContent: { text: "多層防御" } }] }] }],
    });
    expect(run.results[1].locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 6, endLine: 2, endColumn: 10 });
    expect(second.ruleIndex).toBe(Object.keys(builtinRules).indexOf("test-words"));
    expect(third).toMatchObject({ level: "warning", locations: [{ physicalLocation: { artifactLocation: { uri: "b.txt" } } }] });
    expect(third).not.toHaveProperty("fixes");
    expect(fourth).toMatchObject({ level: "note", locations: [{ physicalLocation: { artifactLocation: { uri: "file:///elsewhere/c.txt" } } }] });
  });

  test("an empty run is valid too", () => {
    expect(sarifSchemaErrors(JSON.parse(reportText(formatSarif([], { cwd: "/repo", rules: builtinRules }))))).toEqual([]);
  });

  test("docs links point into a GitHub repository when package.json names one", () => {
    expect(docsUrl("docs/rules/x.md", { type: "git", url: "git+https://github.com/acme/planlint.git" })).toBe("https://github.com/acme/planlint/blob/main/docs/rules/x.md");
    expect(docsUrl("docs/rules/x.md", null)).toBeUndefined();
  });
});
