/**
 * Lines as the plan parser sees them: the raw {@link TextLine} plus the content
 * with Markdown syntax (heading marks, list marks, emphasis at the ends) removed, so
 * that `## 1.1. 安全なIoTシステムの創出` and `1.1. 安全なIoTシステムの創出` read alike.
 */
import { splitLines, type TextLine } from "./text-lines.js";
import type { DocumentFormat } from "./types.js";

export type SourceLine = TextLine;

const MD_HEADING = /^(#{1,6})[ \t]+/;
const MD_LIST = /^(?:[-*+][ \t]+)/;
const MD_QUOTE = /^>[ \t]?/;

export function sourceLines(text: string, format: DocumentFormat): SourceLine[] {
  const out = splitLines(text);
  if (format === "text") return out;
  let inFence = false;
  let inComment = false;
  for (const line of out) {
    const l = line;
    const c = l.content;
    if (inComment) {
      line.ignored = true;
      if (c.includes("-->")) inComment = false;
      continue;
    }
    if (/^(```|~~~)/.test(c)) {
      inFence = !inFence;
      line.ignored = true;
      continue;
    }
    if (inFence) {
      line.ignored = true;
      continue;
    }
    if (c.startsWith("<!--")) {
      line.ignored = true;
      if (!c.includes("-->")) inComment = true;
      continue;
    }
    let skip = 0;
    let m = MD_QUOTE.exec(c);
    if (m) skip += m[0].length;
    m = MD_HEADING.exec(c.slice(skip));
    if (m) {
      line.markdownHeading = true;
      skip += m[0].length;
    } else {
      m = MD_LIST.exec(c.slice(skip));
      if (m) skip += m[0].length;
    }
    let end = l.contentEnd;
    if (line.markdownHeading) {
      // Closing hashes of an ATX heading are syntax too.
      const closing = /[ \t]+#+$/.exec(c);
      if (closing) end -= closing[0].length;
    }
    let start = l.contentStart + skip;
    // **bold** around a whole line is emphasis, not text.
    const inner = text.slice(start, end);
    const bold = /^(\*\*|__)(.*)\1$/.exec(inner);
    if (bold) {
      start += 2;
      end -= 2;
    }
    while (start < end && /[ \t\u3000]/.test(text[start]!)) start++;
    line.contentStart = start;
    line.contentEnd = Math.max(start, end);
    line.content = text.slice(line.contentStart, line.contentEnd);
  }
  return out;
}
