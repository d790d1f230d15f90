/**
 * The plan body's outline, read line by line from text as PDF extraction leaves it
 * (wrapped mid-word, blank lines between halves, stray spaces, running headers) or
 * as a drafter types it: every 公用文 level (第１部 › 第１章 › 第１節 › １ › (1) ›
 * ① or ア › (ア) › Ａ．), the seed's dotted numbers (1. › 1.1.), ○ headings,
 * unnumbered headings in brackets, statements such as 「(ア)内閣官房において、…」
 * and bullets `・`.
 *
 * Which label sits under which is worked out from the document's own use, as
 * 「公用文作成の考え方」 describes it (each document picks its own sequence of
 * label families), not from a fixed table: a family that is not open nests under
 * the innermost open node; a family already open closes everything opened after
 * it and becomes its sibling. Only 第N部 › 第N章 › 第N節 (and 1. › 1.1. › 1.1.1.)
 * rank themselves, because their names say so.
 */
import { isDigitCode, toHalfWidth } from "./characters.js";
import { joinSpans } from "./joined-text.js";
import { katakanaLabel, looksLikeHeadingTitle, PREFACE_RE, readLabel, type LineLabel } from "./labels.js";
import { readMeasureDetails } from "./measure-details.js";
import { endsParagraph, headingKey } from "./page-artifacts.js";
import type { SourceLine } from "./source-lines.js";
import type { PageArtifact, PlanNode, PlanNodeKind, TextRange } from "./types.js";

interface Draft {
  node: PlanNode;
  /** The family as nesting compares it: 「1.1」 and 「1.1.」 are one. */
  key: string;
  /** 第N部 0, 第N章 and 第N 1, 第N節 2: the levels whose names rank them. */
  rank: number | undefined;
  /** How many numbers a dotted label has (1. → 1, 2.2.1. → 3); 0 for others. */
  dotted: number;
  role: LineLabel["role"] | undefined;
  spans: TextRange[];
  /** A heading whose line was full and did not end its paragraph: the next line may continue the title. */
  titleOpen: boolean;
  /** A label alone on its line (「第１章」): the next line is the title, and the heading ends with it. */
  awaitingTitle: boolean;
}

interface Classified {
  /** undefined for a preface. */
  label: LineLabel | undefined;
  preface: boolean;
  /** A heading (a title) rather than a statement or a bullet. */
  heading: boolean;
  /** Offset where the label ends in the document. */
  labelEnd: number;
  /** Offset where the title or statement starts. */
  restStart: number;
}

/**
 * The family as nesting compares it. A label is the same with or without the dot
 * after it (「１．」 and 「１　」, 「ア．」 and 「ア　」), and 「1.1」 is 「1.1.」.
 */
function nestingKey(family: string): string {
  return /^(?:N(?:\.N)*|ア|A|a|ⅰ|Ⅰ)\.$/.test(family) ? family.slice(0, -1) : family;
}

/** First characters of the PREFACE_RE words, and the spaces removed before testing it. */
const PREFACE_FIRST = "は序ま前 　";
const SPACES = /[ 　]/g;

const RANK: Partial<Record<LineLabel["role"], number>> = { part: 0, chapter: 1, dai: 1, section: 2 };

/**
 * Words that make a labelled line a statement, not a heading: the owner phrase
 * (「内閣官房において、」) and a clause that ends at a comma (「…は、」「…ため、」).
 * A heading names a topic; it has no subject or clause.
 */
const CLAUSE = /において|においては|[はがをもてでしりくばら]、|ため、|より、|よう、/;

/** Display width: a full-width character counts two columns, as the page laid it out. */
function widthOf(text: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) w += text.charCodeAt(i) < 0x2000 ? 1 : 2;
  return w;
}

/** Narrower than this (20 full-width characters) no page wraps its lines. */
const MIN_PAGE_WIDTH = 40;

/**
 * The width the page wraps its lines at: most lines of extracted text are full
 * lines, so a high percentile of the widths is the page's width. A document with
 * one paragraph per line gives a width far beyond any heading, and no heading
 * then counts as wrapped.
 */
