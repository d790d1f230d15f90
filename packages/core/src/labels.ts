/**
 * The numbering labels of a plan body and how to read their numbers. Labels are
 * written with half-width or full-width digits and brackets; both are accepted
 * here, and `consistent-width` (in lint) reports the mix.
 */
import { DIGIT as D, isDigitCode, toHalfWidth } from "./characters.js";

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
  return isDigitCode(c) ? digitsValue(s) : kanjiNumberValue(s);
}

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
/** `第１部 総論`, `第一部` (the title may follow on the next line). */
export const DAI_PART_RE = new RegExp(`^第(${D}{1,2}|[一二三四五六七八九十]{1,3})部${SP}*(.*)$`);
/** `第１節 計画の目的`, `第二節` */
export const DAI_SECTION_RE = new RegExp(`^第(${D}{1,2}|[一二三四五六七八九十]{1,3})節${SP}*(.*)$`);
/** `Ⅰ 総論`, `Ⅱ．各論`: upper-case roman numerals as a plan's top level. */
export const ROMAN_CHAPTER_RE = new RegExp(`^([\\u2160-\\u216b])(?:${DOT}|${SP})${SP}*(.*)$`);
/** `第１ 総論` (公用文's top level, without 章). */
export const DAI_RE = new RegExp(`^第(${D}{1,2}|[一二三四五六七八九十]{1,3})${SP}+(.*)$`);
/** `(1) 経営層の意識改革` */
export const ITEM_RE = new RegExp(`^${OPEN}(${D}{1,2})${CLOSE}${SP}*(.*)$`);
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
  // Every line that opens with a label asks: a plan has few distinct labels.
  let family = familyCache.get(label);
  if (family === undefined) {
    if (familyCache.size > 4096) familyCache.clear();
    familyCache.set(label, (family = computeLabelFamily(label)));
  }
  return family;
}

const familyCache = new Map<string, string>();

