/**
 * no-unmatched-emphasis: a Markdown strong-emphasis mark 「**」 without its partner —
 * 「#### 2.2.1. 目指す姿の方向性検討**」. CommonMark reads a delimiter run that closes
 * nothing as literal text, so the reader sees the asterisks in the page, the table of
 * contents and every heading link; it is what is left when a bold span is edited.
 *
 * Emphasis never crosses a block, so the marks are counted per block: a heading line, or a
 * paragraph (lines up to a blank line; each table row and list item on its own line is
 * counted alone when it holds marks of its own). Only a block with exactly one 「**」 is
 * reported — with three, which two pair is not certain. Code (fenced blocks and `inline`
 * spans), escaped marks (\*\*) and longer runs (***) are left alone.
 * The finding covers the mark and suggests deleting it (the writer may have meant to
 * close a bold span instead).
 */
import { defineRule } from "../rule.js";

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLOCK_START = /^ {0,3}(?:#{1,6}\s|\||[-*+]\s|\d+[.)]\s|>)/;

/** Offsets (into the line) of each 「**」 outside inline code, not escaped, not part of a longer run. */
function strongMarks(line: string): number[] {
  const out: number[] = [];
  let inCode = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "`") inCode = !inCode;
    if (inCode || c !== "*") continue;
    let end = i;
    while (line[end] === "*") end++;
    const escaped = i > 0 && line[i - 1] === "\\";
    if (end - i === 2 && !escaped) out.push(i);
    i = end - 1;
  }
  return out;
}

export const noUnmatchedEmphasis = defineRule({
  id: "no-unmatched-emphasis",
  meta: {
    description: "Finds a Markdown 「**」 without its partner, which the page shows as literal asterisks (「方向性検討**」).",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      unmatched: "「**」の対になる記号がなく、そのまま表示されます。",
      remove: "「**」を削除する",
    },
    docs: "docs/rules/no-unmatched-emphasis.md",
  },
  create(context) {
    if (context.document.format !== "markdown") return;
    const text = context.text;
    let fence: string | undefined;
    let block: number[] = [];
    const flush = (): void => {
      if (block.length === 1) {
        const at = block[0]!;
        const range = { start: at, end: at + 2 };
        if (context.inScope(range)) {
          context.report({ range, messageId: "unmatched", suggestions: [{ messageId: "remove", fix: { range, text: "" } }] });
        }
      }
      block = [];
    };
    let lineStart = 0;
    while (lineStart <= text.length) {
      let lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
      const open = FENCE.exec(line);
      if (fence !== undefined) {
        if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length) fence = undefined;
      } else if (open) {
        flush();
        fence = open[1];
      } else if (line.trim() === "") {
        flush();
      } else {
        const heading = /^ {0,3}#{1,6}\s/.test(line);
        if (heading || BLOCK_START.test(line)) flush();
        for (const at of strongMarks(line)) block.push(lineStart + at);
        if (heading) flush();
      }
      lineStart = lineEnd + 1;
    }
    flush();
  },
});
