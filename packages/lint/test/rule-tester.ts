/**
 * One small tester for every rule: tables of `valid` texts and `invalid` cases
 * with the expected message ids, ranges, data, fixed output and suggestions.
 * It refuses a duplicate case (a copy-pasted case tests nothing new) and a
 * message with an unfilled placeholder (formatMessage throws on those).
 */
import type { DocumentStyle, GlossaryEntry, LintMessage, MessageData, Severity } from "@planlint/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RuleSetting } from "../src/config/resolved-config.js";
import { applyFixes } from "../src/fix.js";
import { lintText } from "../src/linter.js";
import type { Rule } from "../src/rule.js";
import type { TermDictionary } from "../src/terms/term-dictionary.js";

export interface RuleTestCase {
  /** What the case shows; defaults to the text. */
  name?: string;
  text: string;
  options?: Record<string, unknown>;
  fileName?: string;
  /** Extra glossary entries, as if from a glossary file. */
  glossary?: GlossaryEntry[];
  terms?: TermDictionary[];
  /** The config's `style`; detected from the text when absent. */
  style?: DocumentStyle;
}

export interface ExpectedFinding {
  messageId: string;
  /** The finding covers this snippet of the text (its `occurrence`-th appearance, 1-based). */
  at?: string;
  occurrence?: number;
  /** Or give the offsets directly. */
  range?: [number, number];
  data?: MessageData;
  severity?: Severity;
  /** Fixed text of each suggestion, in order. */
  suggestions?: string[];
  /** Number of related locations. */
  related?: number;
}

export interface InvalidRuleTestCase extends RuleTestCase {
  errors: ExpectedFinding[];
  /** The text after `--fix` (fixes applied until stable); null when nothing is fixable. */
  output?: string | null;
}

export interface RuleTests {
  valid: (string | RuleTestCase)[];
  invalid: InvalidRuleTestCase[];
}

function keyOf(c: RuleTestCase): string {
  return JSON.stringify([c.text, c.options ?? null, c.fileName ?? null, c.style ?? null, c.terms?.map((t) => t.name) ?? null]);
}

export function lintWithRule(rule: Rule<any>, c: RuleTestCase): LintMessage[] {
  const setting: RuleSetting = { severity: "error", options: c.options ?? {} };
  return lintText(c.text, {
    fileName: c.fileName ?? "plan.txt",
    rules: { [rule.id]: rule },
    config: { rules: new Map([[rule.id, setting]]), glossary: c.glossary ?? [], terms: c.terms ?? [], exceptions: [], ...(c.style ? { style: c.style } : {}) },
  }).messages.filter((m) => m.ruleId === rule.id);
}

/** Applies fixes until nothing changes (at most 10 passes). */
export function fixUntilStable(rule: Rule<any>, c: RuleTestCase): string {
  let text = c.text;
  for (let pass = 0; pass < 10; pass++) {
    const fixes = lintWithRule(rule, { ...c, text }).flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(text, fixes).output;
    if (next === text) break;
    text = next;
  }
  return text;
}

function rangeOf(text: string, f: ExpectedFinding): [number, number] | undefined {
  if (f.range) return f.range;
  if (f.at === undefined) return undefined;
  let at = -1;
  for (let n = 0; n < (f.occurrence ?? 1); n++) {
    at = text.indexOf(f.at, at + 1);
    if (at < 0) throw new Error(`test case: snippet 「${f.at}」 (occurrence ${f.occurrence ?? 1}) is not in the text`);
  }
  return [at, at + f.at.length];
}

