/**
 * Figure captions inside raw HTML. Markdown converted from Word (the Digital
 * Agency's guidebooks, for one) writes every figure as an HTML block,
 * `<figure><img …/><figcaption>図表 5-1 …</figcaption></figure>`, and a caption
 * is the drafter's own sentence: the title of the figure, linted like a heading
 * would be. The rest of the block (tags, attributes, image sources) stays non-prose.
 *
 * Only a caption whose text holds no further tag is taken (a caption with
 * `<b>` or `<a href>` inside would need an HTML parser to read; it stays skipped).
 */
import type { TextRange } from "../types.js";

const OPEN = "<figcaption>";
const CLOSE = "</figcaption>";

/** The text of each `<figcaption>` in the HTML node at [start, end), trimmed of surrounding white space. */
export function captionTexts(text: string, start: number, end: number): TextRange[] {
  const out: TextRange[] = [];
  // Most HTML nodes are comments or single tags: no caption to look for.
  let open = text.indexOf(OPEN, start);
  while (open >= 0 && open < end) {
    let from = open + OPEN.length;
    const close = text.indexOf(CLOSE, from);
    if (close < 0 || close > end) break;
    let to = close;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from && text.lastIndexOf("<", to - 1) < from) out.push({ start: from, end: to });
    open = text.indexOf(OPEN, close + CLOSE.length);
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000;
}
