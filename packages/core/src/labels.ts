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

const D = "[0-9０-９]";
const DOT = "[.．]";
const OPEN = "[(（]";
const CLOSE = "[)）]";
const SP = "[ \\t\\u3000]";

/** `1.1. 安全なIoTシステムの創出` (the final dot is sometimes missing). */
export const SECTION_RE = new RegExp(`^(${D}{1,2})${DOT}(${D}{1,2})${DOT}?(?!${D})${SP}*(.*)$`);
/** `1. 経済社会の活力の向上及び持続的発展` */
export const CHAPTER_RE = new RegExp(`^(${D}{1,2})${DOT}(?!${D})${SP}*(.*)$`);
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