function pageWidth(text: string, lines: readonly SourceLine[], lineWidths: number[]): number {
  // Integers: a typed array sorts them natively, no comparator called per comparison.
  const widths = new Int32Array(lines.length);
  let count = 0;
  // Lines that stop mid-sentence are wrapped lines, as wide as the page: the most
  // common of their widths holds when tables or lists fill a document with short lines.
  const wrapped = new Map<number, number>();
  let common = 0;
  let commonCount = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.content || l.ignored) continue;
    const w = widthOf(text, l.start, l.contentEnd);
    lineWidths[i] = w;
    widths[count++] = w;
    if (w >= MIN_PAGE_WIDTH && !endsParagraph(l)) {
      const bucket = w >> 1;
      const n = (wrapped.get(bucket) ?? 0) + 1;
      wrapped.set(bucket, n);
      if (n > commonCount || (n === commonCount && bucket * 2 > common)) {
        common = bucket * 2;
        commonCount = n;
      }
    }
  }
  if (count === 0) return Infinity;
  const sorted = widths.subarray(0, count).sort();
  const percentile = sorted[Math.floor(count * 0.75)]!;
  return Math.max(MIN_PAGE_WIDTH, percentile, commonCount >= 3 ? common : 0);
}

/**
 * A line of a table of contents: the title followed by leader dots or spaces and a
 * page number (「第１章 総論 ………… 3」, 「１ 計画の目的　5」). It names a heading; it is not one.
 */
const CONTENTS_ENTRY = /(?:[.．…‥・･]{3,}|[ \u3000]+)[ \u3000]*[0-9０-９]{1,3}$/;

function isContentsEntry(content: string): boolean {
  const last = content.charCodeAt(content.length - 1);
  if (!isDigitCode(last)) return false;
  const label = readLabel(content);
  return label !== undefined && CONTENTS_ENTRY.test(content.slice(label.rest));
}

function classify(text: string, line: SourceLine, mayStart: boolean, isFull: (l: SourceLine) => boolean, styleLevel?: number): Classified | undefined {
  const c = line.content;
  const at = line.contentStart;
  if (!mayStart) return undefined;
  if (PREFACE_FIRST.includes(c.charAt(0)) && PREFACE_RE.test(c.replace(SPACES, ""))) {
    return { label: undefined, preface: true, heading: true, labelEnd: at, restStart: at };
  }
  const label = readLabel(c);
  if (!label) {
    // A paragraph in a heading style (Word's 見出し 1…) without a number: all title, like 「（基本的な考え方）」.
    if (styleLevel === undefined) return undefined;
    return { label: { role: "bracket", family: "", length: 0, rest: 0, numbers: [] }, preface: false, heading: true, labelEnd: at, restStart: at };
  }
  const rest = c.slice(label.rest);
  if (label.role !== "bullet" && CONTENTS_ENTRY.test(rest)) return undefined;
  const found = (heading: boolean): Classified => ({ label, preface: false, heading, labelEnd: at + label.length, restStart: at + label.rest });
  switch (label.role) {
    case "part":
    case "chapter":
    case "section":
      // 「第１章」 alone: its title is the next line.
      return rest === "" || looksLikeHeadingTitle(rest) ? found(true) : undefined;
    case "dai":
      // 「第１」 alone: its title is the next line, as for 第N章.
      return rest === "" || looksLikeHeadingTitle(rest) ? found(true) : undefined;
    case "dotted":
      return looksLikeHeadingTitle(rest) ? found(true) : undefined;
    case "paren-number":
      // 「（１）」 alone (PDF extraction puts a label and its title in separate boxes):
      // the next line is its title, or — a sentence — its statement.
      if (rest === "") return found(true);
    // falls through
    case "number":
      // 「（１）国は、…」 is a numbered paragraph: a statement, numbered like the headings.
      // (「２ 点を重点とする。」 is a sentence that starts with a number: only (1) numbers paragraphs.)
      if (!looksLikeHeadingTitle(rest)) return label.role === "paren-number" && /[。．]$/.test(rest) && CLAUSE.test(rest) ? found(false) : undefined;
      return found(!CLAUSE.test(rest));
    case "bracket":
      return { label, preface: false, heading: true, labelEnd: at, restStart: at };
    case "bullet":
      return rest === "" ? undefined : found(false);
    default:
      // (ア), ①, ア, Ａ．, ○: a heading when what follows is a short title on a line of
      // its own (not a full line that wraps on), else a statement.
      // 「(ア)」 or 「①」 alone: as 「（１）」 alone. (A bare kana or letter alone may be a stray character.)
      if (rest === "") return label.role === "paren-kana" || label.family === "①" ? found(true) : undefined;
      return found(looksLikeHeadingTitle(rest) && !CLAUSE.test(rest) && !isFull(line));
  }
}

/** The label with ASCII-range full-width forms folded: 「（２）」 → 「(2)」, 「Ａ．」 → 「A.」. */
function foldWidth(label: string): string {
  return toHalfWidth(label).replace(/[ \t\u3000]+/g, "");
}

