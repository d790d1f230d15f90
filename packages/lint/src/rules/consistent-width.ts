/**
 * consistent-width: digits, Latin letters and punctuation whose width or form
 * breaks the convention the plan itself follows. Government plans mix widths on
 * purpose (one-digit numbers full-width, longer ones half-width; 「（」 around
 * Japanese text), so nothing is hard-coded: each convention is counted in the
 * document, and only a clear one is enforced. Converting width never changes
 * the meaning, so the fixes are safe.
 *
 * Whole Latin words written in both widths (ＩＴ/IT) are no-orthographic-variants'
 * (it counts the word); this rule keeps to characters and to words that have no
 * counterpart in the other width.
 */
import { toHalfWidth, toSourceRange, type RuleReport } from "@planlint/core";
import { ParagraphMemo } from "../memo/paragraph-memo.js";
import { defineRule } from "../rule.js";
import { planText, sourceEdit, withinOnePiece } from "../plan/plan-text.js";

type Width = "full" | "half";

/**
 * A convention is one the document follows overwhelmingly: the majority form is
 * at least {@link CONVENTION_RATIO} times the other (90 % of the uses), so a single
 * deviation needs nine uses of the majority to be reported. A drafter who keeps a
 * convention breaks it by accident, rarely; when more than one use in ten takes
 * the other form the document keeps two conventions (two authors, a pasted
 * passage, a deliberate rule) and picking one is the editor's call, not a slip.
 */
const CONVENTION_RATIO = 9;

function convention(full: number, half: number): Width | undefined {
  if (full > 0 && full >= CONVENTION_RATIO * half) return "full";
  if (half > 0 && half >= CONVENTION_RATIO * full) return "half";
  return undefined;
}

const WIDTH_NAME: Record<Width, string> = { full: "全角", half: "半角" };

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isFullDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}
function isDigit(c: number): boolean {
  return isAsciiDigit(c) || isFullDigit(c);
}
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isFullLetter(c: number): boolean {
  return (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}
function isAlnum(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c) || isFullLetter(c);
}
/** Kana, kanji and the marks that live among them: what makes a context Japanese. */
function isJapanese(c: number): boolean {
  return (c >= 0x3041 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005 || c === 0x30fc;
}
/** Dashes of labels and ranges (資料１－１, 1-3): numbers next to them are labels or ranges, not counts. */
function isDash(c: number): boolean {
  return c === 0x2d || c === 0xff0d || c === 0x2010 || c === 0x2015 || c === 0x2212 || c === 0x2012 || c === 0x2013 || c === 0x2014;
}

function toFullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function convert(s: string, to: Width): string {
  return to === "half" ? toHalfWidth(s) : toFullWidth(s);
}

/** One form of a punctuation mark: how often it occurs, and where (offsets in the joined text). */
interface Marks {
  char: string;
  count: number;
  /** The offsets, in order; for 、 and 。 found only when they are to be reported (see countedMarks). */
  at: () => readonly number[];
}

interface BracketPair {
  open: number;
  close: number;
  openFull: boolean;
  closeFull: boolean;
  latin: boolean;
}

interface Token {
  start: number;
  end: number;
  width: Width | "mixed";
}

/** Numbering labels inside brackets: (1), （２）, (ア), (a), (iv). */
const LABEL_CONTENT = /^(?:[0-9０-９]{1,2}|[ァ-ヶｱ-ﾝ]|[a-zａ-ｚA-ZＡ-Ｚ]|(?:i{1,3}|iv|vi{0,3}|ix|x))$/;
/** Contents of Latin brackets: （SIP）, (Ver.1), （J-CSIP）. */
const LATIN_CONTENT = /^[\x20-\x7e\uff01-\uff5e]+$/;
/**
 * What the scan acts on, one match at a time: a run of letters and digits of
 * either width (digits joined by , or . while no letter has come: 1,000, 2.5),
 * or one of the other commas and periods, a bracket, a paragraph break. A
 * regexp finds and delimits each: stepping through the plan's characters in a
 * loop costs far more in a cold run. 、 and 。, by far the commonest, are
 * counted apart (see countedMarks).
 */
const SCAN = /[0-9０-９]+(?:[,.，．][0-9０-９]+)*(?:[A-Za-zＡ-Ｚａ-ｚ][0-9A-Za-z０-９Ａ-Ｚａ-ｚ]*)?|[A-Za-zＡ-Ｚａ-ｚ][0-9A-Za-z０-９Ａ-Ｚａ-ｚ]*|[，,．.(（)）\n]/g;

/** Bits of CHAR_KIND: the width of a letter or digit, and whether it is a letter (0: anything else). */
const HALF = 1;
const FULL = 2;
const LETTER = 4;
/** One table look-up per character of a token instead of a chain of range tests. */
const CHAR_KIND = new Uint8Array(0x10000);
CHAR_KIND.fill(HALF, 0x30, 0x3a);
CHAR_KIND.fill(HALF | LETTER, 0x41, 0x5b);
CHAR_KIND.fill(HALF | LETTER, 0x61, 0x7b);
CHAR_KIND.fill(FULL, 0xff10, 0xff1a);
CHAR_KIND.fill(FULL | LETTER, 0xff21, 0xff3b);
CHAR_KIND.fill(FULL | LETTER, 0xff41, 0xff5b);


/**
 * A mark the scan does not visit (、 and 。 are thousands), counted now and located
 * only when needed. One native split counts them: an indexOf per mark cost three
 * times as much (a call each).
 */
function countedMarks(text: string, char: string, rivals: number): Marks {
  // Without another form there is no convention to break: the count would decide nothing.
  return { char, count: rivals === 0 ? 0 : text.split(char).length - 1, at: () => offsetsOf(text, char) };
}

function listedMarks(char: string, at: number[]): Marks {
  return { char, count: at.length, at: () => at };
}

/** Offsets of every `ch` in the text, in order. */
function offsetsOf(text: string, ch: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) out.push(at);
  return out;
}

