/**
 * The plan's own glossary (用語解説) as a reader uses it: every 「…を参照」 leads
 * somewhere, no headword is explained twice, entries sit where the index says,
 * and a definition does not misspell the headwords it lists (「機密性、完全性、可能性」
 * where 可用性 is meant).
 *
 * Only the document's entries are reported: a glossary file's entries live in
 * another file, where no finding of this document can point. File headwords still
 * count as targets of 「…を参照」 and as headwords a definition may list.
 */
import { JAPANESE_CHAR, toSourceRange, type GlossaryEntry, type JoinedText, type PlanDocument, type RuleSuggestion, type TextRange } from "@planlint/core";
import { headwordSortKey, initialKey, MAX_DISORDER_SHARE, outOfSequence } from "../glossary/sort-keys.js";
import { joinProse } from "../terms/prose-text.js";
import { defineRule, type RuleContext } from "../rule.js";
import { withinOneEdit } from "../text-similarity.js";

/** Separators of an enumeration in a definition: 「機密性、完全性、可用性」, 「A及びB」. */
const ENUMERATION_SEPARATOR = /[、，,]|及び|並びに|又は|または|若しくは|もしくは/g;
/** Shorter words are too often one character away from something by chance. */
const MIN_NEAR_LENGTH = 3;
/** Typos are looked for in short words only: longer headwords are names, and names are matched whole. */
const MAX_NEAR_LENGTH = 8;
// Made once rather than at each call (a literal in a function is a new object every time).
const SPACE_OR_MIDDLE_DOT_G = /[\s・･]/g;

export const glossaryIntegrity = defineRule({
  id: "glossary-integrity",
  meta: {
    description: "Glossary see-also targets that do not exist, duplicate or out-of-order headwords, and definitions that list a word one character away from a headword",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      missingSeeAlso: "「{{headword}}」が参照する「{{target}}」は用語解説の見出し語にありません",
      duplicateHeadword: "「{{headword}}」は用語解説の見出し語として既にあります",
      outOfOrder: "「{{headword}}」の並び順が違います: 「{{neighbour}}」の{{where}}に置きます",
      indexOutOfOrder: "索引「{{index}}」の並び順が違います: 「{{neighbour}}」の{{where}}に置きます",
      wrongIndexGroup: "「{{headword}}」は索引「{{index}}」の下にありますが「{{initial}}」で始まります",
      nearHeadword: "「{{word}}」は見出し語{{siblings}}と並べて書かれていますが見出し語ではありません。「{{headword}}」の誤りではありませんか（1文字違い）",
      useHeadword: "「{{headword}}」に直す",
    },
    docs: "docs/rules/glossary-integrity.md",
    scopes: ["glossary"],
  },
  create(context) {
    const entries = context.document.glossary.filter((e) => e.source.kind === "document");
    if (entries.length === 0) return;
    checkSeeAlso(context, entries);
    const duplicates = checkDuplicates(context, entries);
    // A repeated headword is reported as such, not again as out of place.
    checkOrder(context, entries.filter((e) => !duplicates.has(e)));
    checkNearHeadwords(context, entries);
  },
});

// ---------------------------------------------------------------------------
// 「…を参照」

function checkSeeAlso(context: RuleContext, entries: readonly GlossaryEntry[]): void {
  const { glossary } = context;
  let loose: Map<string, GlossaryEntry> | undefined;
  for (const e of entries) {
    for (const target of e.seeAlso) {
      if (glossary.lookup(target) || glossary.lookupAcronym(target)) continue;
      // 「セキュリティ・バイ・デザイン」 and 「セキュリティバイデザイン」 are the same headword.
      loose ??= new Map(glossary.entries.map((x) => [looseKey(x.headword), x]));
      if (loose.has(looseKey(target))) continue;
      const located = locateInDefinition(context.text, context.document, e, target, "last");
      const suggestions: RuleSuggestion[] = located
        ? closeHeadwords(context, target).map((headword) => ({ messageId: "useHeadword", data: { headword }, fix: { range: located, text: headword } }))
        : [];
      const range = located ?? e.headwordRange;
      context.report({
        range,
        messageId: "missingSeeAlso",
        data: { headword: e.headword, target },
        ...(suggestions.length ? { suggestions } : {}),
      });
    }
  }
}

