/**
 * The document's prose as one joined text, for every rule that reads sentences.
 *
 * A PDF extraction wraps words mid-way (「多重\n\n防御」), puts page numbers and
 * running headers in the middle of sentences, and drops each page's footnotes
 * between the halves of a running sentence; Markdown mixes syntax, code and URLs
 * into the text. Rules match patterns on what is left when all that is taken out
 * once, here: wrapped lines glued, paragraphs separated by "\n" (which no piece
 * covers, so a match across it is recognisably bogus), page artefacts left out,
 * each footnote of a page-end block a paragraph of its own (after the paragraph
 * it interrupted, which runs on across the block), bare footnote marks
 * (「課題3が」) and `PlanDocument.nonProse` ranges cut out of their lines.
 *
 * Within a paragraph, wrapped lines are glued directly: Japanese has no spaces
 * between words, and a line that ends in a space ends its paragraph (PDF
 * extraction marks paragraph ends so), so no space is inserted and every
 * character of the text but the paragraph breaks comes from a piece. Blank lines
 * do not end a paragraph in plain text (PDF extraction puts them between the
 * halves of a wrapped sentence) but do in Markdown.
 */
import { isDigitCode } from "./characters.js";
import { lineIndexAt, splitLines, type TextLine } from "./text-lines.js";
import { firstEndingAfter, mergeRanges } from "./text-ranges.js";
import type { JoinedPiece, JoinedText, PlanDocument, PlanNode, TextRange } from "./types.js";

export interface ProseOptions {
  /** The stretches to read, in order and not overlapping (e.g. the parts a rule checks). Default: the whole text. */
  regions?: readonly TextRange[];
  /** The text's lines as splitLines gives them, when the caller has them already (they are found otherwise). */
  lines?: readonly TextLine[];
}

export type ProseDocument = Pick<PlanDocument, "format" | "pageArtifacts" | "footnotes" | "footnoteMarks" | "nonProse"> & Partial<Pick<PlanDocument, "body">>;

/**
 * Where the outline's headings end: a heading is a paragraph of its own, so the
 * line after it never continues it (「２ 計画の期間」 + 「計画の期間は、…」 is a heading
 * and a sentence, not 「計画の期間計画の期間は」). Measures and bullets are statements
 * and have no title.
 */
const headingEndsCache = new WeakMap<readonly PlanNode[], Set<number>>();

function headingEnds(body: readonly PlanNode[] | undefined): Set<number> {
  if (!body) return new Set();
  // Rules ask for the prose of one region at a time (each glossary definition): the
  // outline is walked once per document, not once per call.
  const cached = headingEndsCache.get(body);
  if (cached) return cached;
  const ends = new Set<number>();
  headingEndsCache.set(body, ends);
  const stack: PlanNode[] = body.slice();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.title !== "") ends.add(node.headRange.end);
    for (let i = 0; i < node.children.length; i++) stack.push(node.children[i]!);
  }
  return ends;
}

