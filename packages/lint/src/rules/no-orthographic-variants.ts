/**
 * no-orthographic-variants: 表記ゆれ found without a dictionary — the same word
 * written two ways anywhere in the plan (overview, body and glossary together,
 * which is what per-paragraph checkers miss). The document's own majority
 * decides, or in 公用文 the 公用文 form when the convention is settled; the drafter
 * chooses in the editor, so these are suggestions, never fixes.
 *
 * There is no tokenizer (a kuromoji dictionary would blow the start-up budget),
 * so every family of variants is recognised by its shape and compared like with
 * like: nouns with nouns, verbs with verbs, the last component of a katakana
 * compound with the same word standing alone. One pass over the text collects
 * everything; only the few spellings that turn out to have a rival are looked
 * at again.
 */
import {
  DEFAULT_SCOPES,
  toSourceRange,
  type JoinedText,
  type PartKind,
  type PlanDocument,
  type RuleSuggestion,
  type TextRange,
} from "@planlint/core";
import { reportsOverPlan } from "../plan/plan-as-one-text.js";
import { joinProse } from "../terms/prose-text.js";
import { defineRule, type RuleContext } from "../rule.js";

// ---------------------------------------------------------------------------
// The plan's own text as one joined string.
//
// PDF extraction wraps words (「センタ」 / blank line / 「ー」), so counting on
// raw lines would see two words. The text is core's proseText of the parts in
// scope (pieces map back to the source; paragraphs separated by "\n", which no
// pattern here matches, so nothing glues across a paragraph end). consistent-width
// reads the same text; the cache builds it once per parsed document.
// ---------------------------------------------------------------------------

const planTextCache = new WeakMap<PlanDocument, { text: string; scopes: string; joined: JoinedText }>();

/** The in-scope text of the plan, wrapped lines joined, paragraphs separated by "\n", running headers and page numbers left out. */
export function planText(context: Pick<RuleContext<unknown>, "text" | "document">, scopes: readonly PartKind[] = DEFAULT_SCOPES): JoinedText {
  const key = scopes.join(",");
  const hit = planTextCache.get(context.document);
  if (hit && hit.scopes === key && hit.text === context.text) return hit.joined;
  const joined = buildPlanText(context.text, context.document, scopes);
  planTextCache.set(context.document, { text: context.text, scopes: key, joined });
  return joined;
}

/**
 * For a plan read as one text (plan-as-one-text.ts): the joined text is made
 * from the files' own planText — each file's core proseText — laid end to end.
 */
function seedPlanText(document: PlanDocument, text: string, joined: JoinedText): void {
  planTextCache.set(document, { text, scopes: DEFAULT_SCOPES.join(","), joined });
}

/** Ranges a rule checks: parts of the given kinds, and text outside every part (as the engine does). */
function scopedRanges(doc: PlanDocument, scopes: readonly PartKind[], length: number): TextRange[] {
  const parts = [...doc.parts].sort((a, b) => a.range.start - b.range.start);
  const out: TextRange[] = [];
  const push = (start: number, end: number): void => {
    if (end <= start) return;
    const last = out[out.length - 1];
    if (last && last.end >= start) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  };
  let at = 0;
  for (const p of parts) {
    if (p.range.start > at) push(at, p.range.start);
    if (scopes.includes(p.kind)) push(Math.max(at, p.range.start), p.range.end);
    at = Math.max(at, p.range.end);
  }
  push(at, length);
  return out;
}

function buildPlanText(text: string, doc: PlanDocument, scopes: readonly PartKind[]): JoinedText {
  return joinProse(text, doc, scopedRanges(doc, scopes, text.length));
}

/** True when [start, end) of the joined text lies within one source line (no wrap inside). */
export function withinOnePiece(joined: JoinedText, start: number, end: number): boolean {
  const pieces = joined.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.at <= start) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo];
  return p !== undefined && p.at <= start && end <= p.at + p.length;
}

/**
 * The source edit that turns joined[start, end) into `replacement`, trimmed to
 * the characters that really change. When the change straddles a PDF wrap, the
 * line break and blank lines between the halves stay where they were
 * (「取り⏎⏎組み」 → 「取⏎⏎組」): an edit never reflows the text around it.
 */
export function sourceEdit(source: string, joined: JoinedText, start: number, end: number, replacement: string): { range: TextRange; text: string } {
  const found = joined.text.slice(start, end);
  let p = 0;
  while (p < found.length && p < replacement.length && found[p] === replacement[p]) p++;
  let q = 0;
  while (q < found.length - p && q < replacement.length - p && found[found.length - 1 - q] === replacement[replacement.length - 1 - q]) q++;
  const s = start + p;
  const e = end - q;
  const text = replacement.slice(p, replacement.length - q);
  if (s === e) {
    // A pure insertion (センタ → センター) goes right after the character before it, on that character's line.
    const at = s > start ? toSourceRange(joined, s - 1, s).end : toSourceRange(joined, s, s + 1).start;
    return { range: { start: at, end: at }, text };
  }
  if (withinOnePiece(joined, s, e)) return { range: toSourceRange(joined, s, e), text };
  // Align the changed characters with the replacement (an LCS over a few characters)
  // and keep each gap of the source in front of the character that followed it.
  const a = joined.text.slice(s, e);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(text.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = text.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === text[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const srcStart = toSourceRange(joined, s, s + 1).start;
  let out = "";
  let prevSrc = srcStart - 1;
  let i = 0;
  let j = 0;
  while (i < a.length) {
    const src = toSourceRange(joined, s + i, s + i + 1).start;
    if (j < text.length && a[i] !== text[j] && lcs[i]![j + 1]! >= lcs[i + 1]![j]!) {
      out += text[j++];
      continue;
    }
    out += source.slice(prevSrc + 1, src);
    if (j < text.length && a[i] === text[j]) out += text[j++];
    prevSrc = src;
    i++;
  }
  out += text.slice(j);
  return { range: { start: srcStart, end: prevSrc + 1 }, text: out };
}

// ---------------------------------------------------------------------------
// Characters.
// ---------------------------------------------------------------------------

function isKanji(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005;
}
function isHiragana(c: number): boolean {
  return c >= 0x3041 && c <= 0x3096;
}
function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
}
/** ASCII and full-width letters and digits. */
function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}
/** Inside a Latin word between two letters: e-Gov, ITU-T, Ver.1, AT&T. */
function isWordJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2e || c === 0x26 || c === 0xff0d;
}

