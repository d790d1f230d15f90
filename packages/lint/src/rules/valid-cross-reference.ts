/**
 * References to other places of the plan — 「2.2(2)(ア)に記載のとおり」,
 * 「1.1（3）（イ）」, 「（再掲：4.1(ア)）」 — must point to something that exists.
 * core reads them from each measure (PlanNode.crossReferences) and resolves them
 * (resolveCrossReference); this rule reports the ones that resolve to nothing and
 * says how far the path does exist, so the drafter sees which number is off.
 */
import { circledLabel, findNodeAt, katakanaLabel, matchesLevel, readCrossReferences, readLabel, toSourceRange, walkPlan, walkReference, type CrossReference, type ReferenceWalk, type CrossReferenceStep, type JoinedText, type PlanDocument, type PlanNode, type RuleSuggestion, type TextRange } from "@planlint/core";
import { defineRule } from "../rule.js";
import { answerRanges, answerRowAt } from "../public-comments/answer-regions.js";
import { sharesTopic } from "../public-comments/answer-topic.js";
import { available as availableLabels, missingInRange, readLabelRanges, writtenLabel } from "../references/label-ranges.js";
import { proseText } from "../terms/prose-text.js";
import { bigramDice } from "../text-similarity.js";

/**
 * A number right after a document's name is a place in that document:
 * 「サイバーセキュリティ戦略の4.1(2)」, 「統一基準 2.1(1)」, 「別紙1.2(3)」.
 */
const OTHER_DOCUMENT_BEFORE =
  /(?:」|』|戦略|計画|基準|基準群|方針|指針|ガイドライン|ガイドブック|法|法律|規程|規則|要綱|要領|報告書|プログラム|ロードマップ|宣言|別紙|別添|別表|付録|資料|参考|第)(?:の|における|中の)?[ 　]?$/;
/** 「本計画の2.2」 and 「本書の2.2」 are this plan again. */
const THIS_DOCUMENT_BEFORE = /(?:本|この)(?:年次)?(?:計画|書|戦略)(?:の|における|中の)?[ 　]?$/;
const REPEAT_BEFORE = /再掲[：:、 　]?$/;

/** Joined-text offset of a source offset inside `joined` (the inverse of toSourceOffset). */
function toJoinedOffset(joined: JoinedText, source: number): number {
  const { pieces } = joined;
  let lo = 0;
  let hi = pieces.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.source <= source) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo]!;
  return p.at + Math.min(Math.max(source - p.source, 0), p.length);
}

type Level = CrossReferenceStep["level"];
const LEVEL_NAME: Record<Level, string> = { part: "部", chapter: "章", section: "節", number: "項目", "paren-number": "項目", circled: "項目", kana: "施策" };

/** How a number of a level is written in a path; `koyo` for a reference written 「第２章第１節…」. */
function written(level: Level, value: number, koyo: boolean): string {
  switch (level) {
    case "part":
      return `第${value}部`;
    case "chapter":
      return koyo ? `第${value}章` : `${value}.`;
    case "section":
      return koyo ? `第${value}節` : `.${value}`;
    case "number":
      return `${value}`;
    case "paren-number":
      return `(${value})`;
    case "circled":
      return circledLabel(value) ?? `(${value})`;
    case "kana":
      return `(${katakanaLabel(value)})`;
  }
}

/** 「(1)〜(3)」: the numbers a container does have at the missing level. */
function available(nodes: readonly PlanNode[], step: CrossReferenceStep, koyo: boolean): string {
  const values: number[] = [];
  const collect = (list: readonly PlanNode[]): void => {
    for (const n of list) {
      if (n.kind === "heading" || n.kind === "preface") collect(n.children);
      // Any number of the level: the step's own value aside, what would a node of this level carry?
      else if (matchesLevel(n, step)) values.push(n.numbers[n.numbers.length - 1]!);
    }
  };
  collect(nodes);
  if (values.length === 0) return "";
  let min = values[0]!;
  let max = min;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const first = written(step.level, min, koyo);
  const last = written(step.level, max, koyo);
  return values.length === 1 ? first : `${first}〜${last}`;
}

interface Miss {
  /** The deepest node that exists, if any. */
  existing?: PlanNode;
  step: CrossReferenceStep;
  siblings: readonly PlanNode[];
  /** How many levels of the reference were found. */
  reached: number;
}

/** Walks the reference's levels like resolveCrossReference and says where it stops; undefined when it resolves. */
function whereItStops(doc: PlanDocument, ref: CrossReference, from?: PlanNode): Miss | undefined {
  return stopOf(doc, walkReference(doc, ref.target, from));
}

