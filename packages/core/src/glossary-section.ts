/**
 * Reads the entries of a plan's glossary section (参考 用語解説).
 *
 * Three layouts are understood:
 *
 * - PDF-extracted two-column tables (the plans as published): a row starts with a
 *   space or with an index letter/kana and a space (`A AIST …`, ` APCERT …`,
 *   ` く クラウドサービス …`); lines that start with a non-space character continue
 *   the row. A headword too long for its column wraps over several short lines
 *   before the definition starts.
 * - Markdown: tables `| 用語 | 解説 |`, list items `- **CSIRT**: …`, and headings
 *   `### CSIRT` followed by a paragraph.
 * - Plain lines or paragraphs such as `CSIRT Computer Security …の略。…`.
 *
 * The parser is heuristic: a glossary it cannot read yields []. It does not catch
 * its own exceptions (a bug must show, and its property tests must be able to
 * fail); parsePlan records one as a problem on the document.
 */
import type { GlossaryEntry, JoinedPiece, JoinedText, TextRange } from "./types.js";

/** A wrapped headword has never needed more lines than this in the plans seen so far. */
const MAX_HEADWORD_LINES = 6;
/** Longer "headwords" are sentences that lost their row structure. */
const MAX_HEADWORD_LENGTH = 80;
const MAX_SEE_ALSO_LENGTH = 80;
/** How far back a 「（…）を参照」 parenthesis is looked for; bounds the work per reference. */
const MAX_PAREN_LENGTH = 400;

export function parseGlossarySection(text: string, range: TextRange): GlossaryEntry[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const [start, end] = clampRange(text, range);
  if (end <= start) return [];
  return new SectionParser(text, start, end).parse();
}

// ---------------------------------------------------------------------------
// Definition analysis, shared with glossary files

/** A 「…を参照」 target as written; quoted targets (「…」) are taken verbatim. */
export interface SeeAlsoRef {
  target: string;
  quoted: boolean;
}

export interface DefinitionFacts {
  expansion?: string;
  reading?: string;
  seeAlso: SeeAlsoRef[];
}

const READING_AFTER = /^[ \t\u3000]*[（(][ \t\u3000]*([\u3041-\u309F\u30A0-\u30FF\uFF66-\uFF9F]+)[ \t\u3000]*[）)]/;
const ABBREVIATION = /の略(?:称|語)?/;
// Only a reference that ends the clause counts: 「…を参照して策定」 is not a cross-reference.
const SEE_ALSO = /[をも]参照(?=[。．.）)」』、]|のこと|され|くださ|下さ|$|[ \t\u3000])/g;
const OPEN_BRACKETS = "（(「『[［【〔";
const CLOSE_BRACKETS = "）)」』]］】〕";

/** Expansion (「…の略」), reading (「の略（シーサート）」) and 「…を参照」 targets of a definition. */
export function describeDefinition(definition: string, headword: string): DefinitionFacts {
  const facts: DefinitionFacts = { seeAlso: [] };
  const first = firstSentence(definition);
  const abbr = ABBREVIATION.exec(first);
  if (abbr) {
    const expansion = cleanExpansion(first.slice(0, abbr.index), headword);
    if (expansion) facts.expansion = expansion;
    const reading = READING_AFTER.exec(definition.slice(abbr.index + abbr[0].length));
    if (reading) facts.reading = reading[1]!;
  }
  SEE_ALSO.lastIndex = 0;
  const seen = new Set<string>();
  for (let m = SEE_ALSO.exec(definition); m; m = SEE_ALSO.exec(definition)) {
    for (const ref of seeAlsoBefore(definition, m.index)) {
      if (seen.has(ref.target)) continue;
      seen.add(ref.target);
      facts.seeAlso.push(ref);
    }
  }
  return facts;
}

/**
 * Targets as headwords: an unquoted target that is not a headword is usually a
 * headword with a lead-in (「詳細はBCP」), so the longest headword it ends with wins.
 */
export function resolveSeeAlso(refs: readonly SeeAlsoRef[], headwords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const ref of refs) {
    let target = ref.target;
    if (!ref.quoted && !headwords.has(target)) {
      for (let i = 1; i < target.length - 1; i++) {
        const suffix = target.slice(i);
        if (headwords.has(suffix)) {
          target = suffix;
          break;
        }
      }
    }
    if (!out.includes(target)) out.push(target);
  }
  return out;
}

/** The characters firstSentence stops at: brackets and 。. */
const SENTENCE_MARKS = /[（(「『[［【〔）)」』\]］】〕。]/g;

