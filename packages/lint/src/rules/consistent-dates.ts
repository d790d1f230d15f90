/**
 * Dates a careful editor checks by hand:
 * - one cited document given different dates in different places (citations
 *   「title」（date…決定）, 「title」をdateに…決定, and the glossary's own
 *   「2015年９月４日、閣議決定。」 under the document's headword);
 * - 和暦 among 西暦 (or the reverse), with a converting fix when the conversion is
 *   exact, written in the document's own digit widths;
 * - dates that do not exist (２月30日, 13月, 令和0年, 平成31年５月);
 * - a weekday that does not match its date;
 * - a year written without 年 where the document writes the same name with it
 *   (「2020東京オリンピック」 beside 「2020年東京オリンピック」).
 *
 * Everything is read from the document's lines joined across PDF wraps (a date
 * broken over a line break is still one date) and mapped back with toSourceRange.
 */
import { digitsValue, findNodeAt, toSourceRange, type PlanDocument, type RelatedLocation, type RuleSuggestion, type TextRange } from "@planlint/core";
import { digitConvention, eraOf, impossibility, writeNumber } from "../dates/calendar.js";
import { normaliseTitle, titleEndingAt } from "../dates/citations.js";
import { daysInMonth, readDates, segmentsOf, type DateHit, type Segment } from "../dates/read-dates.js";
import { defineRule, type RuleContext } from "../rule.js";

const WEEKDAYS = "日月火水木金土";

/**
 * Four digits run straight into a word (2020東京): a year that lost its 年 when
 * the document writes the same words after 「2020年」 elsewhere.
 */
const YEAR_WITHOUT_MARK = /(?<![0-9０-９])[0-9０-９]{4}(?=[\u4e00-\u9fff\u3005\u30a1-\u30fa])/g;

/** Where the words after a name's year end, for comparing them. */
const NAME_END = /[、。，,（）()「」『』\n]/;

/** How many of the words after the year must agree, and how many the message quotes. */
const NAME_AGREE = 2;
const NAME_QUOTE = 8;

interface Statement {
  title: string;
  key: string;
  hit: DateHit;
  /** Source offset of the date: where it stands is named only for a statement that becomes a reference. */
  at: number;
  /** A revision date is another date of the same document: only decisions are compared. */
  revision: boolean;
  /** Stated by the glossary entry of the document itself. */
  definition: boolean;
}

/** 「title」（…date…決定） — the date sits in brackets right after a closing 」. */
const CITATION_OPEN_BEFORE = /」[ 　]?[（(][^（）()「」]{0,12}$/;

const CITATION_VERB_AFTER = /^[^（）()「」]{0,40}?(決定|改定|改訂|策定|決議|制定|公表)[^（）()「」]{0,10}?[）)]/;

/** 「title」（2016年10月）: a bare date is the document's date too. */
const CITATION_BARE_AFTER = /^[）)]/;

/** 「title」を2015年９月４日に閣議決定 */
const STATEMENT_BEFORE = /」(?:を|は|が)$/;

const STATEMENT_VERB_AFTER = /^(?:に)?[^「」。、（）()]{0,20}?(決定|改定|改訂|策定|制定)/;

/** In a glossary definition: 2015年９月４日、閣議決定 / 2014年５月に策定 / 2017年４月18日にサイバーセキュリティ戦略本部にて決定 */
const GLOSSARY_VERB_AFTER = /^、?(?:に)?[^「」。、（）()]{0,25}?(?:にて|で|により)?(決定|改定|改訂|策定|制定)/;

const REVISION = /^改[定訂]$/;

/** How far a glossary sentence is looked at around its date. */
const SENTENCE_REACH = 300;

