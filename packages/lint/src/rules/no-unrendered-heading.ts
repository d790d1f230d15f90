/**
 * no-unrendered-heading: a Markdown line meant as a heading that CommonMark reads as
 * plain text — 「#データマネジメント実践ガイドブック （導入編） <!-- omit in toc -->」.
 * An ATX heading needs a space (or tab) after its 1–6 「#」 (CommonMark 0.31, §4.2:
 * 「#5 bolt」 and 「#hashtag」 are not headings), and a full-width 「＃」 (what an IME
 * types in Japanese input mode) is no heading mark at all. The page then shows the
 * marks, the heading is missing from the outline and the table of contents, and every
 * link to it is dead.
 *
 * Only lines that read as headings are reported: the marks at the start of a line
 * (after at most three spaces), outside code, HTML and front matter, followed by a
 * title rather than a sentence — no 「。」 at the end, no second 「#」 word (a line of
 * hashtags, 「#DX #GX」, is left alone). The finding suggests the heading as CommonMark
 * reads it (「# データ…」); it is not fixed automatically, because the outline changes.
 */
import type { TextRange } from "@planlint/core";
import { defineRule } from "../rule.js";

/** ASCII marks directly followed by the title, or full-width marks with or without a space. */
const UNRENDERED = /^( {0,3})(?:(#{1,6})(?=[^\s#])|(＃{1,6})[ \u3000]?(?=[^\s#＃]))/;
/** An HTML comment at the end of a heading line (「<!-- omit in toc -->」) is not part of its title. */
const TRAILING_COMMENT = /\s*<!--.*?-->\s*$/;

function inside(ranges: readonly TextRange[] | undefined, at: number): boolean {
  if (!ranges) return false;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

export const noUnrenderedHeading = defineRule({
  id: "no-unrendered-heading",
  meta: {
    description: "Finds a Markdown heading that is shown as plain text: 「#見出し」 without the space after 「#」, or a full-width 「＃」.",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      noSpace: "「{{marks}}」の後に空白がないため、見出しにならずそのまま表示されます。",
      fullWidth: "全角の「{{marks}}」は見出しの記号になりません。そのまま表示されます。",
      rewrite: "「{{heading}}」にする",
    },
    docs: "docs/rules/no-unrendered-heading.md",
  },
  create(context) {
    if (context.document.format !== "markdown") return;
    const text = context.text;
    const nonProse = context.document.nonProse;
    let lineStart = 0;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      // Only lines starting with a mark (after at most three spaces) are looked at further.
      let i = lineStart;
      while (i < lineStart + 3 && text.charCodeAt(i) === 0x20) i++;
      const first = text.charCodeAt(i);
      if (first === 0x23 || first === 0xff03) {
        const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
        const m = UNRENDERED.exec(line);
        const title = m ? line.slice(m[0].length).replace(TRAILING_COMMENT, "").trim() : "";
        if (m && title !== "" && !/[。．]$/.test(title) && !/(?:^|\s)[#＃]\S/.test(title)) {
          const start = lineStart + m[1]!.length;
          const marks = m[2] ?? m[3]!;
          const range = { start, end: lineStart + m[0].length };
          if (!inside(nonProse, start) && context.inScope(range)) {
            const heading = `${"#".repeat(marks.length)} `;
            context.report({
              range,
              messageId: m[2] ? "noSpace" : "fullWidth",
              data: { marks },
              suggestions: [{ messageId: "rewrite", data: { heading: `${heading}${title.slice(0, 20)}` }, fix: { range, text: heading } }],
            });
          }
        }
      }
      lineStart = lineEnd + 1;
    }
  },
});
