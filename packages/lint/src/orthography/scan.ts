/**
 * One pass over the text.
 */
import { ALNUM_RANGE, KANJI_RANGE, LATIN_LETTER } from "@planlint/core";
import { BETWEEN_KANA, ENDING_KANA } from "./okurigana-kana.js";
import { SPELLINGS, SPELLINGS_BY_FIRST, type Spelling } from "./kana-kanji-words.js";

export interface Scan {
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

export function inBrackets(brackets: readonly number[], at: number): boolean {
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
export interface Spelled {
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

/** Inside a Latin word between two letters: e-Gov, ITU-T, Ver.1, AT&T. */
function isWordJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2e || c === 0x26 || c === 0xff0d;
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
export function concatFold(a: Spelled, b: Spelled): number {
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
/** A Latin word (letters and digits of either width, joined by - ' . & －), or several joined by single spaces (a name). */
const LATIN_WORD = `[${ALNUM_RANGE}]+(?:[-'.&\\uff0d][${ALNUM_RANGE}]+)*`;
const LATIN_RUN = new RegExp(`${LATIN_WORD}(?: ${LATIN_WORD})*`, "g");
/**
 * The first kanji of a kanji run (々 cannot start one) that reads as 組込み (two
 * kanji and a 連用形 ending) or 取り組 (okurigana between two kanji).
 * The lookbehind follows the kanji: in front, it was tried at every position of the text.
 */
const COMPOUND_START = new RegExp(`[\\u4e00-\\u9fff](?<![${KANJI_RANGE}][\\s\\S])(?=[${KANJI_RANGE}][${ENDING_KANA}]|[${BETWEEN_KANA}][${KANJI_RANGE}])`, "g");
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

export function scanText(text: string): Scan {
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
    if (!name && !LATIN_LETTER.test(run)) continue;
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