function computeLabelFamily(label: string): string {
  let s = toHalfWidth(label.trim());
  // Letters first: the N that stands for a number is a letter too.
  s = s.replace(/[A-Z]/g, "A").replace(/[a-z]/g, "a");
  s = s.replace(/[0-9]+/g, "N").replace(/第[一二三四五六七八九十百]+/g, "第N");
  s = s.replace(/[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/g, "①");
  s = s.replace(new RegExp(`[${KATAKANA_ORDER}]`, "g"), "ア");
  // Roman numerals (ⅰ ⅱ ⅲ, Ⅰ Ⅱ Ⅲ) are one family each, like the circled numbers.
  s = s.replace(/[\u2170-\u217b]/g, "ⅰ").replace(/[\u2160-\u216b]/g, "Ⅰ");
  // A label in kanji numerals without 第 (「一　総論」, 「（二）」) is the digits' family.
  s = s.replace(/(^|[(])[一二三四五六七八九十]+(?=$|[).])/g, "$1N");
  return s.replace(/[ \t\u3000]+/g, "");
}

/**
 * What a label says about the line it opens. Headings only: 部, 章, 節, 第N, dotted
 * numbers (1. 1.1. 2.2.1.), a number before a space (１　見出し), (1), and an
 * unnumbered heading in brackets. Either a heading or a statement: (ア), ①, ア,
 * Ａ．, (a), ⅰ, ○ and the bullet ・.
 */
export type LabelRole = "part" | "chapter" | "section" | "dai" | "dotted" | "number" | "paren-number" | "paren-kana" | "enumerator" | "circle" | "bullet" | "bracket";

export interface LineLabel {
  role: LabelRole;
  /** The family (see PlanNode.family). */
  family: string;
  /** Length of the label at the start of the content (spaces after it not included). */
  length: number;
  /** Where the title or statement starts in the content, after the spaces that follow the label. */
  rest: number;
  /** The label's numbers: [2] for 「２」, [2, 3] for 「2.3.」, [3] for 「(ウ)」 or 「③」 or 「Ｃ．」. */
  numbers: number[];
}

const NUM = `(${D}{1,2}|[一二三四五六七八九十]{1,3})`;
const KANA = `[${KATAKANA_ORDER}]`;
const LATIN = "[A-Za-zＡ-Ｚａ-ｚ]";
const ROMAN = "[\\u2160-\\u216b\\u2170-\\u217b]";
const CIRCLED = "[\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf]";
const DAI_UNIT_LABEL = new RegExp(`^第${NUM}([部章節])`);
/** 「第１　総論」: 第N needs a space and a title after it (or nothing: its title on the next line), or 「第１条」 would be a heading. */
const DAI_LABEL = new RegExp(`^第${NUM}(?=${SP}|$)`);
/** 1-1 / 2-1-1 / １－２: numbers joined by hyphens, then a space or the end of the line (「10-12月」 is a span of months). */
const HYPHEN_LABEL = new RegExp(`^${D}{1,2}(?:[-－‐−]${D}{1,2})+(?!${D})(?=${SP}|$)`);
/** 1. / 1.1. / 2.2.1. (the final dot of a number with more than one part may be missing) / １．. */
const DOTTED_LABEL = new RegExp(`^${D}{1,2}(?:(?:${DOT}${D}{1,2})+${DOT}?|${DOT})(?!${D})`);
const NUMBER_LABEL = new RegExp(`^${NUM}(?=${SP})`);
const PAREN_LABEL = new RegExp(`^${OPEN}(${D}{1,2}|[一二三四五六七八九十]{1,3}|${KANA}|${LATIN}|${ROMAN})${CLOSE}`);
const CIRCLED_LABEL = new RegExp(`^${CIRCLED}`);
/** 「ア　見出し」, 「ア．見出し」: a katakana alone is a label only before a space or a dot. */
const KANA_LABEL = new RegExp(`^${KANA}(?:${DOT}|(?=${SP}))`);
/** 「Ａ．見出し」, 「a. 見出し」: a letter and a dot, not the start of an abbreviation (「U.S.」). */
const LATIN_LABEL = new RegExp(`^${LATIN}${DOT}(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９.．])`);
const ROMAN_LABEL = new RegExp(`^${ROMAN}(?:${DOT}|(?=${SP}))`);
/**
 * A heading with no number, alone on its line in brackets: 「（基本的な考え方）」,
 * 「【施策の方向性】」. A placeholder or a note in brackets (【時点更新予定】,
 * （注）, （再掲）, （単位：億円）) is not one.
 */
const BRACKET_HEADING = /^(?:（[^（）()「」。]{2,30}）|\([^（）()「」。]{2,30}\)|【[^【】「」。]{2,30}】|〔[^〔〕「」。]{2,30}〕|［[^［］「」。]{2,30}］|＜[^＜＞「」。]{2,30}＞|〈[^〈〉「」。]{2,30}〉|≪[^≪≫「」。]{2,30}≫|《[^《》「」。]{2,30}》)$/;
const NOT_A_BRACKET_HEADING = /[：:、，,]|予定|更新|調整|検討中|記述|記載|未定|TBD|案$|^[（(【〔［]注|再掲|続き|単位|出典|資料|別紙|別添|参考[0-9０-９]/;
/** What follows a label directly (no space) when the label is a reference or a word of a sentence: 「第１章で述べた」, 「（１）の取組」. */
const PARTICLE_AFTER = /^[でにのをはがともへやか、，,。．.）)」]/;

function latinValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xff20;
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xff40;
  if (c >= 0x41 && c <= 0x5a) return c - 0x40;
  return c - 0x60;
}

/** ① = 1 … ⑳ = 20, ㉑ = 21 … ㊿ = 50. */
export function circledValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0x2460 && c <= 0x2473) return c - 0x245f;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  return 0;
}

/** The circled number for 1–50, or undefined. */
export function circledLabel(value: number): string | undefined {
  if (value >= 1 && value <= 20) return String.fromCharCode(0x245f + value);
  if (value >= 21 && value <= 35) return String.fromCharCode(0x3251 + value - 21);
  if (value >= 36 && value <= 50) return String.fromCharCode(0x32b1 + value - 36);
  return undefined;
}

function romanValue(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= 0x2170 ? c - 0x216f : c - 0x215f;
}

