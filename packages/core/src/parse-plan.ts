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
import { sourceLines } from "./source-lines.js";
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
  const format = options.format ?? formatForFile(options.fileName);
  const lines = sourceLines(text, format);
  const parts = buildParts(lines, text.length);
  const artifacts = findPageArtifacts(lines);
  const doc: PlanDocument = {
    format,
    length: text.length,
    parts,
    body: [],
    overview: [],
    glossary: [],
    footnotes: findFootnotes(lines),
    pageArtifacts: [],
  };
  const linesIn = (start: number, end: number) => lines.filter((l) => l.start >= start && l.start < end);
  const extraArtifacts = [];
  for (const part of parts) {
    const partLines = linesIn(part.range.start, part.range.end);
    if (part.kind === "body") {
      const body = parseBody(text, partLines, artifacts, format === "markdown");
      doc.body.push(...body.nodes);
      extraArtifacts.push(...body.artifacts);
    } else if (part.kind === "overview") {
      doc.overview.push(...parseOverview(text, partLines));
    } else if (part.kind === "glossary") {
      doc.glossary.push(...parseGlossarySection(text, part.range));
    }
  }
  doc.pageArtifacts = [...artifacts.values(), ...extraArtifacts].sort((a, b) => a.range.start - b.range.start);
  return doc;
}