const FLAGS = new Uint8Array(0x10000);
/** Okurigana between the two kanji of a compound verb stem (取り組, 申し込, 受け付); び (及び) and い (悪い意味) are left out. */
const BETWEEN = 1;
/** A 連用形 ending after two kanji that can make a noun (組込み, 手続き); し (実施し) and び (及び) are verbs and conjunctions. */
const ENDING = 2;
/** Any 連用形 ending, for reading what follows a compound; て is left out because 手当/手当て are different words. */
const NOUN_ENDING = 4;
const BETWEEN_KANA = "きぎしじちみりえけげせべめれ";
const ENDING_KANA = "いきちみりれけげせえめべ";
for (const ch of BETWEEN_KANA) FLAGS[ch.charCodeAt(0)]! |= BETWEEN;
for (const ch of ENDING_KANA) FLAGS[ch.charCodeAt(0)]! |= ENDING;
for (const ch of "いきぎしじちびみりえけげせべめれ") FLAGS[ch.charCodeAt(0)]! |= NOUN_ENDING;

// ---------------------------------------------------------------------------
// Kana and kanji for the same word: a short curated list, because without a
// tokenizer only words whose both spellings are unmistakable can be compared.
// ---------------------------------------------------------------------------

interface KanaKanjiWord {
  id: string;
  /** Spellings [kanji, kana]; a conjugated word lists one pair per ending. */
  pairs: [string, string][];
  /** The spelling 公用文 uses. */
  koyo?: "kanji" | "kana";
  koyoNote?: string;
  /** Splits uses that are different words (副詞 更に, 接続詞 さらに); undefined leaves the use uncounted. */
  use?: (prev: number, next: number) => string | undefined;
  /** The spelling carries its own left boundary (とともに): the character before is not checked. */
  anchored?: boolean;
  /** The kana spelling also ends other words (ことさらに): after a verb or adjective it is not this word. */
  strictStart?: boolean;
  /** A conjunction follows a noun directly (機関及び): a kanji before it is no boundary problem. */
  afterNoun?: boolean;
}

const SENTENCE_START = new Set([..."\n。「（）　 "].map((c) => c.charCodeAt(0)));
const COMMA = 0x3001;

const KANA_KANJI: readonly KanaKanjiWord[] = [
  { id: "様々", pairs: [["様々", "さまざま"]], koyo: "kanji" },
  {
    id: "更に",
    pairs: [["更に", "さらに"]],
    strictStart: true,
    // 接続詞は平仮名（さらに、）, 副詞は漢字（更に推進する）: two words, two conventions.
    use: (prev, next) => {
      if (next === COMMA || Number.isNaN(prev) || SENTENCE_START.has(prev)) return "conjunction";
      if (prev === COMMA) return undefined;
      return "adverb";
    },
  },
  { id: "既に", pairs: [["既に", "すでに"]], koyo: "kanji" },
  { id: "全て", pairs: [["全て", "すべて"]], koyo: "kanji" },
  { id: "及び", afterNoun: true, pairs: [["及び", "および"]], koyo: "kanji" },
  { id: "又は", afterNoun: true, pairs: [["又は", "または"]], koyo: "kanji" },
  { id: "並びに", afterNoun: true, pairs: [["並びに", "ならびに"]], koyo: "kanji" },
  { id: "若しくは", afterNoun: true, pairs: [["若しくは", "もしくは"]], koyo: "kanji" },
  { id: "我が国", afterNoun: true, pairs: [["我が国", "わが国"]], koyo: "kanji" },
  { id: "例えば", pairs: [["例えば", "たとえば"]], koyo: "kanji" },
  { id: "直ちに", pairs: [["直ちに", "ただちに"]], koyo: "kanji" },
  { id: "速やかに", pairs: [["速やかに", "すみやかに"]], koyo: "kanji" },
  { id: "極めて", pairs: [["極めて", "きわめて"]], koyo: "kanji" },
  { id: "互いに", pairs: [["互いに", "たがいに"]], koyo: "kanji" },
  { id: "必ず", pairs: [["必ず", "かならず"]], koyo: "kanji" },
  { id: "一層", pairs: [["一層", "いっそう"]], koyo: "kanji" },
  { id: "一つ", pairs: [["一つ", "ひとつ"]], koyo: "kanji" },
  { id: "予め", pairs: [["予め", "あらかじめ"]], koyo: "kana" },
  { id: "概ね", pairs: [["概ね", "おおむね"]], koyo: "kana" },
  { id: "殆ど", pairs: [["殆ど", "ほとんど"]], koyo: "kana" },
  { id: "何れ", pairs: [["何れ", "いずれ"]], koyo: "kana" },
  {
    id: "と共に",
    pairs: [["と共に", "とともに"]],
    koyo: "kana",
    anchored: true,
    // Only after a verb (強化すると共に); 「国民と共に」 (together with) is the adverb 共に.
    use: (prev) => (isHiragana(prev) ? "conjunction" : undefined),
  },
  {
    id: "関わる",
    // Not かかわらず: that is 「にかかわらず」 (regardless), another word.
    pairs: [["関わる", "かかわる"], ["関わり", "かかわり"], ["関わっ", "かかわっ"], ["関われ", "かかわれ"]],
    koyo: "kanji",
  },
  {
    id: "繋ぐ",
    pairs: [["繋が", "つなが"], ["繋げ", "つなげ"], ["繋ぐ", "つなぐ"], ["繋ぎ", "つなぎ"], ["繋い", "つない"]],
    koyo: "kana",
    koyoNote: "（「繋」は常用漢字表にない字）",
  },
];

interface Spelling {
  text: string;
  word: KanaKanjiWord;
  /** The word's stems on both sides, for the group's 公用文 form. */
  stems: { kanji: string; kana: string };
  kanji: boolean;
  /** The part shared by all of the word's spellings on this side (関わ / かかわ): what is counted and replaced. */
  stem: string;
  second: number;
}

const SPELLINGS: Spelling[] = [];
/** Spellings by first character, longest first; FIRST_INDEX maps a character to 1 + its list's index. */
const SPELLINGS_BY_FIRST: Spelling[][] = [];
const FIRST_INDEX = new Uint8Array(0x10000);
for (const word of KANA_KANJI) {
  const common = (all: string[]): string => {
    let n = all[0]!.length;
    for (const s of all) {
      let i = 0;
      while (i < n && i < s.length && s[i] === all[0]![i]) i++;
      n = i;
    }
    return all[0]!.slice(0, n);
  };
  const stems = { kanji: common(word.pairs.map((p) => p[0])), kana: common(word.pairs.map((p) => p[1])) };
  for (const side of [0, 1] as const) {
    for (const text of word.pairs.map((p) => p[side])) {
      const sp: Spelling = { text, word, stems, kanji: side === 0, stem: side === 0 ? stems.kanji : stems.kana, second: text.charCodeAt(1) };
      SPELLINGS.push(sp);
      const first = text.charCodeAt(0);
      if (FIRST_INDEX[first] === 0) FIRST_INDEX[first] = SPELLINGS_BY_FIRST.push([]);
      const list = SPELLINGS_BY_FIRST[FIRST_INDEX[first]! - 1]!;
      list.push(sp);
      list.sort((a, b) => b.text.length - a.text.length);
    }
  }
}
/** Particles after which a kana word may start (をさらに, がすでに). */
const PARTICLE_BEFORE = new Set([..."をにがはもでへやの"].map((c) => c.charCodeAt(0)));

