/**
 * Measures (and bullets) repeated in another place of the plan. Annual plans do
 * repeat a measure on purpose where it serves two aims — then it is marked 再掲;
 * an unmarked repeat is either a missing mark or a copy the drafter forgot.
 *
 * Texts are compared NFKC-normalised without spaces: identical texts through a
 * map; near-identical ones (a word added or dropped) by the Dice coefficient of
 * character bigrams. Comparing every pair would be quadratic in the number of
 * measures, so candidates come from a prefix-filter index over a hash sample of
 * each text's bigrams (AllPairs, Bayardo et al. 2007): only pairs sharing a rare
 * bigram are looked at, and only those are compared exactly.
 */
import { walkPlan, type PlanDocument, type PlanNode, type RuleReport, type TextRange } from "@planlint/core";
import { defineRule } from "../rule.js";
import { bigramDice, describeDifference } from "../text-similarity.js";
import { onForgetKeptWork, TextMemo } from "../memo/text-memo.js";

export interface NoDuplicateMeasuresOptions {
  /** Dice similarity of character bigrams at or above which two texts are "nearly the same". */
  threshold: number;
  /** Texts shorter than this (normalised characters) are not compared: short stock phrases repeat legitimately. */
  minLength: number;
}

/** A lead-in whose content is its bullets: two equal lead-ins introduce different lists. */
const LEAD_IN = /(?:以下|次)の[^。]{0,20}(?:。)?$/;
const SPACES = /\s+/g;
/** The 「は、」 or 「、」 right after 「…において」. */
const OWNER_COMMA = /^(?:は)?、/;

interface Entry {
  node: PlanNode;
  /** Normalised text. */
  key: string;
  /** Carries 再掲 (its own or an ancestor's): acknowledged, never reported, never an original. */
  marked: boolean;
  /** The position in the plan of the file the measure is in (0 for a file linted alone). */
  member: number;
}

/** The measures and bullets of a document worth comparing, in document order. */
function collectEntries(document: PlanDocument, member: number, minLength: number): Entry[] {
  const entries: Entry[] = [];
  // A mark on a heading or on a measure's lead-in covers everything under it.
  const markedNodes = new Set<PlanNode>();
  walkPlan(document, (node, parent) => {
    const raw = node.text.text;
    const marked = (parent !== undefined && markedNodes.has(parent)) || raw.includes("再掲");
    if (marked) markedNodes.add(node);
    if (node.kind !== "measure" && node.kind !== "bullet") return;
    if (node.children.length > 0 && LEAD_IN.test(raw)) return;
    const key = normalise(raw);
    if (key.length < minLength) return;
    entries.push({ node, key, marked, member });
  });
  return entries;
}

