/**
 * no-repeated-passages: a sentence that stands in two places of the plan body
 * without a 再掲 — what is left behind when a passage is moved between sections
 * by copy and paste and the old copy is not deleted. The later copy is reported,
 * the earlier one is its related location.
 *
 * Judged from what a paste leaves, conservatively:
 * - Sentences are cut at 。, ！, ？, at paragraph ends, at headings (a heading's
 *   label and title are not prose and are left out) and at measure labels, and
 *   compared after folding width and dropping spaces and punctuation (「、」
 *   moved or a full-width Ａ is still the same sentence).
 * - A sentence with fewer than `minLength` Japanese characters (default 30, about
 *   one line of a printed plan) is not compared: short stock sentences
 *   (「引き続き取組を推進する。」) repeat by design, and a line of URLs or code is
 *   not a passage.
 * - A sentence found three or more times is the plan's formula (each ministry's
 *   measure ending the same way), not a paste.
 * - Near repeats are an edit or two apart (a particle changed, a character added):
 *   the paste was touched up on one side. A difference in digits or Latin letters
 *   is a different statement (another year, another body), not a slip.
 * - 再掲, 前掲 or 後掲 in the sentence, its paragraph or a heading or measure above
 *   it acknowledges the repeat, on either copy.
 * - A repeat that is a whole measure repeated is `no-duplicate-measures`'s finding.
 * - Only the body is compared (the overview restates it on purpose; the glossary
 *   and public comments are other texts). Footnotes are left out: a plan repeats
 *   a term's footnote on purpose where the term comes back in a later part, and
 *   a footnote block that PDF extraction drops into a sentence is passed over.
 *   Quoted titles of other documents do not count towards the length; table
 *   rows are labels and values, not passages.
 *
 * Cost is linear: one pass over the joined prose builds each sentence's key;
 * exact repeats meet in a map, near repeats in buckets keyed by the first or the
 * last 12 characters, and only pairs in one bucket with lengths within the edit
 * budget are compared, edit by edit from the first mismatch. Two edits, one among the
 * first 12 characters and one among the last 12, put a pair in no common bucket:
 * that pair is missed, a loss accepted for a linear pass.
 */
import { walkPlan, type JoinedText, type PlanNode, type TextRange } from "@planlint/core";
import { findQuotedTitles } from "../quotations.js";
import { defineRule } from "../rule.js";
import { sourceRange, proseText } from "../terms/prose-text.js";
import { bigramDice, describeDifference } from "../text-similarity.js";

export interface NoRepeatedPassagesOptions {
  /** Sentences with fewer Japanese characters (not counting spaces, punctuation, Latin letters or digits) are not compared. */
  minLength: number;
  /** Largest number of edits (characters inserted, deleted or replaced) between two sentences still reported as a near repeat; 0 reports exact repeats only. */
  maxEdits: number;
}

/** What each UTF-16 code unit is to a sentence: content, ignored (spaces and punctuation of either width), an end, or a table's cell border. */
const CONTENT = 0;
const IGNORED = 1;
const END = 2;
const CELL = 3;
const CLASS = new Uint8Array(0x10000);
// Markdown's markers (* _ # > ` +) too: a list item and a sentence say the same thing.
for (const c of " \t\u3000\u00a0、，,．.・･「」『』（）()【】〔〕［］[]〈〉《》｛｝{}\"'“”‘’：:；;…‥―─－-～~〜*_#>`+") CLASS[c.charCodeAt(0)] = IGNORED;
for (const c of "。！？!?") CLASS[c.charCodeAt(0)] = END;
// A Markdown or text table's row: its cells are labels and values, not passages.
for (const c of "|｜") CLASS[c.charCodeAt(0)] = CELL;
const MARK = /再掲|前掲|後掲/;
/** How many characters at each end key the near-repeat buckets. */
const EDGE = 12;
/** Buckets are scanned back this far: a formula shared by hundreds of sentences is not pasted text. */
const BUCKET_REACH = 64;
/**
 * In a plan of more sentences than this (a real plan has a few thousand; a generated
 * one of 50 MB has 470,000 in a few formulas), buckets are scanned back only
 * HUGE_PLAN_REACH: comparing each sentence with 128 others there is most of a
 * minute when the CLI runs without V8's optimising compiler. See the rule doc's Limits.
 */