// ---------------------------------------------------------------------------
// One pass over the text.
// ---------------------------------------------------------------------------

interface Scan {
  /** Katakana runs by spelling → start offsets. */
  katakana: Spelled[];
  /** Latin words (two or more characters) → starts. */
  words: Spelled[];
  /** Latin names of two or more words → starts. */
  phrases: Spelled[];
  /** 取り組 shapes at the start of a kanji run, by skeleton (取組) → starts. */
  withOkurigana: Map<string, number[]>;
  /** Skeletons seen as 組込み shapes. */
  withEnding: Set<string>;
  /** Curated kana/kanji spellings found: start and spelling. */
  kanaKanji: { at: number; spelling: Spelling }[];
  /** Outermost 「…」 spans as start, end pairs in order: only there can a quoted title be. */
  brackets: number[];
}

function inBrackets(brackets: readonly number[], at: number): boolean {
  let lo = 0;
  let hi = (brackets.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (brackets[2 * mid + 1]! <= at) lo = mid + 1;
    else if (brackets[2 * mid]! > at) hi = mid - 1;
    else return true;
  }
  return false;
}

function push(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
}

/** A distinct spelling, where it starts, and (Latin) a hash of its case- and width-folded letters. */
interface Spelled {
  text: string;
  starts: number[];
  fold: number;
  /** A Latin name's words in order (single letters too, which are not counted as words): its pairs are compared without re-reading it. */
  words: Spelled[] | undefined;
  /** 31 to the power of the number of characters `fold` hashes, once needed (see concatFold); 0 until then. */
  shift: number;
}

/** Distinct spellings in order of first occurrence, with where each starts. */
class SpellingCounter {
  readonly spellings: Spelled[] = [];
  private readonly byText = new Map<string, Spelled>();
  /** `fold` is computed once per distinct spelling, not at each occurrence. */
  add(text: string, start: number, fold?: (spelling: string) => number): Spelled {
    const known = this.byText.get(text);
    if (known) {
      known.starts.push(start);
      return known;
    }
    // Every field set here: spellings of one shape keep the property reads monomorphic.
    const spelled: Spelled = { text, starts: [start], fold: fold ? fold(text) : 0, words: undefined, shift: 0 };
    this.byText.set(text, spelled);
    this.spellings.push(spelled);
    return spelled;
  }
}

/**
 * A hash of a Latin spelling with case and width folded and hyphens and spaces
 * dropped (IoT, IOT and ＩｏＴ share it; so do CyberSecurity and Cyber Security):
 * spellings that may be variants of one another.
 */
function latinFold(spelling: string): number {
  let hash = 0;
  for (let k = 0; k < spelling.length; k++) {
    let c = spelling.charCodeAt(k);
    if (c === 0x20 || c === 0x2d || c === 0xff0d) continue;
    if (!isWordJoiner(c)) {
      if (c >= 0xff10) c -= 0xfee0;
      if (c <= 0x5a && c >= 0x41) c |= 0x20;
    }
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  return hash;
}

/** latinFold(a.text + b.text) from the two folds, without building the string: a's hash shifted past b's characters. */
function concatFold(a: Spelled, b: Spelled): number {
  if (b.shift === 0) {
    let shift = 1;
    for (let k = 0; k < b.text.length; k++) {
      const c = b.text.charCodeAt(k);
      if (c !== 0x20 && c !== 0x2d && c !== 0xff0d) shift = Math.imul(shift, 31);
    }
    b.shift = shift;
  }
  return (Math.imul(a.fold, b.shift) + b.fold) | 0;
}

/**
 * What each character is, as one table lookup: kanji runs, kana that start a
 * curated spelling, and the classes the regexps below stand for.
 */
const CLASS = new Uint8Array(0x10000);
const C_ALNUM = 1;
const C_KATAKANA = 2;
const C_KANJI = 3;
/** A kana that starts a curated spelling (い for いずれ, と for とともに). */
const C_SPELLING = 7;
for (const [from, to] of [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a]] as const) CLASS.fill(C_ALNUM, from, to + 1);
CLASS.fill(C_KATAKANA, 0x30a1, 0x30fb);
CLASS[0x30fc] = C_KATAKANA;
CLASS.fill(C_KANJI, 0x4e00, 0xa000);
CLASS[0x3005] = C_KANJI;
for (const sp of SPELLINGS) {
  const first = sp.text.charCodeAt(0);
  if (CLASS[first] === 0) CLASS[first] = C_SPELLING;
}

// The text is read by a few regexps, each finding only what it is about, rather
// than by one loop over every character: in a CLI run this code runs once and
// cold, and V8's native regexp search is many times faster than interpreted code
// stepping through 70 000 characters. The results are the same as that loop's.

/** Katakana runs (ー included), at least MIN_STEM long: shorter ones (the labels ア, イ) never hold a component. */
const KATAKANA_RUN = /[\u30a1-\u30fa\u30fc]{3,}/g;
const ALNUM = "0-9A-Za-z\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a";
/** A Latin word (letters and digits of either width, joined by - ' . & －), or several joined by single spaces (a name). */
const LATIN_WORD = `[${ALNUM}]+(?:[-'.&\\uff0d][${ALNUM}]+)*`;
const LATIN_RUN = new RegExp(`${LATIN_WORD}(?: ${LATIN_WORD})*`, "g");
const KANJI = "\\u4e00-\\u9fff\\u3005";
/**
 * The first kanji of a kanji run (々 cannot start one) that reads as 組込み (two
 * kanji and a 連用形 ending) or 取り組 (okurigana between two kanji).
 */
const COMPOUND_START = new RegExp(`(?<![${KANJI}])[\\u4e00-\\u9fff](?=[${KANJI}][${ENDING_KANA}]|[${BETWEEN_KANA}][${KANJI}])`, "g");
/**
 * The curated spellings, longest first among those that share a first
 * character: where several match, the regexp takes the first, as the list does.
 * A spelling must have a second character to compare (all of them do).
 */
