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

const frequencies = new WeakMap<PlanDocument, { measures: number; counts: Map<string, number> }>();

/** In how many of the plan's measures each unit occurs. */
function documentFrequency(document: PlanDocument): { measures: number; counts: Map<string, number> } {
  let f = frequencies.get(document);
  if (!f) {
    const counts = new Map<string, number>();
    let measures = 0;
    walkPlan(document, (n) => {
      if (n.kind !== "measure" && n.kind !== "bullet") return;
      measures++;
      for (const u of topicUnits(n.text.text)) counts.set(u, (counts.get(u) ?? 0) + 1);
    });
    frequencies.set(document, (f = { measures, counts }));
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
 * The topical units a text (the comment, or the answer) and the target share;
 * undefined when the plan or the text gives too little to judge.
 */
export function sharedTopic(document: PlanDocument, comment: string, target: PlanNode, minUnits = MIN_COMMENT_UNITS): string[] | undefined {
  const { measures, counts } = documentFrequency(document);
  if (measures < MIN_MEASURES) return undefined;
  const topical = (u: string): boolean => (counts.get(u) ?? 0) <= measures * COMMON_SHARE;
  const fromComment = [...topicUnits(comment)].filter(topical);
  if (fromComment.length < minUnits) return undefined;
  const fromTarget = topicUnits(targetText(target));
  return fromComment.filter((u) => fromTarget.has(u));
}
