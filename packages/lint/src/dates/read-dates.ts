/**
 * Dates as the text writes them (西暦 and 和暦, either digit width, with or without
 * a weekday), read from the document's lines joined across PDF wraps.
 */
import { DIGIT as D, ERA_START, digitsValue, type JoinedText, type TextRange } from "@planlint/core";
import { joinProse } from "../terms/prose-text.js";
import type { RuleContext } from "../rule.js";


/**
 * 平成29年5月30日 / 2017年５月30日 / 令和元年 (groups 1–5), or a date without a year,
 * ７月13日 (groups 6–7), each with an optional weekday （木） (group 8). A month-day
 * right after 年 (毎年２月１日) belongs to no particular year and is left alone.
 */
// One space between a date's parts is the PDF's, not the drafter's (「2018 年」, 「令和　４年　４月　１日」): still a date.
const S = "[ 　]?";
const DATE_RE = new RegExp(
  `(?:(?:(明治|大正|昭和|平成|令和)${S}(元|${D}{1,2})|(?<!${D})(${D}{4}))${S}年(?:${S}(${D}{1,2})${S}月(?:${S}(${D}{1,2})${S}日)?)?|(?<![0-9０-９年])(${D}{1,2})${S}月${S}(${D}{1,2})${S}日)(?:[ 　]?[（(]([月火水木金土日])(?:曜日?)?[）)])?`,
  "g",
);