function kindOf(cls: Classified, stack: readonly Draft[]): PlanNodeKind {
  if (cls.preface) return "preface";
  const label = cls.label;
  if (!label) return "heading";
  const underChapter = stack.some((d) => d.node.kind === "chapter" || d.node.kind === "section" || d.node.kind === "item");
  switch (label.role) {
    case "part":
      return "part";
    case "chapter":
    case "dai":
      return "chapter";
    case "section":
      return "section";
    case "dotted":
      return label.numbers.length === 1 ? (underChapter ? "item" : "chapter") : label.numbers.length === 2 ? "section" : "item";
    case "number":
      return !cls.heading ? "measure" : underChapter ? "item" : "chapter";
    case "paren-number":
      return cls.heading ? "item" : "measure";
    case "bracket":
      return "heading";
    case "circle":
      return cls.heading ? "heading" : "bullet";
    case "bullet":
      return "bullet";
    default:
      // Ⅰ Ⅱ Ⅲ at the top of the body are its chapters.
      if (cls.heading && label.family === "Ⅰ" && !underChapter) return "chapter";
      return cls.heading ? "item" : "measure";
  }
}

function pathOf(kind: PlanNodeKind, cls: Classified, numbers: number[], label: string, parent: PlanNode | undefined, stack: readonly Draft[], bulletIndex: number): string {
  const base = parent && parent.kind !== "preface" ? parent.path : "";
  const part = stack.find((d) => d.node.kind === "part")?.node.path;
  const inPart = (p: string): string => (part ? `${part} ${p}` : p);
  const role = cls.label?.role;
  switch (kind) {
    case "preface":
      return label;
    case "part":
      return `第${numbers[0]}部`;
    case "chapter":
      return inPart(`${numbers[0]}`);
    case "section":
      return inPart(numbers.join("."));
    case "item":
      // 「１ 見出し」 reads 1.1 1; 「(1)」 reads 1.1(1); 「2.2.1.」 reads 2.2.1; 「①」 reads 1.1 1(1)①.
      if (role === "paren-number") return `${base}(${numbers[0]})`;
      if (role === "number" || (role === "dotted" && numbers.length === 1)) return `${base} ${numbers[0]}`;
      if (role === "dotted") return inPart(numbers.join("."));
      return `${base}${pathLabel(label, role, numbers)}`;
    case "measure":
      return `${base}${pathLabel(label, role, numbers)}`;
    case "bullet":
      return `${base}・${bulletIndex}`;
    case "heading":
      return base;
  }
}

/** 「(ア)」 reads (ア); 「ア」 reads ア; 「①」 ①; 「Ａ．」 A. */
function pathLabel(label: string, role: LineLabel["role"] | undefined, numbers: number[]): string {
  if (role === "paren-kana") return `(${katakanaLabel(numbers[0]!)})`;
  return foldWidth(label);
}

export interface BodyResult {
  nodes: PlanNode[];
  /** Running headers recognised only here, because they repeat the open chapter or section. */
  artifacts: PageArtifact[];
}

/**
 * `paragraphPerLine`: every line is a whole paragraph (a Word document's), never a wrapped piece of one.
 * `headingLevels`: lines (by index) in a heading style, and the style's outline level.
 */