function firstSentence(s: string): string {
  let depth = 0;
  // A regexp jumps from one bracket or 。 to the next: a loop over every character
  // of every definition costs more, run once and cold, than the marks are worth.
  SENTENCE_MARKS.lastIndex = 0;
  while (SENTENCE_MARKS.test(s)) {
    const i = SENTENCE_MARKS.lastIndex - 1;
    const ch = s[i]!;
    if (OPEN_BRACKETS.includes(ch)) depth++;
    else if (CLOSE_BRACKETS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0) return s.slice(0, i);
  }
  return s;
}

function cleanExpansion(raw: string, headword: string): string | undefined {
  let s = raw.trim();
  // 「SECCON CTF：SECurity CONtest …の略」 restates (part of) the headword before the colon.
  const colon = s.search(/[：:]/);
  if (colon > 0) {
    const before = fold(s.slice(0, colon).trim());
    const hw = fold(headword);
    if (before && (hw.startsWith(before) || before.startsWith(hw))) s = s.slice(colon + 1).trim();
  }
  if (s.startsWith("「") && s.endsWith("」")) s = s.slice(1, -1).trim();
  return s.length > 0 ? s : undefined;
}

function fold(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(WHITESPACE_RUN_G, " ");
}

function seeAlsoBefore(s: string, at: number): SeeAlsoRef[] {
  let end = skipSpaceBack(s, at);
  const last = s[end - 1];
  if (last === "」" || last === "』") return quotedTargetsBefore(s, end);
  if (last === "）" || last === ")") {
    // 「CEPTOAR （Capability for …）を参照」: the parenthesis glosses the target.
    const open = matchingOpenBefore(s, end - 1);
    if (open < 0) return [];
    end = skipSpaceBack(s, open);
  }
  let start = end;
  // Stop one past the longest target we would keep: each reference costs O(1), not O(definition).
  const limit = Math.max(0, end - MAX_SEE_ALSO_LENGTH - 1);
  while (start > limit && !"。．！？!?「」『』（）()、，,\n".includes(s[start - 1]!)) start--;
  if (start === limit && limit > 0) return [];
  let target = s.slice(start, end).trim();
  target = target.replace(SEE_ALSO_LEAD_IN, "").trim();
  if (!target || target.length > MAX_SEE_ALSO_LENGTH) return [];
  return [{ target, quoted: false }];
}

function quotedTargetsBefore(s: string, end: number): SeeAlsoRef[] {
  const found: SeeAlsoRef[] = [];
  let pos = end;
  for (;;) {
    const close = s[pos - 1];
    if (close !== "」" && close !== "』") break;
    const open = matchingOpenBefore(s, pos - 1);
    if (open < 0) break;
    const target = s.slice(open + 1, pos - 1).trim();
    if (target && target.length <= MAX_SEE_ALSO_LENGTH) found.unshift({ target, quoted: true });
    // 「A」及び「B」を参照: keep walking back over the connective.
    let p = skipSpaceBack(s, open);
    const conn = CONNECTIVE_END.exec(s.slice(Math.max(0, p - 3), p));
    if (!conn) break;
    p = skipSpaceBack(s, p - conn[0].length);
    pos = p;
  }
  return found;
}

/** Index of the bracket that opens the one closing at `close`, or -1. */
function matchingOpenBefore(s: string, close: number): number {
  const closeCh = s[close]!;
  const kind = CLOSE_BRACKETS.indexOf(closeCh);
  const openCh = OPEN_BRACKETS[kind]!;
  let depth = 0;
  for (let i = close, stop = Math.max(0, close - MAX_PAREN_LENGTH); i >= stop; i--) {
    const ch = s[i];
    if (ch === closeCh) depth++;
    else if (ch === openCh && --depth === 0) return i;
  }
  return -1;
}

function skipSpaceBack(s: string, end: number): number {
  while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return end;
}

// ---------------------------------------------------------------------------
// Lines

interface Line {
  start: number;
  end: number;
  /** First non-space character; `end` for a blank line. */
  cs: number;
  /** Just past the last non-space character. */
  ce: number;
  content: string;
  /** Starts with an ASCII space or tab: in a PDF table this is an empty index column. */
  leading: boolean;
  /** Ends in a space: PDF extraction marks the end of a table cell's paragraph this way. */
  trailing: boolean;
}

/** A trimmed piece of one line. `trailing`: the source line went on with spaces after it. */
interface Span {
  start: number;
  end: number;
  trailing: boolean;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0xfeff;
}