/** Where a walk stopped; undefined when it reached the whole path. */
function stopOf(doc: PlanDocument, walk: ReferenceWalk): Miss | undefined {
  if (!walk.missing) return walk.found.length > 0 ? undefined : { step: { level: "chapter", value: 0 }, siblings: doc.body, reached: 0 };
  const existing = walk.found[walk.found.length - 1];
  return { ...(existing ? { existing } : {}), step: walk.missing.step, siblings: walk.missing.among, reached: walk.found.length };
}

const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_BRACKET = /[（）]/;

/** A path from core (2.2(2)(ア)) written the way the reference was (full-width digits or brackets). */
function writtenLike(reference: string, path: string): string {
  let out = path;
  if (FULL_WIDTH_DIGIT.test(reference)) out = out.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  if (FULL_WIDTH_BRACKET.test(reference)) out = out.replace(/\(/g, "（").replace(/\)/g, "）");
  return out;
}

/** 「（再掲）」「【再掲】」「（再掲：2.2(1)(ア)）」 after NFKC; the reference inside has brackets of its own. */
const REPEAT_MARK = /[(【[]?再掲(?:[:、 ]?[0-9.]+(?:\([0-9]+\))?(?:\([ァ-ヺ]\))?)?[)】\]]?/g;
const normalise = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "").replace(REPEAT_MARK, "");

const KANJI_NUMERAL = /[一二三四五六七八九十]/;
/** 「前章」「次節」 as a place, not inside a word (「前章立て」 is not written; 「次節以降」 is). */
const RELATIVE_UNIT = /(?<![一-龯])(前|次)(章|節)(?=[でにのはをとへ、。以])/g;
/** Whether the prose names a relative unit at all (most plans never do): the outline is not walked for them otherwise. */
const RELATIVE_ANY = /[前次][章節]/;
/** A heading's 第N部/章/節 label and its number as written. */
const DAI_UNIT_OF = /^第([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})([部章節])$/;

/** A title quoted right after a reference: 「第２章「施策の展開」」, 「2.2 「重要インフラを守るための取組」」. */
const QUOTED_TITLE = /^[ 　]?「([^「」\n]{2,60})」/;
/** Wording a stale title still shares with the heading's current one. */
const STALE_TITLE_WORDING = 0.5;
/** A title's wording: width folded, spaces and punctuation dropped. */
const titleWording = (title: string): string => title.normalize("NFKC").replace(/[・･、，,.\s「」『』]/g, "");

