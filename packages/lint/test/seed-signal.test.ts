/**
 * Signal on the real draft: the default report is measured against the team's
 * hand-checked list of the seed's defects (seeds/cybersecurity-2017-draft.defects.yaml).
 * Precision: every finding is a listed defect — a new finding needs a review
 * before it ships. No finding touches a listed not-defect. Recall: the share of
 * listed defects found may not fall below what it is today.
 */
import { readFileSync } from "node:fs";
import { LineIndex, type Severity, type SeveritySetting } from "@planlint/core";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { RuleSetting } from "../src/config/resolved-config.js";
import { lintText } from "../src/linter.js";
import { builtinRules } from "../src/rules/index.js";

interface Listed {
  line: number;
  column?: number;
  text: string;
  rule?: string;
  why: string;
}

const seedUrl = new URL("../../../seeds/cybersecurity-2017-draft.txt", import.meta.url);
const listUrl = new URL("../../../seeds/cybersecurity-2017-draft.defects.yaml", import.meta.url);
const text = readFileSync(seedUrl, "utf8");
const list = parse(readFileSync(listUrl, "utf8")) as { defects: Listed[]; "not-defects": Listed[] };
const index = new LineIndex(text);

/** Where a listed snippet stands in the seed. */
function locate(d: Listed): { start: number; end: number } {
  const lineStart = index.offsetAt({ line: d.line - 1, character: 0 });
  const start = d.column !== undefined ? lineStart + d.column - 1 : text.indexOf(d.text, lineStart);
  if (start < 0 || start > index.lineEnd(d.line - 1) || text.slice(start, start + d.text.length) !== d.text) {
    throw new Error(`defects list: 「${d.text}」 is not at line ${d.line}${d.column ? `:${d.column}` : ""}`);
  }
  return { start, end: start + d.text.length };
}

const SEVERITY: Record<Exclude<SeveritySetting, "off">, Severity> = { error: "error", warn: "warning", info: "info" };
const recommended = new Map<string, RuleSetting>();
for (const [id, rule] of Object.entries(builtinRules)) {
  if (rule.meta.recommended !== "off") recommended.set(id, { severity: SEVERITY[rule.meta.recommended], options: {} });
}
const messages = lintText(text, { fileName: "seeds/cybersecurity-2017-draft.txt", config: { rules: recommended, glossary: [], terms: [], exceptions: [] } }).messages;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

const defects = list.defects.map((d) => ({ ...d, range: locate(d) }));
const notDefects = list["not-defects"].map((d) => ({ ...d, range: locate(d) }));
const found = defects.filter((d) => messages.some((m) => overlaps(m.range, d.range) && (d.rule === undefined || d.rule === "none" || m.ruleId === d.rule)));

/** Today's recall (every listed defect is found); never lower it. A newly listed defect no rule finds yet (`rule: none`) needs a rule, or this number restated with the reason. */
const MIN_RECALL = 1;

describe("signal on the seed (default rules vs the hand-checked defects list)", () => {
  it("every finding is a listed defect", () => {
    const unlisted = messages
      .filter((m) => !defects.some((d) => overlaps(m.range, d.range)))
      .map((m) => `${index.positionAt(m.range.start).line + 1}:${index.positionAt(m.range.start).character + 1} ${m.ruleId} ${text.slice(m.range.start, m.range.end)} — ${m.message}`);
    expect(unlisted).toEqual([]);
  });

  it("no finding touches a listed not-defect", () => {
    const wrong = notDefects.filter((d) => messages.some((m) => overlaps(m.range, d.range))).map((d) => `${d.line} ${d.text}: ${d.why}`);
    expect(wrong).toEqual([]);
  });

  it(`finds at least ${MIN_RECALL * 100}% of the listed defects`, () => {
    const missed = defects.filter((d) => !found.includes(d) && d.rule !== "none").map((d) => `${d.line} ${d.text} (${d.rule})`);
    expect(missed, "defects a rule is listed to find but does not").toEqual([]);
    expect(found.length / defects.length).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
