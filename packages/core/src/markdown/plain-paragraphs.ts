/**
 * Plain paragraphs without micromark. A Markdown plan is mostly paragraphs of
 * Japanese prose with no Markdown in them, and micromark's work follows the
 * characters: each one is read by the block, content and text tokenizers in
 * turn (about 80% of a CLI run over a 31-file plan was micromark). Such a
 * paragraph's mdast is one `paragraph` holding one `text` whose value is its
 * source, line endings included, so it can be made without reading it.
 *
 * What the tree must not lose is where each paragraph stands: inside a fenced
 * code block or an HTML comment, a list or a block quote the same lines mean
 * something else. So micromark still parses the whole document, but with each
 * run of plain paragraphs (plain lines between blank lines, one paragraph after
 * another with only blank lines between) replaced by the one-letter paragraph
 * `a`: the skeleton. A plain line has no character that starts, ends or
 * interrupts any block construct, nor any inline construct of CommonMark, GFM or
 * front matter (see {@link plainLineEnd}); neither has `a`. Block parsing reads
 * line starts, markers and blank lines, and a run of top-level paragraphs closes
 * what was open before it just as one paragraph does, so the skeleton has the
 * same blocks around each run as the text. (Shortening each paragraph alone
 * saved little: micromark's work follows its blocks and events as much as its
 * characters.) Each letter must come back as a paragraph at the top level with
 * one text child; if one does not (it stood inside a code block or an HTML
 * block), undefined is returned and the caller parses the text itself. Then the
 * letters are replaced by the run's paragraphs, made here, and every other
 * position is moved back to the text's offsets and lines.
 *
 * `mdast.test.ts` compares the result with micromark's own tree on the corpus,
 * on made-up edge cases and on random documents.
 */
import type { List, ListItem, Nodes, Paragraph, Root, Text } from "mdast";

type Point = NonNullable<Paragraph["position"]>["start"];

/**
 * Characters a plain line may hold in its ASCII range (anything from U+0080 up
 * is plain: Markdown's syntax is ASCII): letters, digits, space (not first or
 * last) and punctuation that no construct reads in the middle of a line. Left
 * out: `*_\`~` (emphasis, code, strikethrough, fences), `[]!^` (links, images,
 * footnotes, definitions), `<>&\\` (HTML and its ends, autolinks, entities,
 * escapes), `|:` (tables, delimiter rows), `@` (mail autolinks), tab and other
 * control characters; `#=+-` and digits are plain inside a line only (see below).
 */
const PLAIN_ASCII = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) PLAIN_ASCII[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) PLAIN_ASCII[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) PLAIN_ASCII[c] = 1;
for (const ch of " \"#$%'()+,-./;=?{}") PLAIN_ASCII[ch.charCodeAt(0)] = 1;

/** May start a line of a plain paragraph: not space (indent), `#` `+` `-` `=` (headings, lists, breaks, setext). */
function plainStart(c: number): boolean {
  return c >= 0x80 ? c !== 0xfeff : PLAIN_ASCII[c] === 1 && c !== 0x20 && c !== 0x23 && c !== 0x2b && c !== 0x2d && c !== 0x3d;
}

/**
 * Where the content starting at `start` ends (before the line ending) if the
 * line is plain from there, else -1. Digits first then `.` or `)` then a space
 * or the end would be an ordered list item; `www.` an autolink literal.
 */
function plainLineEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (!plainStart(first)) return -1;
  let i = start;
  if (first >= 0x30 && first <= 0x39) {
    while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x29) {
      const d = text.charCodeAt(i + 1);
      if (d === 0x20 || d === 0x09 || d === 0x0a || d === 0x0d || i + 1 >= text.length) return -1;
    }
  }
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) break;
    if (c < 0x80) {
      if (PLAIN_ASCII[c] !== 1) return -1;
      if ((c === 0x77 || c === 0x57) && /^www\./i.test(text.slice(i, i + 4))) return -1;
    }
  }
  return i;
}

/** A plain line: its content without the indent and the trailing spaces micromark takes off, and its end. */
interface PlainLine {
  contentStart: number;
  contentEnd: number;
  end: number;
}

/**
 * The line starting at `start` if it is plain after at most `maxIndent` spaces
 * (tabs too when the indent is unlimited: a paragraph's continuation lines).
 */
