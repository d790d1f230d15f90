/**
 * The order a glossary is sorted in: Latin headwords alphabetically, kana headwords
 * in あいうえお order (voicing and small kana folded, 「ー」 read as its vowel), and
 * the items that break an otherwise sorted sequence.
 */
import { TextMemo } from "../memo/text-memo.js";

// Made once rather than at each call (a literal in a function is a new object every time).
const NOT_LETTER_OR_DIGIT_G = /[^a-z0-9]/g;
const LATIN_HEADWORD = /^[A-Za-z0-9][A-Za-z0-9 \-/&.'’]*$/;
/** Where a glossary is not kept in order, reporting order would only be noise. */
const MIN_SORTED_ENTRIES = 5;
export const MAX_DISORDER_SHARE = 0.1;

type Script = "latin" | "kana";

interface SortKey {
  script: Script;
  key: string;
}

interface Sequenced<T> {
  item: T;
  neighbour: T;
  where: "before" | "after";
}

/**
 * The items that break an otherwise sorted sequence: those outside a longest
 * non-decreasing subsequence (O(n log n)). Of several longest ones the earliest
 * items are kept, so in a swapped pair the later item is the one reported — it is
 * the one a reader meets out of place. A sequence with many such items is not
 * meant to be sorted, and nothing is reported.
 */
export function outOfSequence<T extends { key: string }>(items: readonly T[]): Sequenced<T>[] {
  const n = items.length;
  if (n < MIN_SORTED_ENTRIES) return [];
  // startLength[i]: the longest non-decreasing run that starts with item i, found
  // right to left; tails[k] is the largest first key of such a run of length k + 1.
  const startLength = new Int32Array(n);
  const tails: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const key = items[i]!.key;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! >= key) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = key;
    startLength[i] = lo + 1;
  }
  const inOrder = new Uint8Array(n);
  const sorted: T[] = [];
  let need = tails.length;
  let last: string | undefined;
  for (let i = 0; i < n && need > 0; i++) {
    const key = items[i]!.key;
    if (startLength[i] !== need || (last !== undefined && key < last)) continue;
    inOrder[i] = 1;
    sorted.push(items[i]!);
    last = key;
    need--;
  }
  const outCount = n - sorted.length;
  if (outCount === 0 || outCount > Math.max(1, Math.floor(n * MAX_DISORDER_SHARE))) return [];
  const out: Sequenced<T>[] = [];
  for (let i = 0; i < n; i++) {
    if (inOrder[i]) continue;
    const item = items[i]!;
    const next = sorted.find((s) => s.key > item.key);
    out.push(next ? { item, neighbour: next, where: "before" } : { item, neighbour: sorted[sorted.length - 1]!, where: "after" });
  }
  return out;
}

/**
 * A sort key for a whole headword, or undefined when its order cannot be known:
 * Latin headwords by their letters and digits (「J-CSIP」 sorts as JCSIP), kana
 * headwords in あいうえお order with voicing and small kana folded and 「ー」 read
 * as the vowel before it. Headwords with kanji, or mixing scripts, have no key.
 */
export function headwordSortKey(headword: string): SortKey | undefined {
  return sortKeys.of(headword, sortKeyOf);
}

/**
 * Keys by string, kept across lints (the server re-lints on every keystroke and the
 * glossary rarely changes; every key takes NFKC and NFD): pure functions of the
 * string, so a kept key is the key. Cleared past a bound.
 */
const MAX_CACHED = 5_000;
const sortKeys = new TextMemo<SortKey | undefined>(MAX_CACHED);
const initialKeys = new TextMemo<SortKey | undefined>(MAX_CACHED);

function sortKeyOf(headword: string): SortKey | undefined {
  const h = headword.normalize("NFKC").trim();
  if (!h) return undefined;
  if (LATIN_HEADWORD.test(h)) {
    const key = h.toLowerCase().replace(NOT_LETTER_OR_DIGIT_G, "");
    return key ? { script: "latin", key } : undefined;
  }
  const key = kanaKey(h);
  return key ? { script: "kana", key } : undefined;
}

/** The key of an index letter or of a headword's first character. */
export function initialKey(ch: string): SortKey | undefined {
  return initialKeys.of(ch, initialKeyOf);
}

function initialKeyOf(ch: string): SortKey | undefined {
  const c = ch.normalize("NFKC").charAt(0);
  if (/[A-Za-z]/.test(c)) return { script: "latin", key: c.toLowerCase() };
  const k = kanaKey(c);
  return k ? { script: "kana", key: k } : undefined;
}

const SMALL_KANA = "ぁぃぅぇぉっゃゅょゎゕゖ";
const LARGE_KANA = "あいうえおつやゆよわかけ";
const VOWEL_OF = new Map<string, string>();
for (const row of ["あいうえお", "かきくけこ", "さしすせそ", "たちつてと", "なにぬねの", "はひふへほ", "まみむめも", "や\0ゆ\0よ", "らりるれろ", "わゐ\0ゑを"]) {
  for (let i = 0; i < 5; i++) if (row[i] !== "\0") VOWEL_OF.set(row[i]!, "あいうえお"[i]!);
}

/** Folded hiragana of an all-kana string, or undefined if it holds anything else. */
function kanaKey(s: string): string | undefined {
  let out = "";
  // By code unit rather than for-of: a surrogate pair is not kana either way (its
  // first half already ends the key), and the string iterator is slow in a cold run.
  const d = s.normalize("NFD");
  for (let i = 0; i < d.length; i++) {
    const ch = d[i]!;
    const c = ch.charCodeAt(0);
    if (c === 0x3099 || c === 0x309a || ch === "・" || ch === " ") continue;
    if (ch === "ー") {
      const vowel = VOWEL_OF.get(out.charAt(out.length - 1));
      if (!vowel) return undefined;
      out += vowel;
      continue;
    }
    let h = c >= 0x30a1 && c <= 0x30f6 ? String.fromCharCode(c - 0x60) : ch;
    const small = SMALL_KANA.indexOf(h);
    if (small >= 0) h = LARGE_KANA[small]!;
    const hc = h.charCodeAt(0);
    if (!(hc >= 0x3041 && hc <= 0x3096)) return undefined;
    out += h;
  }
  return out || undefined;
}