/** What the scan collects from the joined text. */
interface WidthScan {
  fullCommas: number[];
  halfCommas: number[];
  fullPeriods: number[];
  halfPeriods: number[];
  pairs: BracketPair[];
  numbers: (Token & { single: boolean })[];
  letters: Token[];
  halfWords: Set<string>;
  fullWords: Set<string>;
}

/** What scanWidths finds, one kind per WidthScan field; `pair` spans its brackets. */
const FULL_COMMA = 0;
const HALF_COMMA = 1;
const FULL_PERIOD = 2;
const HALF_PERIOD = 3;
const PAIR = 4;
const NUMBER = 5;
const LETTERS = 6;

/** One thing the scan found; every field set on each, so they share one shape. */
interface WidthItem {
  start: number;
  end: number;
  kind: number;
  width: Width | "mixed";
  single: boolean;
  /** A Latin word as written (LETTERS). */
  word: string;
  openFull: boolean;
  closeFull: boolean;
  latin: boolean;
}

function item(kind: number, start: number, end: number): WidthItem {
  return { start, end, kind, width: "mixed", single: false, word: "", openFull: false, closeFull: false, latin: false };
}

/**
 * The marks, bracket pairs, numbers and Latin words of `text`, in text order.
 * Paragraph-local (memo/paragraph-memo.ts): brackets are paired within a paragraph
 * (a break empties the stack), and what is read around a token is a character or
 * two on either side, where a paragraph's edge shows "\n" or nothing, neither a
 * digit, a letter, a dash nor a Japanese character. The language server keeps
 * them per paragraph; the convention is decided from all of them on every lint.
 */