/** A line that starts a numbered heading, measure, bullet, mark or footnote starts a new paragraph. */
const BLOCK_START = /^(?:[(（][ァ-ヶ0-9０-９]{1,3}[)）]|[0-9０-９]{1,2}[.．](?:[0-9０-９]{1,2}[.．])?(?![0-9０-９])|[・･•■□●○◆◇※]|#{1,6}\s)/;
/** A Markdown line that is a block of its own: a heading, a list item, a quote, a table row. */
const MD_BLOCK_START = /^(?:#{1,6}\s|[-*+]\s|[0-9]+[.)]\s|>|\|)/;
const MD_HEADING = /^#{1,6}\s/;
const MD_FENCE = /^(```|~~~)/;
/**
 * First characters of a BLOCK_START line: most lines are ruled out without a regexp.
 * Code units, not one-character strings: a line's first character read as a string
 * is a new string for every Japanese line (V8 keeps only Latin-1 ones), on every line of every lint.
 */
const BLOCK_FIRST = new Set([..."(（0123456789０１２３４５６７８９・･•■□●○◆◇※#"].map((c) => c.charCodeAt(0)));
const ENDS_SENTENCE = new Set([..."。．.」』）)"].map((c) => c.charCodeAt(0)));
const LF = 0x0a;

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0xfeff;
}

/**
 * The lines of the text the last call read. Rules ask for the prose of small
 * regions (one glossary entry's definition) many times per lint: splitting the
 * whole document each time cost the language server, which does not share the
 * parser's lines, 50 ms an edit on the seed.
 */
let lastText: string | undefined;
let lastLines: TextLine[] = [];
function linesOf(text: string): TextLine[] {
  if (text !== lastText) {
    lastLines = splitLines(text);
    lastText = text;
  }
  return lastLines;
}

export function proseText(text: string, document: ProseDocument, options: ProseOptions = {}): JoinedText {
  const markdown = document.format === "markdown";
  const regions = options.regions ?? [{ start: 0, end: text.length }];
  const lines = options.lines ?? linesOf(text);
  const artifacts = new Set<number>();
  for (const a of document.pageArtifacts) artifacts.add(a.range.start);
  const headEnds = headingEnds(document.body);
  // What is cut out of a line: bare-digit footnote marks (a ※ mark stays: it is
  // visible as a mark) and the ranges the Markdown reader found not to be prose.
  const cutList: TextRange[] = [];
  const marks = document.footnoteMarks;
  if (marks) for (const m of marks) if (isDigitCode(text.charCodeAt(m.range.start))) cutList.push(m.range);
  const nonProse = document.nonProse;
  // One by one: spread as arguments, a long Markdown plan's ranges (one per list mark) overflowed the stack.
  if (nonProse) for (const r of nonProse) cutList.push(r);
  const cuts = cutList.length > 0 ? mergeRanges(cutList) : cutList;
  // Footnotes of page-end blocks: their lines are paragraphs of their own.
  const blockNotes: TextRange[] = [];
  for (const f of document.footnotes) if (f.block && f.textRange) blockNotes.push({ start: f.range.start, end: f.range.end });
  if (blockNotes.length > 1) blockNotes.sort((a, b) => a.start - b.start);
  // Without the Markdown reader's ranges, fences and comments are recognised line by line.
  const mdLines = markdown && nonProse === undefined;

  const pieces: JoinedPiece[] = [];
  // Collected in an array: reading the last character of a growing concatenated
  // string would flatten it on every line.
  const chunks: string[] = [];
  let length = 0;
  /** The last code unit appended (NaN before any). */
  let last = NaN;
  const append = (s: string): void => {
    chunks.push(s);
    length += s.length;
    last = s.charCodeAt(s.length - 1);
  };
  let ci = 0;
  /** Appends [cs, ce) less the cuts in it; false when nothing of it is left. */
  const appendSpan = (cs: number, ce: number, given?: string): boolean => {
    while (ci < cuts.length && cuts[ci]!.end <= cs) ci++;
    if (ci >= cuts.length || cuts[ci]!.start >= ce) {
      pieces.push({ at: length, source: cs, length: ce - cs });
      append(given ?? text.slice(cs, ce));
      return true;
    }
    let any = false;
    let from = cs;
    // A table's pipe between two cells: the cells are separate paragraphs, as the
    // rendered table shows them (no rule may read one cell running into the next).
    let cellBreak = false;
    for (let k = ci; k < cuts.length && cuts[k]!.start < ce; k++) {
      const cut = cuts[k]!;
      if (cut.start > from) {
        if (cellBreak && any && last !== LF) append("\n");
        pieces.push({ at: length, source: from, length: cut.start - from });
        append(text.slice(from, cut.start));
        any = true;
      }
      cellBreak = markdown && hasPipe(text, Math.max(cut.start, from), Math.min(cut.end, ce));
      from = Math.max(from, cut.end);
    }
    if (from < ce) {
      if (cellBreak && any && last !== LF) append("\n");
      pieces.push({ at: length, source: from, length: ce - from });
      append(text.slice(from, ce));
      any = true;
    }
    return any;
  };

  /** Footnote paragraphs waiting for the paragraph they interrupted to end: source spans per footnote. */
  let pending: TextRange[][] = [];
  let ni = 0;
  const flush = (): void => {
    for (const note of pending) {
      if (length > 0 && last !== LF) append("\n");
      for (const span of note) {
        // The footnote lies before the text appended last: look its cuts up again.
        ci = firstEndingAfter(cuts, span.start);
        appendSpan(span.start, span.end);
      }
    }
    pending = [];
  };
  /** A line of a page-end footnote: kept for its own paragraph. */
  const footnoteLine = (cs: number, ce: number): boolean => {
    while (ni < blockNotes.length && blockNotes[ni]!.end <= cs) ni++;
    const note = blockNotes[ni];
    if (!note || note.start > cs) return false;
    const first = note.start === cs;
    if (first) pending.push([]);
    const f = first ? document.footnotes.find((x) => x.range.start === cs) : undefined;
    const start = f?.textRange ? f.textRange.start : cs;
    if (start < ce && pending.length > 0) pending[pending.length - 1]!.push({ start, end: ce });
    return true;
  };

  let paragraphEnded = true;
  let inFence = false;
  let inComment = false;
  /** One line: [cs, ce) is its content (trimmed, `given` when already sliced), lineEnd where the raw line ends. */
  const addLine = (cs: number, ce: number, lineEnd: number, given?: string): void => {
    if (cs === ce) {
      if (markdown) paragraphEnded = true;
      return;
    }
    if (artifacts.has(cs)) return;
    if (blockNotes.length > 0 && footnoteLine(cs, ce)) return;
    const content = given ?? text.slice(cs, ce);
    if (mdLines) {
      if (inComment) {
        if (content.includes("-->")) inComment = false;
        paragraphEnded = true;
        return;
      }
      if (MD_FENCE.test(content)) {
        inFence = !inFence;
        paragraphEnded = true;
        return;
      }
      if (inFence) return;
      if (content.startsWith("<!--")) {
        if (!content.includes("-->")) inComment = true;
        paragraphEnded = true;
        return;
      }
    }
    const startsBlock = paragraphEnded || (BLOCK_FIRST.has(content.charCodeAt(0)) && BLOCK_START.test(content)) || (markdown && MD_BLOCK_START.test(content));
    if (startsBlock && pending.length > 0) flush();
    if (length > 0 && startsBlock && last !== LF) append("\n");
    if (!appendSpan(cs, ce, given)) {
      // Nothing of the line is prose (a code line, a link alone): in Markdown it stands apart.
      if (markdown) paragraphEnded = true;
      return;
    }
    paragraphEnded = ce < lineEnd || ENDS_SENTENCE.has(last) || headEnds.has(ce) || (markdown && MD_HEADING.test(content));
  };

  for (const region of regions) {
    paragraphEnded = true;
    inFence = false;
    inComment = false;
    if (region.end <= region.start || lines.length === 0) continue;
    ci = firstEndingAfter(cuts, region.start);
    ni = firstEndingAfter(blockNotes, region.start);
    for (let k = Math.max(0, lineIndexAt(lines, region.start)); k < lines.length; k++) {
      const l = lines[k]!;
      if (l.start >= region.end) break;
      if (l.end < region.start) continue;
      if (l.start >= region.start && l.end <= region.end) {
        addLine(l.contentStart, l.contentEnd, l.end, l.content);
        continue;
      }
      // A region that starts or ends inside a line: the part of the line within it, trimmed.
      const lineEnd = Math.min(l.end, region.end);
      let cs = Math.max(l.start, region.start);
      while (cs < lineEnd && isSpaceCode(text.charCodeAt(cs))) cs++;
      let ce = lineEnd;
      while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
      addLine(cs, ce, lineEnd);
    }
    flush();
    if (length > 0 && last !== LF) append("\n");
  }
  return { text: chunks.join(""), pieces };
}

/** True when `[start, end)` of a prose text runs over a paragraph break. */
export function crossesParagraph(joined: JoinedText, start: number, end: number): boolean {
  const nl = joined.text.indexOf("\n", start);
  return nl >= 0 && nl < end;
}

/**
 * Whether text[from, to) has a `|` (a table's cell border). Searched inside the
 * range only: lastIndexOf from its end ran back to the start of a text without
 * one, for every cut of a long Markdown plan.
 */
function hasPipe(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 0x7c) return true;
  return false;
}
