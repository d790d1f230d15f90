/**
 * Rule docs are checked, not hoped for: every rule has docs/rules/<id>.md with
 * its one-line summary, an incorrect example that produces exactly the findings
 * the doc lists, and a correct example that produces none.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../src/rules/index.js";
import { lintWithRule } from "./rule-tester.js";

const docsDir = new URL("../../../docs/rules/", import.meta.url);
const rulesDir = new URL("../src/rules/", import.meta.url);

interface RuleDoc {
  title: string;
  summary: string;
  incorrect: string;
  correct: string;
  findings: { messageId: string; snippet: string }[];
  /** The file name the examples are linted as: a ```markdown block is a Markdown file. */
  fileName?: string;
}

function section(md: string, heading: string): string {
  const m = new RegExp(`^## ${heading}\\s*$([\\s\\S]*?)(?=^## |$(?![\\s\\S]))`, "m").exec(md);
  if (!m) throw new Error(`missing "## ${heading}"`);
  return m[1]!;
}

function codeBlock(s: string, what: string): string {
  const m = /```(?:text|markdown)\n([\s\S]*?)```/.exec(s);
  if (!m) throw new Error(`missing a \`\`\`text block in ${what}`);
  return m[1]!;
}

export function readRuleDoc(md: string): RuleDoc {
  const title = /^# (.+)$/m.exec(md)?.[1]?.trim() ?? "";
  const summary = md.split("\n").find((l, i, all) => i > 0 && l.trim() && !l.startsWith("#") && all.slice(0, i).some((x) => x.startsWith("# ")))?.trim() ?? "";
  const incorrectSection = section(md, "Incorrect");
  const findings = [...incorrectSection.matchAll(/^- `([A-Za-z0-9]+)` 「([^」]+)」/gm)].map((m) => ({ messageId: m[1]!, snippet: m[2]! }));
  const fileName = /```markdown\n/.test(incorrectSection) ? "example.md" : undefined;
  return { title, summary, incorrect: codeBlock(incorrectSection, "Incorrect"), correct: codeBlock(section(md, "Correct"), "Correct"), findings, ...(fileName ? { fileName } : {}) };
}

describe("rule files and docs", () => {
  it("has one file per rule, named by its id, and no file without a rule", () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "index.ts");
    expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual(Object.keys(builtinRules).sort());
    for (const [id, rule] of Object.entries(builtinRules)) expect(rule.id).toBe(id);
  });

  for (const [id, rule] of Object.entries(builtinRules)) {
    describe(id, () => {
      const file = new URL(`${id}.md`, docsDir);
      it("has docs/rules/<id>.md with its summary", () => {
        expect(existsSync(file), `docs/rules/${id}.md is missing`).toBe(true);
        const doc = readRuleDoc(readFileSync(file, "utf8"));
        expect(doc.title).toBe(id);
        expect(doc.summary).toBe(rule.meta.description);
        expect(rule.meta.docs).toBe(`docs/rules/${id}.md`);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      });
      it("its incorrect example produces exactly the documented findings", () => {
        const doc = readRuleDoc(readFileSync(file, "utf8"));
        expect(doc.findings.length, "the doc lists no finding under ## Incorrect").toBeGreaterThan(0);
        const got = lintWithRule(rule, { text: doc.incorrect, ...(doc.fileName ? { fileName: doc.fileName } : {}) }).map((m) => ({ messageId: m.messageId, snippet: doc.incorrect.slice(m.range.start, m.range.end) }));
        expect(got).toEqual(doc.findings);
      });
      it("its correct example produces no finding", () => {
        const doc = readRuleDoc(readFileSync(file, "utf8"));
        expect(lintWithRule(rule, { text: doc.correct, ...(doc.fileName ? { fileName: doc.fileName } : {}) }).map((m) => m.message)).toEqual([]);
      });
    });
  }
});
