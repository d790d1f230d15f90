/**
 * A count stated before a list must be the number of items the list has:
 * 「次の３つの基本方針に基づき…」 followed by （１）…（４）, 「以下の２点を重点とする。」
 * followed by three bullets. Items get added or merged while a plan is drafted,
 * and the sentence announcing them is rarely updated with them.
 *
 * The count is read only where the sentence points at what follows — 次の, 以下の,
 * 下記の, with a counter (つ, 点, 項目, 本, 分野, 観点, 視点, 柱) — and the sentence is the
 * last one before the list. The list is the run of the next node's siblings of the
 * same label family (（１）（２）…, ①②…, ・ bullets, Markdown list items) with no prose
 * between them. A run of one item is not compared: a list the outline did not read
 * as items is more likely than a count of one.
 */
import { firstEndingAfter, mergeRanges, numberValue, type PlanNode, type TextRange } from "@planlint/core";
import { readCommentSummary, type Count } from "../public-comments/comment-summary.js";
import { defineRule } from "../rule.js";

/** 「次の３つの」, 「以下の２点」, 「下記の五つの」: a demonstrative pointing forward, a number, a counter. */
const STATED = /(?:次|以下|下記)の([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:つ|点|項目|本|分野|観点|視点|柱|項)/g;
/** Japanese text: prose between two items ends the list. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/** JAPANESE for one code unit. */
const isJapaneseCode = (c: number): boolean => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff);

/** The sentence ends between the stated count and the list: only what follows it in the same sentence may be left. */
const SENTENCE_END = /[。．]/;
/** A measure's owners after its last sentence: 「…取り組む。【内閣府】」. */
const OWNERS = /【[^】]*】/g;

interface Run {
  items: PlanNode[];
  /** The text between the stated count's container head (or the previous sibling) and the first item. */
  lead: TextRange;
}

