/**
 * Footnote numbering: footnotes run 1, 2, 3 through the document (a fresh start
 * at 1 is a new series, as plans that number footnotes per chapter do), each
 * mark in the text has its footnote, and — where the document's marks are
 * recognised reliably — each footnote has its mark.
 *
 * core finds the footnotes (「※１：…」 lines, and the blocks a PDF extraction
 * leaves at page ends) and their marks (「IoT※１」, 「課題3が」); a bare-digit
 * mark is found only for a footnote that exists, so a mark without a footnote is
 * looked for among the ※ marks only. Footnotes of different label forms (※１,
 * 注１, 1) are separate series.
 */
import { isDigitCode, type Footnote, type FootnoteMark } from "@planlint/core";
import { defineRule } from "../rule.js";

/** A footnote's series: its label without the number, width folded (「※」, 「注」, 「」). */
function series(label: string): string {
  return label
    .replace(/[0-9０-９\s　:：]/g, "")
    .replace("＊", "*");
}

/** Footnotes with marks needed before a missing mark is worth reporting. */
const MIN_MARKED = 3;
/** Share of footnotes that must have a mark for the marks to count as reliably recognised. */
const RELIABLE_SHARE = 0.8;

/** How far above a footnote its mark is looked for (a page and more). */
const MARK_REACH = 6000;

/** Whether the footnote's number stands alone (not inside a longer number) in the text above it. */
function numberAbove(text: string, f: Footnote): boolean {
  const half = String(f.number);
  const full = half.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  const from = Math.max(0, f.range.start - MARK_REACH);
  for (const digits of [half, full]) {
    for (let at = text.indexOf(digits, from); at >= 0 && at < f.range.start; at = text.indexOf(digits, at + 1)) {
      if (!isDigitCode(text.charCodeAt(at - 1)) && !isDigitCode(text.charCodeAt(at + digits.length))) return true;
    }
  }
  return false;
}

export const validFootnotes = defineRule({
  id: "valid-footnotes",
  meta: {
    description: "Finds gaps and repeats in footnote numbers, marks with no footnote and footnotes with no mark.",
    recommended: "warn",
    fixable: false,
    hasSuggestions: false,
    messages: {
      gap: "脚注の番号が飛んでいます: {{previous}} の次が {{found}} です（{{expected}} がありません）",
      repeat: "脚注の番号 {{found}} が重複しています（{{expected}} のはずです）",
      markWithoutFootnote: "脚注 {{found}} がありません（本文に {{found}} の印があります）",
      footnoteWithoutMark: "脚注 {{found}} を指す印が本文にありません",
    },
    docs: "docs/rules/valid-footnotes.md",
  },
  create(context) {
    const { document } = context;
    // Markdown footnotes (`[^name]`) are numbered by the renderer, in order of
    // reference, whatever their labels say: there is no numbering to check.
    const footnotes = document.format === "markdown" ? [] : document.footnotes;
    const marks = document.footnoteMarks ?? [];
    if (footnotes.length === 0 && marks.length === 0) return;
    const labelRange = (f: Footnote) => ({ start: f.range.start, end: f.range.start + f.label.length });

    // Numbering, per series, in document order.
    const last = new Map<string, Footnote>();
    for (const f of footnotes) {
      const key = series(f.label);
      const prev = last.get(key);
      last.set(key, f);
      if (!prev || f.number === 1) continue;
      const expected = prev.number + 1;
      if (f.number > expected) {
        const missing = expected === f.number - 1 ? `${expected}` : `${expected}〜${f.number - 1}`;
        context.report({
          range: labelRange(f),
          messageId: "gap",
          data: { previous: prev.label, found: f.label, expected: missing },
          related: [{ range: labelRange(prev), message: `直前の脚注 ${prev.label}` }],
        });
      } else if (f.number < expected) {
        context.report({
          range: labelRange(f),
          messageId: "repeat",
          data: { found: f.label, expected: `${expected}` },
          related: [{ range: labelRange(prev), message: `直前の脚注 ${prev.label}` }],
        });
      }
    }

    // Marks against footnotes.
    const starFootnotes = footnotes.filter((f) => f.label.startsWith("※"));
    const starNumbers = new Set(starFootnotes.map((f) => f.number));
    const isStar = (m: FootnoteMark): boolean => context.text.charCodeAt(m.range.start) === 0x203b;
    // ※N marks are unmistakable: each needs a ※N footnote when the document has any.
    if (starFootnotes.length > 0) {
      for (const m of marks) {
        if (!isStar(m) || starNumbers.has(m.number)) continue;
        context.report({ range: m.range, messageId: "markWithoutFootnote", data: { found: context.text.slice(m.range.start, m.range.end) } });
      }
    }
    const marked = new Set(marks.map((m) => m.number));
    const withMark = footnotes.filter((f) => marked.has(f.number)).length;
    if (withMark < MIN_MARKED || withMark < RELIABLE_SHARE * footnotes.length) return;
    for (const f of footnotes) {
      if (marked.has(f.number)) continue;
      // A bare-digit mark core did not take for one (after a Latin word: 「IoT3」) may
      // still be there: a page-end footnote is reported only when its number is
      // nowhere in the text above it.
      if (f.block && numberAbove(context.text, f)) continue;
      context.report({ range: labelRange(f), messageId: "footnoteWithoutMark", data: { found: f.label } });
    }
  },
});