export const consistentDates = defineRule({
  id: "consistent-dates",
  meta: {
    description: "Finds a document cited with different dates, 和暦 mixed with 西暦, dates that do not exist, weekdays that do not match their date and a year that lost its 年.",
    recommended: "warn",
    fixable: true,
    hasSuggestions: true,
    messages: {
      citationDate: "「{{title}}」の日付が {{other}}（{{where}}）と異なります",
      useWestern: "和暦の日付が西暦の日付（{{count}}箇所）に混じっています: 「{{date}}」は「{{converted}}」です",
      useEra: "西暦の日付が和暦の日付（{{count}}箇所）に混じっています: 「{{date}}」は「{{converted}}」です",
      mixedCalendar: "{{calendar}}の日付が{{dominant}}の日付（{{count}}箇所）に混じっています",
      mismatchedPair: "「{{date}}」と「{{other}}」は同じ年ではありません（「{{date}}」は{{expected}}年です）",
      invalidDate: "「{{date}}」という日付はありません: {{reason}}",
      wrongWeekday: "「{{date}}」は{{actual}}曜日です（{{written}}曜日と書かれています）",
      setWeekday: "曜日を{{actual}}にする",
      setDay: "日付を{{day}}にする",
      useDate: "日付を{{date}}にする",
      missingYear: "「{{written}}」の年に「年」がありません: ほかでは「{{usual}}」と書かれています（{{count}}箇所）",
    },
    docs: "docs/rules/consistent-dates.md",
  },
  create(context) {
    const { document } = context;
    const segments = segmentsOf(context);
    const hits: DateHit[] = [];
    for (const segment of segments) for (const h of readDates(segment)) hits.push(h);
    if (hits.length === 0) return;

    const rangeOf = (h: DateHit, start = h.start, end = h.end): TextRange => toSourceRange(h.segment.joined, start, end);
    /** A fix may replace only text on one line: a date broken over a PDF line break is reported, not rewritten. */
    const onOneLine = (h: DateHit, start = h.start, end = h.end): boolean => {
      const r = rangeOf(h, start, end);
      return context.text.slice(r.start, r.end) === h.segment.joined.text.slice(start, end);
    };
    const convention = digitConvention(hits);

    // Impossible dates, and year inference for month-day dates with a weekday.
    const invalid = new Set<DateHit>();
    let lastFullDate: DateHit | undefined;
    for (const h of hits) {
      if (h.notADate) continue;
      let year = h.year;
      if (year === undefined) {
        // A year from context only when it is beyond doubt: a full date earlier in
        // the same sentence (「2017年７月13日（木）から７月15日（金）まで」), and this
        // month not before its month (no turn of the year between).
        const prev = lastFullDate;
        const s = h.segment.joined.text;
        if (prev && prev.segment === h.segment && !s.slice(prev.end, h.start).includes("。") && prev.month!.value <= h.month!.value) {
          year = prev.year;
        }
      } else if (h.month && h.day) {
        lastFullDate = h;
      }
      if (h.quoted) continue;
      const reason = impossibility(h, year);
      if (reason) {
        invalid.add(h);
        context.report({ range: rangeOf(h), messageId: "invalidDate", data: { date: h.text, reason } });
        continue;
      }
      // Years before 1000 would need the Julian calendar (and Date.UTC reads 0–99 as 19xx).
      if (h.weekday && year !== undefined && year >= 1000 && h.month && h.day) {
        const actual = WEEKDAYS[new Date(Date.UTC(year, h.month.value - 1, h.day.value)).getUTCDay()]!;
        if (actual !== h.weekday.char) {
          const suggestions: RuleSuggestion[] = [
            { messageId: "setWeekday", data: { actual }, fix: { range: rangeOf(h, h.weekday.start, h.weekday.end), text: actual } },
          ];
          // Or the day is the typo: the nearest day in the same month with the written weekday.
          const want = WEEKDAYS.indexOf(h.weekday.char);
          const shift = (want - WEEKDAYS.indexOf(actual) + 7) % 7;
          const candidate = shift <= 3 ? h.day.value + shift : h.day.value + shift - 7;
          if (candidate >= 1 && candidate <= daysInMonth(year, h.month.value) && onOneLine(h)) {
            const dayStart = h.start + h.text.lastIndexOf(h.day.digits + "日");
            const day = writeNumber(candidate, convention, h.day);
            suggestions.push({ messageId: "setDay", data: { day: `${day}日` }, fix: { range: rangeOf(h, dayStart, dayStart + h.day.digits.length), text: day } });
          }
          context.report({
            range: rangeOf(h, h.start, h.weekday.groupEnd),
            messageId: "wrongWeekday",
            data: { date: h.text, actual, written: h.weekday.char },
            suggestions,
          });
        }
      }
    }

    // 平成29年（2018年）: a pair that disagrees.
    for (let i = 0; i + 1 < hits.length; i++) {
      const a = hits[i]!;
      const b = hits[i + 1]!;
      if (!a.paired || !b.paired || a.segment !== b.segment || b.start !== a.end + 1 || a.year === b.year) continue;
      const [era, western] = a.era ? [a, b] : [b, a];
      context.report({
        range: rangeOf(era),
        messageId: "mismatchedPair",
        data: { date: era.text, other: western.text, expected: String(era.year) },
        related: [{ range: rangeOf(western), message: `「${western.text}」` }],
      });
    }

    // 和暦 among 西暦 (or the reverse): only when one calendar clearly dominates.
    const dated = hits.filter((h) => h.year !== undefined && !h.quoted && !h.notADate && !h.paired);
    const eraHits = dated.filter((h) => h.era !== undefined);
    const westernCount = dated.length - eraHits.length;
    const eraCount = eraHits.length;
    // A document that writes 「2023年（令和5年）」 declares its own calendar: the one
    // outside the brackets. Dates in it are the document's own form however many
    // cited decisions are dated in the other (「（令和３年６月１８日閣議決定）」).
    let outerWestern = 0;
    let outerEra = 0;
    for (let i = 0; i + 1 < hits.length; i++) {
      const a = hits[i]!;
      const b = hits[i + 1]!;
      if (!a.paired || !b.paired || a.segment !== b.segment || b.start !== a.end + 1) continue;
      if (a.era === undefined) outerWestern++;
      else outerEra++;
      i++;
    }
    const dominantWestern = westernCount >= 3 && westernCount >= 3 * eraCount && !(outerEra > 0 && outerWestern === 0);
    const dominantEra = eraCount >= 3 && eraCount >= 3 * westernCount && !(outerWestern > 0 && outerEra === 0);
    if (dominantWestern || dominantEra) {
      for (const h of dated) {
        if (invalid.has(h) || (h.era !== undefined) === dominantEra) continue;
        const month = h.month?.value;
        const day = h.day?.value;
        const count = String(dominantWestern ? westernCount : eraCount);
        let converted: string | undefined;
        if (dominantWestern) {
          converted = `${writeNumber(h.year!, convention, h.eraYear)}年`;
        } else {
          const fiscal = h.segment.joined.text.startsWith("度", h.end);
          const era = eraOf(h.year!, month, day, fiscal);
          if (era) converted = `${era.era}${era.year === 1 ? "元" : writeNumber(era.year, convention, h.yearField)}年`;
        }
        if (converted !== undefined) {
          if (month !== undefined) converted += `${writeNumber(month, convention, h.month)}月`;
          if (day !== undefined) converted += `${writeNumber(day, convention, h.day)}日`;
          context.report({
            range: rangeOf(h),
            messageId: dominantWestern ? "useWestern" : "useEra",
            data: { date: h.text, converted, count },
            ...(onOneLine(h) ? { fix: { range: rangeOf(h), text: converted } } : {}),
          });
        } else {
          context.report({
            range: rangeOf(h),
            messageId: "mixedCalendar",
            data: { calendar: dominantWestern ? "和暦" : "西暦", dominant: dominantWestern ? "西暦" : "和暦", count },
          });
        }
      }
    }

    reportCitationDates(context, document, hits, invalid, rangeOf, onOneLine);
    reportYearsWithoutMark(context, segments, hits);
  },
});

