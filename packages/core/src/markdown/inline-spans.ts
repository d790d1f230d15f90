/**
 * Where the words of Markdown inline content stand in the source. A text node's
 * value is its source minus syntax (escape backslashes, a quote's `>` on
 * continuation lines, indentation): the value is walked along the source and every
 * run of characters copied verbatim becomes a span, one per line at most, so a
 * finding or fix in the words lands on the exact characters of the file.
 */
import type { Nodes } from "mdast";
import type { TextRange } from "../types.js";
import { isAutolink, startOf, endOf } from "./node-ranges.js";

export interface InlineSpanOptions {
  /** Take the text of inline code (a title 「`npm` の使い方」), not only prose. */
  code?: boolean;
}

/** Spans of the words of `node`'s inline descendants, in source order. */
export function inlineSpans(text: string, node: Nodes, options: InlineSpanOptions = {}): TextRange[] {
  const out: TextRange[] = [];
  // An explicit stack: emphasis can nest as deep as a file likes.
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.type) {
      case "text":
        alignValue(text, n.value, startOf(n), endOf(n), out);
        continue;
      case "inlineCode":
        if (options.code) codeSpan(text, n.value, startOf(n), endOf(n), out);
        continue;
      case "link":
        if (isAutolink(text, n)) continue;
        break;
      case "html":
      case "image":
      case "imageReference":
      case "footnoteReference":
      case "break":
      case "code":
      case "definition":
      case "yaml":
      case "thematicBreak":
      case "list":
      case "table":
        continue;
    }
    if ("children" in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/** Spans of `value` inside `text[start, end)`: each run copied verbatim, line breaks left out. */
function alignValue(text: string, value: string, start: number, end: number, out: TextRange[]): void {
  const first = out.length;
  let i = 0;
  let j = start;
  let run = -1;
  const close = (at: number): void => {
    if (run >= 0 && at > run) out.push({ start: run, end: at });
    run = -1;
  };
  while (i < value.length && j < end) {
    const c = text.charCodeAt(j);
    if (value.charCodeAt(i) === c) {
      if (isLineBreak(c)) close(j);
      else if (run < 0) run = j;
      i++;
    } else {
      close(j);
    }
    j++;
  }
  close(j);
  if (i < value.length) {
    // A character reference (&#x3042;) has no verbatim copy in the source: the
    // node's lines are taken as written instead.
    out.length = first;
    linesOf(text, start, end, out);
  }
}

/** The content of `` `code` ``: inside the backticks, without the one padding space. */
function codeSpan(text: string, value: string, start: number, end: number, out: TextRange[]): void {
  let s = start;
  while (s < end && text.charCodeAt(s) === 0x60) s++;
  let e = end;
  while (e > s && text.charCodeAt(e - 1) === 0x60) e--;
  if (value.length > 0 && e - s === value.length + 2 && text.charCodeAt(s) === 0x20 && text.charCodeAt(e - 1) === 0x20) {
    s++;
    e--;
  }
  linesOf(text, s, e, out);
}

/** Each line of `[start, end)` as a span. */
function linesOf(text: string, start: number, end: number, out: TextRange[]): void {
  let s = start;
  for (let j = start; j <= end; j++) {
    if (j === end || isLineBreak(text.charCodeAt(j))) {
      if (j > s) out.push({ start: s, end: j });
      s = j + 1;
    }
  }
}

/** Spans with the spaces at the very start and end of the whole left out. */
export function trimSpans(text: string, spans: TextRange[]): TextRange[] {
  const out = spans.map((s) => ({ ...s }));
  while (out.length > 0) {
    const f = out[0]!;
    while (f.start < f.end && isBlank(text.charCodeAt(f.start))) f.start++;
    if (f.start < f.end) break;
    out.shift();
  }
  while (out.length > 0) {
    const l = out[out.length - 1]!;
    while (l.end > l.start && isBlank(text.charCodeAt(l.end - 1))) l.end--;
    if (l.end > l.start) break;
    out.pop();
  }
  return out;
}

export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}
