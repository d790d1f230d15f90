/**
 * Numbering of the plan body: chapters `1.` (or `第１章`), sections `1.1.` (or `第１節`), items `(1)` and
 * measures `(ア)(イ)…` run 1, 2, 3 (ア, イ, ウ) under each parent, and a section's
 * first number is its chapter's. Bullets `・` have no numbers to check.
 *
 * Each defect is reported once: a swapped pair is one disorder (not a gap, a
 * disorder and another gap), and a mistyped label (1, 2, 2, 4) is one repeat.
 */
import { kanjiNumberLabel, katakanaLabel, walkPlan, type PlanNode, type RelatedLocation, type RuleSuggestion } from "@planlint/core";
import { defineRule } from "../rule.js";

type NumberedKind = "chapter" | "section" | "item" | "measure";
const NUMBERED: ReadonlySet<string> = new Set<NumberedKind>(["chapter", "section", "item", "measure"]);

/** The number a node has among its siblings of the same kind: a section 2.3 is 3. */
const ownNumber = (n: PlanNode): number => n.numbers[n.numbers.length - 1] ?? 0;

const FULL_WIDTH_DIGIT = /[０-９]/;

/** Digits of `value` in the width the label already uses (width itself is consistent-width's business). */
function digitsLike(written: string, value: number): string {
  const s = String(value);
  return FULL_WIDTH_DIGIT.test(written) ? s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : s;
}

const LABEL_DIGITS = /[0-9０-９]+/g;
const KANJI_NUMBER = /第[一二三四五六七八九十]+([章節])/;

/**
 * The label as it would read with another number, keeping brackets, dots and
 * width: 「(ウ)」 → 「(エ)」, 「（３）」 → 「（４）」, 「2.3.」 → 「2.4.」, 「第三章」 → 「第四章」; with
 * `part` "chapter" a section's first number changes instead: 「2.3.」 → 「3.3.」.
 */
export function relabel(node: PlanNode, value: number, part: "own" | "chapter" = "own"): string {
  const label = node.label;
  if (node.kind === "measure") return label.replace(/[ァ-ヺ]/, katakanaLabel(value));
  const runs = [...label.matchAll(LABEL_DIGITS)];
  const run = part === "chapter" ? runs[0] : runs[runs.length - 1];
  // 第三章 → 第二章: a number in kanji numerals stays in kanji numerals.
  if (!run) return part === "own" ? label.replace(KANJI_NUMBER, (_, unit: string) => `第${kanjiNumberLabel(value)}${unit}`) : label;
  return label.slice(0, run.index) + digitsLike(run[0], value) + label.slice(run.index + run[0].length);
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

    const checkSequence = (nodes: PlanNode[], after = 0): void => {
      const values = nodes.map(ownNumber);
      const firstAt = new Map<number, number>();
      let max = after;
      let maxAt = -1;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        const v = values[i]!;
        const expected = max + 1;
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
      const byKind = new Map<string, PlanNode[]>();
      for (const child of children) {
        if (!NUMBERED.has(child.kind)) continue;
        const list = byKind.get(child.kind);
        if (list) list.push(child);
        else byKind.set(child.kind, [child]);
      }
      for (const list of byKind.values()) checkSequence(list, parent ? 0 : continuesFrom(list));
      if (parent?.kind === "chapter") checkSectionsOfChapter(parent, byKind.get("section") ?? []);
    };

    /**
     * The number a top-level sequence continues from. In a plan kept one chapter per
     * file, chapter ５ opening its file follows chapter ４ at the end of an earlier
     * file; a file linted alone may be such a chapter, so its first number stands.
     */
    const continuesFrom = (list: PlanNode[]): number => {
      const { members, index } = context.plan;
      const first = list[0]!;
      const restart = Math.max(0, ownNumber(first) - 1);
      for (let i = index - 1; i >= 0; i--) {
        const earlier = members[i]!.document.body.filter((n) => n.kind === first.kind && n.family === first.family);
        // A file that starts again at or below the last number (an appendix, a part
        // numbered on its own) is a new sequence, not a disorder across files.
        if (earlier.length > 0) return Math.min(ownNumber(earlier[earlier.length - 1]!), restart);
      }
      return members.length === 1 ? restart : 0;
    };

    /** Chapter numbers as the sequence check expects them, to tell a misnumbered chapter from misnumbered sections. */
    const expectedChapter = new Map<PlanNode, number>();
    {
      const chapters = document.body.filter((n) => n.kind === "chapter");
      let max = chapters.length > 0 ? continuesFrom(chapters) : 0;
      for (const n of document.body) {
        if (n.kind !== "chapter") continue;
        expectedChapter.set(n, max + 1);
        max = Math.max(max, ownNumber(n));
      }
    }

    const checkSectionsOfChapter = (chapter: PlanNode, sections: PlanNode[]): void => {
      const c = ownNumber(chapter);
      const wrong = sections.filter((s) => s.numbers[0] !== c);
      if (wrong.length === 0) return;
      // Sections that all agree on the number the chapter should have: the chapter
      // label is the typo, and its own finding says so.
      const expected = expectedChapter.get(chapter);
      if (wrong.length === sections.length && expected !== undefined && expected !== c && sections.every((s) => s.numbers[0] === expected)) return;
      for (const s of wrong) {
        const fixed = relabel(s, c, "chapter");
        report(
          s,
          "wrongChapter",
          { found: s.label.trim(), chapter: chapter.label.trim(), expected: fixed.trim() },
          [{ range: chapter.labelRange, message: `章 ${chapter.label.trim()}` }],
          fixed,
        );
      }
    };

    checkChildren(document.body, undefined);
    walkPlan(document, (node) => {
      if (node.children.length > 0) checkChildren(node.children, node);
    });
  },
});