/**
 * 「2020東京オリンピック」 where the document writes 「2020年東京オリンピック」: the
 * same year followed by the same words (at least NAME_AGREE characters) with 年
 * elsewhere. Only years that are part of a name are compared (2020年東京…, not
 * 2017年度), so a number that merely precedes a word is never taken for a year.
 */
function reportYearsWithoutMark(context: RuleContext<any>, segments: readonly Segment[], hits: readonly DateHit[]): void {
  const named = new Map<number, { hit: DateHit; words: string }[]>();
  for (const h of hits) {
    if (!h.notADate || h.yearField === undefined || h.quoted) continue;
    const s = h.segment.joined.text;
    const rest = s.slice(h.end, h.end + 40);
    const cut = rest.search(NAME_END);
    const words = cut < 0 ? rest : rest.slice(0, cut);
    if (words.length < NAME_AGREE) continue;
    const list = named.get(h.year!);
    if (list) list.push({ hit: h, words });
    else named.set(h.year!, [{ hit: h, words }]);
  }
  if (named.size === 0) return;
  for (const segment of segments) {
    const s = segment.joined.text;
    for (const m of s.matchAll(YEAR_WITHOUT_MARK)) {
      const candidates = named.get(digitsValue(m[0]));
      if (!candidates) continue;
      const after = m.index + m[0].length;
      const matching = candidates.filter(({ words }) => s.startsWith(words.slice(0, NAME_AGREE), after));
      if (matching.length === 0) continue;
      const { hit, words } = matching[0]!;
      const end = after + NAME_AGREE;
      const range = toSourceRange(segment.joined, m.index, end);
      const written = s.slice(m.index, end);
      const onOneLine = context.text.slice(range.start, range.end) === written;
      context.report({
        range,
        messageId: "missingYear",
        data: { written, usual: `${hit.text}${words.slice(0, NAME_QUOTE)}`, count: String(matching.length) },
        ...(onOneLine ? { fix: { range, text: `${m[0]}年${s.slice(after, end)}` } } : {}),
        related: matching.slice(0, 3).map((n) => ({ range: toSourceRange(n.hit.segment.joined, n.hit.start, n.hit.end), message: `「${n.hit.text}${n.words.slice(0, NAME_QUOTE)}」` })),
      });
    }
  }
}

