/**
 * parsePlan: text (plain, PDF-extracted or Markdown) → {@link PlanDocument}.
 * Never throws: any string gives a document, possibly with nothing recognised.
 */
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
  const found = findFootnotes(lines, text, artifacts, format === "text");
  const doc: PlanDocument = {
    format,
    length: text.length,
    parts,
    body: [],
    overview: [],
    glossary: [],
    footnotes: found.footnotes,
    pageArtifacts: [],
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
    if (part.kind === "body") {
      const body = parseBody(text, partLines, skipped, format === "markdown");
      doc.body.push(...body.nodes);
      extraArtifacts.push(...body.artifacts);
    } else if (part.kind === "overview") {
      doc.overview.push(...parseOverview(text, partLines));
    } else if (part.kind === "glossary") {
      doc.glossary.push(...parseGlossarySection(text, part.range));
    }
  }
  doc.pageArtifacts = [...artifacts.values(), ...found.pageNumbers, ...extraArtifacts].sort((a, b) => a.range.start - b.range.start);
  return { document: doc, lines };
}