export const consistentCounts = defineRule({
  id: "consistent-counts",
  meta: {
    description: "Finds a count announced before a list (「次の３つの方針」) that is not the number of items the list has, and public-comment summaries whose counts do not add up.",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      mismatch: "「{{stated}}」と書いていますが、続く項目は{{count}}項目です（{{first}}〜{{last}}）",
      useCount: "「{{fixed}}」にする",
      breakdown: "内訳の{{what}}の合計（{{sum}}）が総数の{{total}}と合いません",
      categories: "分類ごとの件数の合計（{{sum}}）が意見総数の{{total}}件と合いません",
      parts: "{{label}}の内訳の件数の合計（{{sum}}）が全{{total}}件と合いません",
    },
    docs: "docs/rules/consistent-counts.md",
    // The summary of a public consultation is the drafters' own count of it.
    scopes: ["overview", "body", "glossary", "public-comments"],
  },
  create(context) {
    const { document, text } = context;
    // What lies between two items but is not the drafter's prose, merged into sorted
    // disjoint stretches: each gap is then read with one look-up, not a search of every
    // artefact and footnote for every character.
    const skipped = mergeRanges([...document.pageArtifacts.map((a) => a.range), ...document.footnotes.map((f) => f.range)]);
    /** Whether [from, to) holds a Japanese character outside what is skipped. */
    const japaneseIn = (from: number, to: number): boolean => {
      let k = firstEndingAfter(skipped, from);
      for (let i = from; i < to; ) {
        if (k < skipped.length && skipped[k]!.start <= i) {
          i = skipped[k++]!.end;
          continue;
        }
        if (isJapaneseCode(text.charCodeAt(i))) return true;
        i++;
      }
      return false;
    };

    /** Runs of same-family siblings in `children`, each with the text before its first item. */
    const runs = (children: readonly PlanNode[], leadStart: number): Run[] => {
      const out: Run[] = [];
      let i = 0;
      let from = leadStart;
      while (i < children.length) {
        const first = children[i]!;
        const items = [first];
        let j = i + 1;
        // Prose after a heading is its own text; after a bullet or a statement it ends the list.
        const endsList = (prev: PlanNode, next: PlanNode): boolean => (prev.kind === "bullet" || prev.kind === "measure") && japaneseIn(prev.range.end, next.labelRange.start);
        while (j < children.length && children[j]!.family === first.family && !endsList(children[j - 1]!, children[j]!)) {
          items.push(children[j]!);
          j++;
        }
        out.push({ items, lead: { start: from, end: first.labelRange.start } });
        // A childless statement may announce the run after it: 「(ア)…次の３点に取り組む。」 then ①②③.
        const lastItem = items[items.length - 1]!;
        from = lastItem.children.length === 0 ? lastItem.labelRange.end : lastItem.range.end;
        i = j;
      }
      return out;
    };

    const check = (run: Run): void => {
      if (run.items.length < 2 || run.items.some((n) => n.family === "")) return;
      // A bullet over several lines may be a wrapped bullet or a bullet with the
      // paragraph after the list run into it: where the list ends is not known.
      if (run.items.some((n) => n.kind === "bullet" && n.text.pieces.length > 1)) return;
      const lead = text.slice(run.lead.start, run.lead.end);
      let last: RegExpExecArray | undefined;
      for (const m of lead.matchAll(STATED)) last = m as RegExpExecArray;
      if (!last) return;
      // The announcing sentence is the last one before the list.
      const after = lead.slice(last.index + last[0].length);
      const end = SENTENCE_END.exec(after);
      if (end && JAPANESE.test(after.slice(end.index + 1).replace(OWNERS, ""))) return;
      const stated = numberValue(last[1]!);
      const count = run.items.length;
      if (!(stated > 0) || stated === count) return;
      const start = run.lead.start + last.index;
      const numberStart = start + last[0].indexOf(last[1]!);
      const halfWidth = /^[0-9]+$/.test(last[1]!);
      const fullWidth = /^[０-９]+$/.test(last[1]!);
      const written = halfWidth ? String(count) : fullWidth ? String(count).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : undefined;
      // A bullet's mark names nothing: its first words do.
      const label = (n: PlanNode) => (n.kind === "bullet" || !n.label.trim() ? `「${n.text.text.slice(0, 8)}…」` : n.label.trim());
      context.report({
        range: { start, end: start + last[0].length },
        messageId: "mismatch",
        data: { stated: last[0], count: String(count), first: label(run.items[0]!), last: label(run.items[count - 1]!) },
        related: run.items.slice(0, 1).map((n) => ({ range: n.labelRange, message: `最初の項目 ${label(n)}` })),
        ...(written
          ? { suggestions: [{ messageId: "useCount", data: { fixed: last[0].replace(last[1]!, written) }, fix: { range: { start: numberStart, end: numberStart + last[1]!.length }, text: written } }] }
          : {}),
      });
    };

    const walk = (children: readonly PlanNode[], leadStart: number): void => {
      for (const run of runs(children, leadStart)) check(run);
      // A measure's statement may announce its own items: 「(ア)次の３点に取り組む。」
      for (const n of children) if (n.children.length > 0) walk(n.children, n.labelRange.end);
    };
    for (const part of document.parts) if (part.kind === "public-comments") checkSummary(part.range);

    function checkSummary(range: TextRange): void {
      const summary = readCommentSummary(text.slice(range.start, range.end), range.start);
      const sum = (counts: readonly Count[]): string => `${counts.map((c) => c.value).join("＋")}＝${counts.reduce((a, c) => a + c.value, 0)}`;
      const adds = (counts: readonly Count[], total: Count): boolean => counts.reduce((a, c) => a + c.value, 0) === total.value;
      const related = (counts: readonly Count[]) => counts.map((c) => ({ range: c.range, message: `${c.value}` }));
      const { total, breakdown, categories } = summary;
      if (total && breakdown.length >= 2) {
        for (const [what, key] of [["提出者数", "submitters"], ["件数", "comments"]] as const) {
          const counts = breakdown.map((b) => b[key]);
          if (!adds(counts, total[key])) {
            context.report({ range: total[key].range, messageId: "breakdown", data: { what, sum: sum(counts), total: String(total[key].value) }, related: related(counts) });
          }
        }
      }
      if (total && categories.length >= 2) {
        const counts = categories.map((c) => c.count);
        if (!adds(counts, total.comments)) {
          context.report({ range: total.comments.range, messageId: "categories", data: { sum: sum(counts), total: String(total.comments.value) }, related: related(counts) });
        }
      }
      for (const c of categories) {
        if (c.parts.length >= 2 && !adds(c.parts, c.count)) {
          context.report({ range: c.count.range, messageId: "parts", data: { label: c.label, sum: sum(c.parts), total: String(c.count.value) }, related: related(c.parts) });
        }
      }
    }

    const first = document.body[0];
    if (first) walk(document.body, document.parts.find((p) => p.kind === "body" && p.range.end > first.range.start)?.range.start ?? 0);
  },
});
