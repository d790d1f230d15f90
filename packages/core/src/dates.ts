import { DIGIT as D } from "./characters.js";
import { digitsValue } from "./labels.js";
import type { PlanDate } from "./types.js";

/** First western year of each era (元年 = this year). */
export const ERA_START: Readonly<Record<string, number>> = {
  明治: 1868,
  大正: 1912,
  昭和: 1926,
  平成: 1989,
  令和: 2019,
};

/**
 * One space, half or full width, that PDF extraction leaves between a date's
 * parts (「2018 年」, 「令和　４年　４月　１日」): the date is still a date.
 */
const S = "[ \u3000]?";
/** `2015年９月４日`, `平成29年5月30日`, `令和元年`, `2017年３月` (month and day optional), with PDF spaces between the parts. */
export const DATE_SOURCE = `(?:(明治|大正|昭和|平成|令和)${S}(元|${D}{1,2})|(${D}{4}))${S}年(?:${S}(${D}{1,2})${S}月(?:${S}(${D}{1,2})${S}日)?)?`;

/** Reads one date match of {@link DATE_SOURCE} (groups 1–5). */
function dateFromMatch(m: RegExpExecArray | RegExpMatchArray, offset = 1): PlanDate {
  const era = m[offset];
  const eraYear = m[offset + 1];
  const western = m[offset + 2];
  const month = m[offset + 3];
  const day = m[offset + 4];
  const date: PlanDate = { text: m[0], year: 0 };
  if (era) {
    date.era = era;
    date.year = (ERA_START[era] ?? 0) + (eraYear === "元" ? 1 : digitsValue(eraYear ?? "1")) - 1;
  } else {
    date.year = digitsValue(western ?? "0");
  }
  if (month) date.month = digitsValue(month);
  if (day) date.day = digitsValue(day);
  return date;
}

/** DATE_SOURCE compiled once (not global: exec does not depend on lastIndex). */
const DATE = new RegExp(DATE_SOURCE);

/** Parses a date written the way plans write them, or undefined. */
export function parsePlanDate(text: string): PlanDate | undefined {
  const m = DATE.exec(text);
  return m ? dateFromMatch(m) : undefined;
}
