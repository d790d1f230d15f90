/**
 * The plan body's outline: chapters `1.` (or `第１章`, `第１`), sections `1.1.`
 * (or `第１節`), headings `１`, items `(1)`, measures `ア` and `(ア)`, and bullets
 * `・`, read line by line from text as PDF extraction leaves it (wrapped
 * mid-word, blank lines between halves, stray spaces, running headers).
 */
import { joinSpans } from "./joined-text.js";
import {
  BULLET_RE,
  CHAPTER_RE,
  DAI_CHAPTER_RE,
  DAI_SECTION_RE,
  DAI_RE,
  digitsValue,
  ITEM_RE,
  KANA_LABEL_RE,
  KATAKANA_ORDER,
  katakanaLabel,
  katakanaValue,
  labelFamily,
  looksLikeHeadingTitle,
  MEASURE_RE,
  NUMBER_HEADING_RE,
  numberValue,
  PREFACE_RE,
  SECTION_RE,
} from "./labels.js";
import { readMeasureDetails } from "./measure-details.js";
import { endsParagraph, headingKey } from "./page-artifacts.js";
import type { SourceLine } from "./source-lines.js";
import type { PageArtifact, PlanNode, PlanNodeKind, TextRange } from "./types.js";

/**
 * How deep each family of labels sits, in the order 「公用文作成の考え方」 gives
 * (第１章 › 第１節 › １ › (1) › ア › (ア)) with the seed's numbered forms beside
 * them (1. with 第１章, 1.1. with 第１節). A node closes every open node at its
 * level or deeper. Kinds stay few: `１ 見出し` is an item heading and `ア …` a
 * measure, one level above `(1)` and `(ア)` respectively.
 */
const LEVEL = { chapter: 0, section: 1, numberHeading: 2, item: 3, kana: 4, measure: 5, bullet: 6 } as const;

interface Draft {
  node: PlanNode;
  level: number;
  spans: TextRange[];
  /** A heading whose line did not end its paragraph: the next line continues the title. */
  titleOpen: boolean;
  /** A label alone on its line (「第１章」): the next line is the title, and the heading ends with it. */
  awaitingTitle: boolean;
}

interface Classified {
  kind: PlanNodeKind;
  /** Depth of the label's family (LEVEL). */
  level: number;
  /** A 「ア 見出し」 that is a heading, not a statement: the next line may start a node. */
  heading?: boolean;
  labelEnd: number;
  numbers: number[];
  /** Offset where the title or statement starts. */
  restStart: number;
}

/** First characters of the PREFACE_RE words, and the spaces removed before testing it. */
const PREFACE_FIRST = "は序ま前 　";
const SPACES = /[ 　]/g;

/** A space between a label and its title: ASCII, tab or ideographic. */
function isLabelSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/** Skips spaces (a label is sometimes followed by one: 「(ウ) 内閣官房…」). */
function skipSpaces(text: string, from: number, to: number): number {
  while (from < to && isLabelSpace(text.charCodeAt(from))) from++;
  return from;
}

