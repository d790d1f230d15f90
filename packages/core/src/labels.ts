/**
 * The numbering labels of a plan body and how to read their numbers. Labels are
 * written with half-width or full-width digits and brackets; both are accepted
 * here, and `consistent-width` (in lint) reports the mix.
 */

/** アイウエオ order: (ア) is measure 1, (イ) is 2, … */
export const KATAKANA_ORDER = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

/** Half-width value of a string of half- or full-width digits. */
export function digitsValue(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return n;
}

export function katakanaValue(kana: string): number {
  const i = KATAKANA_ORDER.indexOf(kana);
  return i < 0 ? 0 : i + 1;
}

export function katakanaLabel(value: number): string {
  return KATAKANA_ORDER[value - 1] ?? "?";
}

const KANJI_UNITS = "一二三四五六七八九";

/** 一 … 九十九 (十, 二十, 二十一, …) as a number; 0 when it is not one. */
export function kanjiNumberValue(s: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === "" || (m[1] && !m[2] && m[3])) return 0;
  const unit = (c: string | undefined): number => (c ? KANJI_UNITS.indexOf(c) + 1 : 0);
  return m[2] ? (m[1] ? unit(m[1]) : 1) * 10 + unit(m[3]) : unit(m[1]);
}

/** A number 1–99 in kanji numerals (十二, 二十). */
export function kanjiNumberLabel(value: number): string {
  if (value < 1 || value > 99) return String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return (tens > 1 ? KANJI_UNITS[tens - 1] : "") + (tens > 0 ? "十" : "") + (ones > 0 ? KANJI_UNITS[ones - 1] : "");
}

/** A number written in digits (half- or full-width) or in kanji numerals. */
export function numberValue(s: string): number {
  const c = s.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) ? digitsValue(s) : kanjiNumberValue(s);
}

const D = "[0-9０-９]";
const DOT = "[.．]";
const OPEN = "[(（]";
const CLOSE = "[)）]";
const SP = "[ \\t\\u3000]";

/** `1.1. 安全なIoTシステムの創出` (the final dot is sometimes missing). */
export const SECTION_RE = new RegExp(`^(${D}{1,2})${DOT}(${D}{1,2})${DOT}?(?!${D})${SP}*(.*)$`);
/** `1. 経済社会の活力の向上及び持続的発展` */
export const CHAPTER_RE = new RegExp(`^(${D}{1,2})${DOT}(?!${D})${SP}*(.*)$`);
/** `第１章 総論`, `第二章　施策` (the title may follow on the next line). */
export const DAI_CHAPTER_RE = new RegExp(`^第(${D}{1,2}|[一二三四五六七八九十]{1,3})章${SP}*(.*)$`);
/** `第１節 計画の目的`, `第二節` */
export const DAI_SECTION_RE = new RegExp(`^第(${D}{1,2}|[一二三四五六七八九十]{1,3})節${SP}*(.*)$`);
/** `第１ 総論` (公用文's top level, without 章). */
export const DAI_RE = new RegExp(`^第(${D}{1,2}|[一二三四五六七八九十]{1,3})${SP}+(.*)$`);
/** `１ 計画の目的`: a number and a space before the title (the level between 第１節 and (1)). */
export const NUMBER_HEADING_RE = new RegExp(`^(${D}{1,2})${SP}+(.*)$`);
/** `ア 道路交通事故の現状`, `イ 国土交通省において、…する。`: a katakana and a space (the level above (ア)). */
export const KANA_LABEL_RE = new RegExp(`^([${KATAKANA_ORDER}])${SP}+(.*)$`);
/** `(1) 経営層の意識改革` */
export const ITEM_RE = new RegExp(`^${OPEN}(${D}{1,2})${CLOSE}${SP}*(.*)$`);
/** `(ア)内閣官房において、…` — a space after the label happens too. */
export const MEASURE_RE = new RegExp(`^${OPEN}([${KATAKANA_ORDER}])${CLOSE}${SP}*(.*)$`);
/** `・ 内閣官房において、…` */
export const BULLET_RE = new RegExp(`^[・･•]${SP}*(.*)$`);
/** Unnumbered headings that open a plan body. */
export const PREFACE_RE = /^(はじめに|序文|まえがき|前文|序論)$/;
/** `- 5 -`, `－５－`, `- 7／7 -` */
export const PAGE_NUMBER_RE = new RegExp(`^[-－−‐―–]${SP}*${D}{1,4}(?:${SP}*[／/]${SP}*${D}{1,4})?${SP}*[-－−‐―–]$`);

/** A heading's title is short and is not a sentence. */
export function looksLikeHeadingTitle(title: string): boolean {
  return title.length > 0 && title.length <= 60 && !/[。．]$/.test(title) && !title.startsWith("、");
}

/**
 * A label's family (see PlanNode.family): width folded, every run of digits or
 * kanji numerals written N, every katakana ア, circled numbers ①, Latin letters A or a.
 * 「（１）」 → "(N)", 「2.3.」 → "N.N.", 「第三章」 → "第N章", 「(ウ)」 → "(ア)".
 */
export function labelFamily(label: string): string {
  let s = label.trim().replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // Letters first: the N that stands for a number is a capital letter too.
  s = s.replace(/[A-Z]/g, "A").replace(/[a-z]/g, "a");
  s = s.replace(/[0-9]+/g, "N").replace(/第[一二三四五六七八九十百]+/g, "第N");
  s = s.replace(/[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/g, "①");
  s = s.replace(new RegExp(`[${KATAKANA_ORDER}]`, "g"), "ア");
  return s.replace(/[ \t\u3000]+/g, "");
}
