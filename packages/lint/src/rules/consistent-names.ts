/**
 * consistent-names: one proper name or fixed term written two ways in the same
 * document — with and without a 中黒 (「デジタル・ガバメント」/「デジタルガバメント」,
 * 「日・米」/「日米」), with and without a space before its number (「SECCON CTF
 * 2017」/「SECCON CTF2017」, 「Society 5.0」/「Society5.0」), or with its numeral
 * in kanji in one place and in figures in another (「第五期科学技術基本計画」/
 * 「第５期科学技術基本計画」).
 *
 * Only what the document itself writes two ways is reported, with the form it
 * writes more often as the fix; when both are written equally often the drafter
 * decides and nothing is reported. What is compared is chosen so that the two
 * forms can only be one name:
 * - a space only between Latin letters and figures (「CTF 2017」): between
 *   Japanese and figures a PDF extraction inserts and drops spaces by itself
 *   (Word's 和欧間 spacing), so such a space is not the drafter's writing;
 * - a 中黒 only between whole katakana words (each side a complete katakana run)
 *   or between single kanji that stand for names (「日・米・豪」, 「産・学・官」), or
 *   between such a kanji and a Latin acronym (「日・ASEAN」);
 * - numerals only with the counters of named editions and terms (第N次, 第N期,
 *   第N回, 第N版, 第N世代) followed by the same name — references (第N章, 第N条)
 *   are valid-cross-reference's, and width (６/6) is consistent-width's.
 * A form broken by a line wrap is left out on both sides: the join cannot tell a
 * wrapped space from none.
 */
import { defineRule } from "../rule.js";
import { minimalFix, proseText, sourceRange, withinOnePiece } from "../terms/prose-text.js";

interface Occurrence {
  start: number;
  end: number;
  surface: string;
}

interface Family {
  /** Occurrences by the way they are written (e.g. "spaced" / "joined"). */
  byForm: Map<string, Occurrence[]>;
}

const KATAKANA = "\u30a1-\u30f6\u30fc";
// Code-unit ranges rather than \p{Script=Han}: the u flag's script classes scan several times slower.
const HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005";

/** Latin letters, then an optional space, then a number: 「CTF 2017」, 「Society5.0」, 「ver 1.0」. */
// (The lookbehind follows the first letter: in front, it was tried at every position of the text.)
const LATIN_NUMBER = /([A-Za-z\uff21-\uff3a\uff41-\uff5a](?<![A-Za-z\uff21-\uff3a\uff41-\uff5a0-9\uff10-\uff19][\s\S])[A-Za-z\uff21-\uff3a\uff41-\uff5a-]*)([ \u3000]?)([0-9\uff10-\uff19]+(?:[.\uff0e][0-9\uff10-\uff19]+)*)(?![0-9\uff10-\uff19A-Za-z\uff21-\uff3a\uff41-\uff5a])/g;
/** Katakana words joined by 中黒: 「デジタル・ガバメント」, 「セキュリティ・バイ・デザイン」. */
// The dotted patterns are sticky: tried only where a 中黒 puts a match (see matchesAt).
const KATAKANA_DOTTED = new RegExp(`(?<![${KATAKANA}])[\u30a1-\u30f6][${KATAKANA}]+(?:[・･][\u30a1-\u30f6][${KATAKANA}]+)+(?![${KATAKANA}・･])`, "y");
/** The KATAKANA class: a run of it is one katakana word. */
function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30f6) || c === 0x30fc;
}
/** One kanji and a Latin acronym joined by 中黒: 「日・ASEAN」, 「日・EU」. */
// Any character may stand before: 「第２回日・ASEAN対話」 (the dot already splits the name off).
const KANJI_ACRONYM_DOTTED = new RegExp(`(?<!・)[${HAN}]・[A-Z]{2,}(?![A-Za-z・])`, "y");
const HAN_CHAR = new RegExp(`[${HAN}]`);
/** Single kanji joined by 中黒, standing alone: 「日・米・豪」, 「官・民」. */
const KANJI_DOTTED = new RegExp(`(?<![${HAN}・])[${HAN}](?:・[${HAN}])+(?![${HAN}・])`, "y");
/** 第N次/期/回/版/世代 and the name that follows it. */
const ORDINAL_NAME = new RegExp(`第([一二三四五六七八九十百〇]+|[0-9\uff10-\uff19]+)(次|期|回|版|世代)([${HAN}${KATAKANA}]{2,})`, "y");

/** Where `char` stands in `text`, in order. */
function positionsOf(text: string, char: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) out.push(at);
  return out;
}

/**
 * The matches of a sticky regexp in `text`, in order and not overlapping, as a global
 * one finds them, for a regexp that can match only at `starts` (ascending): it is
 * tried there alone, not at every character of the plan.
 */
