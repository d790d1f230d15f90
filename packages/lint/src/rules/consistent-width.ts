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
import { toSourceRange, type RuleReport } from "@planlint/core";
import { defineRule } from "../rule.js";
import { planText, sourceEdit, toHalfWidth, withinOnePiece } from "./no-orthographic-variants.js";

type Width = "full" | "half";

/** A convention is enforced only when one form clearly dominates: at least twice the other, and seen twice. */
function convention(full: number, half: number): Width | undefined {
  if (full >= 2 && full >= 2 * half) return "full";
  if (half >= 2 && half >= 2 * full) return "half";
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

interface Mark {
  at: number;
  char: string;
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
    const n = text.length;

    const commas: Record<"ideographic" | "full" | "half", Mark[]> = { ideographic: [], full: [], half: [] };
    const periods: Record<"ideographic" | "full" | "half", Mark[]> = { ideographic: [], full: [], half: [] };
    const pairs: BracketPair[] = [];
    const numbers: (Token & { single: boolean })[] = [];
    const letters: Token[] = [];
    const halfWords = new Set<string>();
    const fullWords = new Set<string>();
    const stack: { at: number; full: boolean }[] = [];

    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isAlnum(c)) {
        const start = i;
        let hasLetter = false;
        let full = 0;
        let half = 0;
        while (i < n) {
          const k = text.charCodeAt(i);
          if (isAsciiLetter(k)) {
            hasLetter = true;
            half++;
          } else if (isFullLetter(k)) {
            hasLetter = true;
            full++;
          } else if (isAsciiDigit(k)) half++;
          else if (isFullDigit(k)) full++;
          // 1,000 and 2.5 are one number (so are the labels 1.1 and 2.2, let go below).
          else if (!((k === 0x2c || k === 0x2e || k === 0xff0c || k === 0xff0e) && !hasLetter && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i - 1)))) break;
          i++;
        }
        const width = full === 0 ? "half" : half === 0 ? "full" : "mixed";
        if (hasLetter) {
          letters.push({ start, end: i, width });
          const word = text.slice(start, i);
          if (width === "half") halfWords.add(word);
          else if (width === "full") fullWords.add(word);
        } else if (isCountedNumber(text, start, i)) {
          let digits = 0;
          for (let k = start; k < i; k++) if (isDigit(text.charCodeAt(k))) digits++;
          numbers.push({ start, end: i, width, single: digits === 1 });
        }
        continue;
      }
      switch (c) {
        case 0x3001:
          commas.ideographic.push({ at: i, char: "、" });
          break;
        case 0xff0c:
          commas.full.push({ at: i, char: "，" });
          break;
        case 0x2c:
          // A half-width comma between Japanese words stands for 、; elsewhere it is English punctuation.
          if (isJapanese(text.charCodeAt(i - 1)) && isJapanese(text.charCodeAt(i + 1))) commas.half.push({ at: i, char: "," });
          break;
        case 0x3002:
          periods.ideographic.push({ at: i, char: "。" });
          break;
        case 0xff0e:
          // １．: a numbering label, not a full stop.
          if (!isDigit(text.charCodeAt(i - 1))) periods.full.push({ at: i, char: "．" });
          break;
        case 0x2e:
          if (isJapanese(text.charCodeAt(i - 1)) && isJapanese(text.charCodeAt(i + 1))) periods.half.push({ at: i, char: "." });
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
            if (!LABEL_CONTENT.test(content) && !latinContext(text, open.at, i)) {
              pairs.push({ open: open.at, close: i, openFull: open.full, closeFull: c === 0xff09, latin: LATIN_CONTENT.test(content) });
            }
          }
          break;
        }
        case 10:
          stack.length = 0;
          break;
      }
      i++;
    }

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
      const total = forms.reduce((sum, f) => sum + f.length, 0);
      const major = forms.reduce((a, b) => (b.length > a.length ? b : a));
      const minority = total - major.length;
      if (minority === 0 || !convention(major.length, minority)) continue;
      const expected = major[0]!.char;
      for (const f of forms) {
        if (f === major) continue;
        for (const m of f) report(m.at, m.at + 1, expected, messageId, { found: m.char, expected, majorityCount: major.length, minorityCount: minority });
      }
    }

    // (b) （ vs ( — Japanese and Latin contents are separate conventions.
    for (const latin of [false, true]) {
      const mine = pairs.filter((p) => p.latin === latin);
      let full = 0;
      let half = 0;
      for (const p of mine) {
        if (p.openFull && p.closeFull) full++;
        else if (!p.openFull && !p.closeFull) half++;
      }
      const want = convention(full, half);
      if (!want) continue;
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

/** ( ) inside a Latin name — NATIONAL 318(CYBER) EKIDEN — follow the name, not the Japanese text. */
function latinContext(text: string, open: number, close: number): boolean {
  const before = text.charCodeAt(open - 1);
  const after = text.charCodeAt(close + 1);
  const latinBefore = isAlnum(before) && before < 0x80;
  const latinAfter = after === 0x20 || (isAlnum(after) && after < 0x80);
  return latinBefore && latinAfter;
}
