/**
 * What an acronym and its surroundings look like: brackets, company names,
 * numbers, URLs, width folding, glossary headwords one edit apart. Shared by the
 * rule, its definition reader and its segments.
 */
import { isDigitCode, JAPANESE_CHAR, toHalfWidth, type Glossary, type GlossaryEntry, type TextRange } from "@planlint/core";
import { withinOneEdit } from "../text-similarity.js";

/** Full-width ASCII forms, folded by subtracting 0xFEE0 (same length: offsets stay valid). */
export const SINGLE_TOKEN = /^[A-Za-z0-9]+(?:[-/&][A-Za-z0-9]+)*$/;
export const HAS_LETTER = /[A-Za-z]/;
/** Dotted names (www.nisc.go.jp) need no span: their tokens touch a dot and are skipped one by one. */
const URL_OR_MAIL = /(?:https?|ftp):\/\/[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** 「KPMGコンサルティング株式会社」, 「株式会社NTTドコモ」: a company's name is not spelled out. */
const COMPANY_AFTER = /^[\u30a0-\u30ff\u3400-\u9fff]{0,12}?(?:株式会社|有限会社|合同会社|[（(]株[）)])/;
const COMPANY_BEFORE = /(?:株式会社|有限会社|合同会社|[（(]株[）)])$/;
export const MAX_PAREN = 200;
export const FOOTNOTE_MARK = /^※[ 　]*([0-9]{1,3})/;
export const SPACES = /\s+/;
export const HYPHEN_OR_AMPERSAND = /[-&]/;
const LETTER_OR_DIGIT = /[A-Za-z0-9]/;
const ENDS_WITH_SEE = /参照[。．.]?\s*$/;
const ABBREVIATION = /の略/;
const NOT_LETTER_OR_DIGIT_G = /[^a-z0-9]/g;
/** The token as the text writes it (ＩＳＡＣ, not ISAC), unless a line break runs through it. */
export function asWritten(text: string, range: TextRange, folded: string): string {
  const s = text.slice(range.start, range.end);
  return s.length === folded.length ? s : folded;
}

export function isOpen(c: number): boolean {
  return c === 0x28 || c === 0xff08;
}

export function isClose(c: number): boolean {
  return c === 0x29 || c === 0xff09;
}

export function isColon(c: number): boolean {
  return c === 0x3a || c === 0xff1a;
}

/** The bracket opening the one that closes at `close`, within the same segment; -1 if none. */
export function matchingOpen(s: string, close: number): number {
  let depth = 0;
  const stop = Math.max(-1, close - MAX_PAREN);
  for (let i = close; i > stop; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x0a) return -1;
    if (isClose(c)) depth++;
    else if (isOpen(c) && --depth === 0) return i;
  }
  return -1;
}

/** The bracket closing the one at `open`; either width closes either (「（LGWAN-SOC)」 occurs). */
export function matchingClose(s: string, open: number): number {
  let depth = 0;
  const stop = Math.min(s.length, open + MAX_PAREN);
  for (let i = open; i < stop; i++) {
    const c = s.charCodeAt(i);
    // Segments are joined with line breaks: a parenthesis never spans two.
    if (c === 0x0a) return -1;
    if (isOpen(c)) depth++;
    else if (isClose(c) && --depth === 0) return i;
  }
  return -1;
}

/**
 * Uppercase-led with at least two capitals and no more lower-case letters than
 * capitals: CSIRT, IoT, DoS, M2M, J-CRAT — but not WannaCry, AppGoat, Wi-Fi or Ver.
 */
export function acronymLike(unit: string): boolean {
  for (const part of unit.split(HYPHEN_OR_AMPERSAND)) {
    const c = part.charCodeAt(0);
    if (!(c >= 0x41 && c <= 0x5a)) continue;
    let upper = 0;
    let lower = 0;
    for (let i = 0; i < part.length; i++) {
      const k = part.charCodeAt(i);
      if (k >= 0x41 && k <= 0x5a) upper++;
      else if (k >= 0x61 && k <= 0x7a) lower++;
    }
    if (upper >= 2 && lower <= upper) return true;
  }
  return false;
}

export function partOfCompanyName(s: string, start: number, end: number): boolean {
  return COMPANY_AFTER.test(s.slice(end, end + 20)) || COMPANY_BEFORE.test(s.slice(Math.max(0, start - 6), start));
}

/** 「100 GB」, 「3D」: a unit or a size after a number, not an acronym. */
export function followsNumber(s: string, start: number): boolean {
  let p = start - 1;
  if (s[p] === " ") p--;
  const c = s.charCodeAt(p);
  return isDigitCode(c);
}

/** nisc.go.jp, Node.js: a token glued to a dot and more Latin is a name, not an acronym. */
export function partOfDottedName(s: string, start: number, end: number): boolean {
  const before = s[start - 1];
  const after = s[end];
  if ((before === "." || before === "@" || before === "_") && LETTER_OR_DIGIT.test(s[start - 2] ?? "")) return true;
  return (after === "." || after === "@" || after === "_") && HAS_LETTER.test(s[end + 1] ?? "");
}

export function urlSpans(s: string): [number, number][] {
  const out: [number, number][] = [];
  URL_OR_MAIL.lastIndex = 0;
  for (let m = URL_OR_MAIL.exec(s); m; m = URL_OR_MAIL.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** An entry whose definition only points to another (「BCPを参照。」). */
export function isRedirect(e: GlossaryEntry): boolean {
  return e.seeAlso.length > 0 && e.definition.length <= 120 && ENDS_WITH_SEE.test(e.definition) && !ABBREVIATION.test(e.definition);
}

/** Half-width letters, digits and ASCII symbols for full-width ones; same length, so offsets stay valid. */
/** Case, width, spacing, hyphens and punctuation do not make two expansions differ. */
export function looseKey(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(NOT_LETTER_OR_DIGIT_G, "");
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/**
 * Latin headwords one edit (or one swap of neighbours) away from an unknown
 * acronym: 「NSIC」 → NISC. Fuse.js scores a swap as two errors and costs
 * milliseconds a query, so this compares the few Latin headwords directly.
 */
export class NearHeadwords {
  private readonly keys: { key: string; headword: string }[] = [];

  constructor(glossary: Glossary) {
    const seen = new Set<string>();
    for (const e of glossary.entries) {
      if (JAPANESE_CHAR.test(e.headword) && !e.aliases) continue;
      for (const term of [e.headword, ...e.headword.split("/"), ...(e.aliases ?? [])]) {
        const t = toHalfWidth(term).trim();
        if (t.length < 3 || !SINGLE_TOKEN.test(t)) continue;
        const key = t.toUpperCase();
        if (seen.has(key)) continue;
        seen.add(key);
        this.keys.push({ key, headword: t });
      }
    }
  }

  near(acronym: string): string[] {
    const a = acronym.toUpperCase();
    if (a.length < 3) return [];
    return this.keys.filter((k) => Math.abs(k.key.length - a.length) <= 1 && withinOneEdit(a, k.key)).map((k) => k.headword).slice(0, 3);
  }
}