const SPELLING_LIST = SPELLINGS_BY_FIRST.flat().filter((sp) => sp.text.length >= 2);
const SPELLING = new RegExp(SPELLING_LIST.map((sp) => sp.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
const SPELLING_BY_TEXT = new Map<string, Spelling>();
for (const sp of SPELLING_LIST) if (!SPELLING_BY_TEXT.has(sp.text)) SPELLING_BY_TEXT.set(sp.text, sp);
/** Quotation brackets, and paragraph breaks (which close any left open). */
const QUOTE_OR_BREAK = /[「」\n]/g;

/**
 * Where a curated spelling counts: a kana that starts one anywhere (kana never
 * belong to another token), a kanji only at the start of its kanji run (更に) or
 * at the end of a run of two or more (機関及び), since kana follows.
 */
function spellingCounts(text: string, at: number): boolean {
  const cls = CLASS[text.charCodeAt(at)];
  if (cls === C_SPELLING) return true;
  if (cls !== C_KANJI) return false;
  if (CLASS[text.charCodeAt(at - 1)] !== C_KANJI) return true;
  return CLASS[text.charCodeAt(at + 1)] !== C_KANJI;
}

function scanText(text: string): Scan {
  const scan: Scan = { katakana: [], words: [], phrases: [], withOkurigana: new Map(), withEnding: new Set(), kanaKanji: [], brackets: [] };
  const katakana = new SpellingCounter();
  const words = new SpellingCounter();
  const phrases = new SpellingCounter();

  KATAKANA_RUN.lastIndex = 0;
  for (let m = KATAKANA_RUN.exec(text); m; m = KATAKANA_RUN.exec(text)) katakana.add(m[0], m.index);

  // Latin words, and names of several words (their spellings are compared in collectLatin).
  LATIN_RUN.lastIndex = 0;
  for (let m = LATIN_RUN.exec(text); m; m = LATIN_RUN.exec(text)) {
    const run = m[0];
    const name = run.includes(" ");
    // Most runs are single numbers. collectLatin compares only spellings with a
    // letter, and a single word without one cannot make a finding (not even through a
    // hash shared by chance): it is not counted at all.
    if (!name && !HAS_LETTER.test(run)) continue;
    const start = m.index;
    const phrase = name ? phrases.add(run, start, latinFold) : undefined;
    // A name's words are noted once, at its first occurrence.
    const parts: Spelled[] | undefined = phrase && phrase.words === undefined ? (phrase.words = []) : undefined;
    for (let wordStart = 0; ; ) {
      const space = run.indexOf(" ", wordStart);
      const wordEnd = space < 0 ? run.length : space;
      if (wordEnd - wordStart >= 2) {
        const word = words.add(run.slice(wordStart, wordEnd), start + wordStart, latinFold);
        parts?.push(word);
      } else if (parts) {
        const letter = run.slice(wordStart, wordEnd);
        parts.push({ text: letter, starts: [], fold: latinFold(letter), words: undefined, shift: 0 });
      }
      if (space < 0) break;
      wordStart = space + 1;
    }
  }

  COMPOUND_START.lastIndex = 0;
  while (COMPOUND_START.test(text)) {
    const i = COMPOUND_START.lastIndex - 1;
    if (CLASS[text.charCodeAt(i + 1)] === C_KANJI) scan.withEnding.add(text.slice(i, i + 2));
    else push(scan.withOkurigana, text[i]! + text[i + 2]!, i);
  }

  SPELLING.lastIndex = 0;
  for (let m = SPELLING.exec(text); m; m = SPELLING.exec(text)) {
    if (spellingCounts(text, m.index)) scan.kanaKanji.push({ at: m.index, spelling: SPELLING_BY_TEXT.get(m[0])! });
    // Spellings may overlap (the next one can start inside this one).
    SPELLING.lastIndex = m.index + 1;
  }

  const quoteStarts: number[] = [];
  QUOTE_OR_BREAK.lastIndex = 0;
  while (QUOTE_OR_BREAK.test(text)) {
    const i = QUOTE_OR_BREAK.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 0x300c) quoteStarts.push(i);
    else if (c === 0x300d) {
      if (quoteStarts.length > 0) {
        const start = quoteStarts.pop()!;
        if (quoteStarts.length === 0) scan.brackets.push(start, i + 1);
      }
    } else quoteStarts.length = 0;
  }

  scan.katakana = katakana.spellings;
  scan.words = words.spellings;
  scan.phrases = phrases.spellings;
  return scan;
}

// ---------------------------------------------------------------------------
// Variant groups.
// ---------------------------------------------------------------------------

type VariantKind = "送り仮名" | "語末の長音" | "全角・半角" | "大文字・小文字" | "スペース・ハイフン" | "かな・漢字" | "表記";

interface Occurrence {
  /** The whole word as written (the finding's range), in joined-text offsets. */
  wordStart: number;
  wordEnd: number;
  /** The part that varies (a katakana compound's last component, a verb's stem); the rest is kept. */
  formStart: number;
  formEnd: number;
  quoted?: boolean;
  /**
   * Found by comparing two words inside Latin names (or a word with such a pair):
   * reported only where no other finding overlaps it and no comparison of the whole
   * name settled its spelling, since that is the same defect.
   */
  deferred?: boolean;
}

interface Group {
  /** Fixed kind, or undefined to work it out per pair of spellings (Latin). */
  kind?: VariantKind;
  forms: Map<string, Occurrence[]>;
  /** The 公用文 form, when the convention settles the choice. */
  koyo?: string;
  /** Why the 公用文 form, appended to the advice. */
  koyoNote?: string;
  /** The form to propose when the counts tie (long vowels: 「外来語の表記」). */
  onTie?: string;
  /** The counts add up conjugations or compounds. */
  countsNote?: string;
  /** Compares whole Latin names: where it settles a name's spelling, pairs of words inside that name are not compared again. */
  names?: boolean;
}

function occurrence(wordStart: number, wordEnd: number, formStart = wordStart, formEnd = wordEnd, deferred = false): Occurrence {
  return deferred ? { wordStart, wordEnd, formStart, formEnd, deferred } : { wordStart, wordEnd, formStart, formEnd };
}

function addOccurrence(groups: Map<string, Group>, key: string, make: () => Group, form: string, occ: Occurrence): void {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = make()));
  let list = g.forms.get(form);
  if (!list) g.forms.set(form, (list = []));
  list.push(occ);
}

// ---------------------------------------------------------------------------
// Katakana: センタ / センター, also as the last component of a compound
// (データセンタ against サイバーセキュリティセンター).
// ---------------------------------------------------------------------------

/** Characters a katakana word cannot start with: the long mark, small kana, ン. */
const NOT_WORD_START = new Set([..."ーァィゥェォッャュョヮヵヶン"]);
/** Shorter components are too often mere endings (ター, リー). */
const MIN_STEM = 3;

function stemOf(run: string): string {
  return run.length > 1 && run.charCodeAt(run.length - 1) === 0x30fc ? run.slice(0, -1) : run;
}

