/**
 * A long Markdown text parsed in parts, each on its own, giving the tree one parse
 * of the whole gives.
 *
 * Why: micromark's time grows with the square of a text where lists and paragraphs
 * alternate, as plans write them (a list of measures under each numbered
 * paragraph). A paragraph after a list is a lazy line for the document's
 * container parser, and at each such line micromark rewrites its whole event list
 * (EditMap.consume copies every event so far). A 2 MB plan took 10 s to parse, a
 * 22 MB one did not finish in 10 minutes. Parts of ~64 K characters keep each
 * event list short: time grows with the text's length.
 *
 * Where to cut follows markdown-session.ts (block-boundaries.ts): after a blank
 * line, a block in the first column that can only be a paragraph or a heading
 * starts with nothing open above it. The text proposes a cut (a blank line, then a
 * line whose first character starts no other block), and the parts' trees confirm
 * it: the part before must end with a block that closed before the blank line
 * (not code, HTML or front matter, which may run on), the part after must start
 * at the cut with a paragraph or a heading. Where either fails, the part runs on
 * to a later proposal. Front matter runs to its first closing fence: no cut
 * before it.
 *
 * Definitions (`[label]: …`, `[^label]: …`) are the one thing inline parsing needs
 * from the whole text: `[x]` is a link only where `x` is defined anywhere. A part
 * that has a bracket and lacks another part's definitions is parsed again with
 * them written before it (after it, for the first part, which may start with
 * front matter), and their nodes are dropped.
 *
 * `parse-in-parts.test.ts` compares the result with micromark's tree of the whole
 * on the corpus, on edge cases and on random documents, cut into small parts.
 */
import type { Root, RootContent } from "mdast";
import { BOUNDARY_TYPES, UNSETTLED_BEFORE, blankLineStart, collectDefinitionSources, lineEndings, mayHaveFrontMatter, shift } from "./block-boundaries.js";

/** Texts longer than this are parsed in parts of about this length. */
export const PART_CHARS = 65_536;

interface Part {
  start: number;
  end: number;
  root: Root;
}

/**
 * The tree of `text` from parts of at least `partChars` characters, each given to
 * `parse` (which must parse a whole text, byte order mark included, with the
 * whole text's constructs). Undefined when the text is not longer than one part.
 */
export function parseInParts(text: string, parse: (part: string) => Root, partChars = PART_CHARS): Root | undefined {
  if (text.length <= partChars) return undefined;
  const firstCut = mayHaveFrontMatter(text) ? afterFrontMatter(text) : 0;
  // A fence at the start that no fence closes: where front matter is tried and fails, micromark reads later
  // blocks differently (a list item continued a paragraph): such a text is parsed whole.
  if (firstCut === undefined) return undefined;
  const parts: Part[] = [];

  /** The part from `start` to the first cut at or after `minEnd` whose part ends settled. */
  const partFrom = (start: number, minEnd: number): Part => {
    let end = nextCut(text, Math.max(minEnd, firstCut));
    for (;;) {
      const root = parse(text.slice(start, end));
      if (end === text.length || endsSettled(root, text, start, end)) return { start, end, root };
      // Grown by its own length each time: a long fenced block with blank lines costs a few parses, not one per line.
      end = nextCut(text, end + Math.max(1, end - start));
    }
  };

  let start = 0;
  while (start < text.length) {
    let part = partFrom(start, start + partChars);
    // A cut the part after does not confirm is no cut: the part before runs on over it.
    while (parts.length > 0 && !startsClean(part.root)) {
      const before = parts.pop()!;
      part = partFrom(before.start, part.end);
    }
    parts.push(part);
    start = part.end;
  }
  if (parts.length === 1) return parts[0]!.root;
  if (text.includes("]:")) addDefinitions(text, parts, parse);

  const children: RootContent[] = [];
  let line = 0;
  let at = 0;
  let end = parts[0]!.root.position!.end;
  for (const part of parts) {
    line += lineEndings(text, at, part.start);
    at = part.start;
    for (const node of part.root.children) {
      shift(node, part.start, line);
      children.push(node);
    }
    const e = part.root.position!.end;
    end = { line: e.line + line, column: e.column, offset: e.offset! + part.start };
  }
  return { type: "root", children, position: { start: { ...parts[0]!.root.position!.start }, end } };
}

/**
 * First characters of a line that start no block but a paragraph or an ATX heading
 * (or a setext heading, whose underline follows). Left out: spaces and tabs
 * (indented code, continuation), list and quote markers, fences, thematic breaks,
 * HTML, tables, definitions (`[`), digits (ordered lists), and a byte order mark,
 * which micromark drops only at the start of a text.
 */