const HUGE_PLAN_SENTENCES = 20_000;
const HUGE_PLAN_REACH = 16;
/** Dice of bigrams from which no-duplicate-measures calls two measures nearly the same (its default). */
const MEASURE_THRESHOLD = 0.9;
/** Bigram Dice from which two headings' titles, or two neighbouring sentences, are parallel (the same words, another actor or object). */
const PARALLEL_TITLES = 0.5;
/** A sentence shorter than this many times `minLength` may be a formula repeated under parallel headings. */
const FORMULA_LENGTH = 2;
const ASCII_ALNUM = /[0-9A-Za-z]/;

interface Sentence {
  /** [start, end) in the joined text, end after its 。. */
  start: number;
  end: number;
  /** Source offset of the first character, for nodes and marks. */
  source: number;
  /** Width-folded content without spaces and punctuation. */
  key: string;
}

/** Scratch for sentence contents, reused: the rule runs on every keystroke. */
let buffer = new Uint16Array(1 << 12);

const UTF16 = new TextDecoder("utf-16le");

/** Full-width ASCII to ASCII; everything else as it is. */
const fold = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);

/** Source ranges that are not prose: heading labels and titles, measure labels. */
function nonProse(text: string, nodes: readonly PlanNode[]): TextRange[] {
  const out: TextRange[] = [];
  for (const n of nodes) {
    const r = n.kind !== "measure" && n.kind !== "bullet" ? headingLine(text, n) : n.labelRange;
    if (r.end > r.start) out.push(r);
  }
  return out;
}

/**
 * A heading's label and title on its own line. Only the first line: a heading
 * stands on its line, and a parser that let a title run on into the paragraph
 * below must not hide that paragraph's sentences.
 */
function headingLine(text: string, n: PlanNode): TextRange {
  const r = n.headRange;
  let end = r.start;
  while (end < r.end && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start: r.start, end };
}

/** Sorted ranges with overlaps merged, for one forward scan. */
function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ start: r.start, end: r.end });
  }
  return merged;
}


/**
 * The sentences of the joined prose with their keys. Pieces map each joined
 * character to the source; a gap between pieces is a paragraph break. `cuts`
 * (headings, measure labels, other parts) end a sentence; `skips` (footnotes,
 * which PDF extraction drops into the middle of a running sentence) are passed
 * over without ending it.
 */