function widthItems(text: string): WidthItem[] {
  const out: WidthItem[] = [];
  const stack: { at: number; full: boolean }[] = [];
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (CHAR_KIND[c] !== 0) {
      const start = i;
      const end = i + m[0].length;
      let full = 0;
      let half = 0;
      let hasLetter = false;
      for (let k = start; k < end; k++) {
        const kind = CHAR_KIND[text.charCodeAt(k)]!;
        if (kind & FULL) full++;
        else if (kind & HALF) half++;
        if (kind & LETTER) hasLetter = true;
      }
      const width = full === 0 ? "half" : half === 0 ? "full" : "mixed";
      if (hasLetter) {
        // Ａ．, ａ．, (a): a letter label numbers a list, it is not a Latin word written in some width.
        if (end - start === 1 && isLetterLabel(text, start, end)) continue;
        const letters = item(LETTERS, start, end);
        letters.width = width;
        letters.word = m[0];
        out.push(letters);
      } else if (isCountedNumber(text, start, end)) {
        // Without letters, every counted character is a digit.
        const number = item(NUMBER, start, end);
        number.width = width;
        number.single = full + half === 1;
        out.push(number);
      }
      continue;
    }
    switch (c) {
      case 0xff0c:
        out.push(item(FULL_COMMA, i, i + 1));
        break;
      case 0x2c:
        // A half-width comma between Japanese words stands for 、; elsewhere it is English punctuation.
        if (isJapanese(text.charCodeAt(i - 1)) && isJapanese(text.charCodeAt(i + 1))) out.push(item(HALF_COMMA, i, i + 1));
        break;
      case 0xff0e: {
        // １．, Ａ．, ａ．: a numbering label, not a full stop (nor is the dot of an abbreviation).
        const prev = text.charCodeAt(i - 1);
        if (!isAlnum(prev)) out.push(item(FULL_PERIOD, i, i + 1));
        break;
      }
      case 0x2e:
        if (isJapanese(text.charCodeAt(i - 1)) && isJapanese(text.charCodeAt(i + 1))) out.push(item(HALF_PERIOD, i, i + 1));
        break;
      case 0x28:
      case 0xff08:
        stack.push({ at: i, full: c === 0xff08 });
        break;
      case 0x29:
      case 0xff09: {
        const open = stack.pop();
        if (open) {
          const content = text.slice(open.at + 1, i);
          // Empty in the prose: what the brackets hold is not prose (a URL, a link
          // target, code), so neither is the pair a bracket of the text's own.
          if (content.trim() !== "" && !LABEL_CONTENT.test(content) && !latinContext(text, open.at, i)) {
            const pair = item(PAIR, open.at, i + 1);
            pair.openFull = open.full;
            pair.closeFull = c === 0xff09;
            pair.latin = LATIN_CONTENT.test(content);
            out.push(pair);
          }
        }
        break;
      }
      case 10:
        stack.length = 0;
        break;
    }
  }
  return out;
}

/** Items per paragraph of the plan's text: in the language server an edit re-scans only its paragraph. */
const keptItems = new ParagraphMemo<WidthItem>(1 << 14);

function scanWidths(text: string): WidthScan {
  const scan: WidthScan = { fullCommas: [], halfCommas: [], fullPeriods: [], halfPeriods: [], pairs: [], numbers: [], letters: [], halfWords: new Set(), fullWords: new Set() };
  keptItems.find(text, "", widthItems, (w, offset) => {
    switch (w.kind) {
      case FULL_COMMA:
        scan.fullCommas.push(w.start + offset);
        break;
      case HALF_COMMA:
        scan.halfCommas.push(w.start + offset);
        break;
      case FULL_PERIOD:
        scan.fullPeriods.push(w.start + offset);
        break;
      case HALF_PERIOD:
        scan.halfPeriods.push(w.start + offset);
        break;
      case PAIR:
        scan.pairs.push({ open: w.start + offset, close: w.end - 1 + offset, openFull: w.openFull, closeFull: w.closeFull, latin: w.latin });
        break;
      case NUMBER:
        scan.numbers.push({ start: w.start + offset, end: w.end + offset, width: w.width, single: w.single });
        break;
      default:
        scan.letters.push({ start: w.start + offset, end: w.end + offset, width: w.width });
        if (w.width === "half") scan.halfWords.add(w.word);
        else if (w.width === "full") scan.fullWords.add(w.word);
    }
  });
  return scan;
}