function collectKatakana(spellings: readonly Spelled[], groups: Map<string, Group>): void {
  // A component ends a short run and a long one, so only stems whose last two kana end
  // runs of both kinds can hold one (センタ: ンタ); in most plans there are none at all.
  const shortEnds = new Set<string>();
  const longEnds = new Set<string>();
  const stems: string[] = [];
  for (const sp of spellings) {
    const stem = stemOf(sp.text);
    stems.push(stem);
    (stem.length < sp.text.length ? longEnds : shortEnds).add(stem.slice(-2));
  }
  const runs = new Map<string, number[]>();
  // A component counts only if the document also writes it as a word on its own.
  const words = new Set<string>();
  spellings.forEach((sp, k) => {
    const stem = stems[k]!;
    const end = stem.slice(-2);
    if (!shortEnds.has(end) || !longEnds.has(end)) return;
    runs.set(sp.text, sp.starts);
    if (stem.length >= MIN_STEM && !NOT_WORD_START.has(stem[0]!)) words.add(stem);
  });
  if (runs.size === 0) return;
  const tally = new Map<string, { short: number; long: number }>();
  const componentsOf = new Map<string, string[]>();
  for (const [run, starts] of runs) {
    const stem = stemOf(run);
    const long = stem.length < run.length;
    let found: string[] | undefined;
    for (let k = 0; k + MIN_STEM <= stem.length; k++) {
      if (NOT_WORD_START.has(stem[k]!)) continue;
      const c = k === 0 ? stem : stem.slice(k);
      if (!words.has(c)) continue;
      (found ??= []).push(c);
      let t = tally.get(c);
      if (!t) tally.set(c, (t = { short: 0, long: 0 }));
      if (long) t.long += starts.length;
      else t.short += starts.length;
    }
    if (found) componentsOf.set(run, found);
  }
  for (const [run, comps] of componentsOf) {
    // The shortest component written both ways carries the most evidence (センター in every …センター).
    let best: string | undefined;
    for (const c of comps) {
      const t = tally.get(c)!;
      if (t.short > 0 && t.long > 0 && (best === undefined || c.length < best.length)) best = c;
    }
    if (best === undefined) continue;
    const stem = stemOf(run);
    const long = stem.length < run.length;
    const compound = best.length < stem.length;
    const key = `kana:${best}`;
    for (const at of runs.get(run)!) {
      addOccurrence(groups, key, () => ({ kind: "語末の長音", forms: new Map(), onTie: `${best}ー` }), long ? `${best}ー` : best, occurrence(at, at + run.length, at + stem.length - best.length, at + run.length));
    }
    if (compound) groups.get(key)!.countsNote = "複合語中を含む";
  }
}

// ---------------------------------------------------------------------------
// Latin words and names: ＩＴ/IT, IoT/IOT, e-Gov/eGov, Internet Of Things/Internet of Things,
// Cyber Security/CyberSecurity, and two words inside a longer or cut name (JVN iPedia
// in 「MyJVN JVN iPedia」, 「Internet Of」 before a paragraph end). Single letters are
// consistent-width's (a character convention, not a word).
// ---------------------------------------------------------------------------

const FULLWIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const HAS_FULLWIDTH = /[\uFF01-\uFF5E]/;
const HAS_LETTER = /[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]/;
const SPACING = /[ \-]/g;

export function toHalfWidth(s: string): string {
  return HAS_FULLWIDTH.test(s) ? s.replace(FULLWIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s;
}

/** Mixed case inside a word (IoT, JVNiPedia) or two capitals (IOT): the case is part of the spelling. */
function caseIsSpelling(word: string): boolean {
  return /[a-z][A-Z]/.test(word) || /[A-Z].*[A-Z]/.test(word);
}

/**
 * Whether two spellings that share a key are variants a careful editor would
 * unify. Words: width (ＩＴ/IT), and case or hyphens where they are part of the
 * spelling of an acronym or brand (IoT/IOT, e-Gov/eGov) — not NATIONAL/National,
 * which is typography, nor Co-operation/Cooperation, which differ between names.
 * Names: spacing (Cyber Security/CyberSecurity) and case across several words
 * (Internet Of Things); their width is left to the words.
 */
function latinComparable(level: "word" | "phrase", a: string, b: string): boolean {
  const ha = toHalfWidth(a);
  const hb = toHalfWidth(b);
  if (ha === hb) return level === "word";
  // Ordinary words differ legitimately between names (OECD's Co-operation, APEC's Cooperation).
  if (level === "word") return caseIsSpelling(ha) && caseIsSpelling(hb);
  if (ha.replace(SPACING, "") === hb.replace(SPACING, "")) return true;
  if (ha.toLowerCase() !== hb.toLowerCase()) return false;
  return ha.includes(" ") && hb.includes(" ") && ha !== ha.toUpperCase() && hb !== hb.toUpperCase();
}

function latinKind(found: string, preferred: string): VariantKind {
  const hf = toHalfWidth(found);
  const hp = toHalfWidth(preferred);
  if (hf === hp) return "全角・半角";
  if (hf.replace(SPACING, "") === hp.replace(SPACING, "")) return found === hf && preferred === hp ? "スペース・ハイフン" : "表記";
  return found === hf && preferred === hp ? "大文字・小文字" : "表記";
}

/** A Latin spelling to compare; `deferred` when it was found as two words inside a longer name (or competes with such). */
interface LatinCandidate {
  text: string;
  starts: readonly number[];
  deferred?: boolean;
}

const HAS_LOWER = /[a-z\uff41-\uff5a]/;
/**
 * Words that title case leaves lower-case. Only their capital is compared between
 * names: a content word's differs legitimately between two official names (J-CSIP's
 * 「Information sharing Partnership」, ISAC's 「Information Sharing and Analysis
 * Center」) and between a name and prose (「IT Security Policy」, 「IT security」).
 */
const MINOR_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "per", "the", "to", "via", "with"]);

function isUpperLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a);
}

/**
 * Two spellings of a pair of words (Internet Of / Internet of) a careful editor
 * would unify: the same first word, and a second word (a MINOR_WORDS one) that
 * differs only in its capital. Candidates start with a capital, so both stand
 * inside a name — not 「cyber security」 in prose beside 「Cyber Security
 * Strategy」. Case inside a word (IoT/IOT) is the word's own spelling, compared
 * with the words; ALL-CAPS (NATIONAL/National, OF/of) is typography.
 */
function pairCaseComparable(a: string, b: string): boolean {
  if (a === b) return true;
  const space = a.indexOf(" ");
  if (a.length !== b.length || b.charCodeAt(space) !== 0x20) return false;
  if (a.slice(0, space + 1) !== b.slice(0, space + 1) || a.slice(space + 2) !== b.slice(space + 2)) return false;
  return HAS_LOWER.test(a) && HAS_LOWER.test(b);
}