function classify(text: string, line: SourceLine, mayStart: boolean): Classified | undefined {
  const c = line.content;
  const at = line.contentStart;
  const rest = (m: RegExpExecArray): number => at + c.length - m[m.length - 1]!.length;
  // Each label starts with its own kind of character, so the first one says which
  // regexps can match at all: most lines of a body are prose and run none of them.
  const first = c.charCodeAt(0);
  let m: RegExpExecArray | null;
  if ((first >= 0x30 && first <= 0x39) || (first >= 0xff10 && first <= 0xff19)) {
    m = SECTION_RE.exec(c);
    if (m && looksLikeHeadingTitle(m[3]!.trim()) && (mayStart || line.markdownHeading)) {
      const restStart = rest(m);
      return { kind: "section", level: LEVEL.section, labelEnd: labelEndBefore(text, at, restStart), numbers: [digitsValue(m[1]!), digitsValue(m[2]!)], restStart };
    }
    m = CHAPTER_RE.exec(c);
    if (m && looksLikeHeadingTitle(m[2]!.trim()) && (mayStart || line.markdownHeading)) {
      const restStart = rest(m);
      return { kind: "chapter", level: LEVEL.chapter, labelEnd: labelEndBefore(text, at, restStart), numbers: [digitsValue(m[1]!)], restStart };
    }
  }
  if (!mayStart && !line.markdownHeading) return undefined;
  if ((first >= 0x30 && first <= 0x39) || (first >= 0xff10 && first <= 0xff19)) {
    // 「１ 計画の目的」: only a heading (a short title, no sentence end), so that a number
    // starting a line of prose is never taken for a label.
    m = NUMBER_HEADING_RE.exec(c);
    if (m && looksLikeHeadingTitle(m[2]!.trim())) {
      const restStart = rest(m);
      return { kind: "item", level: LEVEL.numberHeading, labelEnd: labelEndBefore(text, at, restStart), numbers: [digitsValue(m[1]!)], restStart };
    }
  }
  // 第１章 / 第二節: chapters and sections of plans numbered in words. The title may
  // be on the next line (第１章 alone), so an empty one is a heading too.
  if (first === 0x7b2c) {
    m = DAI_CHAPTER_RE.exec(c) ?? DAI_RE.exec(c);
    const kind: PlanNodeKind | undefined = m ? "chapter" : (m = DAI_SECTION_RE.exec(c)) ? "section" : undefined;
    if (m && kind) {
      const title = m[2]!.trim();
      const value = numberValue(m[1]!);
      // 「第１」 needs its title on the line (「第１」 alone could be anything); 「第１章」 does not.
      if (value > 0 && (looksLikeHeadingTitle(title) || (title === "" && /[章節]$/.test(c.slice(0, c.length - m[2]!.length).trim())))) {
        const restStart = rest(m);
        // A section's chapter number is its parent's, filled in by parseBody.
        return { kind, level: LEVEL[kind as "chapter" | "section"], labelEnd: labelEndBefore(text, at, restStart), numbers: kind === "chapter" ? [value] : [0, value], restStart };
      }
    }
  }
  if (first === 0x28 || first === 0xff08) {
    m = ITEM_RE.exec(c);
    if (m && looksLikeHeadingTitle(m[2]!.trim())) {
      const restStart = rest(m);
      return { kind: "item", level: LEVEL.item, labelEnd: labelEndBefore(text, at, restStart), numbers: [digitsValue(m[1]!)], restStart };
    }
    m = MEASURE_RE.exec(c);
    if (m) {
      const restStart = rest(m);
      return { kind: "measure", level: LEVEL.measure, labelEnd: at + 3, numbers: [katakanaValue(m[1]!)], restStart };
    }
  }
  // 「ア 道路交通事故の現状」 / 「イ 国土交通省において、…する。」: a heading or a statement.
  if (first >= 0x30a2 && first <= 0x30f3 && KATAKANA_ORDER.includes(c.charAt(0))) {
    m = KANA_LABEL_RE.exec(c);
    if (m && m[2]!.trim() !== "") {
      return { kind: "measure", level: LEVEL.kana, labelEnd: at + 1, numbers: [katakanaValue(m[1]!)], restStart: rest(m), heading: looksLikeHeadingTitle(m[2]!.trim()) };
    }
  }
  // ・ ･ •
  if (first === 0x30fb || first === 0xff65 || first === 0x2022) {
    m = BULLET_RE.exec(c);
    if (m) {
      return { kind: "bullet", level: LEVEL.bullet, labelEnd: at + 1, numbers: [], restStart: rest(m) };
    }
  }
  if (PREFACE_FIRST.includes(c.charAt(0)) && PREFACE_RE.test(c.replace(SPACES, ""))) {
    return { kind: "preface", level: LEVEL.chapter, labelEnd: at, numbers: [], restStart: at };
  }
  return undefined;
}

