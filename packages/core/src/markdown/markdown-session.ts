/**
 * Re-parsing a Markdown document after an edit without parsing all of it again.
 * An editor re-parses the chapter on every keystroke, and micromark costs about
 * as much as all the rules together there; an edit touches one or two blocks.
 *
 * The tree must be the one a full parse gives, node for node, so a block is
 * reused only where CommonMark's block parsing cannot see the edit:
 * - Block parsing reads line by line, and a top-level block that starts in the
 *   first column after a blank line starts with every container closed (a list,
 *   a block quote, a footnote definition and a table end there, and no paragraph
 *   is open to continue lazily). So the blocks before such a boundary, and the
 *   text from one to the next, can be parsed on their own. Only some blocks are
 *   boundaries: paragraphs, headings and definitions, whose first line reads the
 *   same whatever was open above (a list item or a thematic break could join or
 *   end what is above). The edited text between the boundaries around the edit
 *   (the window) is parsed alone.
 * - What the window's parse leaves open at its end must also be closed: a fenced
 *   code block or an HTML comment without its end would run on over the blank
 *   line to the end of the document, so a window whose last block reaches its
 *   closing blank line is not used.
 * - A text that starts with a front-matter fence (`---`, `+++`) is parsed whole.
 * - Inline parsing needs one thing from the whole document: which link and
 *   footnote labels are defined (`[x]` is a link only if `[x]: …` exists
 *   anywhere). The window is parsed with the definitions of the rest appended
 *   after a blank line (their nodes dropped), and a window whose own definitions
 *   change is not used: others' references may change.
 * - The window is parsed with the constructs the whole text is (mdast.ts leaves
 *   out tables and autolink literals where a text cannot have them), and a
 *   change of those is parsed whole.
 * Everything else (tables, lists' spread, autolink literals) is decided inside
 * one top-level block. Where a condition fails, the whole text is parsed.
 * `markdown-session.test.ts` compares the result with a full parse over random
 * edits of real documents.
 */
import type { Nodes, Root, RootContent } from "mdast";
import { BOUNDARY_TYPES, UNSETTLED_BEFORE, blankLineStart, collectDefinitionSources, collectDefinitions, lineEndings, mayHaveFrontMatter, shift } from "./block-boundaries.js";
import { constructsKey, parseMdast } from "./mdast.js";

/**
 * The last parse of one document, reused for the next version's parse. It owns
 * the trees it returns: a later `parse` moves the reused blocks' positions, so
 * read a tree before asking for the next one.
 */
export class MarkdownSession {
  private last: { text: string; root: Root } | undefined;
  /** Of the last parse: how many characters were parsed (tests and the benchmark read it). */
  lastParsedLength = 0;

  parse(text: string): Root {
    const previous = this.last;
    let root: Root | undefined;
    if (previous?.text === text) {
      root = previous.root;
      this.lastParsedLength = 0;
    } else if (previous) {
      const again = reparse(previous.text, previous.root, text);
      if (again) {
        root = again.root;
        this.lastParsedLength = again.parsed;
      }
    }
    if (!root) {
      root = parseMdast(text);
      this.lastParsedLength = text.length;
    }
    this.last = { text, root };
    return root;
  }

  /** Forgets the last parse (a document closed). */
  clear(): void {
    this.last = undefined;
  }
}

interface Window {
  /** Index of the first top-level block parsed again, and of the first one after the window (children.length when none). */
  first: number;
  after: number;
  /** The window in the old text and in the new. */
  start: number;
  oldEnd: number;
  newEnd: number;
}