function collectLatin(scan: Scan, joined: JoinedText, groups: Map<string, Group>): void {
  const keyOf = (s: string): string => {
    const k = toHalfWidth(s).toLowerCase();
    return k.includes(" ") || k.includes("-") ? k.replace(SPACING, "") : k;
  };
  // Most spellings have no rival: only those sharing a folded hash are compared as strings.
  const byFold = new Map<number, Spelled[]>();
  for (const sp of scan.words) {
    const list = byFold.get(sp.fold);
    if (list) list.push(sp);
    else byFold.set(sp.fold, [sp]);
  }
  const phraseFolds = new Map<number, Spelled[]>();
  for (const sp of scan.phrases) {
    const list = phraseFolds.get(sp.fold);
    if (list) list.push(sp);
    else phraseFolds.set(sp.fold, [sp]);
  }
  const add = (level: "word" | "phrase", candidates: readonly LatinCandidate[]): void => {
    const byKey = new Map<string, LatinCandidate[]>();
    for (const sp of candidates) {
      if (!HAS_LETTER.test(sp.text)) continue;
      const k = keyOf(sp.text);
      const list = byKey.get(k);
      if (list) list.push(sp);
      else byKey.set(k, [sp]);
    }
    for (const [k, list] of byKey) {
      if (list.length < 2) continue;
      // A pair inside a name may be spelled like a whole name (Cyber Security): votes go by spelling.
      const votes = new Map<string, number>();
      for (const x of list) votes.set(x.text, (votes.get(x.text) ?? 0) + x.starts.length);
      if (votes.size < 2) continue;
      let head = "";
      let most = 0;
      for (const [text, n] of votes) {
        if (n > most) {
          head = text;
          most = n;
        }
      }
      const kept = new Set<string>();
      for (const text of votes.keys()) if (text === head || latinComparable(level, text, head)) kept.add(text);
      if (kept.size < 2) continue;
      const key = `latin-${level}:${k}`;
      const make = (): Group => (level === "phrase" ? { forms: new Map(), names: true } : { forms: new Map() });
      for (const { text: s, starts, deferred } of list) {
        if (!kept.has(s)) continue;
        for (const start of starts) {
          // Spacing and spelling across a PDF wrap are the extractor's, not the drafter's.
          if (!withinOnePiece(joined, start, start + s.length)) continue;
          addOccurrence(groups, key, make, s, occurrence(start, start + s.length, start, start + s.length, deferred));
        }
      }
    }
  };
  // Minor words the plan writes both with and without their capital (Of/of): only a
  // pair ending in one is compared for case.
  const flipped = new Set<Spelled>();
  for (const list of byFold.values()) {
    if (list.length < 2) continue;
    add("word", list);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!.text;
        const y = list[j]!.text;
        if (x.length === y.length && x[0] !== y[0] && x[0]!.toLowerCase() === y[0]!.toLowerCase() && x.slice(1) === y.slice(1) && MINOR_WORDS.has(x.toLowerCase())) {
          flipped.add(list[i]!);
          flipped.add(list[j]!);
        }
      }
    }
  }

  // Two adjacent words inside a longer name that the plan also writes as one word
  // (「JVN iPedia」 in the glossary's 「MyJVN JVN iPedia」, headword and definition
  // run together, beside 「JVNiPedia」): a spacing variant of that word. Only pairs
  // that are exactly a word once the space is dropped are taken, so a pair that merely
  // starts like a word (JVN in JVNiPedia) is never compared, and plans without such
  // pairs pay one hash per pair of words.
  const pairFolds = new Map<number, LatinCandidate[]>();
  for (const sp of scan.phrases) {
    const parts = sp.words!;
    // Two words are the name itself, compared below.
    if (parts.length < 3) continue;
    let at = 0;
    for (let k = 1; k < parts.length; k++) {
      const a = parts[k - 1]!;
      const b = parts[k]!;
      const start = at;
      at += a.text.length + 1;
      const fold = concatFold(a, b);
      const words = byFold.get(fold);
      if (words === undefined) continue;
      // The very letters, case included: APCERT's 「Asia Pacific」 is not APEC's 「Asia-Pacific」.
      const joinedPair = toHalfWidth(a.text + b.text);
      if (!words.some((w) => toHalfWidth(w.text) === joinedPair)) continue;
      const candidate = { text: `${a.text} ${b.text}`, starts: sp.starts.map((s) => s + start), deferred: true };
      const list = pairFolds.get(fold);
      if (list) list.push(candidate);
      else pairFolds.set(fold, [candidate]);
    }
  }
  const phraseGroup = (fold: number, phrases: readonly LatinCandidate[]): void => {
    const pairs = pairFolds.get(fold);
    const words: readonly LatinCandidate[] = byFold.get(fold) ?? [];
    // A one-word spelling of a name (CyberSecurity) competes with the spaced one. Where pairs
    // compete too, the word may stand in a name reported whole (CyberSecurity Strategy): it yields.
    const all = pairs ? [...phrases, ...pairs, ...words.map((w) => ({ text: w.text, starts: w.starts, deferred: true }))] : [...phrases, ...words];
    if (all.length > 1) add("phrase", all);
  };
  for (const [fold, list] of phraseFolds) phraseGroup(fold, list);
  for (const fold of pairFolds.keys()) if (!phraseFolds.has(fold)) phraseGroup(fold, []);

  // Case of two adjacent words inside names, compared across all of the plan's names:
  // a name cut by a paragraph end (「IoT（Internet Of 」 / 「Things）」: the PDF line
  // ends with a space) or inside a longer one is still compared with the plan's
  // 「Internet of Things」. Case is the drafter's even across a wrap.
  const casePairs = new Map<string, Map<string, number[]>>();
  if (flipped.size > 0) {
    for (const sp of scan.phrases) {
      const parts = sp.words!;
      let at = 0;
      for (let k = 1; k < parts.length; k++) {
        const a = parts[k - 1]!;
        const start = at;
        at += a.text.length + 1;
        if (!flipped.has(parts[k]!) || !isUpperLetter(a.text.charCodeAt(0))) continue;
        const pair = sp.text.slice(start, at + parts[k]!.text.length);
        const key = pair.toLowerCase();
        let spellings = casePairs.get(key);
        if (!spellings) casePairs.set(key, (spellings = new Map()));
        let starts = spellings.get(pair);
        if (!starts) spellings.set(pair, (starts = []));
        for (const s of sp.starts) starts.push(s + start);
      }
    }
  }
  for (const [k, spellings] of casePairs) {
    if (spellings.size < 2) continue;
    let head = "";
    let most = 0;
    for (const [text, starts] of spellings) {
      if (starts.length > most) {
        head = text;
        most = starts.length;
      }
    }
    const kept = [...spellings].filter(([text]) => pairCaseComparable(text, head));
    if (kept.length < 2) continue;
    for (const [text, starts] of kept) {
      for (const start of starts) addOccurrence(groups, `latin-pair:${k}`, () => ({ forms: new Map() }), text, occurrence(start, start + text.length, start, start + text.length, true));
    }
  }
}

// ---------------------------------------------------------------------------
// Okurigana: 取組 / 取組み / 取り組み (nouns), 取り組む / 取組む (verbs).
// ---------------------------------------------------------------------------

const PARTICLE_AFTER = /^(?:など|から|まで|より|[をがのはへとでにやも])/;
/** After a particle-looking kana these continue a verb (見積もり, 値下がり, 見落とし): the kana was okurigana. */
const VERB_CONTINUES = new Set([..."りるれろらっしさすせ"]);
/** Skeletons whose bare and okurigana forms are different words. */
const HOMOGRAPHS = new Set(["組合", "手当"]);

