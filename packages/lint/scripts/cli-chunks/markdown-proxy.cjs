"use strict";
// The five Markdown packages inside the CLI bundle: micromark and mdast are
// required from cli-markdown.cjs when the first Markdown file is parsed, so a run
// over plain text neither compiles nor runs them. Only what core calls is forwarded.
let markdown;
const load = () => (markdown ??= require("./cli-markdown.cjs"));
exports.fromMarkdown = (...args) => load().fromMarkdown(...args);
exports.gfm = (...args) => load().gfm(...args);
exports.gfmFromMarkdown = (...args) => load().gfmFromMarkdown(...args);
exports.frontmatter = (...args) => load().frontmatter(...args);
exports.frontmatterFromMarkdown = (...args) => load().frontmatterFromMarkdown(...args);