function plainLine(text: string, start: number, maxIndent: number): PlainLine | undefined {
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && !(c === 0x09 && maxIndent === Infinity)) break;
  }
  if (i - start > maxIndent) return undefined;
  const end = plainLineEnd(text, i);
  if (end === -1) return undefined;
  let contentEnd = end;
  while (text.charCodeAt(contentEnd - 1) === 0x20) contentEnd--;
  return { contentStart: i, contentEnd, end };
}

/** After the line ending at `end` (CRLF, CR or LF), or `end` at the end of the text. */
function nextLine(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if (c === 0x0d) return text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  return c === 0x0a ? end + 1 : end;
}

/** True when the line from `start` holds only spaces and tabs. */
function blankLine(text: string, start: number): boolean {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** A plain paragraph as micromark reads it: offsets in the text, 1-based lines and columns. */
interface PlainParagraph {
  /** Where its first line starts (before the indent). */
  lineStart: number;
  /** Its first character (after the indent), and its text node's value. */
  start: number;
  value: string;
  /** Where its text ends (before the last line's trailing spaces) and where it ends (after them). */
  textEnd: number;
  end: number;
  startLine: number;
  endLine: number;
  /** Where its last line starts (columns of the ends). */
  lastLineStart: number;
}

/**
 * The plain paragraph whose first line starts at `at` (after at most
 * `maxIndent` spaces) and that a blank line or the end of the text follows;
 * undefined if there is none. In the text's value, as in micromark,
 * continuation lines lose their indent and lines their trailing space; two
 * spaces before a line ending are a hard break, so not plain.
 */
function plainParagraph(text: string, at: number, line: number, maxIndent: number): PlainParagraph | undefined {
  let current = plainLine(text, at, maxIndent);
  if (!current) return undefined;
  const start = current.contentStart;
  const contents: PlainLine[] = [current];
  let lastLineStart = at;
  let trimmed = false;
  for (;;) {
    const next = nextLine(text, current.end);
    if (next === current.end || blankLine(text, next)) break;
    const following = plainLine(text, next, Infinity);
    if (!following || current.end - current.contentEnd > 1) return undefined;
    if (current.end !== current.contentEnd || following.contentStart !== next) trimmed = true;
    contents.push(following);
    lastLineStart = next;
    current = following;
  }
  let value: string;
  if (!trimmed) value = text.slice(start, current.contentEnd);
  else {
    const parts: string[] = [];
    for (let k = 0; k < contents.length; k++) {
      const c = contents[k]!;
      parts.push(text.slice(c.contentStart, c.contentEnd));
      if (k + 1 < contents.length) parts.push(text.slice(c.end, nextLine(text, c.end)));
    }
    value = parts.join("");
  }
  return { lineStart: at, start, value, textEnd: current.contentEnd, end: current.end, startLine: line, endLine: line + contents.length - 1, lastLineStart };
}

interface Run {
  paragraphs: PlainParagraph[];
  /** Where the letter stands in the skeleton. */
  skeletonStart: number;
  /** The one-line items of a list (see {@link plainList}), not a run of top-level paragraphs. */
  list?: true;
}

/**
 * The items of a list in the first column whose items are each one plain line:
 * the shape in which plans list their measures, and which micromark reads
 * slowest (its time follows list items and lines, not characters: a skeleton
 * with each item's text made one letter took it as long). Such a list is given
 * to micromark as its first item alone (`- a`), and its items are made here.
 * Only where nothing else can join the list or its items: it starts after a
 * blank line (or at the start) where no list is open above; its items have one
 * marker kind (a bullet character, or an ordered delimiter); each item is one
 * plain line after its marker and one to four spaces, the next line being the
 * next item, a blank line or the end; after the blank line comes the end, or a
 * line in the first column that starts no list item.
 */
function plainList(text: string, at: number, line: number): PlainParagraph[] | undefined {
  const items: PlainParagraph[] = [];
  let kind = -1;
  let p = at;
  for (;;) {
    const content = text.charCodeAt(p) === 0x20 ? -1 : itemContent(text, p);
    if (content < 0) return undefined;
    const marker = markerKind(text, p);
    if (kind === -1) kind = marker;
    else if (marker !== kind) return undefined;
    const plain = plainLine(text, content, 0);
    if (!plain) return undefined;
    items.push({ lineStart: p, start: content, value: text.slice(content, plain.contentEnd), textEnd: plain.contentEnd, end: plain.end, startLine: line + items.length, endLine: line + items.length, lastLineStart: p });
    const next = nextLine(text, plain.end);
    if (next === plain.end) return items;
    if (!blankLine(text, next)) {
      p = next;
      continue;
    }
    // After the blank lines: the end, or a line in the first column that is no list item.
    let q = next;
    while (q < text.length && blankLine(text, q)) {
      const after = nextLine(text, lineEndAt(text, q));
      if (after === lineEndAt(text, q)) return items;
      q = after;
    }
    if (q >= text.length) return items;
    const c = text.charCodeAt(q);
    return c !== 0x20 && c !== 0x09 && itemContent(text, q) < 0 ? items : undefined;
  }
}

/** The kind of the list item marker at `at` (no indent): its bullet character, or 0x100 plus its ordered delimiter. */
function markerKind(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 0x2d || c === 0x2a || c === 0x2b) return c;
  let i = at;
  while (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  return 0x100 + text.charCodeAt(i);
}

/** Where the line containing `at` ends (before its line ending). */
function lineEndAt(text: string, at: number): number {
  let i = at;
  while (i < text.length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
  return i;
}

/** Where a list item's content starts on the line starting at `at` (after its marker and one to four spaces); -1 if the line is no such item. */
function itemContent(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 0x20) i++;
  const c = text.charCodeAt(i);
  if (c === 0x2d || c === 0x2a || c === 0x2b) i++;
  else {
    const digits = i;
    while (i - digits < 10 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    if (i === digits || i - digits > 9) return -1;
    const d = text.charCodeAt(i);
    if (d !== 0x2e && d !== 0x29) return -1;
    i++;
  }
  const spaces = i;
  while (text.charCodeAt(i) === 0x20) i++;
  return i > spaces && i - spaces <= 4 ? i : -1;
}

/** Fewer characters than this in plain paragraphs: parse the text as it is. */
const MIN_SAVED = 256;

/**
 * The mdast of `text` as `parse` gives it, with the plain paragraphs made here;
 * undefined when `text` has too few of them, or when they are not all
 * top-level paragraphs (then `parse(text)` is the answer).
 */
export function parseWithPlainParagraphs(text: string, parse: (text: string) => Root, minSaved = MIN_SAVED): Root | undefined {
  const first = text.charCodeAt(0);
  // A byte order mark or a front-matter fence: leave the start to micromark alone.
  if (first === 0xfeff || first === 0x2d || first === 0x2b) return undefined;
  const runs: Run[] = [];
  let run: Run | undefined;
  let line = 1;
  let at = 0;
  let afterBlank = true;
  // A list may be open: since a list item's line, until a line in the first column after a blank line.
  let listOpen = false;
  while (at < text.length) {
    // After a blank line (or at the start). A run starts with a paragraph in the first column: where an
    // indented one stands (in a list item?) is left to micromark; after a paragraph of the run, only a
    // paragraph can stand there.
    const paragraph = afterBlank ? plainParagraph(text, at, line, run ? 3 : 0) : undefined;
    if (paragraph) {
      if (run) run.paragraphs.push(paragraph);
      else runs.push((run = { paragraphs: [paragraph], skeletonStart: 0 }));
      line = paragraph.endLine + 1;
      at = nextLine(text, paragraph.end);
      afterBlank = false;
      listOpen = false;
      continue;
    }
    const items = afterBlank && !listOpen ? plainList(text, at, line) : undefined;
    if (items) {
      runs.push({ paragraphs: items, skeletonStart: 0, list: true });
      const last = items[items.length - 1]!;
      line = last.endLine + 1;
      at = nextLine(text, last.end);
      run = undefined;
      afterBlank = false;
      listOpen = true;
      if (at === last.end) break;
      continue;
    }
    const blank = blankLine(text, at);
    if (!blank) {
      if (itemContent(text, at) >= 0) listOpen = true;
      else if (afterBlank && text.charCodeAt(at) !== 0x20 && text.charCodeAt(at) !== 0x09) listOpen = false;
    }
    let end = at;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
    // A line that is neither blank nor in a plain paragraph ends the run.
    if (!blank) run = undefined;
    afterBlank = blank;
    const next = nextLine(text, end);
    if (next === end) break;
    at = next;
    line++;
  }

  // The skeleton: each run's text, from its first paragraph's start to its last one's end, is the letter.
  const parts: string[] = [];
  let copied = 0;
  let removed = 0;
  // Per run, in skeleton order: where its letter ends in the skeleton, the characters and lines taken out up to there.
  const letterEnds: number[] = [];
  const removedChars: number[] = [];
  const removedLines: number[] = [];
  for (const r of runs) {
    const p0 = r.paragraphs[0]!;
    const pn = r.paragraphs[r.paragraphs.length - 1]!;
    parts.push(text.slice(copied, p0.start), "a");
    r.skeletonStart = p0.start - removed;
    removed += pn.end - p0.start - 1;
    letterEnds.push(r.skeletonStart + 1);
    removedChars.push(removed);
    removedLines.push((removedLines[removedLines.length - 1] ?? 0) + pn.endLine - p0.startLine);
    copied = pn.end;
  }
  if (removed < minSaved) return undefined;
  parts.push(text.slice(copied));
  const root = parse(parts.join(""));

  // Every letter must stand where it was put, at the top level: a run's as a paragraph with one text
  // node; a list's as a list of one item that holds such a paragraph, from the first item's marker.
  const letters = new Map<Nodes, Run>();
  let k = 0;
  for (const node of root.children) {
    if (k === runs.length) break;
    const r = runs[k]!;
    const p0 = r.paragraphs[0]!;
    const start = node.position!.start.offset!;
    const expected = r.list ? r.skeletonStart - (p0.start - p0.lineStart) : r.skeletonStart;
    if (start < expected) continue;
    if (start > expected || node.position!.end.offset !== r.skeletonStart + 1) return undefined;
    let paragraph: Nodes = node;
    if (r.list) {
      if (node.type !== "list" || node.children.length !== 1 || node.children[0]!.children.length !== 1) return undefined;
      paragraph = node.children[0]!.children[0]!;
      if (paragraph.position!.start.offset !== r.skeletonStart || paragraph.position!.end.offset !== r.skeletonStart + 1) return undefined;
    }
    if (paragraph.type !== "paragraph" || paragraph.children.length !== 1 || paragraph.children[0]!.type !== "text") return undefined;
    letters.set(node, r);
    k++;
  }
  if (k !== runs.length) return undefined;

  // Every other point moves by what was taken out before it; a point at a letter's end (the root's, when
  // the text ends with a run) is at the run's last paragraph's end.
  const toText = (p: Point): void => {
    const o = p.offset!;
    let lo = 0;
    let hi = letterEnds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (letterEnds[mid]! <= o) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return;
    p.offset = o + removedChars[lo - 1]!;
    p.line += removedLines[lo - 1]!;
    if (o === letterEnds[lo - 1]) {
      const runParagraphs = runs[lo - 1]!.paragraphs;
      const last = runParagraphs[runParagraphs.length - 1]!;
      p.column = last.end - last.lastLineStart + 1;
    }
  };
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const letter = letters.get(node);
    // A run's letter is made anew; a list's node stays, with its items made anew.
    if (letter && !letter.list) continue;
    const position = node.position;
    if (position) {
      toText(position.start);
      toText(position.end);
    }
    if (!letter && "children" in node) for (const child of node.children) stack.push(child as Nodes);
  }
  const children: Root["children"] = [];
  for (const node of root.children) {
    const r = letters.get(node);
    if (!r) children.push(node);
    else if (r.list) {
      (node as List).children = r.paragraphs.map(listItemNode);
      children.push(node);
    } else for (const p of r.paragraphs) children.push(paragraphNode(p));
  }
  root.children = children;
  return root;
}

/** A plain paragraph's node, as mdast-util-from-markdown makes it (the same keys in the same order). */
function paragraphNode(p: PlainParagraph): Paragraph {
  const start = (): Point => ({ line: p.startLine, column: p.start - p.lineStart + 1, offset: p.start });
  const value: Text = { type: "text", value: p.value, position: { start: start(), end: { line: p.endLine, column: p.textEnd - p.lastLineStart + 1, offset: p.textEnd } } };
  return { type: "paragraph", children: [value], position: { start: start(), end: { line: p.endLine, column: p.end - p.lastLineStart + 1, offset: p.end } } };
}

/** A one-line list item's node, as mdast-util-from-markdown makes it: from its line's start to its paragraph's end. */
function listItemNode(p: PlainParagraph): ListItem {
  return {
    type: "listItem",
    spread: false,
    checked: null,
    children: [paragraphNode(p)],
    position: { start: { line: p.startLine, column: 1, offset: p.lineStart }, end: { line: p.endLine, column: p.end - p.lastLineStart + 1, offset: p.end } },
  };
}
