/**
 * A Markdown plan read through mdast: its outline, its footnotes, what is not
 * prose, and its lines as the line-based readers (parts, overview, ※ footnotes)
 * see them — syntax taken off each line's ends, lines with no prose ignored.
 */
import type { SourceLine } from "../source-lines.js";
import type { Footnote, PlanNode, TextRange } from "../types.js";
import { lineIndexAt } from "../text-lines.js";
import { parseMdast } from "./mdast.js";
import type { MarkdownSession } from "./markdown-session.js";
import { mergeRanges } from "../text-ranges.js";
import { collectNonProse } from "./non-prose.js";
import { buildOutline } from "./outline.js";
import { startOf, endOf } from "./node-ranges.js";

export interface MarkdownReading {
  nodes: PlanNode[];
  footnotes: Footnote[];
  nonProse: TextRange[];
}

/** With a session (an editor's open document), the blocks an edit cannot reach are not parsed again. */
export function readMarkdown(text: string, lines: SourceLine[], session?: MarkdownSession): MarkdownReading {
  const root = session ? session.parse(text) : parseMdast(text);
  const outline = buildOutline(text, root);
  const nonProse = mergeRanges([...collectNonProse(text, root), ...outline.strayMarks]);
  markLines(text, lines, nonProse);
  for (const node of root.children) {
    if (node.type !== "heading") continue;
    for (let i = Math.max(0, lineIndexAt(lines, startOf(node))); i < lines.length && lines[i]!.start < endOf(node); i++) lines[i]!.markdownHeading = true;
  }
  return { nodes: outline.nodes, footnotes: outline.footnotes, nonProse };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

/**
 * Takes non-prose off both ends of each line's content (`## `, `- `, `> `, `| `,
 * a trailing `<!-- omit in toc -->`) and ignores lines with nothing else, so a
 * code block or a table of contents is never read as text.
 */
function markLines(text: string, lines: SourceLine[], nonProse: readonly TextRange[]): void {
  let k = 0;
  for (const line of lines) {
    if (line.contentStart === line.contentEnd) continue;
    while (k < nonProse.length && nonProse[k]!.end <= line.contentStart) k++;
    let start = line.contentStart;
    let end = line.contentEnd;
    let j = k;
    // From the start: skip each non-prose range that begins where the content does.
    for (;;) {
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      while (j < nonProse.length && nonProse[j]!.end <= start) j++;
      const r = nonProse[j];
      if (!r || r.start > start || start >= end) break;
      start = Math.min(r.end, end);
    }
    // From the end: the last range that ends at or after the content's end.
    let e = j;
    while (e + 1 < nonProse.length && nonProse[e + 1]!.start < end) e++;
    for (;;) {
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      const r = nonProse[e];
      if (!r || end <= start || r.end < end || r.start >= end) break;
      end = Math.max(r.start, start);
      e--;
    }
    if (end <= start) {
      line.ignored = true;
      line.contentStart = line.contentEnd = line.end;
      line.content = "";
    } else {
      line.contentStart = start;
      line.contentEnd = end;
      line.content = text.slice(start, end);
    }
  }
}

