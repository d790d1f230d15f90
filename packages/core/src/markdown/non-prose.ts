/**
 * What a Markdown document holds besides prose (PlanDocument.nonProse): link
 * targets, URLs, images, code, HTML and comments, front matter, definitions,
 * tables of contents, and the syntax characters themselves (heading and list
 * marks, emphasis marks, table pipes and delimiter rows, quote marks, footnote
 * marks). What is left is what the drafter wrote as sentences: link text, table
 * cells one by one, footnote text, and figure captions inside HTML (html-captions.ts).
 */
import type { List, Nodes, Root } from "mdast";
import type { TextRange } from "../types.js";
import { captionTexts } from "./html-captions.js";
import { mergeRanges } from "../text-ranges.js";
import { endOf, isAutolink, startOf } from "./node-ranges.js";

/** Node kinds that are not prose as a whole. */
const WHOLE = new Set(["code", "inlineCode", "html", "yaml", "toml", "definition", "image", "imageReference", "footnoteReference", "thematicBreak", "break"]);
/** Node kinds whose syntax stands before their first child and after their last: `## `, `**`, `- `, `| `, `[^1]: `. */
const AROUND_CHILDREN = new Set(["heading", "emphasis", "strong", "delete", "tableCell", "listItem", "footnoteDefinition", "link", "linkReference"]);
/** ASCII punctuation: what a backslash may escape. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;

export function collectNonProse(text: string, root: Root): TextRange[] {
  const out: TextRange[] = [];
  const add = (start: number, end: number): void => {
    if (end > start) out.push({ start, end });
  };
  const backslashes = new BackslashFinder(text);
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = startOf(node);
    const end = endOf(node);
    if (node.type === "html") {
      // A figure's caption is prose; the rest of the HTML block is not.
      let at = start;
      for (const caption of captionTexts(text, start, end)) {
        add(at, caption.start);
        at = caption.end;
      }
      add(at, end);
      continue;
    }
    if (WHOLE.has(node.type) || (node.type === "link" && isAutolink(text, node)) || (node.type === "list" && isLinkOnlyList(node))) {
      add(start, end);
      continue;
    }
    if (AROUND_CHILDREN.has(node.type) && "children" in node) {
      const first = node.children[0];
      const last = node.children[node.children.length - 1];
      if (!first || !last) {
        add(start, end);
        continue;
      }
      add(start, startOf(first as Nodes));
      add(endOf(last as Nodes), end);
    } else if (node.type === "blockquote") {
      quoteMarks(text, start, end, add);
    } else if (node.type === "table") {
      const [head, second] = node.children;
      // The delimiter row 「|---|:-:|」 is the line between the head row and the next.
      if (head) add(skipLineBreak(text, endOf(head), second ? startOf(second) : end), second ? backOverLineBreak(text, startOf(second), endOf(head)) : end);
    } else if (node.type === "text") {
      escapes(text, backslashes, start, end, add);
    }
    if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return mergeRanges(out);
}

/**
 * A list whose items hold nothing but links (and lists of links): a table of
 * contents. Its link texts repeat the headings, so they are not prose twice.
 */
export function isLinkOnlyList(list: List): boolean {
  const stack: Nodes[] = [list];
  let links = 0;
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === "list" || n.type === "listItem") {
      for (const c of n.children) stack.push(c);
    } else if (n.type === "paragraph") {
      for (const c of n.children) {
        if (c.type === "link" || c.type === "linkReference") links++;
        else if (!(c.type === "text" && c.value.trim() === "")) return false;
      }
    } else {
      return false;
    }
  }
  return links > 0;
}

/** The `>` marks (and the one space after them) at the start of each line of a quote. */
function quoteMarks(text: string, start: number, end: number, add: (s: number, e: number) => void): void {
  let lineStart = start;
  while (lineStart < end) {
    let j = lineStart;
    let markEnd = -1;
    for (;;) {
      while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
      if (j < end && text.charCodeAt(j) === 0x3e) {
        j++;
        if (j < end && text.charCodeAt(j) === 0x20) j++;
        markEnd = j;
      } else break;
    }
    if (markEnd >= 0) add(lineStart, markEnd);
    // The next line break inside the quote (indexOf would search on to the end of the text for a \r).
    let br = j;
    while (br < end && text.charCodeAt(br) !== 0x0a && text.charCodeAt(br) !== 0x0d) br++;
    if (br >= end) break;
    lineStart = br + (text.charCodeAt(br) === 0x0d && text.charCodeAt(br + 1) === 0x0a ? 2 : 1);
  }
}

/**
 * The first backslash at or after an offset, without searching the rest of the
 * text again for every text node: where a document has no backslash (most plans),
 * indexOf from each text node ran to the end of the text, the square of its length.
 */
class BackslashFinder {
  /** The first backslash at or after `from` (-1: none). */
  private from = Infinity;
  private at = -1;
  constructor(private readonly text: string) {}

  next(start: number): number {
    if (start < this.from || (this.at >= 0 && this.at < start)) {
      this.from = start;
      this.at = this.text.indexOf("\\", start);
    }
    return this.at;
  }
}

/** The backslash of each escape (`\*`, `\|`): syntax, while the character it escapes is text. */
function escapes(text: string, backslashes: BackslashFinder, start: number, end: number, add: (s: number, e: number) => void): void {
  for (let k = backslashes.next(start); k >= 0 && k < end - 1; k = backslashes.next(k + 2)) {
    if (ESCAPABLE.test(text.charAt(k + 1))) add(k, k + 1);
  }
}

function skipLineBreak(text: string, at: number, limit: number): number {
  while (at < limit && (text.charCodeAt(at) === 0x0d || text.charCodeAt(at) === 0x0a)) at++;
  return at;
}

function backOverLineBreak(text: string, at: number, limit: number): number {
  while (at > limit && (text.charCodeAt(at - 1) === 0x0d || text.charCodeAt(at - 1) === 0x0a)) at--;
  return at;
}
