/**
 * parsePlan: text (plain, PDF-extracted or Markdown) → {@link PlanDocument}.
 * Never throws: any string gives a document, possibly with nothing recognised. A
 * part whose parser throws (a bug) is left empty and recorded in `problems`.
 */
import { findCommentTables } from "./comment-tables.js";
import { detectDocumentStyle } from "./document-style.js";
import { findFootnotes } from "./footnotes.js";
import { parseGlossarySection } from "./glossary-section.js";
import { parseOverview } from "./overview.js";
import { findPageArtifacts } from "./page-artifacts.js";
import { buildParts } from "./parts.js";
import { parseBody } from "./plan-body.js";
import type { MarkdownSession } from "./markdown/markdown-session.js";
import { readMarkdown, type MarkdownReading } from "./markdown/read-markdown.js";
import { firstLineFrom, splitLines, type TextLine } from "./text-lines.js";
import type { DocumentFormat, ParseProblem, PlanDocument } from "./types.js";

export interface ParsePlanOptions {
  /** Defaults to "markdown" for .md/.markdown file names, else "text". */
  format?: DocumentFormat;
  fileName?: string;
  /**
   * Each line is a whole paragraph, never a wrapped piece of one (a Word document's
   * paragraphs): a line that does not end in 。 still ends its paragraph, so a
   * label on the next line starts a node.
   */
  paragraphPerLine?: boolean;
  /**
   * Lines in a heading style (Word's 見出し 1…), by line index (0-based), with the
   * style's 0-based outline level: a heading even without a number. By index, so
   * that a fixed text (the same lines) is read the same way.
   */
  headingLevels?: ReadonlyMap<number, number>;
  /**
   * The previous parse of the same Markdown document (an editor's open file):
   * blocks the edit cannot reach are reused, not parsed again. The result is the
   * same as without it.
   */
  markdownSession?: MarkdownSession;
}

export function formatForFile(fileName: string | undefined): DocumentFormat {
  return fileName !== undefined && /\.(md|markdown|mdown|mkd)$/i.test(fileName) ? "markdown" : "text";
}

export function parsePlan(text: string, options: ParsePlanOptions = {}): PlanDocument {
  return parsePlanWithLines(text, options).document;
}

/**
 * parsePlan, and the lines it read the text as (for Markdown, with the syntax
 * removed from their content). For tools that go on to read the text line by
 * line: a plain text's lines need not be found a second time.
 */
export function parsePlanWithLines(text: string, options: ParsePlanOptions = {}): { document: PlanDocument; lines: readonly TextLine[] } {
  const format = options.format ?? formatForFile(options.fileName);
  const lines = splitLines(text);
  // Markdown goes through its parser: the outline, footnotes and non-prose come
  // from mdast, and the lines are marked for the line-based readers below.
  let markdown: MarkdownReading | undefined;
  let markdownProblem: ParseProblem | undefined;
  try {
    markdown = format === "markdown" ? readMarkdown(text, lines, options.markdownSession) : undefined;
  } catch (error) {
    // Read as plain text instead, and say so (see the part loop below).
    markdownProblem = { part: "body", message: error instanceof Error ? error.message : String(error), range: { start: 0, end: text.length } };
  }
  const parts = buildParts(lines, text.length);
  if (markdown && !parts.some((p) => p.kind === "body")) {
    // A Markdown file is the drafter's prose throughout: with no chapter 1 to
    // start a body, what precedes the other parts is the body.
    const lead = parts.find((p) => p.kind === "other");
    if (lead && lead.range.start === 0) lead.kind = "body";
  }
  const artifacts = findPageArtifacts(lines, format === "text" ? text : undefined);
  const found = findFootnotes(lines, text, artifacts, format === "text");
  const doc: PlanDocument = {
    format,
    length: text.length,
    parts,
    body: [],
    overview: [],
    glossary: [],
    footnotes: markdown ? [...found.footnotes, ...markdown.footnotes].sort((a, b) => a.range.start - b.range.start) : found.footnotes,
    pageArtifacts: [],
    ...(markdownProblem ? { problems: [markdownProblem] } : {}),
  };
  if (found.marks.length > 0) doc.footnoteMarks = found.marks;
  // The lines the body never reads as text or headings: page layout and footnote blocks.
  const skipped = new Set<number>(artifacts.keys());
  for (const i of found.blockLines) skipped.add(i);
  // Lines are in order of their start, so the lines of a part are one slice, found
  // by binary search (filtering every line once per part cost more, in a cold run).
  const linesIn = (start: number, end: number) => lines.slice(firstLineFrom(lines, start), firstLineFrom(lines, end));
  const extraArtifacts = [];
  for (const part of parts) {
    const partLines = linesIn(part.range.start, part.range.end);
    try {
      if (part.kind === "body") {
        if (markdown) continue;
        const body = parseBody(text, partLines, skipped, format === "markdown", options.paragraphPerLine === true, options.headingLevels);
        for (const node of body.nodes) doc.body.push(node);
        for (const artifact of body.artifacts) extraArtifacts.push(artifact);
      } else if (part.kind === "overview") {
        for (const heading of parseOverview(text, partLines)) doc.overview.push(heading);
      } else if (part.kind === "glossary") {
        for (const entry of parseGlossarySection(text, part.range)) doc.glossary.push(entry);
      }
    } catch (error) {
      // The edge of the parser: one part that defeats it (a bug) costs that part,
      // not the whole document; lint reports the problem.
      (doc.problems ??= []).push({ part: part.kind, message: error instanceof Error ? error.message : String(error), range: { ...part.range } });
    }
  }
  if (markdown) {
    doc.body = markdown.nodes;
    doc.nonProse = markdown.nonProse;
  }
  doc.pageArtifacts = [...artifacts.values(), ...found.pageNumbers, ...extraArtifacts].sort((a, b) => a.range.start - b.range.start);
  try {
    const tables = findCommentTables(text, lines, parts, format, skipped);
    if (tables.length > 0) doc.commentTables = tables;
  } catch (error) {
    (doc.problems ??= []).push({ part: "public-comments", message: error instanceof Error ? error.message : String(error), range: { start: 0, end: text.length } });
  }
  doc.style = detectDocumentStyle(text, parts).style;
  return { document: doc, lines };
}

