/**
 * The character classes planlint reads Japanese text with, written once for core,
 * lint and the language server. Tests are by UTF-16 code unit: no class here
 * holds a surrogate, so a character outside the BMP is never any of them.
 */

/** Kana (with ー and half-width katakana) and CJK ideographs: a text written in Japanese. */
export const JAPANESE_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/;

/** An ASCII or full-width digit as a regexp class: `${DIGIT}{1,2}`. */
export const DIGIT = "[0-9０-９]";

/** Kanji (the unified block) and 々, as the body of a regexp class. */
export const KANJI_RANGE = "\\u4e00-\\u9fff\\u3005";

/** ASCII and full-width letters and digits, as the body of a regexp class. */
export const ALNUM_RANGE = "0-9A-Za-z\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a";

/** An ASCII or full-width Latin letter. */
export const LATIN_LETTER = /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/;

/** 0–9 or ０–９. */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Hiragana ぁ–ゖ. */
export function isHiraganaCode(c: number): boolean {
  return c >= 0x3041 && c <= 0x3096;
}

/** A kanji of the unified block (一–鿿) or 々. */
export function isKanjiCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005;
}

const FULLWIDTH_ASCII = /[\uff01-\uff5e]/;
const FULLWIDTH_ASCII_G = /[\uff01-\uff5e]/g;
const ASCII_G = /[\x21-\x7e]/g;

/** Full-width ASCII forms (！–～) to ASCII, one code unit for one: offsets stay valid. */
export function toHalfWidth(s: string): string {
  return FULLWIDTH_ASCII.test(s) ? s.replace(FULLWIDTH_ASCII_G, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s;
}

/** Printable ASCII to its full-width form (the reverse of toHalfWidth; the space stays). */
export function toFullWidth(s: string): string {
  return s.replace(ASCII_G, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
