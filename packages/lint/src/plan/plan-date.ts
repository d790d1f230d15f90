/**
 * The date a plan gives itself, read from its own text: a date line in the
 * front matter (「令和４年４月１日 一部変更」, 「2023年（令和5年）2月28日」, the latest
 * one when the plan lists its revisions) or, failing that, the year in its title
 * (「サイバーセキュリティ2017」). Rules that judge a name by when the plan was
 * written (no-renamed-bodies) ask here; a plan that states no date has none.
 *
 * Only lines that are a date and little else count (a date and 閣議決定, 一部変更,
 * 決定, or the issuing body): a sentence of the preface that names a target year
 * (「2030年までに」) is not the plan's date. PDF extraction spaces dates out
 * (「令和　４年　４月　１日」, 「2018 年」), so spaces inside a date are allowed.
 */
import { ERA_START } from "@planlint/core";

export interface OwnDate {
  year: number;
  /** Absent when only the year is known (a title year). */
  month?: number;
  day?: number;
  /** As written. */
  text: string;
  from: "front matter" | "title";
}

const D = "[0-9０-９]";
const S = "[ \\u3000]*";
/** A 和暦 or 西暦 date with month (day optional), spaces allowed between its parts; a 和暦 in brackets may follow the western year. */
const DATE = new RegExp(
  `(?:(明治|大正|昭和|平成|令和)${S}(元|${D}{1,2})|(${D}{4}))${S}年${S}(?:[（(][^）)]{1,8}[）)]${S})?(${D}{1,2})${S}月(?:${S}(${D}{1,2})${S}日)?`,
);
/** What may stand beside the date on its line: a decision, a revision, the issuing body. */
const DATE_LINE_REST = /^[\s　]*(?:[（(]?(?:閣議決定|一部変更|一部改正|全部改定|改定|改訂|決定|策定|公表|施行|[^\s　。、]{1,12}(?:本部|会議|委員会|庁|省|府)(?:決定)?)[）)]?)?[\s　]*$/;
/** A year run into the title's last word: 「サイバーセキュリティ2017」, 「…計画2025」. */
const TITLE_YEAR = /[\u30a1-\u30fa\u30fc\u4e00-\u9fffA-Za-z]((?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2})(?![0-9０-９年度月])/;

const FRONT_LINES = 15;

function num(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** The plan's own date, or undefined when its opening lines state none. */
export function planOwnDate(text: string): OwnDate | undefined {
  // Only the opening lines are read: splitting the whole plan into lines cost more than the rest of the rule.
  const lines: string[] = [];
  for (let at = 0; lines.length < FRONT_LINES; ) {
    LINE_BREAK.lastIndex = at;
    const br = LINE_BREAK.exec(text);
    const line = text.slice(at, br ? br.index : text.length);
    if (line.trim() !== "" && !/^\s*(?:-{3,}|<!--.*-->)\s*$/.test(line)) lines.push(line);
    if (!br) break;
    at = br.index + br[0].length;
  }
  let best: OwnDate | undefined;
  for (const line of lines) {
    const m = DATE.exec(line);
    if (!m) continue;
    const before = line.slice(0, m.index);
    const after = line.slice(m.index + m[0].length);
    if (!/^[\s　#*>（(]*$/.test(before) || !DATE_LINE_REST.test(after)) continue;
    const year = m[1] ? (ERA_START[m[1]] ?? 0) + (m[2] === "元" ? 1 : num(m[2]!)) - 1 : num(m[3]!);
    const date: OwnDate = { year, month: num(m[4]!), text: m[0], from: "front matter" };
    if (m[5]) date.day = num(m[5]);
    if (!best || dayNumber(date) > dayNumber(best)) best = date;
  }
  if (best) return best;
  for (const line of lines) {
    const m = TITLE_YEAR.exec(line);
    if (m) return { year: num(m[1]!), text: m[1]!, from: "title" };
  }
  return undefined;
}

/** y*10000 + m*100 + d, with an unknown month or day as 0. */
function dayNumber(d: { year: number; month?: number; day?: number }): number {
  return d.year * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);
}

/**
 * Whether a plan of date `own` was certainly written after `change` (ISO date):
 * a title year must be a later year, a month without day a later month.
 */
export function isAfter(own: OwnDate, change: string): boolean {
  const [y, m, d] = change.split("-").map(Number) as [number, number, number];
  if (own.month === undefined) return own.year > y;
  if (own.day === undefined) return own.year * 100 + own.month > y * 100 + m;
  return dayNumber(own) > y * 10000 + m * 100 + d;
}