function matchesAt(text: string, re: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

const KANJI_DIGIT: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a numeral in figures (either width) or in kanji (「二十三」, 「百五」); NaN when unreadable. */
export function numeralValue(s: string): number {
  if (/^[0-9\uff10-\uff19]+$/.test(s)) return Number(toHalfWidth(s));
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === "十" || ch === "百") {
      const unit = ch === "十" ? 10 : 100;
      total += (current === 0 ? 1 : current) * unit;
      current = 0;
    } else if (ch in KANJI_DIGIT) {
      current = current * 10 + KANJI_DIGIT[ch]!;
    } else {
      return Number.NaN;
    }
  }
  return total + current;
}

function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

export const consistentNames = defineRule({
  id: "consistent-names",
  meta: {
    description: "Finds a name or fixed term the document writes two ways — with and without a 中黒 (デジタル・ガバメント/デジタルガバメント, 日・米/日米) or a space before its number (CTF 2017/CTF2017), or with its numeral in kanji and in figures (第五期/第５期) — and proposes the form it writes more often.",
    recommended: "warn",
    fixable: true,
    hasSuggestions: false,
    messages: {
      twoWays: "「{{found}}」: この文書は同じ名前を「{{preferred}}」と書いています（{{preferredCount}}箇所、この書き方は{{foundCount}}箇所）。「{{preferred}}」にそろえます。",
    },
    docs: "docs/rules/consistent-names.md",
  },
  create(context) {
    const joined = proseText(context);
    const text = joined.text;
    const families = new Map<string, Family>();
    const add = (key: string, form: string, start: number, end: number): void => {
      // A wrap inside the name: the join cannot tell whether a space was there.
      if (!withinOnePiece(joined, start, end)) return;
      let family = families.get(key);
      if (!family) families.set(key, (family = { byForm: new Map() }));
      const list = family.byForm.get(form);
      const occurrence = { start, end, surface: text.slice(start, end) };
      if (list) list.push(occurrence);
      else family.byForm.set(form, [occurrence]);
    };

    LATIN_NUMBER.lastIndex = 0;
    for (let m = LATIN_NUMBER.exec(text); m !== null; m = LATIN_NUMBER.exec(text)) {
      const key = `latin:${toHalfWidth(m[1]!)}${toHalfWidth(m[3]!)}`;
      add(key, m[2] ? "spaced" : "joined", m.index, m.index + m[0].length);
    }

    // Dotted names first; then every katakana run that is one of them without its dots.
    const dottedKatakana = new Set<string>();
    // Where the dotted names can start. Every match of the three dotted patterns holds a 中黒:
    // a single kanji stands right before the first (日・米), a whole katakana word before it
    // (デジタル・ガバメント; the word's start, found by walking back, is where the match starts).
    const dots = positionsOf(text, "・");
    const kanjiStarts = dots.filter((i) => i > 0).map((i) => i - 1);
    const katakanaStarts: number[] = [];
    for (const i of text.includes("･") ? [...dots, ...positionsOf(text, "･")].sort((a, b) => a - b) : dots) {
      let start = i;
      while (start > 0 && isKatakana(text.charCodeAt(start - 1))) start--;
      if (start < i) katakanaStarts.push(start);
    }
    for (const m of matchesAt(text, KATAKANA_DOTTED, katakanaStarts)) {
      const bare = m[0].replace(/[・･]/g, "");
      dottedKatakana.add(bare);
      add(`kana:${bare}`, "dotted", m.index, m.index + m[0].length);
    }
    // A joined form is a whole katakana run (the characters on both sides are no katakana):
    // looked for by its own spelling, not by reading every katakana run of the plan.
    const joinedKatakana: { start: number; bare: string }[] = [];
    for (const bare of dottedKatakana) {
      for (let at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + bare.length)) {
        if (!isKatakana(text.charCodeAt(at - 1)) && !isKatakana(text.charCodeAt(at + bare.length))) joinedKatakana.push({ start: at, bare });
      }
    }
    // In text order, as a scan of the runs adds them.
    joinedKatakana.sort((a, b) => a.start - b.start);
    for (const { start, bare } of joinedKatakana) add(`kana:${bare}`, "joined", start, start + bare.length);

    const dottedKanji = new Set<string>();
    for (const m of matchesAt(text, KANJI_DOTTED, kanjiStarts)) {
      const bare = m[0].replace(/・/g, "");
      dottedKanji.add(bare);
      add(`kanji:${bare}`, "dotted", m.index, m.index + m[0].length);
    }
    for (const bare of dottedKanji) {
      // The same kanji run together, not as the tail of a longer word (「前日米国」 is 前日 + 米国).
      for (let at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + 1)) {
        if (at > 0 && HAN_CHAR.test(text[at - 1]!)) continue;
        add(`kanji:${bare}`, "joined", at, at + bare.length);
      }
    }

    // One kanji standing for a country with a Latin acronym: 「日・ASEAN」/「日ASEAN」.
    const dottedAcronyms = new Set<string>();
    for (const m of matchesAt(text, KANJI_ACRONYM_DOTTED, kanjiStarts)) {
      const bare = m[0].replace(/・/g, "");
      dottedAcronyms.add(bare);
      add(`kanji:${bare}`, "dotted", m.index, m.index + m[0].length);
    }
    for (const bare of dottedAcronyms) {
      for (let at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + 1)) {
        if ((at > 0 && HAN_CHAR.test(text[at - 1]!)) || /[A-Za-z]/.test(text[at + bare.length] ?? "")) continue;
        add(`kanji:${bare}`, "joined", at, at + bare.length);
      }
    }

    for (const m of matchesAt(text, ORDINAL_NAME, positionsOf(text, "第"))) {
      const value = numeralValue(m[1]!);
      if (Number.isNaN(value)) continue;
      const form = /^[0-9\uff10-\uff19]+$/.test(m[1]!) ? "figures" : "kanji";
      // The finding covers 第N次 and the name; the fix rewrites the numeral only.
      const name = m[3]!.replace(NAME_TAIL, "");
      if (name.length < 2) continue;
      add(`ordinal:${value}:${m[2]}:${nameHead(name)}`, form, m.index, m.index + 1 + m[1]!.length + m[2]!.length + name.length);
    }

    // A dotted name in a list of dotted names (「日・米、日・韓、日・中間の条約」) is written so for
    // the list's sake: one item joined would break the parallel.
    for (const [key, family] of families) {
      if (!key.startsWith("kana:") && !key.startsWith("kanji:")) continue;
      const dotted = family.byForm.get("dotted");
      if (dotted) family.byForm.set("dotted", dotted.filter((o) => !inDottedList(text, o)));
      if (family.byForm.get("dotted")?.length === 0) family.byForm.delete("dotted");
    }

    const findings: { occurrence: Occurrence; preferred: string; preferredCount: number; foundCount: number }[] = [];
    for (const family of families.values()) {
      if (family.byForm.size < 2) continue;
      const forms = [...family.byForm.values()].sort((a, b) => b.length - a.length);
      const majority = forms[0]!;
      // A tie: the document has no form of its own; the drafter decides.
      if (forms[1]!.length === majority.length) continue;
      const preferred = mostCommonSurface(majority);
      for (const minority of forms.slice(1)) {
        for (const occurrence of minority) findings.push({ occurrence, preferred, preferredCount: majority.length, foundCount: minority.length });
      }
    }
    findings.sort((a, b) => a.occurrence.start - b.occurrence.start);
    for (const { occurrence, preferred, preferredCount, foundCount } of findings) {
      const replacement = replacementFor(occurrence.surface, preferred);
      const fix = minimalFix(context.text, joined, occurrence.start, occurrence.end, replacement);
      context.report({
        range: sourceRange(joined, occurrence.start, occurrence.end),
        messageId: "twoWays",
        data: { found: occurrence.surface, preferred: replacement, preferredCount: String(preferredCount), foundCount: String(foundCount) },
        ...(fix ? { fix } : {}),
      });
    }
  },
});

