// The Markdown parser as core uses it (packages/core/src/markdown/mdast.ts).
export { fromMarkdown } from "mdast-util-from-markdown";
export { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
export { gfmFootnote } from "micromark-extension-gfm-footnote";
export { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
export { gfmTable } from "micromark-extension-gfm-table";
export { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
export { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
export { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
export { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
export { gfmTableFromMarkdown } from "mdast-util-gfm-table";
export { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
export { frontmatter } from "micromark-extension-frontmatter";
export { frontmatterFromMarkdown } from "mdast-util-frontmatter";
