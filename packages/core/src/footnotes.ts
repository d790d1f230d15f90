/** Footnotes such as 「※１：Internet of Thingsの略」; kept so rules can read them. */
import type { SourceLine } from "./source-lines.js";
import type { Footnote } from "./types.js";

const FOOTNOTE = /^(※[ 　]*[0-9０-９]{1,3})[ 　]*[:：][ 　]*(.+)$/;

export function findFootnotes(lines: readonly SourceLine[]): Footnote[] {
  const out: Footnote[] = [];
  for (const line of lines) {
    if (line.ignored || !line.content.startsWith("※")) continue;
    const m = FOOTNOTE.exec(line.content);
    if (m) out.push({ label: m[1]!, text: m[2]!.trim(), range: { start: line.contentStart, end: line.contentEnd } });
  }
  return out;
}