export function parseBody(text: string, lines: readonly SourceLine[], skipped: ReadonlySet<number>, markdown: boolean, paragraphPerLine = false, headingLevels?: ReadonlyMap<number, number>): BodyResult {
  const roots: PlanNode[] = [];
  const artifacts: PageArtifact[] = [];
  /** Open drafts from the outermost to the innermost. */
  const stack: Draft[] = [];
  const all: Draft[] = [];
  /** Bullets so far in each list of siblings (a bullet's number is its place among them). */
  const bullets = new Map<PlanNode[], number>();
  /** For each family, the families the document has placed below it. */
  const below = new Map<string, Set<string>>();
  // Asked of nearly every line, some twice: each line's width is measured once, by
  // pageWidth (by its place in `lines`, whose indexes run on from the first's).
  const widths: number[] = [];
  const width = markdown || paragraphPerLine ? Infinity : pageWidth(text, lines, widths);
  const base = lines.length > 0 ? lines[0]!.index : 0;
  const isFull = (l: SourceLine): boolean => {
    if (width === Infinity) return false;
    const k = l.index - base;
    if (lines[k] !== l) return widthOf(text, l.start, l.contentEnd) >= width * 0.9;
    return (widths[k] ??= widthOf(text, l.start, l.contentEnd)) >= width * 0.9;
  };
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
    // A line shorter than the page's width is no wrapped line: the paragraph ended
    // there, whatever its last character (text typed one paragraph per line).
    const mayStart = prev === undefined || prevWasHeading || paragraphPerLine || endsParagraph(prev) || !isFull(prev) || (markdown && blankSincePrev);
    const styleLevel = headingLevels?.get(line.index);
    const cls = classify(text, line, mayStart, isFull, styleLevel);
    const role = cls?.label?.role;

    if (cls && (role === "part" || role === "chapter" || role === "section" || role === "dai" || (role === "dotted" && cls.label!.numbers.length <= 2)) && repeatsOpenHeading(text, stack, line)) {
      artifacts.push({ kind: "running-header", text: line.content, range: { start: line.contentStart, end: line.contentEnd } });
      continue;
    }

    if (!cls) {
      const top = stack[stack.length - 1];
      if (top?.awaitingTitle) {
        top.spans.push({ start: line.contentStart, end: line.contentEnd });
        top.awaitingTitle = false;
        top.titleOpen = false;
        prev = line;
        blankSincePrev = false;
        // Below 第N, a label alone may number a paragraph: a sentence after it is the
        // statement, and the lines after it go on with it.
        const ranked = top.role === "part" || top.role === "chapter" || top.role === "section" || top.role === "dai";
        if (!ranked && (/[。．]$/.test(line.content) || !looksLikeHeadingTitle(line.content.replace(/\s+/g, "")))) {
          top.node.kind = "measure";
          prevWasHeading = false;
          continue;
        }
        top.node.headRange.end = line.contentEnd;
        prevWasHeading = true;
        continue;
      }
      let inTitle = false;
      // A Word paragraph is whole: the paragraphs after a measure (a table's cells, say) are not its statement.
      if (top && (((top.node.kind === "measure" || top.node.kind === "bullet") && !paragraphPerLine) || top.node.kind === "preface")) {
        top.spans.push({ start: line.contentStart, end: line.contentEnd });
      } else if (top?.titleOpen) {
        // A wrapped heading goes on in the next line; a sentence there is the paragraph
        // after the heading, and the title ends at the line end.
        const title = text.slice(top.spans[0]!.start, top.spans[top.spans.length - 1]!.end) + line.content;
        if (!/[。．]$/.test(line.content) && looksLikeHeadingTitle(title.replace(/\s+/g, ""))) {
          top.spans.push({ start: line.contentStart, end: line.contentEnd });
          top.titleOpen = !endsParagraph(line) && isFull(line);
          inTitle = true;
        } else if (top.spans.length === 1 && (top.role === "number" || top.role === "paren-number") && /[。．]$/.test(line.content) && looksLikeHeadingTitle(line.content.slice(0, -1))) {
          // A full line run on into a sentence's end: 「（１）…に関する規定を
          // 整備する。」 is a numbered statement, not a heading.
          top.node.kind = "measure";
          top.spans.push({ start: line.contentStart, end: line.contentEnd });
          top.titleOpen = false;
        } else {
          top.titleOpen = false;
        }
      }
      prev = line;
      blankSincePrev = false;
      // After a line of a table of contents the next line may be a heading, as after a heading.
      prevWasHeading = inTitle || isContentsEntry(line.content);
      continue;
    }

    const label = cls.label;
    const dotted = role === "dotted" ? label!.numbers.length : 0;
    const key = cls.preface ? "preface" : !label ? "" : styleLevel !== undefined && label.length === 0 && role === "bracket" ? `style${styleLevel}` : role === "bracket" ? "()" : nestingKey(label.family);
    const rank = role ? RANK[role] : undefined;
    place(stack, below, cls, key, rank, dotted);
    const kind = kindOf(cls, stack);
    const parent = stack[stack.length - 1]?.node;
    const labelStart = line.contentStart;
    const labelText = text.slice(labelStart, cls.labelEnd);
    const siblings = parent ? parent.children : roots;
    const bulletIndex = (bullets.get(siblings) ?? 0) + 1;
    let numbers = kind === "bullet" ? [bulletIndex] : (label?.numbers.slice() ?? []);
    if (role === "section") {
      // 第２節 under 第３章 is section 3.2.
      const chapter = [...stack].reverse().find((d) => d.node.kind === "chapter")?.node;
      numbers = [chapter ? chapter.numbers[0]! : 0, numbers[0]!];
    }
    if (!label) numbers = [];
    // A heading without a label is all title: 「（基本的な考え方）」, 「## 概要」.
    const restStart = cls.restStart;
    const node: PlanNode = {
      kind,
      label: labelText,
      family: cls.preface || !label ? "" : label.family,
      depth: stack.length,
      numbers,
      title: "",
      text: { text: "", pieces: [] },
      range: { start: labelStart, end: line.contentEnd },
      labelRange: { start: labelStart, end: cls.labelEnd },
      headRange: { start: labelStart, end: line.contentEnd },
      path: pathOf(kind, cls, numbers, labelText, parent, stack, bulletIndex),
      children: [],
    };
    const isHeading = kind !== "measure" && kind !== "bullet";
    const awaitingTitle = (role === "part" || role === "chapter" || role === "section" || role === "dai" || role === "paren-number" || role === "paren-kana" || label?.family === "①") && restStart >= line.contentEnd;
    const draft: Draft = {
      node,
      key,
      rank,
      dotted,
      role,
      spans: cls.preface ? [] : [{ start: restStart, end: line.contentEnd }],
      titleOpen: isHeading && !cls.preface && !markdown && !awaitingTitle && !endsParagraph(line) && isFull(line),
      awaitingTitle,
    };
    if (cls.preface) node.title = line.content;
    siblings.push(node);
    if (kind === "bullet") bullets.set(siblings, bulletIndex);
    for (const open of stack) {
      let set = below.get(open.key);
      if (!set) below.set(open.key, (set = new Set()));
      set.add(key);
    }
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

/**
 * Closes what the new node cannot sit inside, leaving its parent on top of the
 * stack. In order: a preface starts afresh; 部 › 章 › 節 rank by name; a dotted label sits
 * under the nearest dotted label with fewer numbers; a family already open makes
 * the new node that node's sibling; a family the document has put above the
 * innermost open one closes it; a heading never sits inside a statement.
 */
function place(stack: Draft[], below: ReadonlyMap<string, ReadonlySet<string>>, cls: Classified, key: string, rank: number | undefined, dotted: number): void {
  const top = (): Draft | undefined => stack[stack.length - 1];
  if (cls.preface) {
    stack.length = 0;
    return;
  }
  // 「はじめに」 runs until the first heading of the outline proper.
  if (stack[0]?.node.kind === "preface" && (rank !== undefined || dotted > 0 || cls.label?.role === "number")) stack.length = 0;
  if (rank !== undefined) {
    while (stack.length > 0 && !(top()!.rank !== undefined && top()!.rank! < rank)) stack.pop();
    return;
  }
  // A heading style ranks itself by its outline level (見出し 1 › 見出し 2), as 部 › 章 › 節 do by name.
  const style = styleLevelOf(key);
  if (style !== undefined) {
    while (stack.length > 0 && !((styleLevelOf(top()!.key) ?? Infinity) < style)) stack.pop();
    return;
  }
  if (dotted > 1 && stack.some((d) => d.dotted > 0 && d.dotted < dotted)) {
    while (stack.length > 0 && !(top()!.dotted > 0 && top()!.dotted < dotted)) stack.pop();
    return;
  }
  // An unnumbered heading (「（基本的な考え方）」, 「○ 見出し」) names the prose after it,
  // up to the next numbered heading, which is its sibling, not its child.
  if (cls.heading && cls.label && cls.label.role !== "bracket" && cls.label.role !== "circle") {
    while (stack.length > 0 && top()!.node.kind === "heading" && styleLevelOf(top()!.key) === undefined) stack.pop();
  }
  let same = -1;
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i]!.key === key) {
      same = i;
      break;
    }
  }
  if (same >= 0) {
    stack.length = same;
    return;
  }
  const under = below.get(key);
  while (stack.length > 0 && under?.has(top()!.key) && !below.get(top()!.key)?.has(key)) stack.pop();
  if (cls.heading) {
    while (stack.length > 0 && (top()!.node.kind === "measure" || top()!.node.kind === "bullet")) stack.pop();
  }
}

/** The outline level of a heading-style key (「style1」 → 1), else undefined. */
function styleLevelOf(key: string): number | undefined {
  return key.startsWith("style") ? Number(key.slice(5)) : undefined;
}

/** A chapter or section line identical to the one already open is a page's running header. */
function repeatsOpenHeading(text: string, stack: readonly Draft[], line: SourceLine): boolean {
  const key = headingKey(line.content);
  return stack.some((d) => (d.node.kind === "chapter" || d.node.kind === "section" || d.node.kind === "part") && headingKey(text.slice(d.node.headRange.start, d.node.headRange.end)) === key);
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