/**
 * 公用文 forms of compound nouns (「公用文における漢字使用等について」 2(2)): the
 * okurigana that cannot be misread is left out (取扱い, 受入れ, 申込み), and where
 * usage has fixed it none is written (取組, 受付, 手続). Either way the form is
 * given, not derived: 取扱い keeps its い.
 */
const KOYO_NOUNS: Readonly<Record<string, string>> = {
  取組: "取組",
  取扱: "取扱い",
  受付: "受付",
  受入: "受入れ",
  申込: "申込み",
  引継: "引継ぎ",
  取消: "取消し",
  取決: "取決め",
  見積: "見積り",
  切替: "切替え",
  書換: "書換え",
  差押: "差押え",
  引渡: "引渡し",
  貸付: "貸付け",
  借入: "借入れ",
  繰越: "繰越し",
  取締: "取締り",
  取調: "取調べ",
  立入: "立入り",
  払込: "払込み",
  売上: "売上げ",
  手続: "手続",
  引換: "引換え",
  買取: "買取り",
  呼出: "呼出し",
  乗換: "乗換え",
};

interface CompoundUse {
  cls: "noun" | "verb";
  /** The compared form: the whole noun, or the verb's stem up to its second kanji. */
  form: string;
  formEnd: number;
  wordEnd: number;
}

/**
 * Reads what follows the second kanji to tell a noun (取組を, 取り組みの,
 * 組込みソフトウェア) from a verb (取り組む, 取組む, 取り組ま). Anything doubtful
 * — 「取り組み、」 can be the verb's continuative form — is left uncounted.
 */
function classifyCompound(text: string, start: number, k2: number, withOkurigana: boolean): CompoundUse | undefined {
  const afterK2 = k2 + 1;
  let tailEnd = afterK2;
  while (tailEnd < text.length && tailEnd - afterK2 < 4 && isHiragana(text.charCodeAt(tailEnd))) tailEnd++;
  const stem = text.slice(start, afterK2);
  if (tailEnd === afterK2) {
    // 取組（: a bare noun. 取り組 with nothing after it is no word. Inside a longer
    // compound (取扱状況, 取扱所, 申込書) the okurigana is left out by custom
    // (送り仮名の付け方 通則7), whatever the word alone is written: 取扱状況 beside
    // 取扱い is no variant, so a bare stem followed by a kanji is not counted.
    if (withOkurigana || isKanji(text.charCodeAt(afterK2))) return undefined;
    return { cls: "noun", form: stem, formEnd: afterK2, wordEnd: afterK2 };
  }
  const tail = text.slice(afterK2, tailEnd);
  if (PARTICLE_AFTER.test(tail)) {
    if (withOkurigana || VERB_CONTINUES.has(tail[1] ?? "")) return undefined;
    return { cls: "noun", form: stem, formEnd: afterK2, wordEnd: afterK2 };
  }
  const first = tail.charCodeAt(0);
  if (FLAGS[first]! & NOUN_ENDING) {
    const noun = { cls: "noun" as const, form: stem + tail[0], formEnd: afterK2 + 1, wordEnd: afterK2 + 1 };
    if (tail.length > 1) {
      if (PARTICLE_AFTER.test(tail.slice(1))) return noun;
    } else {
      const next = text.charCodeAt(afterK2 + 1);
      if (next === COMMA || next === 0x3002 || next === 10 || Number.isNaN(next)) return undefined;
      // 取り組み始める: a kanji with okurigana after it continues a compound verb.
      if (isKanji(next) && isHiragana(text.charCodeAt(afterK2 + 2)) && !PARTICLE_AFTER.test(text.slice(afterK2 + 2, afterK2 + 4))) return undefined;
      return noun;
    }
  }
  // A verb: 取り組む, 取り組ま(れる), 取り組みます. A bare stem before サ行 kana is a する-verb (受付する), not 受け付ける.
  if (!withOkurigana && first >= 0x3055 && first <= 0x305b) return undefined;
  return { cls: "verb", form: stem, formEnd: afterK2, wordEnd: tailEnd };
}

function collectOkurigana(text: string, scan: Scan, groups: Map<string, Group>): void {
  const uses = new Map<string, { start: number; use: CompoundUse }[]>();
  const record = (skeleton: string, start: number, use: CompoundUse | undefined): void => {
    if (!use) return;
    const list = uses.get(skeleton);
    if (list) list.push({ start, use });
    else uses.set(skeleton, [{ start, use }]);
  };
  for (const [skeleton, starts] of scan.withOkurigana) {
    if (HOMOGRAPHS.has(skeleton)) continue;
    for (const at of starts) record(skeleton, at, classifyCompound(text, at, at + 2, true));
  }
  // Only skeletons seen as a word with okurigana are looked for bare (取組 once 取り組み is seen).
  const skeletons = new Set(uses.keys());
  for (const s of scan.withEnding) if (!HOMOGRAPHS.has(s)) skeletons.add(s);
  if (skeletons.size === 0) return;
  // The skeletons written bare (取組) at the start of a kanji run, in text order.
  // One regexp finds the runs that start with one of their first kanji.
  let firsts = "";
  for (const s of skeletons) if (!firsts.includes(s[0]!)) firsts += s[0]!;
  const bare = new RegExp(`(?<![${KANJI}])[${firsts}](?=[${KANJI}])`, "g");
  while (bare.test(text)) {
    const at = bare.lastIndex - 1;
    const skeleton = text.slice(at, at + 2);
    if (skeletons.has(skeleton)) record(skeleton, at, classifyCompound(text, at, at + 1, false));
  }
  for (const [skeleton, list] of uses) {
    for (const cls of ["noun", "verb"] as const) {
      const mine = list.filter((u) => u.use.cls === cls);
      const forms = new Set(mine.map((u) => u.use.form));
      if (forms.size < 2) continue;
      let group: Group;
      if (cls === "noun") {
        const koyo = KOYO_NOUNS[skeleton];
        group = koyo ? { kind: "送り仮名", forms: new Map(), koyo, koyoNote: "（「公用文における漢字使用等について」が示す複合語の名詞の形）" } : { kind: "送り仮名", forms: new Map() };
      } else {
        // Verbs keep their okurigana in 公用文 (送り仮名の付け方の本則): 取り組む, not 取組む.
        const full = [...forms].filter((f) => f.length > 2);
        group = { kind: "送り仮名", forms: new Map(), countsNote: "活用形を合算", ...(full.length === 1 ? { koyo: full[0]!, koyoNote: "（動詞は送り仮名を省かない）" } : {}) };
      }
      for (const u of mine) addOccurrence(groups, `okuri-${cls}:${skeleton}`, () => group, u.use.form, occurrence(u.start, u.use.wordEnd, u.start, u.use.formEnd));
    }
  }
}