function sentencesOf(joined: JoinedText, cuts: readonly TextRange[], skips: readonly TextRange[], minLength: number): Sentence[] {
  const out: Sentence[] = [];
  const text = joined.text;
  if (buffer.length < text.length) buffer = new Uint16Array(text.length);
  const content = buffer;
  // Flat arrays: the ranges come from several parsers, and objects of several
  // shapes would make this loop polymorphic. Plain locals, no closure over them.
  const cutCount = cuts.length;
  const skipCount = skips.length;
  const cutStart = new Int32Array(cutCount);
  const cutEnd = new Int32Array(cutCount);
  for (let i = 0; i < cutCount; i++) {
    cutStart[i] = cuts[i]!.start;
    cutEnd[i] = cuts[i]!.end;
  }
  const skipStart = new Int32Array(skipCount);
  const skipEnd = new Int32Array(skipCount);
  for (let i = 0; i < skipCount; i++) {
    skipStart[i] = skips[i]!.start;
    skipEnd[i] = skips[i]!.end;
  }
  let n = 0;
  let japanese = 0;
  let start = -1;
  let source = 0;
  let cell = false;
  let cut = 0;
  let skip = 0;
  let previousEnd = -1;
  let bridged = false;
  const pieces = joined.pieces;
  for (let q = 0; q < pieces.length; q++) {
    const p = pieces[q]!;
    while (skip < skipCount && skipEnd[skip]! <= p.source) skip++;
    if (skip < skipCount && skipStart[skip]! <= p.source && p.source + p.length <= skipEnd[skip]!) {
      // A footnote line of its own: the sentence it interrupts goes on after it.
      bridged = true;
      previousEnd = p.at + p.length;
      continue;
    }
    const gap = p.at !== previousEnd && !bridged;
    bridged = false;
    if (gap) {
      if (start >= 0 && japanese >= minLength && !cell) out.push(sentence(content, n, start, previousEnd, source));
      start = -1;
      n = japanese = 0;
      cell = false;
    }
    previousEnd = p.at + p.length;
    const pieceEnd = p.source + p.length;
    let pos = p.source;
    while (pos < pieceEnd) {
      // The stretch of this piece up to the next cut or skip is scanned without range checks.
      while (cut < cutCount && cutEnd[cut]! <= pos) cut++;
      if (cut < cutCount && cutStart[cut]! <= pos) {
        if (start >= 0 && japanese >= minLength && !cell) out.push(sentence(content, n, start, p.at + (pos - p.source), source));
        start = -1;
        n = japanese = 0;
        cell = false;
        pos = Math.min(pieceEnd, cutEnd[cut]!);
        continue;
      }
      while (skip < skipCount && skipEnd[skip]! <= pos) skip++;
      if (skip < skipCount && skipStart[skip]! <= pos) {
        pos = Math.min(pieceEnd, skipEnd[skip]!);
        continue;
      }
      let stretchEnd = pieceEnd;
      if (cut < cutCount && cutStart[cut]! < stretchEnd) stretchEnd = cutStart[cut]!;
      if (skip < skipCount && skipStart[skip]! < stretchEnd) stretchEnd = skipStart[skip]!;
      const shift = p.at - p.source;
      for (let at = pos + shift, to = stretchEnd + shift; at < to; at++) {
        // fold(), written out: a call per character is felt in a cold run.
        let c = text.charCodeAt(at);
        if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
        const kind = CLASS[c]!;
        if (kind === CONTENT) {
          if (start < 0) {
            start = at;
            source = at - shift;
          }
          content[n++] = c;
          // Only Japanese counts towards the length: a line of URLs or code is not a passage.
          if (c >= 0x3000) japanese++;
        } else if (kind === END) {
          if (start >= 0 && japanese >= minLength && !cell) out.push(sentence(content, n, start, at + 1, source));
          start = -1;
          n = japanese = 0;
          cell = false;
        } else if (kind === CELL) cell = true;
      }
      pos = stretchEnd;
    }
  }
  if (start >= 0 && japanese >= minLength && !cell) out.push(sentence(content, n, start, previousEnd, source));
  return out;
}

function sentence(content: Uint16Array, n: number, start: number, end: number, source: number): Sentence {
  // The buffer holds UTF-16 code units (surrogates as they are): decoded natively, no argument spreading.
  return { start, end, source, key: UTF16.decode(content.subarray(0, n)) };
}

/**
 * Whether a[i..ia) and b[j..jb) are at most k edits apart. An optimal alignment
 * can keep the common prefix and suffix, so the first edit is at the first
 * mismatch: the three ways to spend it are tried there (3^k paths of O(n) each,
 * k ≤ 3), with no table and no allocation.
 */
function withinEdits(a: string, i: number, ia: number, b: string, j: number, jb: number, k: number): boolean {
  while (i < ia && j < jb && a.charCodeAt(i) === b.charCodeAt(j)) {
    i++;
    j++;
  }
  while (ia > i && jb > j && a.charCodeAt(ia - 1) === b.charCodeAt(jb - 1)) {
    ia--;
    jb--;
  }
  const ra = ia - i;
  const rb = jb - j;
  // What is left differs from its first to its last character: replacing all of the longer side is enough.
  if (Math.max(ra, rb) <= k) return true;
  if (k === 0 || ra === 0 || rb === 0 || Math.abs(ra - rb) > k) return false;
  return withinEdits(a, i + 1, ia, b, j + 1, jb, k - 1) || withinEdits(a, i + 1, ia, b, j, jb, k - 1) || withinEdits(a, i, ia, b, j + 1, jb, k - 1);
}

