/**
 * An overview (概要, 資料１－１: ■ headings whose entries end in their owners in
 * 【】) summarises the body, heading by heading. It is drafted apart from the body
 * and falls behind it: a heading renamed in the body keeps its old wording in the
 * overview, 「協力・連携」 loses its 中黒, an entry names a ministry that owns
 * nothing in the section it summarises. This rule holds the overview to the body:
 *
 * - each ■ heading is a heading of the body, word for word; one that differs only
 *   in punctuation, spaces or width (中黒, 読点) is reported with the body's title
 *   as the suggestion; one that matches no heading but sits where exactly one body
 *   heading of the same kind is left between its neighbours' matches, and shares
 *   most of its wording, is reported as a changed wording;
 * - the matched headings come in the body's order;
 * - an owner named in an entry (【金融庁】) owns or is named in a measure of the
 *   matching body section. Collective owners (関係各省, 関係府省庁, …所管省庁等)
 *   name no one body and are not checked.
 *
 * An overview heading that matches nothing and has no such place is left alone:
 * an overview may group the body differently.
 */
import type { OverviewHeading, PlanDocument, PlanNode, TextRange } from "@planlint/core";
import { defineRule } from "../rule.js";
import { bigramDice } from "../text-similarity.js";

/** Marks that change no wording: 中黒, 読点 and commas, spaces, quotation brackets. */
const PUNCTUATION = /[・･、，,.．\s　「」『』"“”]/g;
/** Collective owners: no one body to find in the section. */
const COLLECTIVE = /関係|各省|各府省|府省庁|省庁等|その他|所管|等$/;
/** Wording shared before an unmatched heading counts as the same heading changed. */
const MIN_WORDING = 0.5;

/** Width-folded, punctuation-free form of a title, for comparing wording. */
function wording(title: string): string {
  return title
    .normalize("NFKC")
    .replace(PUNCTUATION, "")
    .toLowerCase();
}

/** An owner's name as written in either place, without a parenthetical 「内閣官房（NISC）」 or spaces. */
function ownerKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\([^)]*\)/g, "")
    .replace(/\s/g, "");
}

interface BodyHeading {
  node: PlanNode;
  /** Position in the plan: file index, then document order. */
  order: number;
  /** The file (plan member) the heading is in, when not this one. */
  file?: string;
}

/** The body's headings (everything numbered above a measure), in plan order. */
function bodyHeadings(documents: readonly { document: PlanDocument; file?: string }[]): BodyHeading[] {
  const out: BodyHeading[] = [];
  for (const { document, file } of documents) {
    const walk = (nodes: readonly PlanNode[]): void => {
      for (const n of nodes) {
        if (n.kind === "measure") continue;
        if (n.title) out.push({ node: n, order: out.length, ...(file ? { file } : {}) });
        walk(n.children);
      }
    };
    walk(document.body);
  }
  return out;
}

/**
 * Owners of the measures under a heading, and its text (an owner may be named inside
 * a measure). `keyOf` is ownerKey remembered for the lint: a plan names the same few
 * owners on every measure, and nested headings walk the same measures again. The text
 * is joined and normalised only when an owner is not among the section's own.
 */
function sectionOwners(node: PlanNode, keyOf: (name: string) => string): { owners: Set<string>; text: () => string } {
  const owners = new Set<string>();
  const nodes: PlanNode[] = [];
  const walk = (n: PlanNode): void => {
    for (const o of n.owners ?? []) owners.add(keyOf(o.name));
    for (const o of n.via ?? []) owners.add(keyOf(o.name));
    nodes.push(n);
    n.children.forEach(walk);
  };
  walk(node);
  let text: string | undefined;
  return { owners, text: () => (text ??= nodes.map((n) => n.text.text).join("\n").normalize("NFKC")) };
}