function clampRange(text: string, range: TextRange): [number, number] {
  const n = text.length;
  const toInt = (v: unknown, dflt: number): number =>
    typeof v === "number" && !Number.isNaN(v) ? Math.max(0, Math.min(n, Math.floor(v))) : dflt;
  if (range === null || typeof range !== "object") return [0, n];
  return [toInt(range.start, 0), toInt(range.end, n)];
}

function splitRange(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let i = from;
  // Line breaks are found with indexOf: faster than a loop over every character
  // while this code is still interpreted (a CLI run parses one document, cold).
  let nextLf = text.indexOf("\n", from);
  let nextCr = text.indexOf("\r", from);
  while (i < to) {
    if (nextLf >= 0 && nextLf < i) nextLf = text.indexOf("\n", i);
    if (nextCr >= 0 && nextCr < i) nextCr = text.indexOf("\r", i);
    const lineBreak = nextLf < 0 ? nextCr : nextCr < 0 || nextLf < nextCr ? nextLf : nextCr;
    const j = lineBreak < 0 || lineBreak > to ? to : lineBreak;
    let cs = i;
    while (cs < j && isSpaceCode(text.charCodeAt(cs))) cs++;
    let ce = j;
    while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
    const first = text.charCodeAt(i);
    lines.push({
      start: i,
      end: j,
      cs,
      ce,
      content: text.slice(cs, ce),
      leading: cs < ce && (first === 0x20 || first === 0x09 || first === 0xa0),
      trailing: cs < ce && ce < j,
    });
    if (j >= to) break;
    i = j + (text.charCodeAt(j) === 13 && j + 1 < to && text.charCodeAt(j + 1) === 10 ? 2 : 1);
  }
  return lines;
}

/** Width in half-width columns, as the PDF's fixed column measures it. */
function displayWidth(text: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    w += c < 0x2000 || (c >= 0xff61 && c <= 0xffdc) || (c >= 0xffe8 && c <= 0xffee) ? 1 : 2;
  }
  return w;
}

function isLatinWordEnd(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x29;
}

function isLatinWordStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x28;
}

/**
 * Joins trimmed spans. Japanese wraps anywhere, so halves are glued; two Latin words
 * keep one space — in a PDF only when the line had a trailing space (the extractor
 * keeps the space at a word wrap), in Markdown always (a soft break is a space).
 */
function joinSpans(text: string, spans: readonly Span[], softBreaks: boolean): JoinedText {
  // Collected in an array: reading the last character of a growing concatenated
  // string flattens it each time, which made long definitions quadratic.
  const parts: string[] = [];
  const pieces: JoinedPiece[] = [];
  let length = 0;
  let prev: Span | undefined;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    if (sp.end <= sp.start) continue;
    if (
      prev &&
      (softBreaks || prev.trailing) &&
      isLatinWordEnd(text.charCodeAt(prev.end - 1)) &&
      isLatinWordStart(text.charCodeAt(sp.start))
    ) {
      parts.push(" ");
      length += 1;
    }
    pieces.push({ at: length, source: sp.start, length: sp.end - sp.start });
    parts.push(text.slice(sp.start, sp.end));
    length += sp.end - sp.start;
    prev = sp;
  }
  return { text: parts.join(""), pieces };
}

// ---------------------------------------------------------------------------
// Line shapes

const JAPANESE = /[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F]/;
const SECTION_HEADING = /用語|語句|略語|glossary|terms|definitions/i;
const TABLE_HEADER = /^(?:用語|語句|項目|略語|名称|見出し語?|用語名)(?:の?(?:解説|説明|意味|定義|内容))?$/;
const PAGE_NUMBER = /^(?:[-－—–‐]\s*[0-9０-９]{1,4}\s*[-－—–‐]|[(（][0-9０-９]{1,4}[)）]|[0-9０-９]{1,4}\s*\/\s*[0-9０-９]{1,4})$/;
const DIGITS_ONLY = /^[0-9０-９]{1,4}$/;
const INDEX_MARK = /^([A-Z]|[\u3041-\u3096]|[\u30A1-\u30FA])[ \t\u3000]+(?=\S)/;
const MD_HEADING = /^(#{1,6})[ \t]+(?=\S)/;
const MD_LIST = /^([-*+]|\d{1,3}[.)])[ \t]+(?=\S)/;
const INDEX_HEADING = /^(?:[A-Za-z]|[\u3041-\u3096\u30A1-\u30FA](?:行)?|[A-Za-z]\s*[-–〜~]\s*[A-Za-z]|その他|記号|数字|英数字?|アルファベット)$/;
const SENTENCE_END = /[。．.！？!?）)」』]$/;
// Regexps used per line or per entry, made once: a literal in a function is a new
// object at every call.
const SPACE_RUN_G = /[\s\u3000]+/g;
const WHITESPACE_RUN_G = /\s+/g;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
const TOHA = /^とは[、，]?/;
const INLINE_READING = /[ \t\u3000]*[（(]([\u3041-\u309F\u30A0-\u30FF]+)[）)]$/;
const ENDS_WITH_FULL_STOP = /[。．]$/;
const SEE_ALSO_LEAD_IN = /^(?:詳細|詳しく|具体的に|なお)(?:は|については)?[、，]?/;
const CONNECTIVE_END = /(?:、|，|,|・|及び|並びに|又は|または|と|や)$/;

