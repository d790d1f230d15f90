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
import { gfmFromMarkdown } from "mdast-util-gfm";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfm } from "micromark-extension-gfm";

/** Front matter kinds recognised at the start of a file: `---` YAML and `+++` TOML. */
const FRONT_MATTER = ["yaml", "toml"] as const;

let options: Options | undefined;

/** The document's mdast. Positions are exact UTF-16 offsets into `text` (CRLF kept). */
export function parseMdast(text: string): Root {
  options ??= {
    extensions: [gfm(), frontmatter([...FRONT_MATTER])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown([...FRONT_MATTER])],
  };
  const root = fromMarkdown(text, options);
  // micromark drops a byte order mark before it counts: its offsets are then one
  // short of the document's.
  if (text.charCodeAt(0) === 0xfeff) shiftOffsets(root, 1);
  return root;
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