export const consistentWidth = defineRule({
  id: "consistent-width",
  meta: {
    description: "Digits, Latin letters and punctuation whose width or form breaks the plan's own convention (、/，, （/(, ５/5, IT/ＩＴ).",
    recommended: "warn",
    fixable: true,
    hasSuggestions: false,
    messages: {
      comma: "「{{found}}」: この文書の読点は「{{expected}}」です（「{{expected}}」{{majorityCount}}回、ほかの形{{minorityCount}}回）。",
      period: "「{{found}}」: この文書の句点は「{{expected}}」です（「{{expected}}」{{majorityCount}}回、ほかの形{{minorityCount}}回）。",
      bracket: "「{{found}}」: この文書は{{content}}を囲む括弧を{{width}}で書いています（{{width}}{{majorityCount}}組、{{otherWidth}}{{minorityCount}}組）。「{{expected}}」にします。",
      digits: "「{{found}}」: この文書は{{digits}}の数字を{{width}}で書いています（{{width}}{{majorityCount}}回、{{otherWidth}}{{minorityCount}}回）。「{{expected}}」にします。",
      letters: "「{{found}}」: この文書は英字を{{width}}で書いています（{{width}}{{majorityCount}}語、{{otherWidth}}{{minorityCount}}語）。「{{expected}}」にします。",
    },
    docs: "docs/rules/consistent-width.md",
  },
  create(context) {
    const joined = planText(context);
    const text = joined.text;
    const scan = scanWidths(text);
    const { pairs, numbers, letters, halfWords, fullWords } = scan;
    const commas: Record<"ideographic" | "full" | "half", Marks> = {
      ideographic: countedMarks(text, "、", scan.fullCommas.length + scan.halfCommas.length),
      full: listedMarks("，", scan.fullCommas),
      half: listedMarks(",", scan.halfCommas),
    };
    const periods: Record<"ideographic" | "full" | "half", Marks> = {
      ideographic: countedMarks(text, "。", scan.fullPeriods.length + scan.halfPeriods.length),
      full: listedMarks("．", scan.fullPeriods),
      half: listedMarks(".", scan.halfPeriods),
    };

    const report = (start: number, end: number, replacement: string, messageId: string, data: Record<string, string | number>): void => {
      const range = toSourceRange(joined, start, end);
      // A quoted title's widths are the other document's (世界最先端ＩＴ国家創造宣言 is its official spelling), not a break of this plan's convention.
      if (context.isQuotation(range)) return;
      const r: RuleReport = { range, messageId, data, fix: sourceEdit(context.text, joined, start, end, replacement) };
      context.report(r);
    };

    // (a) 、 vs ， and 。 vs ．
    for (const [marks, messageId] of [[commas, "comma"], [periods, "period"]] as const) {
      const forms = [marks.ideographic, marks.full, marks.half];
      const total = forms.reduce((sum, f) => sum + f.count, 0);
      const major = forms.reduce((a, b) => (b.count > a.count ? b : a));
      const minority = total - major.count;
      if (minority === 0 || !convention(major.count, minority)) continue;
      const expected = major.char;
      for (const f of forms) {
        if (f === major) continue;
        for (const at of f.at()) report(at, at + 1, expected, messageId, { found: f.char, expected, majorityCount: major.count, minorityCount: minority });
      }
    }

    // (b) （ vs ( — Japanese and Latin contents are separate conventions. Around
    // Japanese text the brackets of Japanese typesetting are full-width, and
    // 「公用文作成の考え方」 writes them so: a document that mostly writes 「(令和4年)」
    // is not fixed the other way. Around Latin text both are normal in Markdown
    // (written on a half-width keyboard), so only plain text is held to its own.
    const markdown = context.document.format === "markdown";
    for (const latin of [false, true]) {
      if (latin && markdown) continue;
      // 「（PJMO）」 in a text that also writes ＰＪＭＯ: the brackets follow the word's width,
      // and the word's two widths are no-orthographic-variants' finding — one reason, one finding.
      const mine = pairs.filter((p) => p.latin === latin && !(latin && writtenInBothWidths(text.slice(p.open + 1, p.close), halfWords, fullWords)));
      let full = 0;
      let half = 0;
      for (const p of mine) {
        if (p.openFull && p.closeFull) full++;
        else if (!p.openFull && !p.closeFull) half++;
      }
      const want = convention(full, half);
      if (!want || (!latin && want === "half")) continue;
      const isFull = want === "full";
      const data = {
        content: latin ? "英数字" : "日本語",
        width: WIDTH_NAME[want],
        otherWidth: WIDTH_NAME[isFull ? "half" : "full"],
        majorityCount: isFull ? full : half,
        minorityCount: isFull ? half : full,
      };
      const open = isFull ? "（" : "(";
      const close = isFull ? "）" : ")";
      for (const p of mine) {
        const badOpen = p.openFull !== isFull;
        const badClose = p.closeFull !== isFull;
        if (!badOpen && !badClose) continue;
        // A short pair is one finding (「(案)」); a long one gets a finding at each bracket.
        if (badOpen && badClose && withinOnePiece(joined, p.open, p.close + 1) && p.close - p.open <= 21) {
          const found = text.slice(p.open, p.close + 1);
          report(p.open, p.close + 1, open + found.slice(1, -1) + close, "bracket", { ...data, found, expected: open + found.slice(1, -1) + close });
          continue;
        }
        if (badOpen) report(p.open, p.open + 1, open, "bracket", { ...data, found: text[p.open]!, expected: open });
        if (badClose) report(p.close, p.close + 1, close, "bracket", { ...data, found: text[p.close]!, expected: close });
      }
    }

    // (c) One-digit and longer numbers each follow their own convention (９月, 2015年).
    for (const single of [true, false]) {
      const mine = numbers.filter((x) => x.single === single);
      const full = mine.filter((x) => x.width === "full").length;
      const half = mine.filter((x) => x.width === "half").length;
      const want = convention(full, half);
      if (!want) continue;
      const isFull = want === "full";
      for (const x of mine) {
        if (x.width === want) continue;
        const found = text.slice(x.start, x.end);
        const expected = convert(found, want);
        report(x.start, x.end, expected, "digits", {
          found,
          expected,
          digits: single ? "1桁" : "2桁以上",
          width: WIDTH_NAME[want],
          otherWidth: WIDTH_NAME[isFull ? "half" : "full"],
          majorityCount: isFull ? full : half,
          minorityCount: isFull ? half : full,
        });
      }
    }

    // (d) Latin letters. A word also written in the other width is no-orthographic-variants' finding.
    {
      const full = letters.filter((x) => x.width === "full").length;
      const half = letters.filter((x) => x.width === "half").length;
      const want = convention(full, half);
      if (want) {
        const isFull = want === "full";
        for (const x of letters) {
          if (x.width === want) continue;
          const found = text.slice(x.start, x.end);
          const expected = convert(found, want);
          if (found.length >= 2 && (isFull ? fullWords : halfWords).has(expected)) continue;
          report(x.start, x.end, expected, "letters", {
            found,
            expected,
            width: WIDTH_NAME[want],
            otherWidth: WIDTH_NAME[isFull ? "half" : "full"],
            majorityCount: isFull ? full : half,
            minorityCount: isFull ? half : full,
          });
        }
      }
    }
  },
});