const LIST_AFTER = /^[、，,][ \u3000]?[^、，,。\n]{1,10}[・･]/;
// The dot of the item before stands between two characters: a bullet 「・ 」 that opens
// the paragraph (「・ 内閣官房において、日・ASEAN…」) is no list of dotted names.
const LIST_BEFORE = /[^\s\u3000][・･][^、，,。\n\s\u3000][^、，,。\n]{0,9}[、，,][ \u3000]?$/;

/** Whether a dotted name is one item of a list of dotted names, next to another. */
function inDottedList(text: string, o: Occurrence): boolean {
  return LIST_AFTER.test(text.slice(o.end, o.end + 14)) || LIST_BEFORE.test(text.slice(Math.max(0, o.start - 15), o.start));
}

/** Kanji that join or qualify what follows a name rather than belong to it (「計画及び」, 「計画等」, 「計画中」). */
const NAME_TAIL = /[及並又若等中内外上下間後前]+$/;

const NAME_HEAD = 8;

/**
 * The first characters of the name after 第N期: enough to tell two names apart
 * (「科学技術基本計画」 from 「中期目標」), not so many that the words which run on
 * after it in kanji (「科学技術基本計画推進」) make it another name.
 */
function nameHead(name: string): string {
  return name.slice(0, NAME_HEAD);
}

function mostCommonSurface(list: readonly Occurrence[]): string {
  const counts = new Map<string, number>();
  for (const o of list) counts.set(o.surface, (counts.get(o.surface) ?? 0) + 1);
  let best = list[0]!.surface;
  for (const [surface, n] of counts) if (n > counts.get(best)!) best = surface;
  return best;
}

/**
 * The finding's own text in the preferred form. For 第N期 names only the numeral
 * changes: the name that follows is the same by construction, and the preferred
 * surface may carry another width or a longer tail.
 */
function replacementFor(found: string, preferred: string): string {
  const f = /^第([^次期回版世]+)(次|期|回|版|世代)/.exec(found);
  const p = /^第([^次期回版世]+)(次|期|回|版|世代)/.exec(preferred);
  if (f && p) return `第${p[1]}${found.slice(1 + f[1]!.length)}`;
  return preferred;
}