function reparse(old: string, root: Root, text: string): { root: Root; parsed: number } | undefined {
  const kids = root.children;
  if (kids.length === 0 || mayHaveFrontMatter(old) || mayHaveFrontMatter(text)) return undefined;
  // The reused blocks were parsed with the old text's constructs, the window is parsed with the new text's: the same ones.
  const key = constructsKey(text);
  if (constructsKey(old) !== key) return undefined;
  const w = findWindow(old, kids, text);
  if (!w) return undefined;
  const windowText = text.slice(w.start, w.newEnd);

  // Definitions: the window's own must be those it had; the others are appended for its references.
  // A definition is written `[label]:` (a label may wrap, the colon follows the bracket): without one, no tree has any.
  const mayDefine = old.includes("]:");
  const oldInside = new Set<string>();
  const outside: string[] = [];
  if (mayDefine) {
    for (let i = w.first; i < w.after; i++) collectDefinitions(kids[i]!, oldInside);
    const seen = new Set<string>();
    const addOutside = (n: Nodes): void => {
      const found = new Map<string, string>();
      collectDefinitionSources(n, found);
      for (const [key, source] of found) if (!seen.has(key)) (seen.add(key), outside.push(source));
    };
    for (let i = 0; i < w.first; i++) addOutside(kids[i]!);
    for (let i = w.after; i < kids.length; i++) addOutside(kids[i]!);
  }
  // Appended definitions need a block after the window to take its end from (see below).
  if (outside.length > 0 && w.after === kids.length) return undefined;

  const parsed = parseMdast(outside.length > 0 ? `${windowText}\n\n${outside.join("\n\n")}\n` : windowText, key);
  const windowNodes = parsed.children.filter((n) => n.position!.start.offset! < windowText.length);
  const last = windowNodes[windowNodes.length - 1];
  if (last) {
    const lastType: string = last.type;
    if (lastType === "yaml" || lastType === "toml") return undefined;
    if (w.after < kids.length && UNSETTLED_BEFORE.has(lastType)) return undefined;
    // A block the window leaves open (a fence, an HTML comment) runs over the blank line that ends the window.
    if (w.after < kids.length && last.position!.end.offset! >= blankLineStart(windowText, windowText.length)!) return undefined;
  }
  const newInside = new Set<string>();
  if (mayDefine || windowText.includes("]:")) for (const n of windowNodes) collectDefinitions(n, newInside);
  if (newInside.size !== oldInside.size || [...newInside].some((d) => !oldInside.has(d))) return undefined;

  const startLine = w.first === 0 ? 1 : kids[w.first]!.position!.start.line;
  for (const n of windowNodes) shift(n, w.start, startLine - 1);
  const children: RootContent[] = kids.slice(0, w.first);
  for (const n of windowNodes) children.push(n);

  let end;
  if (w.after < kids.length) {
    const oldLine = kids[w.after]!.position!.start.line;
    const newLine = startLine + lineEndings(windowText);
    const delta = text.length - old.length;
    for (let i = w.after; i < kids.length; i++) {
      shift(kids[i]!, delta, newLine - oldLine);
      children.push(kids[i]!);
    }
    const e = root.position!.end;
    end = { line: e.line + newLine - oldLine, column: e.column, offset: e.offset! + delta };
  } else {
    // The window runs to the end, and nothing was appended: its parse ends where the document does.
    const e = parsed.position!.end;
    end = { line: e.line + startLine - 1, column: e.column, offset: e.offset! + w.start };
  }
  return { root: { type: "root", children, position: { start: { ...root.position!.start }, end } }, parsed: windowText.length };
}

/** The blocks around the edit, between boundaries (see the module comment); undefined when there are none to reuse. */
function findWindow(old: string, kids: readonly RootContent[], text: string): Window | undefined {
  const max = Math.min(old.length, text.length);
  let p = 0;
  while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const oldChangeEnd = old.length - s;
  const delta = text.length - old.length;

  // The window starts at the last boundary whose first line (and the blank line above) the edit leaves alone.
  let first = 0;
  for (let i = kids.length - 1; i > 0; i--) {
    const at = kids[i]!.position!.start.offset!;
    if (at >= p) continue;
    if (lineEnd(old, at) < p && isBoundary(old, kids, i)) {
      first = i;
      break;
    }
  }
  const start = first === 0 ? 0 : kids[first]!.position!.start.offset!;
  // A byte order mark is dropped by micromark before it counts (parseMdast moves the offsets back).
  if (start === 0 && (text.charCodeAt(0) === 0xfeff || old.charCodeAt(0) === 0xfeff)) return undefined;

  // It ends at the first boundary after the edit whose blank line above is untouched.
  let after = kids.length;
  for (let i = first + 1; i < kids.length; i++) {
    const at = kids[i]!.position!.start.offset!;
    if (at <= oldChangeEnd) continue;
    const blank = blankLineStart(old, at);
    if (blank !== undefined && blank - 1 >= oldChangeEnd && blank - 1 >= p && isBoundary(old, kids, i)) {
      after = i;
      break;
    }
  }
  if (first === 0 && after === kids.length) return undefined;
  const oldEnd = after < kids.length ? kids[after]!.position!.start.offset! : old.length;
  return { first, after, start, oldEnd, newEnd: oldEnd + delta };
}

/** Block i starts in the first column after a blank line, and is a kind whose first line reads the same whatever is above. */
function isBoundary(text: string, kids: readonly RootContent[], i: number): boolean {
  const node = kids[i]!;
  const pos = node.position!.start;
  if (!BOUNDARY_TYPES.has(node.type) || pos.column !== 1) return false;
  if (UNSETTLED_BEFORE.has(kids[i - 1]!.type)) return false;
  const at = pos.offset!;
  if (text.startsWith("---", at) || text.startsWith("+++", at)) return false;
  const blank = blankLineStart(text, at);
  return blank !== undefined && blank > 0 && kids[i - 1]!.position!.end.offset! < blank;
}

/** The offset of the line break ending the line that contains `at` (the text's length on the last line). */
function lineEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i;
  }
  return text.length;
}

