/**
 * Numbering of the plan body: each family of labels (PlanNode.family: 第N章, 1.,
 * 1.1., １, (1), ①, ア, (ア), Ａ．, …) runs 1, 2, 3 (ア, イ, ウ; ①, ②; Ａ, Ｂ) among
 * the siblings that share it, and starts again under every parent; a dotted label
 * (2.3., Markdown's 2.2.1.) starts with its parent's numbers. Levels may be skipped:
 * only siblings of one family are compared. Bullets, ○, unnumbered headings and
 * Markdown headings without a number have nothing to check.
 *
 * Each defect is reported once: a swapped pair is one disorder (not a gap, a
 * disorder and another gap), and a mistyped label (1, 2, 2, 4) is one repeat.
 */
import { circledLabel, kanjiNumberLabel, katakanaLabel, walkPlan, type PlanNode, type RelatedLocation, type RuleSuggestion } from "@planlint/core";
import { defineRule } from "../rule.js";

/** Families without numbers: bullets, ○, unnumbered headings. */
const UNNUMBERED_FAMILIES: ReadonlySet<string> = new Set(["", "・", "○", "#"]);
const UNNUMBERED_KINDS: ReadonlySet<string> = new Set(["preface", "heading", "bullet"]);

/** A dotted family: 「N.」, 「N.N.」, 「N.N.N」 (the final dot sometimes missing). */
const DOTTED_FAMILY = /^N(?:\.N)*\.?$/;

/** The family siblings are compared by (the same key as the outline nests by). */
function sequenceKey(node: PlanNode): string | undefined {
  if (UNNUMBERED_KINDS.has(node.kind) || UNNUMBERED_FAMILIES.has(node.family) || node.numbers.length === 0) return undefined;
  // 「１．」 and 「１　」 number one sequence, as do 「ア．」 and 「ア　」, 「1.1」 and 「1.1.」.
  return /^(?:N(?:\.N)*|ア|A|a|ⅰ|Ⅰ)\.$/.test(node.family) ? node.family.slice(0, -1) : node.family;
}

/** How many numbers a dotted label carries (2.2.1. → 3); 0 for other labels. */
const dottedCount = (node: PlanNode): number => (DOTTED_FAMILY.test(node.family) ? node.numbers.length : 0);

/** The number a node has among its siblings of the same family: a section 2.3 is 3. */
const ownNumber = (n: PlanNode): number => n.numbers[n.numbers.length - 1] ?? 0;

const FULL_WIDTH_DIGIT = /[０-９]/;

/** Digits of `value` in the width the label already uses (width itself is consistent-width's business). */
function digitsLike(written: string, value: number): string {
  const s = String(value);
  return FULL_WIDTH_DIGIT.test(written) ? s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : s;
}

const LABEL_DIGITS = /[0-9０-９]+/g;
const KANJI_NUMBER = /[一二三四五六七八九十]+/;
const KATAKANA = /[ァ-ヺ]/;
const CIRCLED = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
const ROMAN = /[\u2160-\u216b\u2170-\u217b]/;

/** The letter of `value` (1 = A) in the case and width of `written`. */
function letterLike(written: string, value: number): string {
  const c = written.charCodeAt(0);
  const base = c >= 0xff41 ? 0xff41 : c >= 0xff21 ? 0xff21 : c >= 0x61 ? 0x61 : 0x41;
  return value >= 1 && value <= 26 ? String.fromCharCode(base + value - 1) : written;
}

/**
 * The label as it would read with another number, keeping brackets, dots and
 * width: 「(ウ)」 → 「(エ)」, 「（３）」 → 「（４）」, 「2.3.」 → 「2.4.」, 「第三章」 → 「第四章」,
 * 「③」 → 「④」, 「Ｂ．」 → 「Ｃ．」; with `part` "chapter" a dotted label's parent
 * numbers change instead: 「2.3.」 → 「3.3.」, and with "parent" 「2.2.1.」 → 「2.3.1.」.
 */
