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
import type { Root } from "mdast";
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
  return fromMarkdown(text, options);
}