/**
 * Headwords a mistyped target probably meant: one character away (「標的形攻撃」 →
 * 標的型攻撃), else fuse.js's best match when it is a close one. Fuse alone scores one
 * wrong character in five as 0.5, no better than an unrelated word.
 */
function closeHeadwords(context: RuleContext, target: string): string[] {
  const t = target.normalize("NFKC");
  const out: string[] = [];
  for (const e of context.glossary.entries) {
    const h = e.headword.normalize("NFKC");
    if (h.length >= 3 && withinOneEdit(t, h) && !out.includes(e.headword)) out.push(e.headword);
  }
  if (out.length > 0) return out.slice(0, 3);
  const best = context.glossary.search(target, 1)[0];
  return best && best.score <= 0.3 ? [best.entry.headword] : [];
}

// ---------------------------------------------------------------------------
// Duplicates

function checkDuplicates(context: RuleContext, entries: readonly GlossaryEntry[]): Set<GlossaryEntry> {
  const first = new Map<string, GlossaryEntry>();
  const repeated = new Set<GlossaryEntry>();
  for (const e of entries) {
    const key = looseKey(e.headword);
    if (!key) continue;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, e);
      continue;
    }
    repeated.add(e);
    context.report({
      range: e.headwordRange,
      messageId: "duplicateHeadword",
      data: { headword: e.headword },
      related: [{ range: earlier.headwordRange, message: `「${earlier.headword}」 is defined here first` }],
    });
  }
  return repeated;
}

// ---------------------------------------------------------------------------
// Order

interface Placed {
  entry: GlossaryEntry;
  /** The index letter or kana of the entry's group (its own or the last one above it). */
  index: string | undefined;
  /** The entry opens its index group (it carries the index letter). */
  startsGroup: boolean;
  /** Counts the index groups in document order, so a letter used twice is two groups. */
  group: number;
}

/**
 * Latin headwords in alphabetical order, kana headwords in あいうえお order, each
 * under the index letter or kana they start with. Headwords that start with kanji
 * have readings we cannot know: they are checked only where the entry gives one.
 */
function checkOrder(context: RuleContext, entries: readonly GlossaryEntry[]): void {
  const placed: Placed[] = [];
  let index: string | undefined;
  let group = 0;
  for (const entry of [...entries].sort((a, b) => a.range.start - b.range.start)) {
    const startsGroup = entry.index !== undefined && entry.index !== index;
    if (startsGroup) group++;
    if (entry.index !== undefined) index = entry.index;
    placed.push({ entry, index, startsGroup, group });
  }
  const reported = new Set<GlossaryEntry>();
  const misplacedGroups = checkIndexOrder(context, placed, reported);
  checkIndexGroups(context, placed, reported);
  for (const script of ["latin", "kana"] as const) {
    const items: { entry: GlossaryEntry; key: string }[] = [];
    for (const p of placed) {
      if (misplacedGroups.has(p.group)) continue;
      const k = headwordSortKey(p.entry.headword);
      if (k && k.script === script) items.push({ entry: p.entry, key: k.key });
    }
    for (const { item, neighbour, where } of outOfSequence(items)) {
      if (reported.has(item.entry)) continue;
      context.report({
        range: item.entry.headwordRange,
        messageId: "outOfOrder",
        data: { headword: item.entry.headword, where: where === "before" ? "前" : "後", neighbour: neighbour.entry.headword },
        related: [{ range: neighbour.entry.headwordRange, message: `「${neighbour.entry.headword}」 is here` }],
      });
    }
  }
}

/** Index letters A→Z and kana あ→ん, each script on its own. Returns the misplaced groups. */
function checkIndexOrder(context: RuleContext, placed: readonly Placed[], reported: Set<GlossaryEntry>): Set<number> {
  const misplaced = new Set<number>();
  for (const script of ["latin", "kana"] as const) {
    const groups: { entry: GlossaryEntry; key: string; index: string; group: number }[] = [];
    for (const p of placed) {
      if (!p.startsGroup || p.index === undefined) continue;
      const k = initialKey(p.index);
      if (k && k.script === script) groups.push({ entry: p.entry, key: k.key, index: p.index, group: p.group });
    }
    for (const { item, neighbour, where } of outOfSequence(groups)) {
      misplaced.add(item.group);
      reported.add(item.entry);
      context.report({
        range: item.entry.headwordRange,
        messageId: "indexOutOfOrder",
        data: { index: item.index, where: where === "before" ? "前" : "後", neighbour: neighbour.index },
        related: [{ range: neighbour.entry.headwordRange, message: `the index 「${neighbour.index}」 starts here` }],
      });
    }
  }
  return misplaced;
}