/** A file of the plan as a message names it: its name without the folder. */
function fileLabel(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/** Joined text has no line breaks and NFKC turns U+3000 into a space, so two searches tell whether the regex is needed. */
const normalise = (s: string): string => {
  let n = normalised.get(s);
  if (n === undefined) {
    n = s.normalize("NFKC");
    if (n.includes(" ") || n.includes("\t")) n = n.replace(SPACES, "");
    normalised.set(s, n);
  }
  return n;
};

/**
 * Per-text work kept across lints, by text: the server re-lints on every keystroke
 * and an edit changes one measure, so the others' normalised texts and sampled
 * bigrams are looked up rather than made again. Cleared past a bound, so a long
 * session (or a huge plan) does not keep every text it has seen.
 */
const MAX_CACHED_TEXTS = 20_000;
const normalised = new TextMemo<string>(MAX_CACHED_TEXTS);
const sampledBigrams = new TextMemo<Uint16Array>(MAX_CACHED_TEXTS);

const BUCKET_BITS = 16;
const BUCKETS = 1 << BUCKET_BITS;
/**
 * Only bigrams whose hash falls in one of SAMPLE_RATE classes are indexed. The
 * choice depends on the bigram alone, so an insertion elsewhere does not move it
 * (unlike taking every n-th position), and the sampled sets' similarity estimates
 * the full sets' similarity; a quarter of the work for a small loss of recall at
 * the threshold, made up for by SAMPLE_SLACK. The final decision is always exact.
 */
const SAMPLE_MASK = 3;
const SAMPLE_SLACK = 0.1;
/**
 * Scratch reused across runs: the rule runs on every keystroke, and allocating
 * 64 K-slot tables (or one array per measure) each time would cost more than the
 * check itself. Stamps say which run or text a slot belongs to, so nothing is cleared.
 */
const tokenStamp = new Uint32Array(BUCKETS);
const frequency = new Uint16Array(BUCKETS);
const frequencyRun = new Uint32Array(BUCKETS);
const postingHead = new Int32Array(BUCKETS);
const postingRun = new Uint32Array(BUCKETS);
let tokenPool = new Uint16Array(1 << 13);
let postingText = new Int32Array(1 << 12);
let postingNext = new Int32Array(1 << 12);
let stamp = 0;
const nextStamp = (): number => {
  if (stamp >= 0xfffffff0) {
    tokenStamp.fill(0);
    frequencyRun.fill(0);
    postingRun.fill(0);
    stamp = 0;
  }
  return ++stamp;
};

// The document frequency of bucket b in run `run` is `frequencyRun[b] === run ? frequency[b] : 0`,
// written out where it is read: a call per token is felt in a cold run.

/**
 * The sampled distinct bigrams of each text as 16-bit buckets, laid out one text
 * after another in `tokenPool` (text j owns `[starts[j], starts[j + 1])`), and
 * their document frequencies. A collision only adds a candidate.
 */
function tokenise(texts: readonly (string | undefined)[], run: number): Int32Array {
  let total = 0;
  for (const t of texts) if (t) total += t.length;
  if (tokenPool.length < total) tokenPool = new Uint16Array(total);
  const pool = tokenPool;
  const starts = new Int32Array(texts.length + 1);
  // A local: unoptimised code would look Math.imul up twice per character.
  const imul = Math.imul;
  let n = 0;
  for (let j = 0; j < texts.length; j++) {
    starts[j] = n;
    const s = texts[j];
    if (!s) continue;
    const known = sampledBigrams.get(s);
    if (known) {
      for (let k = 0; k < known.length; k++) {
        const b = known[k]!;
        pool[n++] = b;
        if (frequencyRun[b] !== run) {
          frequencyRun[b] = run;
          frequency[b] = 1;
        } else if (frequency[b]! < 0xffff) frequency[b]!++;
      }
      continue;
    }
    const first = n;
    const mark = nextStamp();
    // Each character is read once (the next bigram reuses it): this loop runs over
    // every measure's text, before V8 has optimised anything.
    let prev = s.charCodeAt(0) << 16;
    const length = s.length;
    for (let i = 1; i < length; i++) {
      const c = s.charCodeAt(i);
      let h = imul(prev | c, 0x9e3779b1);
      prev = c << 16;
      h ^= h >>> 15;
      // The sample test reads only the low bits of imul(h, 0x85ebca6b); the
      // multiplier is odd, so those are all zero exactly when h's are: most bigrams
      // are left out before the second multiplication.
      if ((h & SAMPLE_MASK) !== 0) continue;
      h = imul(h, 0x85ebca6b);
      const b = h >>> (32 - BUCKET_BITS);
      if (tokenStamp[b] === mark) continue;
      tokenStamp[b] = mark;
      pool[n++] = b;
      if (frequencyRun[b] !== run) {
        frequencyRun[b] = run;
        frequency[b] = 1;
      } else if (frequency[b]! < 0xffff) frequency[b]!++;
    }
    sampledBigrams.set(s, pool.slice(first, n));
  }
  starts[texts.length] = n;
  return starts;
}

/** Frequencies from here up are all "common" for the cut-off below. */
const COMMON = 63;
/**
 * Bounds that keep a huge plan linear. Prefix filtering guarantees nothing when a
 * text has no rare token (every bigram is common, so every posting is read), and a
 * plan of tens of thousands of measures in a few phrasings would then compare
 * every pair. A token found in more than MAX_FREQUENCY texts is a stop word at
 * that size and pairs nobody; a text takes at most MAX_CANDIDATES candidates.
 * A plan of fewer than MAX_FREQUENCY measures never reaches either bound, so
 * real plans (hundreds to a few thousand measures) are compared exactly.
 */
const MAX_FREQUENCY = 512;
const MAX_CANDIDATES = 512;

/**
 * For each text, the earliest earlier text it is nearly the same as (bigram Dice ≥
 * threshold), or -1. Candidates come from prefix filtering on the sampled sets:
 * with tokens ordered rarest first, two sets with Dice ≥ t share at least
 * α = t / (2 − t) of either one, so they share a token among each one's rarest
 * |x| − ⌈α|x|⌉ + 1. Indexing every token at least as rare as that cut-off is a
 * superset and keeps the guarantee; a token found in one text only can never pair
 * two texts and is left out.
 */
function nearDuplicates(texts: readonly (string | undefined)[], threshold: number): number[] {
  const run = nextStamp();
  const starts = tokenise(texts, run);
  const pool = tokenPool;
  const sampled = Math.max(0, threshold - SAMPLE_SLACK);
  const alpha = sampled / (2 - sampled);
  const histogram = new Uint32Array(COMMON + 1);
  const result = new Array<number>(texts.length).fill(-1);
  const candidateOf = new Int32Array(texts.length);
  const candidates: number[] = [];
  let postings = 0;
  for (let j = 0; j < texts.length; j++) {
    const from = starts[j]!;
    const to = starts[j + 1]!;
    const size = to - from;
    if (size === 0) continue;
    const prefix = size - Math.ceil(alpha * size) + 1;
    histogram.fill(0);
    for (let k = from; k < to; k++) {
      const b = pool[k]!;
      const f = frequencyRun[b] === run ? frequency[b]! : 0;
      histogram[f < COMMON ? f : COMMON]!++;
    }
    let cut = 0;
    for (let seen = 0; cut < COMMON && seen < prefix; ) seen += histogram[++cut]!;
    if (cut === COMMON) cut = 0xffff;
    candidates.length = 0;
    if (postingText.length < postings + size) {
      postingText = grow(postingText, postings + size);
      postingNext = grow(postingNext, postings + size);
    }
    for (let k = from; k < to; k++) {
      const b = pool[k]!;
      const f = frequencyRun[b] === run ? frequency[b]! : 0;
      if (f < 2 || f > cut || f > MAX_FREQUENCY) continue;
      let head = postingRun[b] === run ? postingHead[b]! : -1;
      for (let p = head; p >= 0 && candidates.length < MAX_CANDIDATES; p = postingNext[p]!) {
        const i = postingText[p]!;
        if (candidateOf[i] === j + 1) continue;
        candidateOf[i] = j + 1;
        candidates.push(i);
      }
      postingText[postings] = j;
      postingNext[postings] = head;
      head = postings++;
      postingHead[b] = head;
      postingRun[b] = run;
    }
    if (candidates.length > 0) result[j] = earliestMatch(texts, starts, j, candidates, threshold, sampled);
  }
  return result;
}

function grow(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * The earliest candidate nearly the same as text j, or -1. Kept out of the loop
 * above: it runs rarely, and V8 would otherwise deoptimise the hot loop on its first use.
 */
function earliestMatch(texts: readonly (string | undefined)[], starts: Int32Array, j: number, candidates: number[], threshold: number, sampled: number): number {
  const pool = tokenPool;
  const from = starts[j]!;
  const to = starts[j + 1]!;
  const size = to - from;
  const a = texts[j]!;
  const mark = nextStamp();
  for (let k = from; k < to; k++) tokenStamp[pool[k]!] = mark;
  // The earliest qualifying text is the one to point to: it is the original.
  // (A typed array sorts numbers natively, without calling back into JS.)
  for (const i of Int32Array.from(candidates).sort()) {
    const b = texts[i]!;
    const lengthAlpha = threshold / (2 - threshold);
    if (Math.min(a.length, b.length) < lengthAlpha * Math.max(a.length, b.length)) continue;
    const other = starts[i + 1]! - starts[i]!;
    let common = 0;
    for (let k = starts[i]!; k < starts[i + 1]!; k++) if (tokenStamp[pool[k]!] === mark) common++;
    if ((2 * common) / (other + size) < sampled) continue;
    if (bigramDice(b, a) >= threshold) return i;
  }
  return -1;
}

/** The text after the owner phrase 「…において、」, normalised. */
function withoutOwners(entry: Entry): string | undefined {
  if (!entry.node.owners?.length) return undefined;
  const at = entry.key.indexOf("において");
  if (at < 0) return undefined;
  return entry.key.slice(at + 4).replace(OWNER_COMMA, "");
}

const ownerKey = (n: PlanNode): string => (n.owners ?? []).map((o) => o.name).sort().join("、");

export const noDuplicateMeasures = defineRule<NoDuplicateMeasuresOptions>({
  id: "no-duplicate-measures",
  meta: {
    description: "Finds measures whose text is the same or nearly the same as another measure's and is not marked 再掲.",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      duplicate: "{{other}} と同じ内容です。再掲であれば「（再掲）」と明記し、そうでなければ統合してください",
      nearDuplicate: "{{other}} とほぼ同じ内容です（{{difference}}）。再掲であれば同じ文言にして「（再掲）」と明記してください",
      sameExceptOwners: "{{other}} と主体（{{otherOwners}}）以外は同じ内容です。まとめて書けないか確認してください",
      markRepeat: "「（再掲）」を付ける",
    },
    docs: "docs/rules/no-duplicate-measures.md",
    optionsSchema: {
      type: "object",
      properties: {
        threshold: { type: "number", minimum: 0.5, maximum: 1, description: "Bigram Dice similarity from which two measures count as nearly the same." },
        minLength: { type: "integer", minimum: 1, description: "Shorter measures (normalised characters) are not compared." },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { threshold: 0.9, minLength: 20 },
  create(context) {
    const { threshold, minLength } = context.options;
    const { members, index } = context.plan;
    if (members.length === 1) {
      const entries = collectEntries(context.document, 0, minLength);
      for (const report of findRepeats(entries, 1, threshold, minLength, [])[0]!) context.report(report);
      return;
    }
    // A plan kept in several files is compared as one: a repeat of a measure in an
    // earlier file is reported here, pointing to that file. Worked out once per plan.
    const perFile = context.plan.perMember("entries", (m) => collectEntries(m.document, m.plan.index, minLength));
    const options = `${threshold}:${minLength}`;
    if (!lastPlan || lastPlan.options !== options || lastPlan.perFile.length !== perFile.length || lastPlan.perFile.some((e, i) => e !== perFile[i])) {
      const reports = findRepeats(perFile.flat(), members.length, threshold, minLength, members.map((m) => m.fileName));
      lastPlan = { perFile, options, reports };
    }
    for (const report of lastPlan.reports[index]!) context.report(report);
  },
});

/** The last plan's findings by file: every file of a plan asks for them. */
let lastPlan: { perFile: readonly Entry[][]; options: string; reports: RuleReport[][] } | undefined;
onForgetKeptWork(() => {
  lastPlan = undefined;
});

/**
 * Repeats among `entries` (in plan order), as reports on the file of the later
 * copy. `fileNames` name the files when there are several.
 */
function findRepeats(entries: Entry[], files: number, threshold: number, minLength: number, fileNames: readonly string[]): RuleReport[][] {
  const reports: RuleReport[][] = Array.from({ length: files }, () => []);
  const reportRepeat = (later: Entry, earlier: Entry, messageId: string, data: Record<string, string>, severity?: "info"): void => {
    const range: TextRange = later.node.headRange;
    const elsewhere = earlier.member !== later.member ? fileNames[earlier.member] : undefined;
    reports[later.member]!.push({
      range,
      messageId,
      data: { other: elsewhere === undefined ? earlier.node.path : `${fileLabel(elsewhere)} ${earlier.node.path}`, ...data },
      related: [{ range: earlier.node.headRange, message: `${earlier.node.path} の施策`, ...(elsewhere !== undefined ? { file: elsewhere } : {}) }],
      suggestions: [{ messageId: "markRepeat", fix: { range: { start: range.end, end: range.end }, text: "（再掲）" } }],
      ...(severity ? { severity } : {}),
    });
  };

  // Exact repeats. A repeat is fine when either copy carries the mark: some plans
  // mark the first occurrence, some the later one.
  const firstByKey = new Map<string, number>();
  const reported = new Set<number>();
  entries.forEach((e, i) => {
    const first = firstByKey.get(e.key);
    if (first === undefined) {
      if (!e.marked) firstByKey.set(e.key, i);
      return;
    }
    reported.add(i);
    if (!e.marked) reportRepeat(e, entries[first]!, "duplicate", {});
  });

  // Same statement, other owners.
  const firstByRest = new Map<string, number>();
  entries.forEach((e, i) => {
    if (reported.has(i) || e.marked) return;
    const rest = withoutOwners(e);
    if (rest === undefined || rest.length < minLength) return;
    const first = firstByRest.get(rest);
    if (first === undefined) {
      firstByRest.set(rest, i);
      return;
    }
    const earlier = entries[first]!;
    if (ownerKey(earlier.node) === ownerKey(e.node)) return;
    reported.add(i);
    reportRepeat(e, earlier, "sameExceptOwners", { otherOwners: ownerKey(earlier.node) }, "info");
  });

  // Near repeats among what is left. A marked copy acknowledges its pair, as above.
  const near = nearDuplicates(
    entries.map((e, i) => (reported.has(i) || e.marked ? undefined : e.key)),
    threshold,
  );
  near.forEach((earlierIndex, i) => {
    if (earlierIndex < 0) return;
    const later = entries[i]!;
    const earlier = entries[earlierIndex]!;
    reportRepeat(later, earlier, "nearDuplicate", { difference: describeDifference(earlier.node.text.text, later.node.text.text) });
  });
  return reports;
}