function startsPart(c: number): boolean {
  if (c <= 0x20 || c === 0xfeff) return false;
  if (c >= 0x30 && c <= 0x39) return false;
  switch (c) {
    case 0x2d: // -
    case 0x2a: // *
    case 0x2b: // +
    case 0x5f: // _
    case 0x3d: // =
    case 0x3e: // >
    case 0x60: // `
    case 0x7e: // ~
    case 0x3c: // <
    case 0x7c: // |
    case 0x3a: // :
    case 0x5b: // [
      return false;
    default:
      return true;
  }
}

const LINE_BREAK = /\r\n?|\n/g;

/** The first proposed cut at or after `from` (the text's length when there is none). */
function nextCut(text: string, from: number): number {
  let at = lineStartAtOrAfter(text, from);
  while (at < text.length) {
    if (startsPart(text.charCodeAt(at)) && blankLineStart(text, at) !== undefined) return at;
    LINE_BREAK.lastIndex = at;
    const m = LINE_BREAK.exec(text);
    if (!m) return text.length;
    at = m.index + m[0].length;
  }
  return text.length;
}

function lineStartAtOrAfter(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const before = text.charCodeAt(at - 1);
  if (before === 0x0a || (before === 0x0d && text.charCodeAt(at) !== 0x0a)) return at;
  LINE_BREAK.lastIndex = at - (before === 0x0d ? 1 : 0);
  const m = LINE_BREAK.exec(text);
  return m ? m.index + m[0].length : text.length;
}

/** Where the line after front matter's first possible closing fence starts (a fence alone on its line, spaces and tabs after it); undefined without one. */
function afterFrontMatter(text: string): number | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fence = text.slice(bom, bom + 3);
  LINE_BREAK.lastIndex = bom;
  let m = LINE_BREAK.exec(text);
  while (m) {
    const lineStart = m.index + m[0].length;
    LINE_BREAK.lastIndex = lineStart;
    m = LINE_BREAK.exec(text);
    const lineEnd = m ? m.index : text.length;
    if (text.startsWith(fence, lineStart) && /^[ \t]*$/.test(text.slice(lineStart + 3, lineEnd))) return m ? m.index + m[0].length : text.length;
  }
  return undefined;
}

/** The part's last block closed before the blank line at its end, and is not one after which micromark does not start afresh. */
function endsSettled(root: Root, text: string, start: number, end: number): boolean {
  const last = root.children[root.children.length - 1];
  if (!last) return false;
  const type: string = last.type;
  if (type === "yaml" || type === "toml" || UNSETTLED_BEFORE.has(type)) return false;
  const blank = blankLineStart(text, end);
  return blank !== undefined && start + last.position!.end.offset! < blank;
}

/** The part starts with a paragraph or a heading in its first column. */
function startsClean(root: Root): boolean {
  const first = root.children[0];
  return first !== undefined && BOUNDARY_TYPES.has(first.type) && first.position!.start.offset === 0 && first.position!.start.column === 1;
}

/** Parses again, with the definitions of the other parts, each part that may refer to one (see the module comment). */
function addDefinitions(text: string, parts: Part[], parse: (part: string) => Root): void {
  const own = parts.map((part) => {
    const found = new Map<string, string>();
    for (const node of part.root.children) collectDefinitionSources(node, found);
    return found;
  });
  const all = new Map<string, string>();
  for (const found of own) for (const [key, source] of found) if (!all.has(key)) all.set(key, source);
  if (all.size === 0) return;
  parts.forEach((part, i) => {
    const missing: string[] = [];
    for (const [key, source] of all) if (!own[i]!.has(key)) missing.push(source);
    if (missing.length === 0 || !text.slice(part.start, part.end).includes("[")) return;
    const defs = missing.join("\n\n");
    const partText = text.slice(part.start, part.end);
    if (i === 0) {
      // The first part ends with a blank line (a cut follows it): the definitions after it start afresh.
      const root = parse(`${partText}${defs}\n`);
      root.children = root.children.filter((n) => n.position!.start.offset! < partText.length);
      root.position!.end = { ...part.root.position!.end };
      part.root = root;
    } else {
      const prefix = `${defs}\n\n`;
      const root = parse(prefix + partText);
      const lines = lineEndings(prefix);
      root.children = root.children.filter((n) => n.position!.start.offset! >= prefix.length);
      for (const node of root.children) shift(node, -prefix.length, -lines);
      const e = root.position!.end;
      root.position!.end = { line: e.line - lines, column: e.column, offset: e.offset! - prefix.length };
      part.root = root;
    }
  });
}