function checkIndexGroups(context: RuleContext, placed: readonly Placed[], reported: Set<GlossaryEntry>): void {
  // Some glossaries file Latin headwords under their kana reading (IoT under あ):
  // a script is only out of place under the other's index when both have indexes.
  let latinIndexes = false;
  let kanaIndexes = false;
  for (const p of placed) {
    const k = p.startsGroup && p.index !== undefined ? initialKey(p.index) : undefined;
    if (k?.script === "latin") latinIndexes = true;
    else if (k?.script === "kana") kanaIndexes = true;
  }
  const fits = (p: Placed): boolean | undefined => {
    const group = p.index === undefined ? undefined : initialKey(p.index);
    let initial = initialKey(p.entry.headword.normalize("NFKC").charAt(0));
    // A kanji headword: only its reading, when the entry gives one, says where it belongs.
    if (!initial && p.entry.reading) initial = initialKey(p.entry.reading.charAt(0));
    if (!group || !initial) return undefined;
    if (group.script !== initial.script) return latinIndexes && kanaIndexes ? false : undefined;
    return group.key === initial.key;
  };
  const fitting = placed.map(fits);
  const misfits = fitting.filter((f) => f === false).length;
  // A glossary whose entries often sit under another letter is not kept by index.
  if (misfits === 0 || misfits > Math.max(1, Math.floor(fitting.filter((f) => f !== undefined).length * MAX_DISORDER_SHARE))) return;
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i]!;
    if (fitting[i] !== false) continue;
    // When the row with the next index letter is lost in extraction, every entry
    // after it seems to sit under the previous letter. A misplaced entry is one
    // that its own group goes on after: a later entry of the group fits again.
    let groupGoesOn = false;
    for (let j = i + 1; j < placed.length && !placed[j]!.startsGroup; j++) {
      if (fitting[j] === true) {
        groupGoesOn = true;
        break;
      }
    }
    if (!groupGoesOn) continue;
    reported.add(p.entry);
    context.report({
      range: p.entry.headwordRange,
      messageId: "wrongIndexGroup",
      data: { headword: p.entry.headword, index: p.index!, initial: p.entry.headword.normalize("NFKC").charAt(0) },
    });
  }
}

// ---------------------------------------------------------------------------
// A word one character away from a headword, listed with headwords

interface Candidate {
  word: string;
  /** Offset of the word in the definition string. */
  at: number;
}

/**
 * Headwords by "one character masked": 可用性 is found under 「\0用性」, 「可\0性」 and
 * 「可用\0」, so a word's near headwords take one look-up per character.
 */
class Vocabulary {
  readonly exact = new Set<string>();
  private readonly masked = new Map<string, string[]>();
  private readonly byFirst = new Map<string, string[]>();
  private readonly byLast = new Map<string, string[]>();
  /**
   * length × 0x10000 + first (or second) character of the masked headwords. A word one
   * character away from a headword has its length and shares its first character or,
   * when that is the one that differs, its second: most words are ruled out by these
   * two look-ups before any masked string is built.
   */
  private readonly firsts = new Set<number>();
  private readonly seconds = new Set<number>();

  constructor(headwords: Iterable<string>) {
    for (const h of headwords) {
      if (h.length < MIN_NEAR_LENGTH || !JAPANESE_CHAR.test(h) || this.exact.has(h)) continue;
      this.exact.add(h);
      push(this.byFirst, h[0]!, h);
      push(this.byLast, h[h.length - 1]!, h);
      if (h.length > MAX_NEAR_LENGTH) continue;
      for (let i = 0; i < h.length; i++) push(this.masked, h.slice(0, i) + "\0" + h.slice(i + 1), h);
      this.firsts.add(h.length * 0x10000 + h.charCodeAt(0));
      this.seconds.add(h.length * 0x10000 + h.charCodeAt(1));
    }
  }