/** Words of character bits per sentence (128 bits: few collisions among a sentence's few dozen characters). */
const BIT_WORDS = 4;

/**
 * Each key's characters hashed into 128 bits. A bit set for one key only stands
 * for a character the other lacks, and every occurrence of it must be deleted or
 * replaced: one edit per such bit at least. So a pair with more than k such bits
 * on either side is more than k edits apart, and is told so in a few operations
 * (see {@link surelyApart}) rather than edit by edit: a huge plan's formula with
 * other words in it meets thousands of pairs that share an edge.
 */
function characterBits(sentences: readonly Sentence[]): Int32Array {
  const bits = new Int32Array(BIT_WORDS * sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const key = sentences[i]!.key;
    const at = BIT_WORDS * i;
    for (let c = 0; c < key.length; c++) {
      const h = Math.imul(key.charCodeAt(c), 0x9e3779b1) >>> 25;
      bits[at + (h >>> 5)]! |= 1 << (h & 31);
    }
  }
  return bits;
}

/** True when sentence i has more than k character bits that sentence j lacks, or the reverse. */
function surelyApart(bits: Int32Array, i: number, j: number, k: number): boolean {
  let left = k;
  let right = k;
  for (let w = 0; w < BIT_WORDS; w++) {
    const a = bits[BIT_WORDS * i + w]!;
    const b = bits[BIT_WORDS * j + w]!;
    for (let x = a & ~b; x !== 0; x &= x - 1) if (left-- === 0) return true;
    for (let x = b & ~a; x !== 0; x &= x - 1) if (right-- === 0) return true;
  }
  return false;
}

/** True when the characters where a and b differ include a digit or a Latin letter: another year or body, not a slip. */
function differsInNames(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const edges = [a[p], b[p], a[a.length - 1 - s], b[b.length - 1 - s], a[p - 1], b[p - 1], a[a.length - s], b[b.length - s]];
  return edges.some((c) => c !== undefined && ASCII_ALNUM.test(String.fromCharCode(fold(c.charCodeAt(0)))));
}

const normaliseMeasure = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "");

/** The statement after 「…において、」: no-duplicate-measures reports measures equal but for their owners. */
function afterOwners(n: PlanNode, key: string): string | undefined {
  if (!n.owners?.length) return undefined;
  const at = key.indexOf("において");
  return at < 0 ? undefined : key.slice(at + 4).replace(/^は?、/, "");
}

/** True when two measures repeat each other as a whole: no-duplicate-measures reports that. */
function wholeMeasuresRepeat(a: PlanNode | undefined, b: PlanNode | undefined): boolean {
  if (!a || !b || a === b) return false;
  const ka = normaliseMeasure(a.text.text);
  const kb = normaliseMeasure(b.text.text);
  if (ka === kb || bigramDice(ka, kb) >= MEASURE_THRESHOLD) return true;
  const ra = afterOwners(a, ka);
  return ra !== undefined && ra === afterOwners(b, kb);
}

/**
 * The stacks of headings that a walk of `nodes` in document order keeps (a heading
 * of depth d cuts the stack to d and goes on top), for every prefix of the walk at
 * once: `top[k]` is the top after nodes[0..k] (-1 when empty), `below[h]` the
 * heading under node h once it is pushed, and `reach[k]` the latest head start among
 * nodes[0..k], so that the walk that stops at the first node starting after an
 * offset is found by binary search. A huge plan asks this for thousands of sentences.
 */
interface HeadingStacks {
  top: Int32Array;
  below: Int32Array;
  reach: Float64Array;
}

function headingStacks(nodes: readonly PlanNode[]): HeadingStacks {
  const top = new Int32Array(nodes.length);
  const below = new Int32Array(nodes.length).fill(-1);
  const height = new Int32Array(nodes.length);
  const reach = new Float64Array(nodes.length);
  let current = -1;
  let most = -Infinity;
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k]!;
    most = Math.max(most, n.headRange.start);
    reach[k] = most;
    if (n.kind !== "measure" && n.kind !== "bullet") {
      // stack.length = min(length, depth): pop down to depth, then push.
      let h = current;
      while (h >= 0 && height[h]! > n.depth) h = below[h]!;
      below[k] = h;
      height[k] = (h >= 0 ? height[h]! : 0) + 1;
      current = k;
    }
    top[k] = current;
  }
  return { top, below, reach };
}

