/**
 * Whether the place an answer points to (「2.2（イ）に記載のとおり」) speaks of what
 * the comment was about. Judged cautiously, from the words the two share: kanji
 * bigrams, katakana words and Latin words that are topical in this plan — used in
 * few of its measures, so that 「サイバー」「施策」「推進」 of a cyber-security plan
 * never count as agreement. Only an answer whose target shares no topical word at
 * all with the comment is worth a look, and then as a suggestion: the answer may
 * well be right to point elsewhere.
 */
import { walkPlan, type PlanDocument, type PlanNode } from "@planlint/core";
import { onForgetKeptWork, TextMemo } from "../memo/text-memo.js";

const WORD = /[\u4e00-\u9fff々]{2,}|[\u30a1-\u30fa\u30fc]{3,}|[A-Za-zＡ-Ｚａ-ｚ]{2,}/g;

/** The topical units of a text: kanji bigrams, katakana and Latin words (width and case folded). */
export function topicUnits(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.normalize("NFKC").matchAll(WORD)) {
    const w = m[0];
    if (/^[\u4e00-\u9fff々]/.test(w)) for (let i = 0; i + 2 <= w.length; i++) out.add(w.slice(i, i + 2));
    else out.add(w.toUpperCase());
  }
  return out;
}

/**
 * Units by text, kept across lints: the server re-lints on every keystroke and an
 * edit changes one measure, so the other measures', comments' and targets' units
 * are read from here rather than normalised and scanned again. Cleared when it
 * grows past a bound, so a long session does not keep every text it has seen.
 */
const unitsByText = new TextMemo<Set<string>>(20_000);

function cachedUnits(text: string): Set<string> {
  return unitsByText.of(text, topicUnits);
}

interface Frequencies {
  readonly measures: number;
  /** In how many of the plan's measures `unit` occurs; counted when first asked (a few dozen units per answer, not every unit of the plan). */
  count(unit: string): number;
}

const frequencies = new WeakMap<PlanDocument, Frequencies>();
/**
 * The last plan's measures and their counts so far: a re-lint with the same
 * measures (the same cached unit sets, in order) keeps the counts, since they
 * depend on nothing else.
 */
let last: { sets: readonly Set<string>[]; counted: Map<string, number> } | undefined;
onForgetKeptWork(() => {
  last = undefined;
});

function sameSets(a: readonly Set<string>[], b: readonly Set<string>[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function documentFrequency(document: PlanDocument): Frequencies {
  let f = frequencies.get(document);
  if (!f) {
    const sets: Set<string>[] = [];
    walkPlan(document, (n) => {
      if (n.kind === "measure" || n.kind === "bullet") sets.push(cachedUnits(n.text.text));
    });
    if (!last || !sameSets(last.sets, sets)) last = { sets, counted: new Map() };
    const { counted } = last;
    const count = (unit: string): number => {
      let c = counted.get(unit);
      if (c === undefined) {
        c = 0;
        for (const set of sets) if (set.has(unit)) c++;
        counted.set(unit, c);
      }
      return c;
    };
    frequencies.set(document, (f = { measures: sets.length, count }));
  }
  return f;
}

/** The text a target stands for: its title and text, and its descendants' (a heading speaks for what it holds). */
export function targetText(node: PlanNode): string {
  const parts: string[] = [node.title, node.text.text];
  const stack = [...node.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    parts.push(n.title, n.text.text);
    for (const c of n.children) stack.push(c);
  }
  return parts.join("\n");
}

/** A unit found in more than this share of the measures says nothing about a topic. */
const COMMON_SHARE = 0.08;
/** Plans with fewer measures give no frequencies to judge by. */
const MIN_MEASURES = 20;
/** A comment this poor in topical units is too short to judge. */
const MIN_COMMENT_UNITS = 8;

/**
 * Whether a text (the comment, or the answer) and the target share a topical unit;
 * undefined when the plan or the text gives too little to judge. Only the units
 * the two share, and as many of the text's as it takes to reach `minUnits`
 * topical ones, are counted over the plan's measures: a comment has hundreds of units.
 */
export function sharesTopic(document: PlanDocument, comment: string, target: PlanNode, minUnits = MIN_COMMENT_UNITS): boolean | undefined {
  const { measures, count } = documentFrequency(document);
  if (measures < MIN_MEASURES) return undefined;
  const topical = (u: string): boolean => count(u) <= measures * COMMON_SHARE;
  const units = cachedUnits(comment);
  let enough = minUnits === 0;
  for (let seen = 0, it = units.values(), u = it.next(); !enough && !u.done; u = it.next()) if (topical(u.value) && ++seen >= minUnits) enough = true;
  if (!enough) return undefined;
  const fromTarget = cachedUnits(targetText(target));
  for (const u of units) if (fromTarget.has(u) && topical(u)) return true;
  return false;
}