function collectKanaKanji(text: string, scan: Scan, groups: Map<string, Group>): void {
  for (const { at, spelling } of scan.kanaKanji) {
    const { word, kanji, stem, stems: sides } = spelling;
    const prev = at > 0 ? text.charCodeAt(at - 1) : Number.NaN;
    const next = text.charCodeAt(at + spelling.text.length);
    // 変更に is not 更に, ことさらに is not さらに: the word must start here.
    if (!word.anchored && (kanji ? !word.afterNoun && isKanji(prev) : word.strictStart && isHiragana(prev) && !PARTICLE_BEFORE.has(prev))) continue;
    const use = word.use ? word.use(prev, next) : "";
    if (use === undefined) continue;
    const koyo = word.id === "更に" ? (use === "conjunction" ? "kana" : "kanji") : word.koyo;
    addOccurrence(
      groups,
      use === "" ? word.id : `${word.id}:${use}`,
      () => ({
        kind: "かな・漢字",
        forms: new Map(),
        ...(koyo ? { koyo: koyo === "kanji" ? sides.kanji : sides.kana, ...(word.koyoNote ? { koyoNote: word.koyoNote } : {}) } : {}),
        ...(word.pairs.length > 1 ? { countsNote: "活用形を合算" } : {}),
      }),
      stem,
      occurrence(at, at + spelling.text.length, at, at + stem.length),
    );
  }
}

// ---------------------------------------------------------------------------
// The rule.
// ---------------------------------------------------------------------------

interface Target {
  form: string;
  advice: (preferredWord: string) => string;
}

/**
 * In 公用文 (style "official"), the 公用文 form when the convention settles it and
 * the document uses it; otherwise a strict majority. A general document (a
 * です・ます guidebook, a manifesto) is not bound by 公用文: only its own majority
 * speaks, and the advice never cites 公用文. A tie proposes nothing, except for
 * long vowels where 「外来語の表記」 (a 内閣告示 for all writing, not only 公用文) decides.
 */
function chooseTarget(group: Group, counts: Map<string, number>, official: boolean): Target | undefined {
  const present = [...counts].filter(([, n]) => n > 0);
  if (present.length === 0) return undefined;
  if (official && group.koyo !== undefined && (counts.get(group.koyo) ?? 0) > 0) {
    const note = group.koyoNote ?? "";
    return { form: group.koyo, advice: (w) => `公用文では「${w}」と書きます${note}。` };
  }
  present.sort((a, b) => b[1] - a[1]);
  const [top, second] = present;
  if (second && second[1] === top![1]) {
    if (group.onTie !== undefined && (counts.get(group.onTie) ?? 0) > 0) {
      return { form: group.onTie, advice: (w) => `同数のため、語末の長音を書く「外来語の表記」に従い「${w}」を提案します。` };
    }
    return undefined;
  }
  return { form: top![0], advice: (w) => `多い方の「${w}」に揃えることを検討してください。` };
}

export const noOrthographicVariants = defineRule({
  id: "no-orthographic-variants",
  meta: {
    description: "The same word written two ways in one plan (送り仮名, 長音, 全角・半角, 大文字・小文字, スペース, かな・漢字): each minority spelling is reported.",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      variant: "「{{found}}」（{{foundCount}}回）と「{{preferred}}」（{{preferredCount}}回）が混在しています（{{kind}}）。{{advice}}",
      variantInWord: "「{{word}}」の「{{found}}」: 「{{found}}」（{{foundCount}}回）と「{{preferred}}」（{{preferredCount}}回）が混在しています（{{kind}}）。{{advice}}",
      replace: "「{{replacement}}」に置き換える",
    },
    docs: "docs/rules/no-orthographic-variants.md",
  },
  create(context) {
    // A plan kept in several files: 表記ゆれ is counted over the whole plan, read as one text.
    if (context.plan.members.length > 1) {
      for (const report of reportsOverPlan(context, noOrthographicVariants, planText, seedPlanText, (whole) => noOrthographicVariants.create(whole))) context.report(report);
      return;
    }
    const joined = planText(context);
    const text = joined.text;
    const scan = scanText(text);
    const groups = new Map<string, Group>();
    collectKatakana(scan.katakana, groups);
    collectLatin(scan, joined, groups);
    collectOkurigana(text, scan, groups);
    collectKanaKanji(text, scan, groups);

    // Occurrences found by comparing word pairs inside names wait until every other finding
    // is made: one overlapping it is the same defect (Internet Of in Internet Of Things), and
    // where a name's whole spelling is settled, that verdict stands (no contradicting advice).
    const made: Occurrence[] = [];
    const later: { o: Occurrence; report: (o: Occurrence) => void }[] = [];
    for (const group of groups.values()) {
      if (group.forms.size < 2) continue;
      // A quoted title is another document's wording (世界最先端ＩＴ国家創造宣言 is its official
      // spelling): it neither votes nor is reported.
      const counts = new Map<string, number>();
      for (const [form, occs] of group.forms) {
        let n = 0;
        for (const o of occs) {
          o.quoted = inBrackets(scan.brackets, o.wordStart) && context.isQuotation(toSourceRange(joined, o.wordStart, o.wordEnd));
          if (!o.quoted) n++;
        }
        counts.set(form, n);
      }
      const target = chooseTarget(group, counts, context.style === "official");
      if (!target) continue;
      if (group.names) for (const occs of group.forms.values()) for (const o of occs) if (!o.deferred) made.push(o);
      const preferredCount = counts.get(target.form)!;
      for (const [form, occs] of group.forms) {
        if (form === target.form) continue;
        const foundCount = counts.get(form)!;
        const report = (o: Occurrence): void => {
          const range = toSourceRange(joined, o.wordStart, o.wordEnd);
          const word = text.slice(o.wordStart, o.wordEnd);
          const replacement = text.slice(o.wordStart, o.formStart) + target.form + text.slice(o.formEnd, o.wordEnd);
          const kind = group.kind ?? latinKind(form, target.form);
          const data = { foundCount, preferredCount, kind: group.countsNote ? `${kind}、${group.countsNote}` : kind, advice: target.advice(replacement) };
          const suggestions: RuleSuggestion[] = [{ messageId: "replace", data: { replacement }, fix: sourceEdit(context.text, joined, o.wordStart, o.wordEnd, replacement) }];
          if (o.formStart !== o.wordStart && group.kind === "語末の長音") {
            context.report({ range, messageId: "variantInWord", data: { ...data, word, found: form, preferred: target.form }, suggestions });
          } else {
            context.report({ range, messageId: "variant", data: { ...data, found: word, preferred: replacement }, suggestions });
          }
        };
        for (const o of occs) {
          if (o.quoted) continue;
          if (o.deferred) {
            later.push({ o, report });
            continue;
          }
          if (!group.names) made.push(o);
          report(o);
        }
      }
    }
    for (const { o, report } of later) {
      if (made.some((m) => m.wordStart < o.wordEnd && o.wordStart < m.wordEnd)) continue;
      made.push(o);
      report(o);
    }
  },
});