  /** The headword an item is, as a whole word (in the middle) or at the end that touches the separator. */
  headwordAt(sentence: string, it: Item): string | undefined {
    if (it.position === "middle") {
      const w = sentence.slice(it.start, it.end);
      return this.exact.has(w) ? w : undefined;
    }
    const atEnd = it.position === "first";
    for (const h of (atEnd ? this.byLast.get(sentence[it.end - 1]!) : this.byFirst.get(sentence[it.start]!)) ?? []) {
      if (h.length > it.end - it.start) continue;
      const a = atEnd ? it.end - h.length : it.start;
      if (sentence.startsWith(h, a) && !continuesWord(sentence[a - 1]) && !continuesWord(sentence[a + h.length])) return h;
    }
    return undefined;
  }

  /** Headwords that differ from `word` in exactly one character, where both characters are content (not digits or kana endings). */
  near(word: string): string[] {
    if (this.exact.has(word)) return [];
    const key = word.length * 0x10000;
    if (!this.firsts.has(key + word.charCodeAt(0)) && !this.seconds.has(key + word.charCodeAt(1))) return [];
    const out: string[] = [];
    for (let i = 0; i < word.length; i++) {
      const list = this.masked.get(word.slice(0, i) + "\0" + word.slice(i + 1));
      if (!list) continue;
      for (const h of list) if (substitutable(word[i]!, h[i]!) && !out.includes(h)) out.push(h);
    }
    return out;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Kanji for kanji or katakana for katakana: a slip of the IME, not a different number or okurigana. */
function substitutable(a: string, b: string): boolean {
  return (isKanji(a) && isKanji(b)) || (isKatakana(a) && isKatakana(b));
}

function isKanji(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function isKatakana(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x30a1 && c <= 0x30fa;
}

/** A character that can continue a word: a candidate must not be cut out of a longer one. */
function continuesWord(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return isKanji(ch) || isKatakana(ch) || ch === "ー" || LATIN_OR_DIGIT.test(ch);
}

const LATIN_OR_DIGIT = /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/;
/** What surrounds an item of an enumeration without being part of it. */
const ITEM_OPEN = /[\s「『（(]/;
const ITEM_CLOSE = /[\s」』）)]/;

/**
 * In each enumeration of a definition (items separated by 、 or 及び…), an item
 * that is not a headword but one character away from one is reported when another
 * item of the same enumeration is a headword: 「機密性、完全性、可能性は…」.
 */
function checkNearHeadwords(context: RuleContext, entries: readonly GlossaryEntry[]): void {
  const vocabulary = new Vocabulary(context.glossary.entries.map((e) => e.headword.normalize("NFKC")));
  if (vocabulary.exact.size < 2) return;
  for (const e of entries) {
    const def = e.definition;
    for (let from = 0; from < def.length; ) {
      let to = def.indexOf("。", from);
      if (to < 0) to = def.length;
      if (to - from > 4) checkEnumerations(context, e, def, from, to, vocabulary);
      from = to + 1;
    }
  }
}

interface Item {
  /** The item without surrounding spaces and brackets, as offsets in the sentence. */
  start: number;
  end: number;
  /** The first item may be the end of a longer clause (「…の機密性、」), the last the start of one (「、可用性は…」). */
  position: "first" | "middle" | "last";
}

function checkEnumerations(context: RuleContext, entry: GlossaryEntry, def: string, from: number, to: number, vocabulary: Vocabulary): void {
  const sentence = def.slice(from, to);
  const bounds: [number, number][] = [];
  let itemStart = 0;
  ENUMERATION_SEPARATOR.lastIndex = 0;
  for (let m = ENUMERATION_SEPARATOR.exec(sentence); m; m = ENUMERATION_SEPARATOR.exec(sentence)) {
    bounds.push([itemStart, m.index]);
    itemStart = m.index + m[0].length;
  }
  if (bounds.length === 0) return;
  bounds.push([itemStart, sentence.length]);
  const items: Item[] = [];
  bounds.forEach(([a, b], k) => {
    while (a < b && ITEM_OPEN.test(sentence[a]!)) a++;
    while (b > a && ITEM_CLOSE.test(sentence[b - 1]!)) b--;
    if (b > a) items.push({ start: a, end: b, position: k === 0 ? "first" : k === bounds.length - 1 ? "last" : "middle" });
  });
  const siblings = new Set<string>();
  const exact = items.map((it) => {
    const h = vocabulary.headwordAt(sentence, it);
    if (h) siblings.add(h);
    return h !== undefined;
  });
  if (siblings.size === 0) return;
  items.forEach((it, k) => {
    if (exact[k]) return;
    for (const w of candidateWords(sentence, it)) {
      const near = vocabulary.near(w.word).filter((h) => !siblings.has(h));
      if (near.length === 0) continue;
      reportNear(context, entry, w.word, from + w.at, near, [...siblings]);
      return;
    }
  });
}

/** Whole words of an item that may be a mistyped headword, shortest first. */
function candidateWords(sentence: string, it: Item): Candidate[] {
  const out: Candidate[] = [];
  const add = (a: number, b: number): void => {
    out.push({ word: sentence.slice(a, b), at: a });
  };
  const length = it.end - it.start;
  if (it.position === "middle") {
    if (length >= MIN_NEAR_LENGTH && length <= MAX_NEAR_LENGTH && !continuesWord(sentence[it.start - 1]) && !continuesWord(sentence[it.end])) add(it.start, it.end);
    return out;
  }
  // Words of the first item end at its end, words of the last start at its start:
  // that side is checked once.
  const first = it.position === "first";
  if (continuesWord(first ? sentence[it.end] : sentence[it.start - 1])) return out;
  for (let len = MIN_NEAR_LENGTH; len <= Math.min(MAX_NEAR_LENGTH, length); len++) {
    if (first) {
      if (!continuesWord(sentence[it.end - len - 1])) add(it.end - len, it.end);
    } else if (!continuesWord(sentence[it.start + len])) add(it.start, it.start + len);
  }
  return out;
}

function reportNear(context: RuleContext, entry: GlossaryEntry, word: string, at: number, near: string[], siblings: string[]): void {
  const range = locateInDefinition(context.text, context.document, entry, word, occurrenceIndex(entry.definition, word, at));
  if (!range) return;
  context.report({
    range,
    messageId: "nearHeadword",
    data: { word, headword: near.join("」「"), siblings: siblings.map((s) => `「${s}」`).join("") },
    suggestions: near.map((headword) => ({ messageId: "useHeadword", data: { headword }, fix: { range, text: headword } })),
  });
}

function occurrenceIndex(s: string, word: string, at: number): number {
  let n = 0;
  for (let i = s.indexOf(word); i >= 0 && i < at; i = s.indexOf(word, i + 1)) n++;
  return n;
}

// ---------------------------------------------------------------------------
// Definitions in the source

/**
 * The source range of `word` in an entry's definition (its `n`-th occurrence, or
 * the last). The model keeps the definition as a joined string without offsets, so
 * the entry's lines are joined again here and mapped back.
 */
function locateInDefinition(text: string, document: PlanDocument, entry: GlossaryEntry, word: string, n: number | "last"): TextRange | undefined {
  if (entry.source.kind !== "document") return undefined;
  const joined = definitionText(text, document, entry);
  if (!joined) return undefined;
  let at = -1;
  if (n === "last") at = joined.text.lastIndexOf(word);
  else for (let k = 0, from = 0; k <= n; k++, from = at + 1) if ((at = joined.text.indexOf(word, from)) < 0) break;
  return at < 0 ? undefined : toSourceRange(joined, at, at + word.length);
}

/** The entry's lines after its headword, as core's proseText reads them (page numbers and running headers left out). */
function definitionText(text: string, document: PlanDocument, entry: GlossaryEntry): JoinedText | undefined {
  const from = entry.headwordRange.end;
  const to = Math.min(entry.range.end, text.length);
  if (!(to > from)) return undefined;
  const joined = joinProse(text, document, [{ start: from, end: to }]);
  return joined.pieces.length ? joined : undefined;
}

/** Width, case, spaces and middle dots do not make two headwords differ. */
function looseKey(s: string): string {
  const k = s.normalize("NFKC").replace(SPACE_OR_MIDDLE_DOT_G, "");
  return JAPANESE_CHAR.test(k) ? k : k.toLowerCase();
}