export const validCrossReference = defineRule({
  id: "valid-cross-reference",
  meta: {
    description: "Finds references such as 「2.2(2)(ア)に記載」 that point to no chapter, section, item or measure of the plan.",
    recommended: "error",
    fixable: true,
    hasSuggestions: true,
    messages: {
      missingChapter: "{{reference}} が指す箇所がありません: {{missing}} はこの計画にありません",
      missing: "{{reference}} が指す箇所がありません: {{existing}} に {{missing}} はありません（{{available}} があります）",
      missingNone: "{{reference}} が指す箇所がありません: {{existing}} の直下には{{levelName}}がありません",
      pointToRepeated: "同じ内容の {{path}} を指すように直す",
      staleTitle: "{{reference}} の見出しは「{{current}}」です（「{{written}}」と書いています）",
      titleOfOther: "「{{title}}」は {{path}} の見出しです（{{reference}} ではありません）",
      numerals: "{{reference}} の数字の書き方が見出しと違います: 「{{fixed}}」にします",
      noRelative: "「{{reference}}」が指す箇所がありません: {{where}} より{{side}}にはありません",
      rangeMissing: "{{reference}} が指す項目のうち {{missing}} がありません（{{available}} があります）",
      answerOffTopic: "回答が示す {{reference}}（{{path}}）には、御意見（番号{{number}}）の話題と共通する語が見当たりません。参照先を確認してください",
    },
    docs: "docs/rules/valid-cross-reference.md",
  },
  create(context) {
    const { document } = context;
    let byText: Map<string, PlanNode[]> | undefined;
    /** Measures by normalised text, built only when a 再掲 reference is broken. */
    const sameText = (node: PlanNode): PlanNode[] => {
      if (!byText) {
        const map = new Map<string, PlanNode[]>();
        walkPlan(document, (n) => {
          if (n.kind !== "measure" && n.kind !== "bullet") return;
          const key = normalise(n.text.text);
          const list = map.get(key);
          if (list) list.push(n);
          else map.set(key, [n]);
        });
        byText = map;
      }
      return (byText.get(normalise(node.text.text)) ?? []).filter((n) => n !== node && n.path.includes("."));
    };

    /** How many parts (or chapters, labelled as the reference writes them) the document has, counted once: a file of one is one file of a larger plan. */
    let families: Map<string, number> | undefined;
    const topLevelCount = (level: CrossReferenceStep["level"], koyo: boolean): number => {
      if (!families) {
        const counts = new Map<string, number>();
        walkPlan(document, (n) => {
          counts.set(n.family, (counts.get(n.family) ?? 0) + 1);
        });
        families = counts;
      }
      if (level === "part") return families.get("第N部") ?? 0;
      return koyo ? (families.get("第N章") ?? 0) + (families.get("第N") ?? 0) : (families.get("N.") ?? 0);
    };

    /** Checks one reference; `joined` is the text it was read from, `node` the measure or heading it stands in. */
    const check = (ref: CrossReference, joined: JoinedText, node: PlanNode | undefined): void => {
      const at = toJoinedOffset(joined, ref.range.start);
      const before = joined.text.slice(Math.max(0, at - 12), at);
      if (OTHER_DOCUMENT_BEFORE.test(before) && !THIS_DOCUMENT_BEFORE.test(before)) return;
      // In a plan kept in several files, chapter 3 may be in a file of its own: the
      // reference is broken only when no file has it, and the miss is told from the
      // file that has the most of its path (this one on a tie).
      const { members, index } = context.plan;
      const walk = walkReference(document, ref.target, node);
      let miss = stopOf(document, walk);
      if (!miss) {
        // The path it reached, outermost first: its labels and its last heading's title.
        checkTitle(ref, joined, walk.found);
        checkNumerals(ref, walk.found);
        if (node === undefined) checkAnswerTopic(ref, walk.found);
        return;
      }
      let holder = members[index]!;
      if (members.length > 1) {
        let resolved = false;
        for (const m of members) {
          if (m.index === index) continue;
          const other = whereItStops(m.document, ref);
          if (!other) {
            resolved = true;
            break;
          }
          if (other.reached > miss.reached) {
            miss = other;
            holder = m;
          }
        }
        if (resolved) return;
      }
      const reference = ref.text;
      const koyo = ref.target.steps !== undefined;
      let suggestions: RuleSuggestion[] | undefined;
      if (REPEAT_BEFORE.test(before)) {
        // A 再掲 names its original; when exactly one measure says the same, that is the one meant.
        const originals = node?.kind === "measure" || node?.kind === "bullet" ? sameText(node) : [];
        if (originals.length === 1) {
          const path = originals[0]!.path;
          suggestions = [{ messageId: "pointToRepeated", data: { path }, fix: { range: ref.range, text: writtenLike(reference, path) } }];
        }
      }
      const common = { range: ref.range, ...(suggestions ? { suggestions } : {}) };
      const { step } = miss;
      if (!miss.existing) {
        // A file holding one chapter, linted alone, is a chapter of a plan kept one per file:
        // the other chapters are in files it cannot see.
        if (context.plan.members.length === 1 && topLevelCount(step.level, koyo) <= 1) return;
        // 「第3章」 and 「第4部」 name their level; a dotted 「3.」 is said to be a chapter.
        const named = written(step.level, step.value, koyo);
        context.report({ ...common, messageId: "missingChapter", data: { reference, missing: koyo || step.level === "part" ? named : `章 ${named}` } });
        return;
      }
      const existing = miss.existing.kind === "chapter" && !koyo ? `章 ${miss.existing.path}.` : koyo ? miss.existing.label.trim() : miss.existing.path;
      const has = available(miss.siblings, step, koyo);
      const dottedSection = step.level === "section" && !koyo;
      const missing = dottedSection ? `${miss.existing.path}${written("section", step.value, koyo)}` : written(step.level, step.value, koyo);
      const related = [{ range: miss.existing.headRange, message: `${existing} はここにあります`, ...(holder.document !== document ? { file: holder.fileName } : {}) }];
      if (has) {
        const shown = dottedSection ? has.replace(/\.(\d+)/g, `${miss.existing.path}.$1`) : has;
        context.report({ ...common, messageId: "missing", data: { reference, existing, missing, available: shown }, related });
      } else {
        context.report({ ...common, messageId: "missingNone", data: { reference, existing, levelName: LEVEL_NAME[step.level] }, related });
      }
    };

    /**
     * An answer to a public comment that points into the plan (「2.2（イ）に記載のとおり」)
     * should point to a place about what the comment raised: when the place shares
     * no topical word with the comment, the drafter is asked to look (a suggestion).
     */
    const checkAnswerTopic = (ref: CrossReference, path: readonly PlanNode[]): void => {
      const target = path[path.length - 1];
      const row = target ? answerRowAt(document, ref.range.start) : undefined;
      if (!target || !row) return;
      const comment = row.comment.map((r) => context.text.slice(r.start, r.end)).join("\n");
      if (sharesTopic(document, comment, target) !== false) return;
      // A label slip (2.2 for 2.1) leaves the target foreign to the answer's own words too;
      // an answer that echoes its target chose it, whatever the comment asked.
      const answer = row.answer.map((r) => context.text.slice(r.start, r.end)).join("\n");
      if (sharesTopic(document, answer, target, 0) !== false) return;
      context.report({
        range: ref.range,
        severity: "info",
        messageId: "answerOffTopic",
        data: { reference: ref.text, path: target.path, number: row.number ?? "" },
        related: [{ range: target.headRange, message: `${ref.text} はここです` }, ...(row.comment[0] ? [{ range: row.comment[0], message: "御意見" }] : [])],
      });
    };
    /**
     * A title quoted right after a reference (「第２章「施策の展開」」) must be the title
     * of the heading the reference reaches. A quote that shares most of its wording
     * with it is that title gone stale (the heading was renamed); a quote that is
     * exactly another heading's title means the label is wrong. A quote like neither
     * is a term, not a title (「第２章「多層防御」の考え方」), and a shortened title is the
     * drafter's choice.
     */
    const checkTitle = (ref: CrossReference, joined: JoinedText, path: readonly PlanNode[]): void => {
      const end = toJoinedOffset(joined, ref.range.end);
      const quote = QUOTED_TITLE.exec(joined.text.slice(end, end + 80));
      if (!quote) return;
      const target = path[path.length - 1];
      if (!target?.title) return;
      const written = quote[1]!;
      // The quote may carry the heading's label: 「２．人材の育成」.
      const label = readLabel(written);
      const title = label && label.rest > 0 ? written.slice(label.rest).trim() : written;
      if (titleWording(title) === titleWording(target.title) || titleWording(target.title).includes(titleWording(title))) return;
      const quoteStart = end + quote[0].indexOf("「") + 1 + written.indexOf(title, label ? label.rest : 0);
      const range = toSourceRange(joined, quoteStart, quoteStart + title.length);
      const other = headingsByTitle().get(titleWording(title));
      if (other?.length === 1 && other[0] !== target) {
        context.report({
          range: ref.range,
          messageId: "titleOfOther",
          data: { reference: ref.text, title, path: other[0]!.label.trim() || other[0]!.path },
          related: [{ range: other[0]!.headRange, message: `「${title}」はここです` }, { range: target.headRange, message: `${ref.text} は「${target.title}」です` }],
        });
        return;
      }
      if (bigramDice(titleWording(title), titleWording(target.title)) < STALE_TITLE_WORDING) return;
      context.report({
        range,
        messageId: "staleTitle",
        data: { reference: ref.text, written: title, current: target.title },
        related: [{ range: target.headRange, message: `${ref.text} の見出し` }],
        fix: { range, text: target.title },
      });
    };
    /**
     * A reference writes its numbers as the headings it names do: 「第一章」 for a heading
     * labelled 「第１章」 is fixed to 「第１章」 (and 「第２章」 to 「第二章」 where the headings
     * use kanji). Only the 第N部/章/節 of the reference are compared, each with the
     * label of the heading it reached.
     */
    const checkNumerals = (ref: CrossReference, path: readonly PlanNode[]): void => {
      if (!ref.target.steps) return; // 「2.2(1)」 has no 第N to write two ways
      let fixed = ref.text;
      let changed = false;
      for (const n of path) {
        const unit = DAI_UNIT_OF.exec(n.label.trim());
        if (!unit) continue;
        const written = new RegExp(`第([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})${unit[2]}`).exec(fixed);
        if (!written || written[1] === unit[1]) continue;
        const kanjiRef = KANJI_NUMERAL.test(written[1]!);
        const kanjiLabel = KANJI_NUMERAL.test(unit[1]!);
        if (kanjiRef === kanjiLabel) continue; // width only: consistent-width's concern
        fixed = fixed.slice(0, written.index) + `第${unit[1]}${unit[2]}` + fixed.slice(written.index + written[0].length);
        changed = true;
      }
      if (!changed) return;
      context.report({
        range: ref.range,
        messageId: "numerals",
        data: { reference: ref.text, fixed },
        fix: { range: ref.range, text: fixed },
      });
    };
    let titles: Map<string, PlanNode[]> | undefined;
    const headingsByTitle = (): Map<string, PlanNode[]> => {
      if (!titles) {
        const map = new Map<string, PlanNode[]>();
        walkPlan(document, (n) => {
          if (n.kind === "measure" || n.kind === "bullet" || !n.title) return;
          const key = titleWording(n.title);
          map.set(key, [...(map.get(key) ?? []), n]);
        });
        titles = map;
      }
      return titles;
    };

    // References in measures, as core read them from each measure's text.
    const seen = new Set<number>();
    walkPlan(document, (node) => {
      for (const ref of node.crossReferences ?? []) {
        seen.add(ref.range.start);
        check(ref, node.text, node);
      }
    });

    // References anywhere else in the body's prose: 「第３章で述べるとおり」 in a paragraph
    // under a heading. A heading's own label is no reference.
    // Answers to public comments are the drafters' text too: 「2.2（イ）に記載のとおり」.
    const bodies = [...document.parts.filter((p) => p.kind === "body").map((p) => p.range), ...answerRanges(document)];
    if (bodies.length === 0) return;
    const heads: TextRange[] = [];
    walkPlan(document, (n) => {
      // A statement's head runs over its text (its references were read above); a preface's over its paragraphs.
      if (n.kind !== "measure" && n.kind !== "bullet" && n.kind !== "preface") heads.push(n.headRange);
    });
    const prose = proseText(context);
    for (const ref of readCrossReferences(prose)) {
      const start = ref.range.start;
      if (seen.has(start) || !bodies.some((b) => b.start <= start && start < b.end)) continue;
      if (heads.some((h) => h.start <= start && start < h.end)) continue;
      check(ref, prose, findNodeAt(document, start));
    }

    // 「上記（１）～（３）」: every label of the range is in the list the text stands by.
    const bodyParts = document.parts.filter((p) => p.kind === "body").map((p) => p.range);
    for (const r of readLabelRanges(prose)) {
      const range = toSourceRange(prose, r.at, r.end);
      if (!bodyParts.some((b) => b.start <= range.start && range.start < b.end)) continue;
      if (heads.some((h) => h.start <= range.start && range.start < h.end)) continue;
      const miss = missingInRange(document, range.start, r);
      if (!miss || miss.missing.length === 0) continue;
      const label = (v: number) => writtenLabel(r, v);
      context.report({
        range,
        messageId: "rangeMissing",
        data: { reference: r.text, missing: miss.missing.map(label).join(""), available: availableLabels(miss.present, label) },
      });
    }

    // 「前章」「次節」: a chapter or section before the first or after the last of the plan.
    // Chapters restart under each 部: 「前章」 may cross into the previous 部.
    if (!RELATIVE_ANY.test(prose.text) || document.body.some((n) => n.kind === "part")) return;
    const { members, index } = context.plan;
    const units = { 章: "chapter", 節: "section" } as const;
    const all: Record<"chapter" | "section", PlanNode[]> = { chapter: [], section: [] };
    walkPlan(document, (n) => {
      if (n.kind === "chapter" || n.kind === "section") all[n.kind].push(n);
    });
    for (const m of prose.text.matchAll(RELATIVE_UNIT)) {
      const range = toSourceRange(prose, m.index, m.index + m[0].length);
      if (!bodies.some((b) => b.start <= range.start && range.start < b.end)) continue;
      const kind = units[m[2] as "章" | "節"];
      const list = all[kind];
      if (list.length === 0) continue; // the plan has no such level (or names it otherwise)
      // The chapter (section) the text is in: the last one started before it (a node's range ends with its last heading, not its prose).
      const inside = list.filter((n) => n.range.start <= range.start).pop();
      if (!inside) continue;
      const previous = m[1] === "前";
      const edge = previous ? list[0] === inside && index === 0 : list[list.length - 1] === inside && index === members.length - 1;
      if (!edge) continue;
      context.report({ range, messageId: "noRelative", data: { reference: m[0], where: `${inside.label.trim()} ${inside.title}`.trim(), side: previous ? "前" : "後" }, related: [{ range: inside.headRange, message: `${m[0]} を書いている${m[2]}` }] });
    }
  },
});
