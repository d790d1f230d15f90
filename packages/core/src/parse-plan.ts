/**
 * parsePlan: text (plain, PDF-extracted or Markdown) → {@link PlanDocument}.
 * Never throws: any string gives a document, possibly with nothing recognised. A
 * part whose parser throws (a bug) is left empty and recorded in `problems`.
 */
import { detectDocumentStyle } from "./document-style.js";
import { findFootnotes } from "./footnotes.js";
import { parseGlossarySection } from "./glossary-section.js";
import { parseOverview } from "./overview.js";
import { findPageArtifacts } from "./page-artifacts.js";
import { buildParts } from "./parts.js";
import { parseBody } from "./plan-body.js";
import { sourceLines, type SourceLine } from "./source-lines.js";
import { firstLineFrom, type TextLine } from "./text-lines.js";
import type { DocumentFormat, PlanDocument } from "./types.js";

export interface ParsePlanOptions {
  /** Defaults to "markdown" for .md/.markdown file names, else "text". */
  format?: DocumentFormat;
  fileName?: string;
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
  const lines = sourceLines(text, format);
  const parts = buildParts(lines, text.length);
  const artifacts = findPageArtifacts(lines, format === "text" ? text : undefined);
  const doc: PlanDocument = {
    format,
    length: text.length,
    parts,
    body: [],
    overview: [],
    glossary: [],
    footnotes: findFootnotes(lines, text),
    pageArtifacts: [],
  };
  // Lines are in order of their start, so the lines of a part are one slice, found
  // by binary search (filtering every line once per part cost more, in a cold run).
  const linesIn = (start: number, end: number) => lines.slice(firstLineFrom(lines, start), firstLineFrom(lines, end));
  const extraArtifacts = [];
  for (const part of parts) {
    const partLines = linesIn(part.range.start, part.range.end);
    try {
      if (part.kind === "body") {
        const body = parseBody(text, partLines, artifacts, format === "markdown");
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
  doc.pageArtifacts = [...artifacts.values(), ...extraArtifacts].sort((a, b) => a.range.start - b.range.start);
  doc.style = detectDocumentStyle(text, parts).style;
  return { document: doc, lines };
}