export const noRepeatedPassages = defineRule<NoRepeatedPassagesOptions>({
  id: "no-repeated-passages",
  meta: {
    description: "Finds a sentence of the plan body repeated in another place without 再掲 — the copy left behind when a passage was moved.",
    recommended: "warn",
    fixable: false,
    hasSuggestions: false,
    messages: {
      repeated: "同じ文が {{other}} にもあります。再掲であれば「（再掲）」と明記し、そうでなければ一方を削除してください",
      nearlyRepeated: "ほぼ同じ文が {{other}} にもあります（{{difference}}）。再掲であれば同じ文言にして「（再掲）」と明記し、そうでなければ一方を削除してください",
    },
    docs: "docs/rules/no-repeated-passages.md",
    optionsSchema: {
      type: "object",
      properties: {
        minLength: { type: "integer", minimum: 10, description: "Sentences with fewer Japanese characters (not counting spaces, punctuation, Latin letters or digits) are not compared." },
        maxEdits: { type: "integer", minimum: 0, maximum: 3, description: "Most characters inserted, deleted or replaced between two sentences still reported as a near repeat (0: exact repeats only)." },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { minLength: 30, maxEdits: 2 },
  create(context) {
    const { minLength, maxEdits } = context.options;
    const document = context.document;
    if (document.body.length === 0 && !document.parts.some((p) => p.kind === "body")) return;
    const nodes: PlanNode[] = [];
    walkPlan(document, (node) => nodes.push(node));
    // The prose every word-level rule shares (built once per lint); parts other
    // than the body are cut out here rather than asked for as other regions,
    // which would join the text a second time.
    const joined = proseText(context);
    const cuts = nonProse(context.text, nodes);
    for (const part of document.parts) if (part.kind !== "body") cuts.push(part.range);
    cuts.sort((a, b) => a.start - b.start);
    const footnotes = document.footnotes.map((f) => f.range).sort((a, b) => a.start - b.start);
    const sentences = sentencesOf(joined, mergeRanges(cuts), footnotes, minLength);
    if (sentences.length < 2) return;

    // Exact repeats: sentences by key.
    const groups = new Map<string, number[]>();
    for (let i = 0; i < sentences.length; i++) {
      const k = sentences[i]!.key;
      const g = groups.get(k);
      if (g) g.push(i);
      else groups.set(k, [i]);
    }

    // Sentences that repeat one another form a cluster (union-find over exact
    // groups and near pairs): two members are a repeat, three or more a formula.
    const parent = new Int32Array(sentences.length);
    for (let i = 0; i < parent.length; i++) parent[i] = i;
    const root = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    const join = (i: number, j: number): void => {
      const ri = root(i);
      const rj = root(j);
      if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
    };
    for (const g of groups.values()) for (let k = 1; k < g.length; k++) join(g[0]!, g[k]!);
    if (maxEdits > 0) {
      // Near repeats: candidates share their first or their last EDGE characters.
      // One map per edge, keyed by the characters alone: a tag glued on to tell the
      // edges apart in one map made two more strings per sentence, each flattened to be hashed.
      const heads = new Map<string, number[]>();
      const tails = new Map<string, number[]>();
      // Lengths and character bits in flat arrays: a huge plan's buckets are scanned
      // BUCKET_REACH deep twice per sentence, and reading objects there is what costs.
      const lengths = new Int32Array(sentences.length);
      for (let i = 0; i < sentences.length; i++) lengths[i] = sentences[i]!.key.length;
      const bits = characterBits(sentences);
      const reach = sentences.length > HUGE_PLAN_SENTENCES ? HUGE_PLAN_REACH : BUCKET_REACH;
      for (let i = 0; i < sentences.length; i++) {
        const key = sentences[i]!.key;
        if (groups.get(key)![0] !== i) continue;
        for (let side = 0; side < 2; side++) {
          const buckets = side === 0 ? heads : tails;
          const edge = side === 0 ? key.slice(0, EDGE) : key.slice(-EDGE);
          const bucket = buckets.get(edge);
          if (!bucket) {
            buckets.set(edge, [i]);
            continue;
          }
          for (let b = bucket.length - 1; b >= 0 && b >= bucket.length - reach; b--) {
            const j = bucket[b]!;
            if (Math.abs(lengths[j]! - key.length) > maxEdits) continue;
            if (surelyApart(bits, i, j, maxEdits) || root(i) === root(j)) continue;
            const other = sentences[j]!.key;
            if (withinEdits(other, 0, other.length, key, 0, key.length, maxEdits) && !differsInNames(other, key)) join(i, j);
          }
          bucket.push(i);
        }
      }
    }
    const size = new Int32Array(sentences.length);
    for (let i = 0; i < sentences.length; i++) size[root(i)]!++;
    const members = new Map<number, number[]>();
    for (let i = 0; i < sentences.length; i++) {
      const r = root(i);
      if (size[r] === 2) (members.get(r) ?? members.set(r, []).get(r)!).push(i);
    }
    const pairs: [number, number, boolean][] = [];
    for (const m of members.values()) if (m.length === 2) pairs.push([m[0]!, m[1]!, sentences[m[0]!]!.key !== sentences[m[1]!]!.key]);
    if (pairs.length === 0) return;

    // Only the repeats found get the checks below; a huge plan may have thousands,
    // so the measure around an offset is found by binary search, not a walk of the plan.
    const measures = nodes.filter((n) => n.kind === "measure" || n.kind === "bullet");
    // Stable: of two heads starting together, the later in plan order is the innermost.
    measures.sort((a, b) => a.headRange.start - b.headRange.start);
    const reach = new Int32Array(measures.length);
    for (let i = 0, most = -1; i < measures.length; i++) reach[i] = most = Math.max(most, measures[i]!.headRange.end);
    /** The measure or bullet whose head holds `offset`, the innermost (latest starting) if several do. */
    const innermost = (offset: number): PlanNode | undefined => {
      let lo = 0;
      let hi = measures.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (measures[mid]!.headRange.start <= offset) lo = mid + 1;
        else hi = mid;
      }
      // Heads starting at or before offset, latest first, while one of them may still reach it.
      for (let i = lo - 1; i >= 0 && reach[i]! > offset; i--) if (offset < measures[i]!.headRange.end) return measures[i];
      return undefined;
    };
    /** The measures and bullets that say 再掲 themselves (few: looked for once, not per sentence). */
    let markedMeasures: PlanNode[] | undefined;
    const marked = (s: Sentence): boolean => {
      if (MARK.test(joined.text.slice(s.start, s.end))) return true;
      const from = joined.text.lastIndexOf("\n", s.start) + 1;
      let to = joined.text.indexOf("\n", s.end);
      if (to < 0) to = joined.text.length;
      if (MARK.test(joined.text.slice(from, to))) return true;
      for (const n of headingsAbove(s.source)) if (MARK.test(context.text.slice(n.headRange.start, headingLine(context.text, n).end))) return true;
      markedMeasures ??= measures.filter((n) => MARK.test(n.text.text));
      for (const n of markedMeasures) if (n.range.start <= s.source && s.source < n.range.end) return true;
      return false;
    };
    /** Japanese characters left once quoted titles of other documents are taken out. */
    const ownContent = (s: Sentence): number => {
      const raw = joined.text.slice(s.start, s.end);
      const quotes = findQuotedTitles(raw);
      let count = 0;
      for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if (c >= 0x3000 && CLASS[fold(c)] === CONTENT && !quotes.some((q) => q.start <= i && i < q.end)) count++;
      }
      return count;
    };
    let above: HeadingStacks | undefined;
    /**
     * The headings a sentence stands under, outermost first, found by document
     * order (the last heading of each depth before it) rather than by ranges: a
     * heading's range may end before the paragraphs that follow it.
     */
    const headingsAbove = (offset: number): PlanNode[] => {
      above ??= headingStacks(nodes);
      // The walk in document order stops at the first node starting after offset.
      let lo = 0;
      let hi = nodes.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (above.reach[mid]! <= offset) lo = mid + 1;
        else hi = mid;
      }
      const stack: PlanNode[] = [];
      for (let h = lo > 0 ? above.top[lo - 1]! : -1; h >= 0; h = above.below[h]!) stack.push(nodes[h]!);
      return stack.reverse();
    };
    const title = (n: PlanNode): string => normaliseMeasure(context.text.slice(n.labelRange.end, headingLine(context.text, n).end));
    /**
     * Text written in parallel — one section per actor (「３ 地方公共団体が講ずべき…」,
     * 「４ 独立行政法人等が講ずべき…」) — restates the same requirement in each on
     * purpose. Two signs of it: a neighbouring sentence of one copy is a reworded
     * neighbour of the other (the template with its actor changed); or, for a
     * short sentence (a formula such as 「関係府省庁と連携し、…を推進する。」), the
     * nearest headings of the two copies are of one family with titles that share
     * most of their words. A long sentence under parallel headings with nothing
     * else parallel around it is reported: a formula is short. A moved passage
     * has neither sign: its neighbours are the same passage or unrelated text.
     */
    const parallel = (e: number, l: number, length: number): boolean => {
      const a = length < FORMULA_LENGTH * minLength ? headingsAbove(sentences[e]!.source).pop() : undefined;
      const b = a && headingsAbove(sentences[l]!.source).pop();
      if (a && b && a !== b && a.family === b.family && bigramDice(title(a), title(b)) >= PARALLEL_TITLES) return true;
      for (const d of [-1, 1]) {
        const x = sentences[e + d];
        const y = sentences[l + d];
        if (!x || !y || e + d === l || l + d === e || x.key === y.key) continue;
        if (bigramDice(x.key, y.key) >= PARALLEL_TITLES) return true;
      }
      return false;
    };
    const kept: [number, number, boolean][] = [];
    for (const [e, l, near] of pairs.sort((x, y) => x[1] - y[1])) {
      const earlier = sentences[e]!;
      const later = sentences[l]!;
      // Cheapest and most common first: whole measures repeated are the other rule's.
      if (wholeMeasuresRepeat(innermost(earlier.source), innermost(later.source))) continue;
      const length = ownContent(later);
      if (length < minLength || marked(earlier) || marked(later) || parallel(e, l, length)) continue;
      kept.push([e, l, near]);
    }
    // Consecutive sentences repeated in the same order are one passage: one finding.
    for (let k = 0; k < kept.length; ) {
      let last = k;
      while (last + 1 < kept.length && kept[last + 1]![0] === kept[last]![0] + 1 && kept[last + 1]![1] === kept[last]![1] + 1) last++;
      const run = kept.slice(k, last + 1);
      k = last + 1;
      const [e, l] = run[0]!;
      const earlier = sentences[e]!;
      const later = sentences[l]!;
      const near = run.find((r) => r[2]);
      const where = innermost(earlier.source) ?? headingsAbove(earlier.source).pop();
      const heading = where && where.kind !== "measure" && where.kind !== "bullet" ? title(where) : "";
      const other = (where && where.path.trim()) || (heading && `「${heading.length > 20 ? `${heading.slice(0, 19)}…` : heading}」`) || "前出の箇所";
      const earlierRange = sourceRange(joined, earlier.start, sentences[run[run.length - 1]![0]]!.end);
      context.report({
        range: sourceRange(joined, later.start, sentences[run[run.length - 1]![1]]!.end),
        messageId: near ? "nearlyRepeated" : "repeated",
        data: near ? { other, difference: describeDifference(sentences[near[0]]!.key, sentences[near[1]]!.key) } : { other },
        related: [{ range: earlierRange, message: "先に書かれた同じ文" }],
      });
    }
  },
});
