/** The calendar: eras, days in a month, dates that do not exist, and numbers written in the document's digit widths. */
import { ERA_START } from "@planlint/core";
import { daysInMonth, type DateHit, type Field } from "./read-dates.js";

/** Era spans, first and last day (inclusive), as y*10000+m*100+d. */
const ERA_SPAN: Readonly<Record<string, readonly [number, number]>> = {
  明治: [18680101, 19120729],
  大正: [19120730, 19261224],
  昭和: [19261225, 19890107],
  平成: [19890108, 20190430],
  令和: [20190501, 99991231],
};

const ERA_ORDER = ["明治", "大正", "昭和", "平成", "令和"] as const;

/** How the document writes one-digit and longer numbers in dates: full-width or half-width. */
interface DigitConvention {
  oneFull: boolean | undefined;
  manyFull: boolean | undefined;
}

export function digitConvention(hits: readonly DateHit[]): DigitConvention {
  let oneFull = 0;
  let oneHalf = 0;
  let manyFull = 0;
  let manyHalf = 0;
  for (const h of hits) {
    for (const f of [h.yearField, h.eraYear, h.month, h.day]) {
      if (!f || f.digits === "元") continue;
      const full = f.digits.charCodeAt(0) >= 0xff10;
      if (f.digits.length === 1) full ? oneFull++ : oneHalf++;
      else full ? manyFull++ : manyHalf++;
    }
  }
  return {
    oneFull: oneFull === oneHalf ? undefined : oneFull > oneHalf,
    manyFull: manyFull === manyHalf ? undefined : manyFull > manyHalf,
  };
}

const toFull = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** A number in the document's convention; with no convention, as the original field was written. */
export function writeNumber(value: number, convention: DigitConvention, like: Field | undefined): string {
  const s = String(value);
  const full = s.length === 1 ? convention.oneFull : convention.manyFull;
  const asWritten = like !== undefined && like.digits !== "元" && like.digits.charCodeAt(0) >= 0xff10;
  return (full ?? asWritten) ? toFull(s) : s;
}

const dayKey = (y: number, m: number, d: number): number => y * 10000 + m * 100 + d;

/** The era a western date falls in, when only one era fits it (2019年 alone fits two). */
export function eraOf(year: number, month: number | undefined, day: number | undefined, fiscal: boolean): { era: string; year: number } | undefined {
  const first = dayKey(year, month ?? 1, day ?? 1);
  const last = fiscal ? dayKey(year + 1, 3, 31) : dayKey(year, month ?? 12, day ?? daysInMonth(year, month ?? 12));
  for (const era of ERA_ORDER) {
    const [from, to] = ERA_SPAN[era]!;
    if (from <= first && last <= to) return { era, year: year - ERA_START[era]! + 1 };
  }
  return undefined;
}

/** Why a date cannot exist, or undefined. */
export function impossibility(h: DateHit, year: number | undefined): string | undefined {
  if (h.era && h.eraYear && h.eraYear.value === 0) return `${h.era}は元年（1年）から始まります`;
  const m = h.month?.value;
  if (m !== undefined && (m < 1 || m > 12)) return "月は1〜12です";
  const d = h.day?.value;
  if (m !== undefined && d !== undefined && (d < 1 || d > daysInMonth(year, m))) {
    return d >= 1 && m === 2 && d === 29 ? `${year}年は閏年ではありません` : `${m}月は${daysInMonth(year, m)}日までです`;
  }
  if (h.era && h.year !== undefined) {
    const [from, to] = ERA_SPAN[h.era]!;
    const first = dayKey(h.year, m ?? 1, d ?? 1);
    const last = dayKey(h.year, m ?? 12, d ?? daysInMonth(h.year, m ?? 12));
    const show = (k: number): string => `${Math.floor(k / 10000)}年${Math.floor(k / 100) % 100}月${k % 100}日`;
    if (last < from) return `${h.era}は${show(from)}からです`;
    if (first > to) return `${h.era}は${show(to)}までです`;
  }
  return undefined;
}
