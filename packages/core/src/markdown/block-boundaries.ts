/**
 * Where a Markdown text can be cut so that its parts, parsed on their own, give
 * the tree a parse of the whole gives: shared by the incremental re-parse
 * (markdown-session.ts) and the parse of a long text in parts (parse-in-parts.ts).
 * The reasoning is in markdown-session.ts's module comment.
 */
import type { Nodes } from "mdast";

/** Top-level blocks whose first line reads the same whatever is open above (after a blank line, in the first column): where a text can be cut. */
export const BOUNDARY_TYPES = new Set(["paragraph", "heading", "definition", "footnoteDefinition"]);

/**
 * Blocks after which micromark does not start afresh even past a blank line:
 * indented code may go on after blank lines, and the line after them is read
 * as if it interrupted something (`1. ` alone is then a paragraph, not a list).
 * HTML blocks are kept out for the same doubt.
 */
export const UNSETTLED_BEFORE = new Set(["code", "html"]);

/**
 * Front matter is tried at the very start, found or not, and where it is tried
 * micromark's reading of later blocks changed with edits far below (a random
 * edit test found a block quote read as a paragraph). Front matter runs to its
 * first closing fence, so a fence typed far below can make or unmake it.
 */
export function mayHaveFrontMatter(text: string): boolean {
  const c = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return text.startsWith("---", c) || text.startsWith("+++", c);
}

/** Where the line before the one starting at `at` starts, if that line is blank (spaces and tabs only). */
export function blankLineStart(text: string, at: number): number | undefined {
  if (at === 0) return undefined;
  let i = at - 1;
  const c = text.charCodeAt(i);
  if (c !== 0x0a && c !== 0x0d) return undefined;
  if (c === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0d) i--;
  // i is the line break ending the previous line; walk back over its content.
  let j = i;
  while (j > 0) {
    const d = text.charCodeAt(j - 1);
    if (d === 0x20 || d === 0x09) j--;
    else break;
  }
  if (j === 0) return 0;
  const d = text.charCodeAt(j - 1);
  return d === 0x0a || d === 0x0d ? j : undefined;
}

/** Line endings as micromark counts them (\r\n, \r and \n are one each) in text[from, to). */
export function lineEndings(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) n++;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) n++;
  }
  return n;
}

export function collectDefinitions(node: Nodes, into: Set<string>): void {
  const found = new Map<string, string>();
  collectDefinitionSources(node, found);
  for (const key of found.keys()) into.add(key);
}

/** Definitions under `node`, by kind and identifier, each with a line that defines the same label. */
export function collectDefinitionSources(node: Nodes, into: Map<string, string>): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === "definition") into.set(`l\0${n.identifier}`, `[${n.label ?? n.identifier}]: x`);
    else if (n.type === "footnoteDefinition") into.set(`f\0${n.identifier}`, `[^${n.label ?? n.identifier}]: x`);
    if ("children" in n) for (const c of n.children) stack.push(c as Nodes);
  }
}

/** Moves a subtree's positions by `offset` characters and `lines` lines (columns stay: blocks start lines). */
export function shift(node: Nodes, offset: number, lines: number): void {
  if (offset === 0 && lines === 0) return;
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const p = n.position;
    if (p) {
      p.start.offset! += offset;
      p.end.offset! += offset;
      p.start.line += lines;
      p.end.line += lines;
    }
    if ("children" in n) for (const c of n.children) stack.push(c as Nodes);
  }
}
