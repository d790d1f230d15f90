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
import { TextMemo } from "../memo/text-memo.js";

const WORD = /[\u4e00-\u9fff々]{2,}|[\u30a1-\u30fa\u30fc]{3,}|[A-Za-zＡ-Ｚａ-ｚ]{2,}/g;

const isKanji = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005;
const isKatakana = (c: number): boolean => (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
const isLatin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);

/** The topical units of a text: kanji bigrams, katakana and Latin words (width and case folded). */
export function topicUnits(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.normalize("NFKC").matchAll(WORD)) {
    const w = m[0];
    if (isKanji(w.charCodeAt(0))) for (let i = 0; i + 2 <= w.length; i++) out.add(w.slice(i, i + 2));
    else out.add(w.toUpperCase());
  }
  return out;
}

/**
 * Units by text, kept across lints: the server re-lints on every keystroke, so a
 * comment's and a target's units are read from here rather than normalised and
 * scanned again. Cleared when it grows past a bound, so a long session does not
 * keep every text it has seen.
 */
const unitsByText = new TextMemo<Set<string>>(20_000);

/**
 * The plan's measures as topicUnits reads them (width-folded), laid end to end with
 * "\n" between them — no unit spans a line break — and where each one starts.
 * Only a few dozen units are ever counted per plan (those of the comments and
 * answers that point into it), so a unit is looked up in this one text rather than
 * every measure's units being listed: that listing was most of the rule's time.
 */
interface MeasureTexts {
  readonly text: string;
  readonly starts: readonly number[];
  /** `text` with a-z upper-cased (length kept), for Latin units; made when one is counted. */
  upper?: string;
  /** Counts so far; a re-lint of the same measures keeps them. */
  readonly counted: Map<string, number>;
}

/** By the measures' texts (their lengths first, so that texts holding "\n" cannot pass for other measures). */
const measureTexts = new TextMemo<MeasureTexts>(16);

function readMeasureTexts(key: string, texts: readonly string[]): MeasureTexts {
  const starts: number[] = [];
  let text = "";
  for (let i = 0; i < texts.length; i++) {
    if (i > 0) text += "\n";
    starts.push(text.length);
    text += texts[i]!.normalize("NFKC");
  }
  const out: MeasureTexts = { text, starts, counted: new Map() };
  measureTexts.set(key, out);
  return out;
}

/**
 * In how many measures `unit` (one of topicUnits') occurs: a kanji bigram wherever
 * its two kanji stand together, a katakana or Latin word only as a whole word (the
 * neighbours outside its class), as topicUnits cuts them.
 */
function countMeasures(m: MeasureTexts, unit: string): number {
  const first = unit.charCodeAt(0);
  const inClass = isKanji(first) ? undefined : isKatakana(first) ? isKatakana : isLatin;
  const text = inClass === isLatin ? (m.upper ??= m.text.replace(/[a-z]+/g, (w) => w.toUpperCase())) : m.text;
  const { starts } = m;
  let count = 0;
  let measure = 0;
  let at = text.indexOf(unit);
  while (at !== -1) {
    if (inClass && (inClass(text.charCodeAt(at - 1)) || inClass(text.charCodeAt(at + unit.length)))) {
      at = text.indexOf(unit, at + 1);
      continue;
    }
    while (measure + 1 < starts.length && starts[measure + 1]! <= at) measure++;
    count++;
    // Once per measure: go on from the next one.
    if (++measure >= starts.length) break;
    at = text.indexOf(unit, starts[measure]!);
  }
  return count;
}

interface Frequencies {
  readonly measures: number;
  /** In how many of the plan's measures `unit` occurs; counted when first asked (a few dozen units per answer, not every unit of the plan). */
  count(unit: string): number;
}

const frequencies = new WeakMap<PlanDocument, Frequencies>();

/** How many measures the plan has and in how many of them a unit occurs (exported for its test). */
export function documentFrequency(document: PlanDocument): Frequencies {
  let f = frequencies.get(document);
  if (!f) {
    const texts: string[] = [];
    walkPlan(document, (n) => {
      if (n.kind === "measure" || n.kind === "bullet") texts.push(n.text.text);
    });
    let key = "";
    for (const t of texts) key += `${t.length},`;
    key += texts.join("");
    const measures = measureTexts.get(key) ?? readMeasureTexts(key, texts);
    const { counted } = measures;
    const count = (unit: string): number => {
      let c = counted.get(unit);
      if (c === undefined) counted.set(unit, (c = countMeasures(measures, unit)));
      return c;
    };
    frequencies.set(document, (f = { measures: texts.length, count }));
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
  const units = unitsByText.of(comment, topicUnits);
  let enough = minUnits === 0;
  for (let seen = 0, it = units.values(), u = it.next(); !enough && !u.done; u = it.next()) if (topical(u.value) && ++seen >= minUnits) enough = true;
  if (!enough) return undefined;
  const fromTarget = unitsByText.of(targetText(target), topicUnits);
  for (const u of units) if (fromTarget.has(u) && topical(u)) return true;
  return false;
}
