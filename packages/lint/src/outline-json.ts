/**
 * The plan model as `planlint outline --json` prints it, with lines and columns.
 * Node-free (the language server's web worker and `@planlint/lint/browser` use
 * it); reading the file and the readable outline stay in commands/outline.ts.
 */
import type { DocumentFormat, Footnote, LineIndex, OverviewHeading, PageArtifact, Part, PlanDocument, PlanNode, JoinedText } from "@planlint/core";
import { withLocations, type LocateOptions, type Located } from "./locations.js";

/** What `planlint outline FILE --json` prints. `J` is `JoinedText` with `--verbose`, else `string`. */
export interface OutlineJson<J = string> {
  file: string;
  encoding: string;
  format: DocumentFormat;
  parts: Located<Part, J>[];
  body: Located<PlanNode, J>[];
  overview: Located<OverviewHeading, J>[];
  footnotes: Located<Footnote, J>[];
  pageArtifacts: Located<PageArtifact, J>[];
}

export interface OutlineSource {
  /** The file name to print. */
  file: string;
  /** The encoding the text was decoded from, e.g. "utf-8". */
  encoding: string;
}

export function outlineJson(doc: PlanDocument, index: LineIndex, source: OutlineSource, options: LocateOptions & { keepPieces: true }): OutlineJson<JoinedText>;
export function outlineJson(doc: PlanDocument, index: LineIndex, source: OutlineSource, options?: LocateOptions): OutlineJson;
export function outlineJson(doc: PlanDocument, index: LineIndex, source: OutlineSource, options: LocateOptions = {}): OutlineJson<unknown> {
  return {
    file: source.file,
    encoding: source.encoding,
    format: doc.format,
    parts: withLocations(doc.parts, index, options),
    body: withLocations(doc.body, index, options),
    overview: withLocations(doc.overview, index, options),
    footnotes: withLocations(doc.footnotes, index, options),
    pageArtifacts: withLocations(doc.pageArtifacts, index, options),
  };
}