/** Where the weekday 「（木）」 begins in a date match. */
const WEEKDAY_GROUP = /[ 　]?[（(][月火水木金土日]/;

/**
 * After an era year: the number of a law or notice (平成28年法律第99号,
 * 平成22年内閣訓令第1号, 平成29年総務省告示第…号), an edition (平成29年版) or a decade
 * (平成20年代) — names, not dates, and never converted.
 */
const ERA_NOT_A_DATE_AFTER = /^[^、。（）()「」]{0,12}?第[0-9０-９一二三四五六七八九十百千]+号|^版|^代/;

/**
 * What may follow a year that is a point in time: a particle, punctuation, or a
 * word about time (度, 以降, 末, 初頭, 春 …). Anything else makes the year part of a
 * name — 「2020年東京オリンピック・パラリンピック競技大会」 — which no calendar
 * conversion may touch.
 */
const YEAR_CONTINUES = /^(?:$|[にのをはがとでもへやまよ、。，,・：:（）()」』〜～―－\-\s　]|度|代|以[降前来内上]|頃|ころ|末|初|前|後|中|内|春|夏|秋|冬|時点|現在|当時|目[途処標]|めど|比|上半期|下半期|半ば|迄|間)/;

export interface Segment {
  joined: JoinedText;
}

export interface Field {
  value: number;
  /** As written, for the digit-width convention. */
  digits: string;
}

export interface DateHit {
  segment: Segment;
  /** Joined offsets of the date (without the weekday). */
  start: number;
  end: number;
  text: string;
  era?: string;
  eraYear?: Field;
  /** Western year (computed for era dates). */
  year?: number;
  yearField?: Field;
  month?: Field;
  day?: Field;
  /** The weekday letter, and where the whole 「（木）」 ends. */
  weekday?: { char: string; start: number; end: number; groupEnd: number };
  /** Inside 「」: part of a title, which keeps its own wording. */
  quoted: boolean;
  /** Written next to its other-calendar twin: 平成29年（2017年）. */
  paired: boolean;
  /** Not a calendar date but part of a name: 平成28年法律第99号, 2020年東京オリンピック. */
  notADate: boolean;
}

const field = (digits: string | undefined): Field | undefined => (digits === undefined ? undefined : { value: digitsValue(digits), digits });

export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The in-scope parts (and text outside every part) as core's proseText reads them:
 * one segment per part, so that nothing is read across two parts.
 */
export function segmentsOf(context: RuleContext<any>): Segment[] {
  const { text, document } = context;
  const ranges: TextRange[] = [];
  const parts = [...document.parts].sort((a, b) => a.range.start - b.range.start);
  let at = 0;
  for (const p of parts) {
    if (p.range.start > at) ranges.push({ start: at, end: p.range.start });
    if (context.inScope(p.range)) ranges.push(p.range);
    at = Math.max(at, p.range.end);
  }
  if (at < text.length) ranges.push({ start: at, end: text.length });
  const out: Segment[] = [];
  for (const r of ranges) {
    const joined = joinProse(text, document, [r]);
    if (joined.pieces.length > 0) out.push({ joined });
  }
  return out;
}

const QUOTE_REACH = 200;

/** True inside 「…」 (nesting counted), looking a bounded distance either way. */
function insideQuotes(s: string, at: number): boolean {
  // Only 「, 」 and 。 matter, read backwards from the date: three lastIndexOf
  // cursors in the window jump from one to the next (most dates are a few
  // characters after a 。) instead of a loop over every character before them.
  const window = s.slice(Math.max(0, at - QUOTE_REACH), at);
  const before = (ch: string, i: number): number => (i > 0 ? window.lastIndexOf(ch, i - 1) : -1);
  let close = window.lastIndexOf("」");
  let open = window.lastIndexOf("「");
  let stop = window.lastIndexOf("。");
  let depth = 0;
  for (;;) {
    const i = Math.max(close, open, stop);
    if (i < 0) return false;
    if (i === close) {
      depth++;
      close = before("」", i);
    } else if (i === open) {
      if (depth === 0) {
        const end = s.indexOf("」", at);
        return end >= 0 && end - at <= QUOTE_REACH;
      }
      depth--;
      open = before("「", i);
    } else {
      if (depth === 0) return false;
      stop = before("。", i);
    }
  }
}

export function readDates(segment: Segment): DateHit[] {
  const s = segment.joined.text;
  const hits: DateHit[] = [];
  for (const m of s.matchAll(DATE_RE)) {
    const full = m[0];
    const weekdayAt = m[8] === undefined ? -1 : full.lastIndexOf(m[8]);
    const dateEnd = m.index + (weekdayAt < 0 ? full.length : full.search(WEEKDAY_GROUP));
    const hit: DateHit = {
      segment,
      start: m.index,
      end: dateEnd,
      text: s.slice(m.index, dateEnd),
      quoted: false,
      paired: false,
      notADate: false,
    };
    if (m[6] !== undefined) {
      hit.month = field(m[6]);
      hit.day = field(m[7]);
    } else {
      if (m[1]) {
        hit.era = m[1];
        hit.eraYear = m[2] === "元" ? { value: 1, digits: "元" } : field(m[2]);
        hit.year = (ERA_START[m[1]] ?? 0) + hit.eraYear!.value - 1;
        hit.notADate = !m[4] && ERA_NOT_A_DATE_AFTER.test(s.slice(dateEnd, dateEnd + 24));
      } else {
        hit.yearField = field(m[3]);
        hit.year = hit.yearField!.value;
      }
      hit.month = field(m[4]);
      hit.day = field(m[5]);
      if (!m[4] && !YEAR_CONTINUES.test(s.slice(dateEnd, dateEnd + 4))) hit.notADate = true;
    }
    if (weekdayAt >= 0) hit.weekday = { char: m[8]!, start: m.index + weekdayAt, end: m.index + weekdayAt + 1, groupEnd: m.index + full.length };
    hit.quoted = insideQuotes(s, m.index);
    hits.push(hit);
  }
  // 平成29年（2017年）: one date in both calendars.
  for (let i = 0; i + 1 < hits.length; i++) {
    const a = hits[i]!;
    const b = hits[i + 1]!;
    if (a.month === undefined && b.month === undefined && a.year !== undefined && b.year !== undefined && !a.weekday) {
      const between = s.slice(a.end, b.start);
      if ((between === "（" || between === "(") && /^[）)]/.test(s.slice(b.end, b.end + 1)) && (a.era === undefined) !== (b.era === undefined)) {
        a.paired = true;
        b.paired = true;
      }
    }
  }
  return hits;
}