export const overviewMatchesBody = defineRule({
  id: "overview-matches-body",
  meta: {
    description: "Holds the overview (■ headings with 【owners】) to the body: headings word for word and in order, owners that own a measure in the section.",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      punctuation: "概要の見出し「{{overview}}」が本文の見出し「{{body}}」と表記が違います",
      wording: "概要の見出し「{{overview}}」に当たる本文の見出しは「{{body}}」です（文言が違います）",
      order: "概要の見出し「{{overview}}」の順序が本文と違います（本文では「{{previous}}」より前にあります）",
      owner: "概要で「{{owner}}」を担当としていますが、本文の「{{section}}」に「{{owner}}」の施策がありません",
      useBodyTitle: "本文の見出し「{{body}}」に合わせる",
    },
    docs: "docs/rules/overview-matches-body.md",
  },
  create(context) {
    const { document, text } = context;
    if (document.overview.length === 0) return;
    const { members, index } = context.plan;
    const headings = bodyHeadings(
      members.length > 1 ? members.map((m) => ({ document: m.document, ...(m.index === index ? {} : { file: m.fileName }) })) : [{ document }],
    );
    if (headings.length === 0) return;
    const byTitle = new Map<string, BodyHeading[]>();
    const byWording = new Map<string, BodyHeading[]>();
    const add = (map: Map<string, BodyHeading[]>, key: string, h: BodyHeading): void => {
      const list = map.get(key);
      if (list) list.push(h);
      else map.set(key, [h]);
    };
    for (const h of headings) {
      add(byTitle, h.node.title, h);
      add(byWording, wording(h.node.title), h);
    }

    const titleRange = (title: string, range: TextRange): TextRange => {
      const at = text.indexOf(title, range.start);
      return at >= 0 && at < range.end ? { start: at, end: at + title.length } : range;
    };
    const where = (h: BodyHeading) => ({ range: h.node.headRange, message: `本文の見出し ${h.node.label.trim()} ${h.node.title}`, ...(h.file ? { file: h.file } : {}) });
    const shown = (h: BodyHeading): string => `${h.node.label.trim()} ${h.node.title}`.trim();
    /** An overview heading that is body heading `h` written otherwise: the body's title is the suggestion. */
    const reportWritten = (messageId: "punctuation" | "wording", o: OverviewHeading, h: BodyHeading): void => {
      const range = titleRange(o.title, o.range);
      context.report({
        range,
        messageId,
        data: { overview: o.title, body: shown(h) },
        related: [where(h)],
        suggestions: [{ messageId: "useBodyTitle", data: { body: h.node.title }, fix: { range, text: h.node.title } }],
      });
    };

    // Exact and punctuation-only matches first: they anchor the places of the rest.
    const matched: (BodyHeading | undefined)[] = document.overview.map((o) => {
      const exact = byTitle.get(o.title);
      if (exact?.length === 1) return exact[0];
      const same = byWording.get(wording(o.title));
      if (same?.length === 1) {
        reportWritten("punctuation", o, same[0]!);
        return same[0];
      }
      return undefined;
    });

    // An unmatched heading between two matched ones: the body headings of the same
    // kind between their matches are where it should be; exactly one, sharing most
    // of its wording, is the same heading reworded.
    const used = new Set(matched.filter((h): h is BodyHeading => !!h));
    for (let i = 0; i < matched.length; i++) {
      if (matched[i]) continue;
      const o = document.overview[i]!;
      let before: BodyHeading | undefined;
      for (let j = i - 1; j >= 0 && !before; j--) before = matched[j];
      let after: BodyHeading | undefined;
      for (let j = i + 1; j < matched.length && !after; j++) after = matched[j];
      const kind = (before ?? after)?.node;
      if (!kind) continue;
      const between = headings.filter(
        (h) =>
          !used.has(h) &&
          h.node.kind === kind.kind &&
          h.node.family === kind.family &&
          (!before || h.order > before.order) &&
          (!after || h.order < after.order),
      );
      if (between.length !== 1) continue;
      const h = between[0]!;
      if (bigramDice(wording(o.title), wording(h.node.title)) < MIN_WORDING) continue;
      matched[i] = h;
      used.add(h);
      reportWritten("wording", o, h);
    }

    // Order: each matched heading comes after the previous matched one.
    let previous: { heading: BodyHeading; title: string } | undefined;
    for (let i = 0; i < matched.length; i++) {
      const h = matched[i];
      if (!h) continue;
      const o = document.overview[i]!;
      if (previous && h.order < previous.heading.order) {
        context.report({ range: titleRange(o.title, o.range), messageId: "order", data: { overview: o.title, previous: previous.title }, related: [where(h)] });
        continue;
      }
      previous = { heading: h, title: o.title };
    }

    // Owners: each named owner owns, or is named in, a measure of the section.
    const keys = new Map<string, string>();
    const keyOf = (name: string): string => {
      let key = keys.get(name);
      if (key === undefined) keys.set(name, (key = ownerKey(name)));
      return key;
    };
    for (let i = 0; i < matched.length; i++) {
      const h = matched[i];
      if (!h) continue;
      const section = sectionOwners(h.node, keyOf);
      if (section.owners.size === 0) continue; // a body without 【owners】: nothing to hold the overview to
      const reported = new Set<string>();
      for (const entry of document.overview[i]!.entries) {
        for (const owner of entry.owners) {
          const key = keyOf(owner.name);
          if (!key || COLLECTIVE.test(key) || reported.has(key)) continue;
          if (section.owners.has(key) || section.text().includes(key)) continue;
          reported.add(key);
          context.report({ range: owner.range, messageId: "owner", data: { owner: owner.name, section: shown(h) }, related: [where(h)] });
        }
      }
    }
  },
});
