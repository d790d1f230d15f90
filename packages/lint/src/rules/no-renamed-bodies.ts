/**
 * no-renamed-bodies: a government body or law named by a name it no longer had
 * when the plan was written — 「IT総合戦略本部」 in a plan of 2022, after
 * デジタル社会推進会議 took over in September 2021. The list, each change dated
 * and sourced, is `src/dictionaries/renamed-bodies.ts`; the plan's date is its
 * own (front matter or title year, plan/plan-date.ts). A plan that states no date
 * is not judged.
 *
 * History stays: plans rightly tell where a body came from and cite what the old
 * body decided. A name is left alone
 * - right after 「旧」, 「前身の」, 「当時の」, or right before 「（現…）」;
 * - as the body that decided a cited document: 「…情報セキュリティ政策会議決定」;
 * - in a sentence (or bracket) that tells a change — 改組, 改称, 名称変更, 移行,
 *   廃止, 前身, 引き継 — or that carries a date before the change
 *   (「2014年５月10日情報セキュリティ政策会議決定」, 「平成29年…本部・…会議決定」);
 * - inside 「」 (a title as published) and in the headword of a glossary entry;
 * - as part of another name (「日・ASEAN情報セキュリティ政策会議」 is another body).
 * The finding suggests the current name; the drafter decides (a sentence may need
 * 「旧」 rather than the new name).
 */
import { renamedBodies, type RenamedBody } from "../dictionaries/renamed-bodies.js";
import { isAfter, planOwnDate, type OwnDate } from "../plan/plan-date.js";
import { defineRule } from "../rule.js";
import { minimalFix, proseText, sourceRange } from "../terms/prose-text.js";

const HISTORY_BEFORE = /(?:旧|前身の?|当時の|かつての)[・]?$/;
const NOW_AFTER = /^[ \u3000]?[（(]現/;
const DECIDED_AFTER = /^[ \u3000]?(?:決定|改定|改訂|策定)/;
const TELLS_CHANGE = /改組|改称|名称(?:を)?変更|移行|廃止|前身|引き継|引継|統合され|再編|発展的に|格上げ/;
/** A name character just before: the old name is then the tail of another name. */
const NAME_CHAR_BEFORE = /[A-Za-zＡ-Ｚａ-ｚ・\u30a1-\u30fa\u30fc\u4e00-\u9fff々]$/;
const D = "[0-9０-９]";
const SOME_DATE = new RegExp(`(?:(明治|大正|昭和|平成|令和)[ \\u3000]?(元|${D}{1,2})|(${D}{4}))[ \\u3000]?年`, "g");
const ERA_FIRST: Record<string, number> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };

function num(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** The sentence (between 。 or line ends) and the innermost bracket around [start, end). */
function surroundings(text: string, start: number, end: number): string[] {
  const from = Math.max(text.lastIndexOf("。", start - 1), text.lastIndexOf("\n", start - 1)) + 1;
  let to = text.length;
  for (const stop of ["。", "\n"]) {
    const i = text.indexOf(stop, end);
    if (i >= 0 && i < to) to = i;
  }
  const sentence = text.slice(from, to);
  const open = Math.max(text.lastIndexOf("（", start - 1), text.lastIndexOf("(", start - 1));
  const close = Math.min(...[text.indexOf("）", end), text.indexOf(")", end)].map((i) => (i < 0 ? Infinity : i)));
  const bracket = open >= from && close !== Infinity && close <= to ? text.slice(open, close + 1) : "";
  return bracket ? [sentence, bracket] : [sentence];
}

/** Whether `s` carries a year up to the change's year (a date of the old body's time). */
function hasEarlierYear(s: string, changeYear: number): boolean {
  SOME_DATE.lastIndex = 0;
  for (let m = SOME_DATE.exec(s); m !== null; m = SOME_DATE.exec(s)) {
    const year = m[1] ? (ERA_FIRST[m[1]] ?? 0) + (m[2] === "元" ? 1 : num(m[2]!)) - 1 : num(m[3]!);
    if (year <= changeYear) return true;
  }
  return false;
}

/** Whether `at` lies inside 「…」 on its line. */
function insideQuotes(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  let depth = 0;
  for (let i = lineStart; i < at; i++) {
    const c = text[i];
    if (c === "「" || c === "『") depth++;
    else if ((c === "」" || c === "』") && depth > 0) depth--;
  }
  return depth > 0;
}

export const noRenamedBodies = defineRule({
  id: "no-renamed-bodies",
  meta: {
    description: "Finds a government body or law called by a name it no longer had when the plan was written (IT総合戦略本部 in a plan of 2022), judged by the plan's own date and a sourced list of changes.",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      renamed: "「{{old}}」は{{changed}}に{{what}}「{{current}}」です（この計画の日付: {{planDate}}）。",
      useCurrent: "「{{current}}」に直す",
    },
    docs: "docs/rules/no-renamed-bodies.md",
  },
  create(context) {
    const own = planOwnDate(context.text);
    if (!own) return;
    const due = renamedBodies.filter((b) => isAfter(own, b.date));
    if (due.length === 0) return;
    const joined = proseText(context);
    const text = joined.text;
    const headwords = context.document.glossary;
    const found: { start: number; end: number; body: RenamedBody; old: string }[] = [];
    for (const body of due) {
      const changeYear = Number(body.date.slice(0, 4));
      for (const old of body.old) {
        for (let at = text.indexOf(old); at >= 0; at = text.indexOf(old, at + old.length)) {
          const end = at + old.length;
          const before = text.slice(Math.max(0, at - 6), at);
          const after = text.slice(end, end + 8);
          if (NAME_CHAR_BEFORE.test(before) && !HISTORY_BEFORE.test(before)) continue;
          if (HISTORY_BEFORE.test(before) || NOW_AFTER.test(after) || DECIDED_AFTER.test(after)) continue;
          if (insideQuotes(text, at)) continue;
          const around = surroundings(text, at, end);
          if (around.some((s) => TELLS_CHANGE.test(s) || hasEarlierYear(s, changeYear))) continue;
          const source = sourceRange(joined, at, end);
          if (headwords.some((g) => g.range.start <= source.start && source.end <= g.range.end && g.headword.includes(old))) continue;
          found.push({ start: at, end, body, old });
        }
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const f of found) {
      if (f.start < lastEnd) continue;
      lastEnd = f.end;
      const range = sourceRange(joined, f.start, f.end);
      const fix = minimalFix(context.text, joined, f.start, f.end, f.body.current) ?? { range, text: f.body.current };
      context.report({
        range,
        messageId: "renamed",
        data: { old: f.old, current: f.body.current, changed: japaneseDate(f.body.date), what: f.body.change === "廃止（後継）" ? "廃止され、後継は" : `${f.body.change}され、現在は`, planDate: describe(own) },
        suggestions: [{ messageId: "useCurrent", data: { current: f.body.current }, fix }],
      });
    }
  },
});

function japaneseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

function describe(own: OwnDate): string {
  return own.from === "title" ? `題名の「${own.text}」` : own.text;
}
