/**
 * The bars of issue 10 on the seed: pasted into Word one paragraph per line it
 * gives the .txt's findings; written as a Word document (paragraphs joined,
 * heading styles, automatic numbering) it gives the .txt's outline.
 */
import { readFileSync } from "node:fs";
import { parseDocx, parsePlan, type PlanNode, type SeveritySetting, type Severity } from "@planlint/core";
import { describe, expect, test } from "vitest";
import type { RuleSetting } from "../../src/config/resolved-config.js";
import { lintText } from "../../src/linter.js";
import { builtinRules } from "../../src/rules/index.js";
import { pastedDocx, writtenDocx } from "./seed-docx.js";

const seed = readFileSync(new URL("../../../../seeds/cybersecurity-2017-draft.txt", import.meta.url), "utf8");
const SEVERITY: Record<Exclude<SeveritySetting, "off">, Severity> = { error: "error", warn: "warning", info: "info" };
const rules = new Map<string, RuleSetting>();
for (const [id, rule] of Object.entries(builtinRules)) if (rule.meta.recommended !== "off") rules.set(id, { severity: SEVERITY[rule.meta.recommended], options: {} });
const config = { rules, glossary: [], terms: [], exceptions: [] };

const outline = (nodes: readonly PlanNode[]): string[] => nodes.flatMap((n) => [`${n.depth} ${n.kind} ${n.path} ${n.family} ${n.title} | ${n.text.text}`, ...outline(n.children)]);

describe("the seed pasted into Word, one paragraph per line", () => {
  const { reading, document } = parseDocx(pastedDocx(seed), { fileName: "seed.docx" });

  test("reads back the .txt's text and is read as wrapped lines", () => {
    expect(reading.text).toBe(`${seed}\n`);
    expect(reading.paragraphPerLine).toBe(false);
  });

  test("gives the same findings (rule and message) as the .txt: at least 95% of them, at most 5% others", () => {
    const key = (m: { ruleId: string; message: string }) => `${m.ruleId} ${m.message}`;
    const txt = lintText(seed, { fileName: "seed.txt", config }).messages.map(key);
    const docx = lintText(reading.text, { fileName: "seed.docx", config, document }).messages.map(key);
    const left = [...docx];
    let same = 0;
    for (const k of txt) {
      const i = left.indexOf(k);
      if (i >= 0) {
        same++;
        left.splice(i, 1);
      }
    }
    expect(txt.length).toBeGreaterThan(40);
    expect(same / txt.length).toBeGreaterThanOrEqual(0.95);
    expect(left.length / txt.length).toBeLessThanOrEqual(0.05);
  });
});

describe("the seed written as a Word document: paragraphs joined, heading styles, automatic numbering", () => {
  const bytes = writtenDocx(seed);
  const { reading, document } = parseDocx(bytes, { fileName: "seed.docx" });

  test("its labels are Word's numbering, not typed text", () => {
    expect(reading.paragraphPerLine).toBe(true);
    const chapter = reading.paragraphs.find((p) => p.label === "1.")!;
    expect(chapter.style).toBe("見出し 1");
    expect(chapter.labelLength).toBe(3);
    expect(reading.paragraphs.filter((p) => p.label !== undefined).length).toBeGreaterThan(300);
    // The body's wrapped lines are joined: 4393 lines become some 2800 paragraphs (the other parts stay as pasted).
    expect(reading.text.split("\n").length).toBeLessThan(seed.split("\n").length - 1000);
  });

  test("gives the same outline as the .txt: every node's kind, depth, path, label family, title and text", () => {
    const txt = outline(parsePlan(seed).body);
    expect(outline(document.body)).toEqual(txt);
    const count = (kind: string) => txt.filter((l) => l.split(" ")[1] === kind).length;
    expect([count("chapter"), count("section"), count("item"), count("measure")]).toEqual([5, 11, 42, 220]);
  });
});
