"use strict";
// The Markdown packages inside the CLI bundle: micromark and mdast are required
// from cli-markdown.cjs when the first Markdown file is parsed, so a run over
// plain text neither compiles nor runs them. Only what core calls is forwarded.
let markdown;
const load = () => (markdown ??= require("./cli-markdown.cjs"));
for (const name of [
  "fromMarkdown",
  "gfmAutolinkLiteral",
  "gfmFootnote",
  "gfmStrikethrough",
  "gfmTable",
  "gfmTaskListItem",
  "gfmAutolinkLiteralFromMarkdown",
  "gfmFootnoteFromMarkdown",
  "gfmStrikethroughFromMarkdown",
  "gfmTableFromMarkdown",
  "gfmTaskListItemFromMarkdown",
  "frontmatter",
  "frontmatterFromMarkdown",
]) {
  exports[name] = (...args) => load()[name](...args);
}