/** End of an ATX heading's title: before a closing `##` run that follows a space. */
function headingTitleEnd(c: string): number {
  let e = c.length;
  while (e > 0 && c.charCodeAt(e - 1) === 0x23) e--;
  if (e === c.length) return e;
  const before = c.charCodeAt(e - 1);
  return before === 0x20 || before === 0x09 ? e - 1 : c.length;
}

function compact(s: string): string {
  return s.replace(SPACE_RUN_G, "");
}

function isTableSeparator(c: string): boolean {
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
function plausibleIndex(index: string, first: string): boolean {
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

interface Split {
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
function splitHeadword(text: string, from: number, to: number): Split | null {
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

// ---------------------------------------------------------------------------
// The parser

type Style = "pdf" | "plain" | "list" | "heading" | "table";

interface Draft {
  style: Style;
  index?: string;
  head: Span[];
  /** PDF: the headword may still continue on the next line. */
  headOpen: boolean;
  def: Span[];
  /** Explicit reading / expansion from a Markdown table column. */
  reading?: string;
  expansion?: string;
}

interface Built {
  entry: GlossaryEntry;
  refs: SeeAlsoRef[];
}

class SectionParser {
  private readonly lines: Line[];
  private readonly skip: Uint8Array;
  private readonly built: Built[] = [];
  private mode: "pdf" | "markdown" | "plain" = "plain";
  /** splitHeadword of a row, by line index and the row's start: detectLayout's results, reused by parsePdf. */
  private readonly splits = new Map<number, { from: number; split: Split | null }>();
  private colWidth = 0;
  private trailingMarks = false;

  constructor(
    private readonly text: string,
    from: number,
    to: number,
  ) {
    this.lines = splitRange(text, from, to);
    this.skip = new Uint8Array(this.lines.length);
  }

  parse(): GlossaryEntry[] {
    this.markNonEntries();
    this.detectLayout();
    if (this.mode === "pdf") this.parsePdf();
    else if (this.mode === "markdown") this.parseMarkdown();
    else this.parsePlain();
    const headwords = new Set(this.built.map((b) => b.entry.headword));
    return this.built.map((b) => {
      b.entry.seeAlso = resolveSeeAlso(b.refs, headwords);
      return b.entry;
    });
  }

  /** The section heading, repeated table headers and page numbers. */
  private markNonEntries(): void {
    const { lines, skip } = this;
    let headingKey: string | undefined;
    const firstIdx = lines.findIndex((l) => l.cs < l.ce);
    if (firstIdx >= 0) {
      const c = lines[firstIdx]!.content;
      const md = MD_HEADING.exec(c);
      // A table's header row 「| 用語 | 解説 |」 names the same words as a heading would.
      if (md || (c.length <= 40 && !c.includes("。") && !c.includes("|") && SECTION_HEADING.test(c))) {
        skip[firstIdx] = 1;
        headingKey = compact(md ? c.slice(md[0].length, headingTitleEnd(c)) : c);
      }
    }
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.cs >= l.ce || skip[i]) continue;
      const c = l.content;
      if (c.length > 24) continue;
      const k = compact(c);
      if (
        TABLE_HEADER.test(k) ||
        (headingKey !== undefined && k === headingKey) ||
        PAGE_NUMBER.test(k) ||
        (l.leading && DIGITS_ONLY.test(k))
      ) {
        skip[i] = 1;
      }
    }
  }

  private detectLayout(): void {
    const { lines, skip, text } = this;
    let markdown = 0;
    let pdfRows = 0;
    let inList = false;
    let nonBlank = 0;
    let trailing = 0;
    const headOnlyWidths = new Map<number, number>();
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.cs >= l.ce || skip[i]) continue;
      nonBlank++;
      if (l.trailing) trailing++;
      const c = l.content;
      if (c.startsWith("|")) {
        const next = lines[i + 1];
        if (next && isTableSeparator(next.content)) markdown += 2;
        continue;
      }
      if (MD_LIST.test(c)) {
        markdown++;
        inList = true;
        continue;
      }
      if (MD_HEADING.test(c)) {
        markdown++;
        inList = false;
        continue;
      }
      if (inList && l.leading) continue;
      inList = false;
      let rowFrom = -1;
      const idx = INDEX_MARK.exec(c);
      if (l.leading) rowFrom = idx ? l.cs + idx[0].length : l.cs;
      else if (idx && plausibleIndex(idx[1]!, c.slice(idx[0].length))) rowFrom = l.cs + idx[0].length;
      if (rowFrom < 0) continue;
      pdfRows++;
      if (this.splitRow(i, rowFrom) === null) {
        const w = displayWidth(text, rowFrom, l.ce);
        headOnlyWidths.set(w, (headOnlyWidths.get(w) ?? 0) + 1);
      }
    }
    if (markdown > 0 && markdown >= pdfRows) this.mode = "markdown";
    else if (pdfRows > 0) this.mode = "pdf";
    else this.mode = "plain";
    this.trailingMarks = trailing >= 2 && trailing * 10 >= nonBlank;
    // Wrapped headwords fill their column, so the commonest width of a headword-only
    // row is the column's width; a stray long row must not widen it.
    let best = 0;
    let bestCount = 0;
    for (const [w, count] of headOnlyWidths) {
      if (count > bestCount || (count === bestCount && w > best)) {
        best = w;
        bestCount = count;
      }
    }
    this.colWidth = best;
  }

  // --- PDF tables -----------------------------------------------------------

  private parsePdf(): void {
    const { lines, skip, text } = this;
    let draft: Draft | undefined;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.cs >= l.ce || skip[i]) continue;
      const c = l.content;
      const idx = INDEX_MARK.exec(c);
      let rowFrom = -1;
      let index: string | undefined;
      if (l.leading && !this.continuesAcrossPageBreak(draft)) {
        rowFrom = l.cs;
        if (idx) {
          index = idx[1]!;
          rowFrom += idx[0].length;
        }
      } else if (!l.leading && idx && plausibleIndex(idx[1]!, c.slice(idx[0].length))) {
        index = idx[1]!;
        rowFrom = l.cs + idx[0].length;
      }
      if (rowFrom >= 0) {
        this.finish(draft);
        draft = { style: "pdf", head: [], headOpen: false, def: [] };
        if (index !== undefined) draft.index = index;
        const split = this.splitRow(i, rowFrom);
        if (split) {
          draft.head.push({ start: rowFrom, end: split.headEnd, trailing: false });
          draft.def.push({ start: split.defStart, end: l.ce, trailing: l.trailing });
        } else {
          draft.head.push({ start: rowFrom, end: l.ce, trailing: l.trailing });
          draft.headOpen = true;
        }
        continue;
      }
      if (!draft) continue;
      if (draft.headOpen && this.continuesHeadword(draft, l)) {
        draft.head.push({ start: l.cs, end: l.ce, trailing: l.trailing });
        continue;
      }
      draft.headOpen = false;
      draft.def.push({ start: l.cs, end: l.ce, trailing: l.trailing });
    }
    this.finish(draft);
  }

  /** splitHeadword of line `i` read as a row from `from`, computed once. */
  private splitRow(i: number, from: number): Split | null {
    const known = this.splits.get(i);
    if (known && known.from === from) return known.split;
    const split = splitHeadword(this.text, from, this.lines[i]!.ce);
    this.splits.set(i, { from, split });
    return split;
  }

  /**
   * A page break inside a definition can indent its next line like a new row; where
   * the extractor marks paragraph ends with a trailing space, a definition line
   * without one that stops mid-sentence is still going on.
   */
  private continuesAcrossPageBreak(draft: Draft | undefined): boolean {
    if (!this.trailingMarks || !draft || draft.headOpen) return false;
    const last = draft.def[draft.def.length - 1];
    if (!last || last.trailing) return false;
    return !SENTENCE_END.test(this.text.slice(last.start, last.end));
  }

  private continuesHeadword(draft: Draft, l: Line): boolean {
    const { text } = this;
    const last = draft.head[draft.head.length - 1]!;
    if (draft.head.length >= MAX_HEADWORD_LINES) return false;
    if (l.content.endsWith("。")) return false;
    const width = displayWidth(text, l.cs, l.ce);
    if (this.colWidth > 0 && width > this.colWidth + 1) return false;
    if (this.trailingMarks) {
      // The last line of a wrapped cell keeps its trailing space, except where a
      // Latin word wrapped and the space is the word gap.
      if (!last.trailing) return true;
      return isLatinWordEnd(text.charCodeAt(last.end - 1)) && isLatinWordStart(text.charCodeAt(l.cs));
    }
    // Without those marks, only a full column can wrap.
    return displayWidth(text, last.start, last.end) >= this.colWidth - 1;
  }

  // --- Markdown ---------------------------------------------------------------

  private parseMarkdown(): void {
    const { lines, skip } = this;
    let draft: Draft | undefined;
    let blankBefore = false;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (skip[i]) continue;
      if (l.cs >= l.ce) {
        blankBefore = true;
        continue;
      }
      const c = l.content;
      const next = lines[i + 1];
      if (c.startsWith("|") && next && isTableSeparator(next.content)) {
        this.finish(draft);
        draft = undefined;
        i = this.parseTable(i);
        blankBefore = false;
        continue;
      }
      const heading = MD_HEADING.exec(c);
      if (heading) {
        this.finish(draft);
        draft = undefined;
        const title = c.slice(heading[0].length, headingTitleEnd(c)).trim();
        if (title && !INDEX_HEADING.test(title)) {
          const at = l.cs + heading[0].length;
          draft = { style: "heading", head: [], headOpen: false, def: [] };
          draft.head.push(stripMarkup(this.text, at, at + title.length));
        }
        blankBefore = false;
        continue;
      }
      const list = MD_LIST.exec(c);
      if (list) {
        this.finish(draft);
        draft = this.startInline("list", l, l.cs + list[0].length);
        blankBefore = false;
        continue;
      }
      if (draft && (draft.style === "heading" || !blankBefore || l.leading)) {
        draft.def.push({ start: l.cs, end: l.ce, trailing: l.trailing });
      }
      blankBefore = false;
    }
    this.finish(draft);
  }

  /** Parses the table whose header row is line `at`; returns the index of its last line. */
  private parseTable(at: number): number {
    const { lines, text } = this;
    const header = splitCells(text, lines[at]!);
    const roles = tableRoles(header.map((cell) => text.slice(cell.start, cell.end)));
    let i = at + 2;
    let previous: Draft | undefined;
    for (; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.cs >= l.ce || !l.content.includes("|")) break;
      const cells = splitCells(text, l);
      const cell = (k: number): Span | undefined => (k >= 0 ? cells[k] : undefined);
      const head = cell(roles.headword);
      const def = cell(roles.definition);
      if (!head || head.end <= head.start) {
        // A row with an empty headword cell continues the previous definition.
        if (previous && def && def.end > def.start) previous.def.push(...brSpans(text, def));
        continue;
      }
      this.finish(previous);
      const draft: Draft = { style: "table", head: [stripMarkup(text, head.start, head.end)], headOpen: false, def: [] };
      if (def) draft.def.push(...brSpans(text, def));
      const idx = cell(roles.index);
      if (idx && idx.end - idx.start === 1) draft.index = text.slice(idx.start, idx.end);
      const reading = cell(roles.reading);
      if (reading && reading.end > reading.start) draft.reading = cleanMarkup(text.slice(reading.start, reading.end));
      const expansion = cell(roles.expansion);
      if (expansion && expansion.end > expansion.start) draft.expansion = cleanMarkup(text.slice(expansion.start, expansion.end));
      previous = draft;
    }
    this.finish(previous);
    return i - 1;
  }

  // --- Plain lines ----------------------------------------------------------------

  private parsePlain(): void {
    const { lines, skip, text } = this;
    let draft: Draft | undefined;
    let blankBefore = false;
    let hasBlankSeparators = false;
    let seenContent = false;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (skip[i]) continue;
      if (l.cs >= l.ce) {
        if (seenContent) hasBlankSeparators = true;
        continue;
      }
      seenContent = true;
    }
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (skip[i]) continue;
      if (l.cs >= l.ce) {
        blankBefore = true;
        continue;
      }
      const last = draft ? (draft.def[draft.def.length - 1] ?? draft.head[draft.head.length - 1]) : undefined;
      const startsEntry =
        !draft ||
        blankBefore ||
        (!hasBlankSeparators && last !== undefined && SENTENCE_END.test(text.slice(last.start, last.end)));
      blankBefore = false;
      if (startsEntry) {
        this.finish(draft);
        draft = this.startInline("plain", l, l.cs);
      } else if (draft) {
        draft.def.push({ start: l.cs, end: l.ce, trailing: l.trailing });
      }
    }
    this.finish(draft);
  }

  /** An entry written on one line: `**CSIRT**: …`, `CSIRT：…`, `CSIRT …`, `CSIRTとは、…`. */
  private startInline(style: Style, l: Line, from: number): Draft {
    const { text } = this;
    const draft: Draft = { style, head: [], headOpen: false, def: [] };
    const rest = text.slice(from, l.ce);
    const push = (hs: number, he: number, ds: number): void => {
      draft.head.push(stripMarkup(text, hs, he));
      let d = ds;
      while (d < l.ce && isSpaceCode(text.charCodeAt(d))) d++;
      if (d < l.ce) draft.def.push({ start: d, end: l.ce, trailing: l.trailing });
    };
    const strong = /^(\*\*|__|`)(.+?)\1[ \t\u3000]*(?:[:：]|[-–—][ \t]|とは[、，]?)?/.exec(rest);
    if (strong) {
      const hs = from + strong[1]!.length;
      push(hs, hs + strong[2]!.length, from + strong[0].length);
      return draft;
    }
    const colon = /^([^:：。、]{1,60}?)[ \t\u3000]*(?:：|:(?=[ \t]|$))/.exec(rest);
    if (colon && !/^https?$/i.test(colon[1]!)) {
      push(from, from + colon[1]!.length, from + colon[0].length);
      return draft;
    }
    const split = splitHeadword(text, from, l.ce);
    if (split) {
      let ds = split.defStart;
      const toha = TOHA.exec(text.slice(ds, ds + 3));
      if (toha) ds += toha[0].length;
      push(from, split.headEnd, ds);
      return draft;
    }
    const toha = /^(.{1,40}?)とは[、，]?/.exec(rest);
    if (toha) {
      push(from, from + toha[1]!.length, from + toha[0].length);
      return draft;
    }
    draft.head.push({ start: from, end: l.ce, trailing: l.trailing });
    return draft;
  }

  // --- Entries --------------------------------------------------------------------

  private finish(draft: Draft | undefined): void {
    if (!draft || draft.head.length === 0) return;
    const { text } = this;
    const markdown = draft.style !== "pdf";
    // Without trailing-space marks a wrap between two Latin words cannot be told from
    // a word split across lines; Latin words rarely split, so assume a word gap.
    const softBreaks = markdown || !this.trailingMarks;
    const joinedHead = joinSpans(text, draft.head, softBreaks);
    let headword = joinedHead.text.replace(SPACE_RUN_G, " ").trim();
    if (markdown) headword = cleanMarkup(headword);
    const firstPiece = joinedHead.pieces[0];
    const lastPiece = joinedHead.pieces[joinedHead.pieces.length - 1];
    if (!headword || !firstPiece || !lastPiece) return;
    const headwordRange: TextRange = { start: firstPiece.source, end: lastPiece.source + lastPiece.length };
    let reading = draft.reading;
    // 「CSIRT（シーサート）」 as a headword: the parenthesis is its reading.
    const inlineReading = INLINE_READING.exec(headword);
    if (inlineReading && inlineReading.index > 0) {
      headword = headword.slice(0, inlineReading.index);
      reading ??= inlineReading[1]!;
      const tail = text.slice(headwordRange.start, headwordRange.end);
      const cut = tail.lastIndexOf(inlineReading[0].trimStart().charAt(0));
      if (cut > 0) headwordRange.end = skipSpaceBack(text, headwordRange.start + cut);
    }
    if (headword.length > MAX_HEADWORD_LENGTH || ENDS_WITH_FULL_STOP.test(headword)) return;
    let definition = joinSpans(text, draft.def, softBreaks).text;
    if (markdown) definition = cleanMarkup(definition);
    // Without Markdown structure a row is only a guess: one with no Japanese
    // definition is more likely stray text than a glossary entry.
    if ((draft.style === "pdf" || draft.style === "plain") && !JAPANESE.test(definition)) return;
    if ((draft.style === "list" || draft.style === "heading") && definition.length === 0) return;
    const facts = describeDefinition(definition, headword);
    const lastDef = draft.def[draft.def.length - 1];
    const entry: GlossaryEntry = {
      headword,
      definition,
      seeAlso: [],
      range: { start: headwordRange.start, end: Math.max(headwordRange.end, lastDef ? lastDef.end : 0) },
      headwordRange,
      source: { kind: "document" },
    };
    const expansion = draft.expansion ?? facts.expansion;
    if (expansion !== undefined) entry.expansion = expansion;
    reading ??= facts.reading;
    if (reading !== undefined) entry.reading = reading;
    if (draft.index !== undefined) entry.index = draft.index;
    this.built.push({ entry, refs: facts.seeAlso });
  }
}

// ---------------------------------------------------------------------------
// Markdown helpers

/** Narrows a span past `**…**`, `__…__`, `` `…` `` and `[…](…)` wrappers. */
function stripMarkup(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  for (let guard = 0; guard < 4; guard++) {
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    const inner = text.slice(s, e);
    const wrap = /^(\*\*|__|\*|_|`)/.exec(inner);
    if (wrap && inner.length > 2 * wrap[1]!.length && inner.endsWith(wrap[1]!)) {
      s += wrap[1]!.length;
      e -= wrap[1]!.length;
      continue;
    }
    const link = /^\[([^\]]{1,200})\]\([^)]{0,500}\)$/.exec(inner);
    if (link) {
      s += 1;
      e = s + link[1]!.length;
      continue;
    }
    break;
  }
  return { start: s, end: e, trailing: false };
}