export function runRuleTests(rule: Rule<any>, tests: RuleTests): void {
  const seen = new Set<string>();
  const register = (c: RuleTestCase): void => {
    const k = keyOf(c);
    if (seen.has(k)) throw new Error(`rule ${rule.id}: duplicate test case 「${c.text.slice(0, 40)}」`);
    seen.add(k);
  };
  const valid = tests.valid.map((v) => (typeof v === "string" ? { text: v } : v));
  valid.forEach(register);
  tests.invalid.forEach(register);

  describe(rule.id, () => {
    describe("valid", () => {
      for (const c of valid) {
        it(c.name ?? c.text.slice(0, 60), () => {
          expect(lintWithRule(rule, c).map((m) => `${m.messageId}: ${m.message}`)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of tests.invalid) {
        it(c.name ?? c.text.slice(0, 60), () => {
          const messages = lintWithRule(rule, c);
          expect(messages.map((m) => m.messageId), "message ids").toEqual(c.errors.map((e) => e.messageId));
          c.errors.forEach((e, i) => {
            const m = messages[i]!;
            const r = rangeOf(c.text, e);
            if (r) expect([m.range.start, m.range.end], `range of finding ${i + 1}`).toEqual(r);
            if (e.data) {
              // Every expected placeholder value shows up in the message.
              for (const v of Object.values(e.data)) expect(m.message).toContain(String(v));
            }
            if (e.severity) expect(m.severity).toBe(e.severity);
            if (e.suggestions) {
              expect((m.suggestions ?? []).map((s) => applyFixes(c.text, [s.fix]).output), `suggestions of finding ${i + 1}`).toEqual(e.suggestions);
            }
            if (e.related !== undefined) expect(m.related ?? []).toHaveLength(e.related);
            expect(m.message).not.toMatch(/\{\{/);
          });
          if (c.output !== undefined) {
            const fixed = fixUntilStable(rule, c);
            if (c.output === null) expect(fixed, "no fix expected").toBe(c.text);
            else {
              expect(fixed).toBe(c.output);
              // Fixing twice equals fixing once.
              expect(fixUntilStable(rule, { ...c, text: fixed })).toBe(fixed);
            }
          }
        });
      }
    });
  });
}

/**
 * The invariant every rule keeps on any input: it never throws, and every range it
 * reports (finding, fix, suggestion, related location) lies inside the text.
 * Call it inside an `it` with the rule's own plan-like fragments.
 */
export function assertRuleRangesOnArbitraryText(rule: Rule<any>, pieces: readonly string[], options: { maxPieces?: number; numRuns?: number } = {}): void {
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: options.maxPieces ?? 80 }).map((a) => a.join(""));
  fc.assert(
    fc.property(text, (t) => {
      for (const m of lintWithRule(rule, { text: t })) {
        for (const r of [m.range, m.fix?.range, ...(m.suggestions ?? []).map((s) => s.fix.range), ...(m.related ?? []).map((x) => x.range)]) {
          if (r) expect(0 <= r.start && r.start <= r.end && r.end <= t.length, JSON.stringify(r)).toBe(true);
        }
      }
    }),
    { numRuns: options.numRuns ?? 300 },
  );
}

/** Fragments that exercise width and spelling rules: katakana with and without ー, okurigana, widths, brackets, wraps, CRLF, surrogates. */
export const WIDTH_AND_SPELLING_FRAGMENTS: readonly string[] = [
  "センタ", "センター", "データセンタ", "ー", "取組", "取り組み", "取組み", "取り組む", "取組む", "、", "。", "，", "．", ",", ".",
  "（", "）", "(", ")", "「", "」", "(1)", "（ア）", "※１", "資料１－１", "５", "5", "１２", "12", "2.5", "1,000", "Ｇ７", "G7", "ＩＴ", "IT",
  "IoT", "IOT", "Internet of Things", "Internet Of Things", "e-Gov", "eGov", "さまざま", "様々", "さらに", "更に", "と共に", "とともに",
  "繋が", "つなが", "関わる", "かかわる", "𠮷", "\u3000", " ", "\n", "\r\n", "\r", "\n\n", "はじめに", "参考 用語解説",
  "「計画」（2015年９月４日閣議決定）", "意見募集の結果一覧 資料１－４", "- 5 -",
];

/**
 * For rules whose fixes edit inside the finding: on random and plan-like text,
 * findings and fixes lie inside the text, a fix never touches text outside its
 * finding, and fixing twice equals fixing once.
 */
export function assertFixesStayInsideFindings(rule: Rule<any>, fragments: readonly string[], numRuns = 300): void {
  const planLike = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 4 })), { maxLength: 80 }).map((parts) => parts.join(""));
  fc.assert(
    fc.property(fc.oneof(planLike, fc.string({ maxLength: 300, unit: "binary" })), (text) => {
      for (const m of lintWithRule(rule, { text })) {
        expect(0 <= m.range.start && m.range.start < m.range.end && m.range.end <= text.length).toBe(true);
        for (const f of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)]) {
          if (!f) continue;
          expect(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= text.length).toBe(true);
          expect(m.range.start <= f.range.start && f.range.end <= m.range.end).toBe(true);
        }
      }
      const fixed = fixUntilStable(rule, { text });
      expect(fixUntilStable(rule, { text: fixed })).toBe(fixed);
    }),
    { numRuns },
  );
}