/**
 * A number the convention speaks for: not part of a label (1., 2.2(2), (1),
 * 資料１－１), a footnote mark (※１), or a Latin name or code (ISO/IEC 27001,
 * NATIONAL 318, Ver.1).
 */
function isCountedNumber(text: string, start: number, end: number): boolean {
  const prev = text.charCodeAt(start - 1);
  const next = text.charCodeAt(end);
  if (prev === 0x203b) return false;
  if (isDash(prev) || isDash(next)) return false;
  if (next === 0x2e || next === 0xff0e) return false;
  if ((prev === 0x28 || prev === 0xff08) && (next === 0x29 || next === 0xff09)) return false;
  if (prev === 0x20 || prev === 0x2e || prev === 0x2f || prev === 0x3a || prev === 0x5f) {
    const before = text.charCodeAt(start - 2);
    if (isAlnum(before)) return false;
  }
  if (isAsciiLetter(next) || isFullLetter(next)) return false;
  return true;
}

/** A one-letter token that labels a list item: Ａ．, ａ．, A., (a), （ａ）. */
function isLetterLabel(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next === 0x2e || next === 0xff0e) return true;
  const prev = text.charCodeAt(start - 1);
  return (prev === 0x28 || prev === 0xff08) && (next === 0x29 || next === 0xff09);
}

/** A Latin word the document writes in both widths (PJMO and ＰＪＭＯ). */
function writtenInBothWidths(content: string, halfWords: ReadonlySet<string>, fullWords: ReadonlySet<string>): boolean {
  const half = toHalfWidth(content);
  return halfWords.has(half) && fullWords.has(toFullWidth(half));
}

/** ( ) inside a Latin name — NATIONAL 318(CYBER) EKIDEN — follow the name, not the Japanese text. */
function latinContext(text: string, open: number, close: number): boolean {
  const before = text.charCodeAt(open - 1);
  const after = text.charCodeAt(close + 1);
  const latinBefore = isAlnum(before) && before < 0x80;
  const latinAfter = after === 0x20 || (isAlnum(after) && after < 0x80);
  return latinBefore && latinAfter;
}