export function relabel(node: PlanNode, value: number | number[], part: "own" | "chapter" | "parent" = "own"): string {
  const label = node.label;
  if (part !== "own") {
    // The parent's numbers replace the label's leading runs of digits.
    const values = Array.isArray(value) ? value : [value];
    const runs = [...label.matchAll(LABEL_DIGITS)];
    let out = "";
    let at = 0;
    for (let i = 0; i < runs.length && i < values.length; i++) {
      const run = runs[i]!;
      out += label.slice(at, run.index) + digitsLike(run[0], values[i]!);
      at = run.index + run[0].length;
    }
    return out + label.slice(at);
  }
  const v = Array.isArray(value) ? value[value.length - 1]! : value;
  const family = node.family;
  if (family.includes("ア")) return label.replace(KATAKANA, katakanaLabel(v));
  if (family.includes("①")) return label.replace(CIRCLED, circledLabel(v) ?? String(v));
  if (family.includes("ⅰ") || family.includes("Ⅰ")) {
    const m = ROMAN.exec(label);
    const base = m && m[0].charCodeAt(0) >= 0x2170 ? 0x2170 : 0x2160;
    return v >= 1 && v <= 12 ? label.replace(ROMAN, String.fromCharCode(base + v - 1)) : label;
  }
  if (/^\(?[Aa]/.test(family)) return label.replace(LATIN, (l) => letterLike(l, v));
  const runs = [...label.matchAll(LABEL_DIGITS)];
  const run = runs[runs.length - 1];
  // 第三章 → 第二章: a number in kanji numerals stays in kanji numerals.
  if (!run) return label.replace(KANJI_NUMBER, kanjiNumberLabel(v));
  return label.slice(0, run.index) + digitsLike(run[0], v) + label.slice(run.index + run[0].length);
}

/** How a number reads to the drafter in a message: the label written with it. */
const shown = (node: PlanNode, value: number): string => relabel(node, value).trim();

export const validNumbering = defineRule({
  id: "valid-numbering",
  meta: {
    description: "Finds gaps, repeats and disorder in the numbering of chapters, sections, items and measures.",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      gap: "番号が飛んでいます: {{expected}} のはずが {{found}} です",
      repeat: "番号 {{found}} が重複しています（{{expected}} のはずです）",
      repeatOnly: "番号 {{found}} が重複しています",
      disorder: "番号の順序が逆です: {{found}} が {{previous}} の後にあります",
      wrongChapter: "節番号 {{found}} が章 {{chapter}} と合いません（{{expected}} のはずです）",
      wrongParent: "番号 {{found}} が上位の {{parent}} と合いません（{{expected}} のはずです）",
      renumber: "{{expected}} に直す",
    },
    docs: "docs/rules/valid-numbering.md",
  },
  create(context) {
    const { document } = context;
    const report = (node: PlanNode, messageId: string, data: Record<string, string>, related: RelatedLocation[], suggestion?: string): void => {
      const suggestions: RuleSuggestion[] | undefined =
        suggestion === undefined ? undefined : [{ messageId: "renumber", data: { expected: suggestion.trim() }, fix: { range: node.labelRange, text: suggestion } }];
      context.report({ range: node.labelRange, messageId, data, related, ...(suggestions ? { suggestions } : {}) });
    };

    /**
     * A file that opens with chapter ５ is often one chapter of a plan kept in many
     * files: the top level may start anywhere. A body that opens itself with
     * 「はじめに」 is a whole plan, and there a first chapter above 1 is a gap.
     */
    const wholePlan = document.body.some((n) => n.kind === "preface");

    /**
     * The number a top-level sequence continues from. In a plan kept one chapter per
     * file, chapter ５ opening its file follows chapter ４ at the end of an earlier
     * file; a file linted alone may be such a chapter, so its first number stands
     * (unless it opens with 「はじめに」); the first file of a plan starts the plan.
     */
    const continuesFrom = (list: PlanNode[]): number => {
      const { members, index } = context.plan;
      const first = list[0]!;
      const key = sequenceKey(first);
      const restart = !wholePlan && ownNumber(first) > 1 ? ownNumber(first) - 1 : 0;
      for (let i = index - 1; i >= 0; i--) {
        const earlier = members[i]!.document.body.filter((n) => sequenceKey(n) === key);
        // A file that starts again at or below the last number (an appendix, a part
        // numbered on its own) is a new sequence, not a disorder across files.
        if (earlier.length > 0) return Math.min(ownNumber(earlier[earlier.length - 1]!), restart);
      }
      return members.length === 1 ? restart : 0;
    };

    /** The number each node should carry as its sequence reads: tells a mistyped parent from mistyped children. */
    const expectedOwn = new Map<PlanNode, number>();

    const checkSequence = (nodes: PlanNode[], topLevel: boolean): void => {
      const values = nodes.map(ownNumber);
      const firstAt = new Map<number, number>();
      let max = topLevel ? continuesFrom(nodes) : 0;
      let maxAt = -1;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        const v = values[i]!;
        const expected = max + 1;
        expectedOwn.set(node, expected);
        const next = values[i + 1];
        const seenAt = firstAt.get(v);
        // The drafter meant `expected` when it is nowhere in the run and the next
        // label continues from it (or a repeat ends the run): renumbering is then
        // the obvious repair, and the rest of the run is read as if it were done.
        const typo = v !== expected && !values.includes(expected) && (next === expected + 1 || (next === undefined && seenAt !== undefined));
        let value = v;
        if (seenAt !== undefined) {
          const earlier = nodes[seenAt]!;
          const related = [{ range: earlier.labelRange, message: `${earlier.label.trim()} はここにあります` }];
          if (!typo) {
            report(node, "repeatOnly", { found: node.label.trim() }, related);
            continue;
          }
          report(node, "repeat", { found: node.label.trim(), expected: shown(node, expected) }, related, relabel(node, expected));
          value = expected;
        } else if (v < max) {
          const previous = nodes[maxAt]!;
          report(node, "disorder", { found: node.label.trim(), previous: previous.label.trim() }, [
            { range: previous.labelRange, message: `${previous.label.trim()} はここにあります` },
          ]);
          firstAt.set(v, i);
          continue;
        } else if (v > expected) {
          // Numbers skipped here but found later are a disorder, reported where they appear.
          let missing = expected;
          while (missing < v && values.indexOf(missing, i + 1) >= 0) missing++;
          if (missing < v) {
            const related: RelatedLocation[] =
              maxAt >= 0 ? [{ range: nodes[maxAt]!.labelRange, message: `直前の番号 ${nodes[maxAt]!.label.trim()}` }] : [];
            report(node, "gap", { expected: shown(node, missing), found: node.label.trim() }, related, typo ? relabel(node, expected) : undefined);
          }
          if (typo) value = expected;
        }
        firstAt.set(value, i);
        max = value;
        maxAt = i;
      }
    };

    const checkChildren = (children: PlanNode[], parent: PlanNode | undefined): void => {
      const byFamily = new Map<string, PlanNode[]>();
      for (const child of children) {
        const key = sequenceKey(child);
        if (key === undefined) continue;
        const list = byFamily.get(key);
        if (list) list.push(child);
        else byFamily.set(key, [child]);
      }
      for (const list of byFamily.values()) checkSequence(list, parent === undefined);
      if (parent && dottedCount(parent) > 0) {
        for (const list of byFamily.values()) checkDottedPrefix(parent, list);
      }
    };

    /** 2.3. under 2. and 2.2.1. under 2.2.: a dotted label starts with its parent's numbers. */
    const checkDottedPrefix = (parent: PlanNode, children: PlanNode[]): void => {
      const k = parent.numbers.length;
      const dotted = children.filter((c) => dottedCount(c) === k + 1);
      const prefix = (c: PlanNode): number[] => c.numbers.slice(0, k);
      const same = (a: number[], b: number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
      const wrong = dotted.filter((c) => !same(prefix(c), parent.numbers));
      if (wrong.length === 0) return;
      // Children that all agree on the numbers the parent should have: the parent's
      // label is the typo, and its own finding says so.
      const expected = expectedOwn.get(parent);
      const parentAsExpected = expected === undefined ? undefined : [...parent.numbers.slice(0, -1), expected];
      if (wrong.length === dotted.length && parentAsExpected && !same(parentAsExpected, parent.numbers) && dotted.every((c) => same(prefix(c), parentAsExpected))) return;
      for (const c of wrong) {
        const fixed = relabel(c, parent.numbers, k === 1 ? "chapter" : "parent");
        const related = [{ range: parent.labelRange, message: `${k === 1 ? "章" : "上位"} ${parent.label.trim()}` }];
        if (k === 1) report(c, "wrongChapter", { found: c.label.trim(), chapter: parent.label.trim(), expected: fixed.trim() }, related, fixed);
        else report(c, "wrongParent", { found: c.label.trim(), parent: parent.label.trim(), expected: fixed.trim() }, related, fixed);
      }
    };

    checkChildren(document.body, undefined);
    walkPlan(document, (node) => {
      if (node.children.length > 0) checkChildren(node.children, node);
    });
  },
});