/** The label ends where the spaces before the title begin. */
function labelEndBefore(text: string, labelStart: number, restStart: number): number {
  let e = restStart;
  while (e > labelStart && isLabelSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

function pathOf(kind: PlanNodeKind, numbers: number[], label: string, parent: PlanNode | undefined, bulletIndex: number): string {
  const base = parent && parent.kind !== "preface" ? parent.path : "";
  switch (kind) {
    case "preface":
      return label;
    case "chapter":
      return `${numbers[0]}`;
    case "section":
      return `${numbers[0]}.${numbers[1]}`;
    case "item":
      // 「１ 見出し」 reads 1.1 1; 「(1)」 reads 1.1(1).
      return /^[(（]/.test(label) ? `${base}(${numbers[0]})` : `${base} ${numbers[0]}`;
    case "measure": {
      // 「(ア)」 reads (ア); 「ア」 reads ア: 1.1 1(1)ア(ア).
      const kana = katakanaLabel(numbers[0]!);
      return /^[(（]/.test(label) ? `${base}(${kana})` : `${base}${kana}`;
    }
    case "bullet":
      return `${base}・${bulletIndex}`;
    case "part":
      return `第${numbers[0]}部`;
    case "heading":
      return base;
  }
}

export interface BodyResult {
  nodes: PlanNode[];
  /** Running headers recognised only here, because they repeat the open chapter or section. */
  artifacts: PageArtifact[];
}

export function parseBody(text: string, lines: readonly SourceLine[], skipped: ReadonlySet<number>, markdown: boolean): BodyResult {
  const roots: PlanNode[] = [];
  const artifacts: PageArtifact[] = [];
  /** Open drafts from the outermost (chapter) to the innermost. */
  const stack: Draft[] = [];
  const all: Draft[] = [];
  /** Bullets so far in each list of siblings (a bullet's number is its place among them). */
  const bullets = new Map<PlanNode[], number>();
  let prev: SourceLine | undefined;
  let blankSincePrev = false;
  let prevWasHeading = false;

  // Indexed rather than for-of: in a cold run the array iterator costs more than this loop's body.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.ignored) continue;
    if (!line.content) {
      blankSincePrev = true;
      continue;
    }
    // Page numbers, running headers and footnote blocks (parse-plan.ts): not the plan's text.
    if (skipped.has(line.index)) continue;
    const mayStart = prev === undefined || prevWasHeading || endsParagraph(prev) || (markdown && blankSincePrev);
    const cls = classify(text, line, mayStart);

    if (cls && (cls.kind === "chapter" || cls.kind === "section") && repeatsOpenHeading(text, stack, line)) {
      artifacts.push({ kind: "running-header", text: line.content, range: { start: line.contentStart, end: line.contentEnd } });
      continue;
    }

    if (!cls) {
      const top = stack[stack.length - 1];
      if (top?.awaitingTitle) {
        top.spans.push({ start: line.contentStart, end: line.contentEnd });
        top.node.headRange.end = line.contentEnd;
        top.awaitingTitle = false;
        top.titleOpen = false;
        prev = line;
        blankSincePrev = false;
        prevWasHeading = true;
        continue;
      }
      if (top && (top.node.kind === "measure" || top.node.kind === "bullet" || top.node.kind === "preface" || top.titleOpen)) {
        top.spans.push({ start: line.contentStart, end: line.contentEnd });
        top.titleOpen = top.titleOpen && !endsParagraph(line);
      }
      prev = line;
      blankSincePrev = false;
      prevWasHeading = false;
      continue;
    }

    // Close what the new node cannot sit inside.
    const level = cls.level;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    if (cls.kind === "chapter" || cls.kind === "preface") stack.length = 0;
    const parent = stack[stack.length - 1]?.node;
    const labelStart = line.contentStart;
    const label = text.slice(labelStart, cls.labelEnd);
    const siblings = parent ? parent.children : roots;
    const bulletIndex = (bullets.get(siblings) ?? 0) + 1;
    const numbers = cls.kind === "bullet" ? [bulletIndex] : cls.numbers;
    // 第２節 under 第３章 is section 3.2.
    if (cls.kind === "section" && numbers[0] === 0) numbers[0] = parent?.kind === "chapter" ? parent.numbers[0]! : 0;
    const restStart = skipSpaces(text, cls.restStart, line.contentEnd);
    const isHeading = cls.kind === "chapter" || cls.kind === "section" || cls.kind === "item" || cls.kind === "preface" || cls.heading === true;
    const node: PlanNode = {
      kind: cls.kind,
      label,
      family: cls.kind === "preface" ? "" : labelFamily(label),
      depth: stack.length,
      numbers,
      title: "",
      text: { text: "", pieces: [] },
      range: { start: labelStart, end: line.contentEnd },
      labelRange: { start: labelStart, end: cls.labelEnd },
      headRange: { start: labelStart, end: line.contentEnd },
      path: pathOf(cls.kind, numbers, label, parent, bulletIndex),
      children: [],
    };
    const draft: Draft = {
      node,
      level,
      spans: cls.kind === "preface" ? [] : [{ start: restStart, end: line.contentEnd }],
      titleOpen: isHeading && cls.kind !== "preface" && !endsParagraph(line) && !markdown,
      awaitingTitle: (cls.kind === "chapter" || cls.kind === "section") && restStart >= line.contentEnd,
    };
    if (cls.kind === "preface") node.title = line.content;
    siblings.push(node);
    if (cls.kind === "bullet") bullets.set(siblings, bulletIndex);
    stack.push(draft);
    all.push(draft);
    prev = line;
    blankSincePrev = false;
    prevWasHeading = isHeading;
  }

  for (let i = 0; i < all.length; i++) finishNode(text, all[i]!);
  for (const root of roots) closeRange(root);
  return { nodes: roots, artifacts };
}

/** A chapter or section line identical to the one already open is a page's running header. */
function repeatsOpenHeading(text: string, stack: readonly Draft[], line: SourceLine): boolean {
  const key = headingKey(line.content);
  return stack.some((d) => (d.node.kind === "chapter" || d.node.kind === "section") && headingKey(text.slice(d.node.headRange.start, d.node.headRange.end)) === key);
}

function finishNode(text: string, d: Draft): void {
  const node = d.node;
  node.text = joinSpans(text, d.spans);
  const last = d.spans[d.spans.length - 1];
  if (last) node.headRange.end = Math.max(node.headRange.end, last.end);
  node.range.end = Math.max(node.range.end, node.headRange.end);
  if (node.kind === "measure" || node.kind === "bullet") {
    Object.assign(node, readMeasureDetails(node.text));
  } else if (node.kind !== "preface") {
    node.title = node.text.text;
  }
}

function closeRange(node: PlanNode): number {
  for (const child of node.children) node.range.end = Math.max(node.range.end, closeRange(child));
  return node.range.end;
}
