// The Markdown parser as core uses it (packages/core/src/markdown/mdast.ts).
export { fromMarkdown } from "mdast-util-from-markdown";
export { gfm } from "micromark-extension-gfm";
export { gfmFromMarkdown } from "mdast-util-gfm";
export { frontmatter } from "micromark-extension-frontmatter";
export { frontmatterFromMarkdown } from "mdast-util-frontmatter";