function cleanMarkup(s: string): string {
  return s
    .replace(/\[([^\]]{1,200})\]\([^)]{0,500}\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\\([|*_`[\]\\])/g, "$1")
    .trim();
}

/** Cells of a table row, trimmed, without the outer pipes; `\|` does not split. */
function splitCells(text: string, l: Line): Span[] {
  const cells: Span[] = [];
  let i = l.cs;
  let end = l.ce;
  if (text.charCodeAt(i) === 0x7c) i++;
  if (end > i && text.charCodeAt(end - 1) === 0x7c && text.charCodeAt(end - 2) !== 0x5c) end--;
  let cellStart = i;
  for (; i <= end; i++) {
    if (i === end || (text.charCodeAt(i) === 0x7c && text.charCodeAt(i - 1) !== 0x5c)) {
      let s = cellStart;
      let e = i;
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      cells.push({ start: s, end: e, trailing: false });
      cellStart = i + 1;
    }
  }
  return cells;
}

/** A cell split at `<br>`, so that wrapped cells join like wrapped lines. */
function brSpans(text: string, cell: Span): Span[] {
  const out: Span[] = [];
  const re = /<br\s*\/?>/gi;
  const body = text.slice(cell.start, cell.end);
  let from = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    out.push(trimSpan(text, cell.start + from, cell.start + m.index));
    from = m.index + m[0].length;
  }
  out.push(trimSpan(text, cell.start + from, cell.end));
  return out;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end, trailing: false };
}

interface TableRoles {
  headword: number;
  definition: number;
  reading: number;
  expansion: number;
  index: number;
}

function tableRoles(header: string[]): TableRoles {
  const roles: TableRoles = { headword: -1, definition: -1, reading: -1, expansion: -1, index: -1 };
  // Expansion before headword: 「正式名称」 would otherwise match 「名称」.
  const tests: [keyof TableRoles, RegExp][] = [
    ["reading", /読み|よみ|ふりがな|reading|kana/i],
    ["expansion", /正式名|原語|英語|英文|綴り|スペル|expansion|full ?name|stands for/i],
    ["definition", /解説|説明|意味|定義|内容|概要|definition|description|meaning|explanation/i],
    ["headword", /用語|語句|項目|略語|略称|名称|見出し|term|word|abbreviation|acronym|name/i],
    ["index", /^(?:索引|index|)$/i],
  ];
  header.forEach((h, col) => {
    const label = cleanMarkup(h);
    for (const [role, re] of tests) {
      if (roles[role] < 0 && re.test(label)) {
        roles[role] = col;
        break;
      }
    }
  });
  const free = header.map((_, col) => col).filter((col) => !Object.values(roles).includes(col));
  if (roles.headword < 0) roles.headword = free.shift() ?? 0;
  if (roles.definition < 0) roles.definition = free.pop() ?? (header.length > 1 ? header.length - 1 : -1);
  if (roles.definition === roles.headword) roles.definition = -1;
  return roles;
}
