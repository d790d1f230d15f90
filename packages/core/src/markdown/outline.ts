/**
 * The outline of a Markdown plan: every ATX or setext heading is a node, nested
 * by heading depth (a skipped depth is fine), whatever numbering its text
 * carries; list items are bullets under the heading they follow, nested as the
 * lists nest. A list's numbers are the renderer's business (a nested list restarts
 * at 1, `1. 1. 1.` renders 1, 2, 3), so items of ordered lists are bullets too and
 * no numbering rule compares them.
 */
import type { Blockquote, FootnoteDefinition, Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from "mdast";
import { joinSpans } from "../joined-text.js";
import { digitsValue, KATAKANA_ORDER, katakanaLabel, katakanaValue, labelFamily, looksLikeHeadingTitle } from "../labels.js";
import { readMeasureDetails } from "../measure-details.js";
import type { Footnote, JoinedText, PlanNode, PlanNodeKind, TextRange } from "../types.js";
import { readHeadingLabel } from "./heading-label.js";
import { inlineSpans, isBlank, trimSpans } from "./inline-spans.js";
import { isLinkOnlyList } from "./non-prose.js";
import { endOf, startOf } from "./node-ranges.js";

export interface MarkdownOutline {
  nodes: PlanNode[];
  footnotes: Footnote[];
  /** Stray emphasis marks at a heading's ends (「…検討**」): syntax, not title. */
  strayMarks: TextRange[];
}

interface OpenHeading {
  node: PlanNode;
  /** The Markdown heading depth, 1–6. */
  level: number;
}

export function buildOutline(text: string, root: Root): MarkdownOutline {
  const roots: PlanNode[] = [];
  const footnotes: Footnote[] = [];
  const strayMarks: TextRange[] = [];
  const open: OpenHeading[] = [];
  let lastEnd = 0;
  const closeTo = (level: number): void => {
    while (open.length > 0 && open[open.length - 1]!.level >= level) {
      const h = open.pop()!;
      h.node.range.end = Math.max(h.node.range.end, lastEnd);
    }
  };
  /** Labelled paragraphs open under the innermost heading: （１） › ア › （ア） › ・. */
  const paragraphs: OpenHeading[] = [];
  const parent = (): PlanNode | undefined => paragraphs[paragraphs.length - 1]?.node ?? open[open.length - 1]?.node;
  const container = (): PlanNode[] => parent()?.children ?? roots;
  const depthNow = (): number => open.length + paragraphs.length;

  // Blocks in document order; a quote's blocks are read in place (its lists are
  // the drafter's bullets too), but a heading inside a quote is quoted, not outline.
  const queue: { node: RootContent; quoted: boolean }[] = root.children.map((node) => ({ node, quoted: false }));
  for (let i = 0; i < queue.length; i++) {
    const { node, quoted } = queue[i]!;
    if (node.type === "heading" && !quoted) {
      closeParagraphs(paragraphs, 0, lastEnd);
      closeTo(node.depth);
      const p = parent();
      const h = headingNode(text, node, p, open.length, strayMarks);
      container().push(h);
      open.push({ node: h, level: node.depth });
    } else if (node.type === "list") {
      if (!isLinkOnlyList(node)) addList(text, node, parent(), container(), depthNow());
    } else if (node.type === "paragraph") {
      const para = labelledParagraph(text, node);
      if (para) {
        closeParagraphs(paragraphs, para.level, lastEnd);
        const p = parent();
        const n = paragraphNode(text, para, p, depthNow());
        container().push(n);
        paragraphs.push({ node: n, level: para.level });
      }
    } else if (node.type === "blockquote") {
      queue.splice(i + 1, 0, ...(node as Blockquote).children.map((c) => ({ node: c, quoted: true })));
    } else if (node.type === "footnoteDefinition") {
      footnotes.push(footnote(text, node));
    }
    if (!quoted) lastEnd = Math.max(lastEnd, endOf(node));
  }
  closeParagraphs(paragraphs, 0, lastEnd);
  closeTo(0);
  return { nodes: roots, footnotes, strayMarks };
}

function headingNode(text: string, heading: Heading, parent: PlanNode | undefined, depth: number, strayMarks: TextRange[]): PlanNode {
  const spans = trimSpans(text, inlineSpans(text, heading, { code: true }));
  trimStrayMarks(text, spans, strayMarks);
  const joined = joinSpans(text, spans);
  // A label is taken only as written in one run of the source (「1\\.」 escapes are not labels).
  const found = readHeadingLabel(joined.text);
  const label = found && isVerbatim(joined, found.length) ? found : undefined;
  const labelLength = label?.length ?? 0;
  let titleStart = labelLength;
  while (titleStart < joined.text.length && isBlank(joined.text.charCodeAt(titleStart))) titleStart++;
  const title = sliceJoined(joined, titleStart, joined.text.length);
  const contentStart = spans[0]?.start ?? endOf(heading);
  const contentEnd = spans[spans.length - 1]?.end ?? contentStart;
  const labelRange = label ? sourceRangeOf(joined, 0, labelLength) : { start: contentStart, end: contentStart };
  const labelText = joined.text.slice(0, labelLength);
  const kind: PlanNodeKind = label?.kind ?? "heading";
  const numbers = label ? [...label.numbers] : [];
  // 第２節 under 第３章 is section 3.2.
  if (kind === "section" && numbers[0] === 0) numbers[0] = parent?.kind === "chapter" ? parent.numbers[0]! : 0;
  return {
    kind,
    label: labelText,
    family: label ? labelFamily(labelText) : "#",
    depth,
    numbers,
    title: title.text,
    text: title,
    range: { start: contentStart, end: Math.max(contentEnd, endOf(heading)) },
    labelRange,
    headRange: { start: contentStart, end: contentEnd },
    path: headingPath(kind, numbers, labelText, parent),
    children: [],
  };
}

/**
 * A run of `*` left at the very start or end of a heading is an emphasis mark the
 * drafter did not close (「#### 2.2.1. …の方向性検討**」): the parser keeps it as
 * text, a reader does not read it as part of the title.
 */
function trimStrayMarks(text: string, spans: TextRange[], strayMarks: TextRange[]): void {
  const last = spans[spans.length - 1];
  if (last) {
    let e = last.end;
    while (e > last.start && text.charCodeAt(e - 1) === 0x2a) e--;
    if (e < last.end && text.charCodeAt(e - 1) !== 0x5c) {
      strayMarks.push({ start: e, end: last.end });
      last.end = e;
      while (last.end > last.start && isBlank(text.charCodeAt(last.end - 1))) last.end--;
      if (last.end === last.start) spans.pop();
    }
  }
  const first = spans[0];
  if (first) {
    let s = first.start;
    while (s < first.end && text.charCodeAt(s) === 0x2a) s++;
    if (s > first.start) {
      strayMarks.push({ start: first.start, end: s });
      first.start = s;
      while (first.start < first.end && isBlank(text.charCodeAt(first.start))) first.start++;
      if (first.start === first.end) spans.shift();
    }
  }
}

function headingPath(kind: PlanNodeKind, numbers: number[], label: string, parent: PlanNode | undefined): string {
  const base = parent?.path ?? "";
  if (/^[0-9０-９]/.test(label)) return numbers.length === 1 && kind === "item" ? `${base} ${numbers[0]}`.trim() : numbers.join(".");
  switch (kind) {
    case "part":
      return `第${numbers[0]}部`;
    case "chapter":
      return `${numbers[0]}`;
    case "section":
      return `${numbers[0]}.${numbers[1]}`;
    case "item":
      return /^[(（]/.test(label) ? `${base}(${numbers[0]})` : `${base}${label}`;
    case "measure": {
      const kana = katakanaLabel(numbers[0]!);
      return /^[(（]/.test(label) ? `${base}(${kana})` : `${base}${kana}`;
    }
    default:
      return base;
  }
}

function closeParagraphs(paragraphs: OpenHeading[], level: number, lastEnd: number): void {
  while (paragraphs.length > 0 && paragraphs[paragraphs.length - 1]!.level >= level) {
    const p = paragraphs.pop()!;
    p.node.range.end = Math.max(p.node.range.end, lastEnd);
  }
}

interface LabelledParagraph {
  kind: PlanNodeKind;
  /** How deep the label's family sits under a heading (公用文: （１） › ア › （ア） › ・). */
  level: number;
  numbers: number[];
  joined: JoinedText;
  labelLength: number;
  /** A short （１） line without a sentence end is a heading; its text is its title. */
  heading: boolean;
}

const PARAGRAPH_ITEM = /^[(（]([0-9０-９]{1,3})[)）]/;
const PARAGRAPH_CIRCLED = /^[\u2460-\u2473]/;
const PARAGRAPH_MEASURE = new RegExp(`^[(（]([${KATAKANA_ORDER}])[)）]`);
const PARAGRAPH_KANA = new RegExp(`^([${KATAKANA_ORDER}])[ \\t\\u3000]`);
const PARAGRAPH_BULLET = /^[・･•]/;

/**
 * A paragraph that starts with a label of 「公用文作成の考え方」's lower levels is a
 * node of the outline, as in a plain text plan: 「（ア）内閣官房において、…」 is a
 * measure, 「・…」 a bullet, a short 「（１）…」 an item heading.
 */
function labelledParagraph(text: string, paragraph: Paragraph): LabelledParagraph | undefined {
  const first = paragraph.children[0];
  if (!first || first.type !== "text") return undefined;
  const c = text.charCodeAt(startOf(first));
  if (!(c === 0x28 || c === 0xff08 || c === 0x30fb || c === 0xff65 || c === 0x2022 || (c >= 0x2460 && c <= 0x2473) || (c >= 0x30a2 && c <= 0x30f3))) return undefined;
  const joined = joinSpans(text, trimSpans(text, inlineSpans(text, paragraph)));
  const found = paragraphLabel(joined);
  return found && isVerbatim(joined, found.labelLength) ? found : undefined;
}

function paragraphLabel(joined: JoinedText): LabelledParagraph | undefined {
  const t = joined.text;
  let m: RegExpExecArray | null;
  if ((m = PARAGRAPH_ITEM.exec(t)) || (m = PARAGRAPH_CIRCLED.exec(t))) {
    const rest = t.slice(m[0].length).trim();
    if (!looksLikeHeadingTitle(rest)) return undefined;
    const value = m[1] !== undefined ? digitsValue(m[1]) : t.charCodeAt(0) - 0x2460 + 1;
    return { kind: "item", level: m[1] !== undefined ? 1 : 2, numbers: [value], joined, labelLength: m[0].length, heading: true };
  }
  if ((m = PARAGRAPH_MEASURE.exec(t))) return { kind: "measure", level: 4, numbers: [katakanaValue(m[1]!)], joined, labelLength: m[0].length, heading: false };
  if ((m = PARAGRAPH_KANA.exec(t))) return { kind: "measure", level: 3, numbers: [katakanaValue(m[1]!)], joined, labelLength: 1, heading: looksLikeHeadingTitle(t.slice(1).trim()) };
  if ((m = PARAGRAPH_BULLET.exec(t))) return { kind: "bullet", level: 5, numbers: [], joined, labelLength: 1, heading: false };
  return undefined;
}

function paragraphNode(text: string, para: LabelledParagraph, parent: PlanNode | undefined, depth: number): PlanNode {
  const { joined, labelLength } = para;
  let restStart = labelLength;
  while (restStart < joined.text.length && isBlank(joined.text.charCodeAt(restStart))) restStart++;
  const rest = sliceJoined(joined, restStart, joined.text.length);
  const label = joined.text.slice(0, labelLength);
  const labelRange = sourceRangeOf(joined, 0, labelLength);
  const ownEnd = sourceRangeOf(joined, 0, joined.text.length).end;
  let numbers = para.numbers;
  let path: string;
  if (para.kind === "bullet") {
    const siblings = parent?.children ?? [];
    const index = (bulletCounts.get(siblings) ?? 0) + 1;
    bulletCounts.set(siblings, index);
    numbers = [index];
    path = `${parent?.path ?? ""}・${index}`;
  } else {
    path = headingPath(para.kind, numbers, label, parent);
  }
  const node: PlanNode = {
    kind: para.kind,
    label,
    family: para.kind === "bullet" ? "・" : labelFamily(label),
    depth,
    numbers,
    title: para.heading ? rest.text : "",
    text: rest,
    range: { start: labelRange.start, end: ownEnd },
    labelRange,
    headRange: { start: labelRange.start, end: ownEnd },
    path,
    children: [],
  };
  if (para.kind === "measure" || para.kind === "bullet") Object.assign(node, readMeasureDetails(rest));
  return node;
}

/** A list's items as bullets of `siblings`, their own lists as their children. */
function addList(text: string, list: List, parent: PlanNode | undefined, siblings: PlanNode[], depth: number): void {
  // Explicit work list: lists nest as deep as a file likes.
  const work: { list: List; parent: PlanNode | undefined; siblings: PlanNode[]; depth: number }[] = [{ list, parent, siblings, depth }];
  while (work.length > 0) {
    const w = work.pop()!;
    for (const item of w.list.children) {
      const node = bulletNode(text, item, w.parent, w.siblings, w.depth);
      w.siblings.push(node);
      for (const child of item.children) {
        if (child.type === "list" && !isLinkOnlyList(child)) work.push({ list: child, parent: node, siblings: node.children, depth: w.depth + 1 });
      }
    }
  }
}

/** Bullets so far in each list of siblings (a bullet's number is its place among them). */
const bulletCounts = new WeakMap<PlanNode[], number>();

const LIST_MARKER = /^(?:[-*+]|[0-9]{1,9}[.)])/;

function bulletNode(text: string, item: ListItem, parent: PlanNode | undefined, siblings: PlanNode[], depth: number): PlanNode {
  const start = startOf(item);
  const marker = LIST_MARKER.exec(text.slice(start, start + 11))?.[0] ?? "";
  const spans: TextRange[] = [];
  for (const child of item.children) {
    if (child.type === "paragraph" || child.type === "heading") spans.push(...inlineSpans(text, child));
  }
  const joined = joinSpans(text, trimSpans(text, spans));
  const index = (bulletCounts.get(siblings) ?? 0) + 1;
  bulletCounts.set(siblings, index);
  const ownEnd = joined.pieces.length > 0 ? joined.pieces[joined.pieces.length - 1]!.source + joined.pieces[joined.pieces.length - 1]!.length : start + marker.length;
  const node: PlanNode = {
    kind: "bullet",
    label: marker,
    family: "・",
    depth,
    numbers: [index],
    title: "",
    text: joined,
    range: { start, end: endOf(item) },
    labelRange: { start, end: start + marker.length },
    headRange: { start, end: ownEnd },
    path: `${parent?.path ?? ""}・${index}`,
    children: [],
  };
  Object.assign(node, readMeasureDetails(joined));
  return node;
}

function footnote(text: string, def: FootnoteDefinition): Footnote {
  const spans: TextRange[] = [];
  for (const child of def.children) if (child.type === "paragraph") spans.push(...inlineSpans(text, child as Nodes));
  const label = def.label ?? def.identifier;
  // A Markdown footnote's label is a name (「1」, 「note」): the reader sees numbers the
  // renderer assigns in order of reference. A label in digits keeps its value; 0 otherwise.
  const number = /^[0-9０-９]+$/.test(label) ? digitsValue(label) : 0;
  return { label, number, text: joinSpans(text, trimSpans(text, spans)).text, range: { start: startOf(def), end: endOf(def) } };
}

/** `joined.text.slice(from, to)` with its pieces. */
function sliceJoined(joined: JoinedText, from: number, to: number): JoinedText {
  const pieces = [];
  for (const p of joined.pieces) {
    const s = Math.max(p.at, from);
    const e = Math.min(p.at + p.length, to);
    if (e > s) pieces.push({ at: s - from, source: p.source + (s - p.at), length: e - s });
  }
  return { text: joined.text.slice(from, to), pieces };
}

/** The first `length` characters of `joined` were copied from one run of the source. */
function isVerbatim(joined: JoinedText, length: number): boolean {
  const first = joined.pieces[0];
  return first !== undefined && first.at === 0 && first.length >= length;
}

function sourceRangeOf(joined: JoinedText, from: number, to: number): TextRange {
  const part = sliceJoined(joined, from, to).pieces;
  const first = part[0];
  const last = part[part.length - 1];
  return first && last ? { start: first.source, end: last.source + last.length } : { start: 0, end: 0 };
}
