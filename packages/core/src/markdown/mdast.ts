/**
 * Markdown → mdast, with GFM (tables, footnotes, autolink literals, strikethrough,
 * task lists) and front matter: the parser remark and textlint build on, so a
 * Markdown plan is read as CommonMark says, not by guessing from line starts.
 *
 * The extensions are made on first use, never at module load: the CLI bundle
 * resolves these packages to a proxy that loads them from a chunk of their own
 * when first called (packages/lint/scripts/cli-chunks/), so a run over plain
 * text never loads, parses or evaluates micromark.
 */
import type { Nodes, Root } from "mdast";
import { fromMarkdown, type Options } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import { parseInParts } from "./parse-in-parts.js";
import { parseWithPlainParagraphs } from "./plain-paragraphs.js";

/** Front matter kinds recognised at the start of a file: `---` YAML and `+++` TOML. */
const FRONT_MATTER = ["yaml", "toml"] as const;

/**
 * Characters without which a GFM construct cannot occur. A table needs a `|`, or
 * a delimiter cell with a colon (`:-`, `-:`, which makes a one-column table).
 * An autolink literal starts with `www.`, `http://`/`https://` or has an `@`
 * (mail, mailto:, xmpp:) — in micromark and in mdast's transform alike.
 *
 * Both constructs are tried on every line or word of Japanese prose and fail
 * there: the table construct reads each paragraph's first line as a head row
 * (a third of micromark's time on a plan), and the autolink transform walks
 * every text node with four regular expressions. A file where the construct
 * cannot occur is parsed without it, which gives the same tree.
 */
const MAY_HAVE_TABLE = /[|]|:-|-:/;
const MAY_HAVE_AUTOLINK = /@|www\.|https?:\/\//i;

/** Options by which of the two costly constructs the file may have (bit 1: table, bit 2: autolink literal). */
const optionsFor: (Options | undefined)[] = [];

/** Which of the two costly constructs a text may have (bit 1: table, bit 2: autolink literal). */
export function constructsKey(text: string): number {
  return (MAY_HAVE_TABLE.test(text) ? 1 : 0) | (MAY_HAVE_AUTOLINK.test(text) ? 2 : 0);
}

function options(key: number): Options {
  const table = (key & 1) !== 0;
  const autolink = (key & 2) !== 0;
  // In GFM's own order (micromark-extension-gfm, mdast-util-gfm): the order
  // decides which construct is tried first where two start with the same character.
  return (optionsFor[key] ??= {
    extensions: [
      ...(autolink ? [gfmAutolinkLiteral()] : []),
      gfmFootnote(),
      gfmStrikethrough(),
      ...(table ? [gfmTable()] : []),
      gfmTaskListItem(),
      frontmatter([...FRONT_MATTER]),
    ],
    mdastExtensions: [
      ...(autolink ? [gfmAutolinkLiteralFromMarkdown()] : []),
      gfmFootnoteFromMarkdown(),
      gfmStrikethroughFromMarkdown(),
      ...(table ? [gfmTableFromMarkdown()] : []),
      gfmTaskListItemFromMarkdown(),
      frontmatterFromMarkdown([...FRONT_MATTER]),
    ],
  });
}

/**
 * The document's mdast. Positions are exact UTF-16 offsets into `text` (CRLF kept).
 * `key` chooses the constructs (a part of a document is parsed with the whole's: the
 * text nodes around a failed autolink attempt are split differently without it).
 */
export function parseMdast(text: string, key = constructsKey(text)): Root {
  // A long text in parts (parse-in-parts.ts): micromark's time grows with the square of a plan's length.
  return parseInParts(text, (part) => parseWhole(part, key)) ?? parseWhole(text, key);
}

function parseWhole(text: string, key: number): Root {
  const parse = (t: string): Root => micromarkMdast(t, key);
  // Plain paragraphs of prose are made without micromark reading them (plain-paragraphs.ts).
  const root = parseWithPlainParagraphs(text, parse) ?? parse(text);
  // micromark drops a byte order mark before it counts: its offsets are then one
  // short of the document's.
  if (text.charCodeAt(0) === 0xfeff) shiftOffsets(root, 1);
  return root;
}

/** micromark's tree of all of `text` (no BOM shift): what parseMdast must equal. */
export function micromarkMdast(text: string, key = constructsKey(text)): Root {
  return fromMarkdown(text, options(key));
}

function shiftOffsets(root: Root, by: number): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const p = node.position;
    if (p) {
      if (p.start.offset !== undefined) p.start.offset += by;
      if (p.end.offset !== undefined) p.end.offset += by;
    }
    if ("children" in node) for (const c of node.children) stack.push(c as Nodes);
  }
}
