/** Footnotes such as 「※１：Internet of Thingsの略」; kept so rules can read them. */
import type { SourceLine } from "./source-lines.js";
import type { Footnote } from "./types.js";

const FOOTNOTE = /^(※[ 　]*[0-9０-９]{1,3})[ 　]*[:：][ 　]*(.+)$/;

export function findFootnotes(lines: readonly SourceLine[], text: string): Footnote[] {
  const out: Footnote[] = [];
  // Only a line whose content starts with ※ can hold one, and a line's content is
  // text.slice(contentStart, contentEnd): each ※ of the text is looked up by its
  // line (a binary search) instead of a look at each of the document's lines.
  for (let at = text.indexOf("※"); at >= 0; at = text.indexOf("※", at + 1)) {
    const line = lines[lineAt(lines, at)];
    if (!line || line.contentStart !== at || line.contentEnd === at || line.ignored) continue;
    const m = FOOTNOTE.exec(line.content);
    if (m) out.push({ label: m[1]!, text: m[2]!.trim(), range: { start: line.contentStart, end: line.contentEnd } });
  }
  return out;
}

/** Index of the last line starting at or before `offset` (-1 if none). */
function lineAt(lines: readonly SourceLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
