/** What a glossary line looks like: headings, table headers, page numbers, index marks, and where a headword ends. */
import { isLatinWordStart } from "./lines.js";

export const SECTION_HEADING = /用語|語句|略語|glossary|terms|definitions/i;
export const TABLE_HEADER = /^(?:用語|語句|項目|略語|名称|見出し語?|用語名)(?:の?(?:解説|説明|意味|定義|内容))?$/;
export const PAGE_NUMBER = /^(?:[-－—–‐]\s*[0-9０-９]{1,4}\s*[-－—–‐]|[(（][0-9０-９]{1,4}[)）]|[0-9０-９]{1,4}\s*\/\s*[0-9０-９]{1,4})$/;
export const DIGITS_ONLY = /^[0-9０-９]{1,4}$/;
export const INDEX_MARK = /^([A-Z]|[\u3041-\u3096]|[\u30A1-\u30FA])[ \t\u3000]+(?=\S)/;
export const MD_HEADING = /^(#{1,6})[ \t]+(?=\S)/;
export const MD_LIST = /^([-*+]|\d{1,3}[.)])[ \t]+(?=\S)/;
export const INDEX_HEADING = /^(?:[A-Za-z]|[\u3041-\u3096\u30A1-\u30FA](?:行)?|[A-Za-z]\s*[-–〜~]\s*[A-Za-z]|その他|記号|数字|英数字?|アルファベット)$/;
export const SENTENCE_END = /[。．.！？!?）)」』]$/;
// Regexps used per line or per entry, made once: a literal in a function is a new
// object at every call.
export const SPACE_RUN_G = /[\s\u3000]+/g;
export const WHITESPACE_RUN_G = /\s+/g;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
export const TOHA = /^とは[、，]?/;
export const INLINE_READING = /[ \t\u3000]*[（(]([\u3041-\u309F\u30A0-\u30FF]+)[）)]$/;
export const ENDS_WITH_FULL_STOP = /[。．]$/;
export const SEE_ALSO_LEAD_IN = /^(?:詳細|詳しく|具体的に|なお)(?:は|については)?[、，]?/;
export const CONNECTIVE_END = /(?:、|，|,|・|及び|並びに|又は|または|と|や)$/;

/** End of an ATX heading's title: before a closing `##` run that follows a space. */
export function headingTitleEnd(c: string): number {
  let e = c.length;
  while (e > 0 && c.charCodeAt(e - 1) === 0x23) e--;
  if (e === c.length) return e;
  const before = c.charCodeAt(e - 1);
  return before === 0x20 || before === 0x09 ? e - 1 : c.length;
}

export function compact(s: string): string {
  return s.replace(SPACE_RUN_G, "");
}

export function isTableSeparator(c: string): boolean {
  return c.includes("-") && c.includes("|") && /^[|:\-\s]+$/.test(c);
}

/** Hiragana without voicing marks, for comparing an index kana with a headword's first kana. */
function foldKana(ch: string): string {
  let c = ch.normalize("NFD").charAt(0).charCodeAt(0);
  if (c >= 0x30a1 && c <= 0x30f6) c -= 0x60;
  const small = "ぁぃぅぇぉっゃゅょゎゕゖ";
  const large = "あいうえおつやゆよわかけ";
  const s = String.fromCharCode(c);
  const k = small.indexOf(s);
  return k >= 0 ? large[k]! : s;
}

function isKana(c: number): boolean {
  return (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Whether `index` can head a row whose headword starts with `first` (for lines without a leading space). */
export function plausibleIndex(index: string, first: string): boolean {
  const ic = index.charCodeAt(0);
  const fc = first.charCodeAt(0);
  if (isAsciiLetter(ic)) {
    if (isAsciiLetter(fc)) return first.charAt(0).toUpperCase() === index;
    return fc >= 0x30 && fc <= 0x39;
  }
  if (isKana(fc)) return foldKana(first) === foldKana(index);
  // A kana index over a kanji headword (き 機密性) cannot be checked without readings.
  return (fc >= 0x3400 && fc <= 0x9fff) || (fc >= 0xf900 && fc <= 0xfaff);
}

export interface Split {
  headEnd: number;
  defStart: number;
}

/** A run of characters that are not spaces (isSpaceCode) nor line breaks. */
const TOKEN = /[^ \t\u3000\u00a0\v\f\ufeff\n\r]+/g;

/**
 * Where the headword ends on a row `from..to`: at the first space, except that a
 * Latin headword containing spaces shows itself when the definition restates it
 * (「SECCON CTF2017 SECCON CTF：…」).
 */
export function splitHeadword(text: string, from: number, to: number): Split | null {
  const tokens: [number, number][] = [];
  // Tokens are found by a regexp rather than a loop over each character: a row's
  // definition often runs to the end of the line without a space.
  TOKEN.lastIndex = from;
  while (tokens.length < 5) {
    const m = TOKEN.exec(text);
    if (!m || m.index >= to) break;
    tokens.push([m.index, Math.min(m.index + m[0].length, to)]);
  }
  if (tokens.length < 2) return null;
  const [a0, b0] = tokens[0]!;
  const t0 = text.slice(a0, b0);
  if (PRINTABLE_ASCII.test(t0)) {
    for (let k = 2; k < tokens.length && k <= 3; k++) {
      const [a1, b1] = tokens[k - 1]!;
      if (!PRINTABLE_ASCII.test(text.slice(a1, b1))) break;
      const [ak, bk] = tokens[k]!;
      const tk = text.slice(ak, bk);
      if (tk === t0 || (tk.startsWith(t0) && !isLatinWordStart(tk.charCodeAt(t0.length)))) {
        return { headEnd: b1, defStart: ak };
      }
    }
  }
  return { headEnd: b0, defStart: tokens[1]![0] };
}