function reportCitationDates(
  context: RuleContext<any>,
  document: PlanDocument,
  hits: readonly DateHit[],
  invalid: ReadonlySet<DateHit>,
  rangeOf: (h: DateHit) => TextRange,
  onOneLine: (h: DateHit) => boolean,
): void {
  const statements: Statement[] = [];
  const glossaryEntries = document.glossary.filter((e) => e.source.kind === "document").sort((a, b) => a.range.start - b.range.start);
  const entryAt = (offset: number) => {
    let lo = 0;
    let hi = glossaryEntries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = glossaryEntries[mid]!;
      if (offset < e.range.start) hi = mid - 1;
      else if (offset >= e.range.end) lo = mid + 1;
      else return e;
    }
    return undefined;
  };
  const whereIs = (offset: number): string => {
    const entry = entryAt(offset);
    if (entry) return `用語解説「${entry.headword}」`;
    const node = findNodeAt(document, offset);
    if (node) return node.path || node.title || "本文";
    return document.parts.find((p) => p.range.start <= offset && offset < p.range.end)?.title || "本文";
  };

  for (const h of hits) {
    if (h.year === undefined || h.notADate || invalid.has(h)) continue;
    const s = h.segment.joined.text;
    const before = s.slice(Math.max(0, h.start - 16), h.start);
    const after = s.slice(h.end, h.end + 48);
    let title: string | undefined;
    let verb: string | undefined;
    let definition = false;
    const open = CITATION_OPEN_BEFORE.exec(before);
    if (open) {
      // 「…計画」（2015年度…） gives the plan's period, not its date.
      if (s[h.end] === "度") continue;
      const verbMatch = CITATION_VERB_AFTER.exec(after);
      if (!verbMatch && !CITATION_BARE_AFTER.test(after)) continue;
      const close = h.start - (before.length - open.index);
      title = titleEndingAt(s, close)?.title;
      verb = verbMatch?.[1];
    } else if (STATEMENT_BEFORE.test(before)) {
      const verbMatch = STATEMENT_VERB_AFTER.exec(after);
      if (!verbMatch) continue;
      title = titleEndingAt(s, h.start - 2)?.title;
      verb = verbMatch[1];
    } else {
      // A glossary entry stating its own document's date.
      const source = rangeOf(h).start;
      const entry = entryAt(source);
      if (!entry || source < entry.headwordRange.end) continue;
      const verbMatch = GLOSSARY_VERB_AFTER.exec(after);
      if (!verbMatch) continue;
      const from = Math.max(0, h.start - SENTENCE_REACH);
      const sentenceStart = from + s.slice(from, h.start).lastIndexOf("。") + 1;
      const stop = s.slice(h.end, h.end + SENTENCE_REACH).indexOf("。");
      const sentence = s.slice(sentenceStart, stop < 0 ? h.end + SENTENCE_REACH : h.end + stop);
      const headword = normaliseTitle(entry.headword);
      // Another document quoted in the same sentence may be the one dated.
      const quoted = [...sentence.matchAll(/「([^「」]*)」/g)].map((m) => normaliseTitle(m[1]!));
      if (quoted.some((q) => q !== headword)) continue;
      title = entry.headword;
      verb = verbMatch[1];
      definition = true;
    }
    if (!title) continue;
    statements.push({ title, key: normaliseTitle(title), hit: h, at: rangeOf(h).start, revision: verb !== undefined && REVISION.test(verb), definition });
  }

  const byTitle = new Map<string, Statement[]>();
  for (const st of statements) {
    if (st.revision) continue;
    const list = byTitle.get(st.key);
    if (list) list.push(st);
    else byTitle.set(st.key, [st]);
  }
  const dateKey = (h: DateHit): string => `${h.year}-${h.month?.value ?? ""}-${h.day?.value ?? ""}`;
  const compatible = (a: DateHit, b: DateHit): boolean =>
    a.year === b.year &&
    (a.month === undefined || b.month === undefined || a.month.value === b.month.value) &&
    (a.day === undefined || b.day === undefined || a.day.value === b.day.value);
  const specificity = (h: DateHit): number => (h.month ? 1 : 0) + (h.day ? 1 : 0);

  for (const list of byTitle.values()) {
    if (list.length < 2) continue;
    const counts = new Map<string, number>();
    for (const st of list) counts.set(dateKey(st.hit), (counts.get(dateKey(st.hit)) ?? 0) + 1);
    // The reference date: the most often given; on a tie the glossary's own
    // definition (written as reference material), then the most precise, then the first.
    const rank = (st: Statement): number[] => [counts.get(dateKey(st.hit))!, st.definition ? 1 : 0, specificity(st.hit)];
    let reference = list[0]!;
    for (const st of list) {
      const a = rank(st);
      const b = rank(reference);
      const i = a.findIndex((x, k) => x !== b[k]);
      if (i >= 0 && a[i]! > b[i]!) reference = st;
    }
    let where: string | undefined;
    for (const st of list) {
      if (compatible(st.hit, reference.hit)) continue;
      where ??= whereIs(reference.at);
      const related: RelatedLocation[] = [{ range: rangeOf(reference.hit), message: `「${reference.title}」${reference.hit.text}（${where}）` }];
      const suggestions: RuleSuggestion[] = onOneLine(st.hit)
        ? [{ messageId: "useDate", data: { date: reference.hit.text }, fix: { range: rangeOf(st.hit), text: reference.hit.text } }]
        : [];
      context.report({
        range: rangeOf(st.hit),
        messageId: "citationDate",
        data: { title: st.title, other: reference.hit.text, where },
        related,
        ...(suggestions.length ? { suggestions } : {}),
      });
    }
  }
}