/** The value of one label character inside brackets: a number, a katakana, a letter or a roman numeral. */
function parenValue(inner: string): number {
  const c = inner.charCodeAt(0);
  if (isDigitCode(c) || /^[一二三四五六七八九十]/.test(inner)) return numberValue(inner);
  if (KATAKANA_ORDER.includes(inner)) return katakanaValue(inner);
  if ((c >= 0x2160 && c <= 0x217b)) return romanValue(inner);
  return latinValue(inner);
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/**
 * Reads the label a line of content opens with, if any. Says nothing about whether
 * the line is a heading: a label followed directly by a particle (「第１章で述べた」,
 * 「（１）の取組」, 「①の考え方」) is a reference, and gives undefined.
 */
export function readLabel(content: string): LineLabel | undefined {
  const first = content.charCodeAt(0);
  let role: LabelRole | undefined;
  let length = 0;
  let numbers: number[] = [];
  let m: RegExpExecArray | null;
  if (first === 0x7b2c /* 第 */) {
    if ((m = DAI_UNIT_LABEL.exec(content))) {
      role = m[2] === "部" ? "part" : m[2] === "章" ? "chapter" : "section";
      numbers = [numberValue(m[1]!)];
    } else if ((m = DAI_LABEL.exec(content))) {
      role = "dai";
      numbers = [numberValue(m[1]!)];
    }
  } else if (isDigitCode(first)) {
    // 「1.1 見出し」 may drop the final dot, but then a space follows: 「1.5倍」 is a number.
    if ((m = DOTTED_LABEL.exec(content)) && (/[.．]$/.test(m[0]) || m[0].length === content.length || isSpaceCode(content.charCodeAt(m[0].length)))) {
      role = "dotted";
      numbers = (m[0].match(/[0-9０-９]+/g) ?? []).map(digitsValue);
    } else if ((m = HYPHEN_LABEL.exec(content))) {
      // Numbered like dotted labels, one level per number: 1-1 under 1, 2-1-1 under 2-1.
      role = "dotted";
      numbers = (m[0].match(/[0-9０-９]+/g) ?? []).map(digitsValue);
    } else if ((m = NUMBER_LABEL.exec(content))) {
      role = "number";
      numbers = [numberValue(m[1]!)];
    }
  } else if (first >= 0x4e00 && first <= 0x9fff) {
    if ((m = NUMBER_LABEL.exec(content))) {
      role = "number";
      numbers = [numberValue(m[1]!)];
    }
  } else if (first === 0x28 || first === 0xff08 || first === 0x3010 || first === 0x3014 || first === 0xff3b || first === 0xff1c || first === 0x3008 || first === 0x226a || first === 0x300a) {
    if ((m = PAREN_LABEL.exec(content))) {
      const inner = m[1]!;
      const value = parenValue(inner);
      role = KATAKANA_ORDER.includes(inner) ? "paren-kana" : /^[0-9０-９一二三四五六七八九十]/.test(inner) ? "paren-number" : "enumerator";
      numbers = [value];
    } else if (BRACKET_HEADING.test(content) && !NOT_A_BRACKET_HEADING.test(content)) {
      return { role: "bracket", family: "", length: 0, rest: 0, numbers: [] };
    }
  } else if ((m = CIRCLED_LABEL.exec(content))) {
    role = "enumerator";
    numbers = [circledValue(m[0])];
  } else if ((m = KANA_LABEL.exec(content) ?? LATIN_LABEL.exec(content))) {
    role = "enumerator";
    numbers = [KATAKANA_ORDER.includes(m[0].charAt(0)) ? katakanaValue(m[0].charAt(0)) : latinValue(m[0])];
  } else if ((m = ROMAN_LABEL.exec(content))) {
    role = "enumerator";
    numbers = [romanValue(m[0])];
  } else if (first === 0x25cb || first === 0x25ef /* ○ ◯ */) {
    m = /^./.exec(content);
    role = "circle";
  } else if (first === 0x30fb || first === 0xff65 || first === 0x2022) {
    m = /^./.exec(content);
    role = "bullet";
  }
  if (!role || !m) return undefined;
  length = m[0].length;
  let rest = length;
  while (rest < content.length && isSpaceCode(content.charCodeAt(rest))) rest++;
  // A label run straight into a particle is a word of a sentence; bullets and ○ have no number to refer to.
  if (rest === length && role !== "bullet" && role !== "circle" && PARTICLE_AFTER.test(content.slice(rest)) && !PREFACE_RE.test(content.slice(rest))) return undefined;
  const label = content.slice(0, length);
  let family = role === "circle" ? "○" : role === "bullet" ? "・" : labelFamily(label);
  if (role === "dotted" && numbers.length > 1 && !family.endsWith(".")) family += ".";
  return { role, family, length, rest, numbers };
}
