/**
 * Lines as the line-based readers (parts, page artefacts, overview, footnotes)
 * see them. A plain text's lines are its lines; a Markdown file's come from its
 * mdast (markdown/read-markdown.ts), with syntax taken off their ends.
 */
import type { TextLine } from "./text-lines.js";

export type SourceLine = TextLine;
