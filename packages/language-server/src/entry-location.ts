/**
 * Where a glossary entry is defined, as an LSP location: in the document
 * itself, or in a glossary file (the host reads it to turn its offsets into
 * lines and columns).
 */
import type { GlossaryEntry } from "@planlint/core";
import type { Location } from "vscode-languageserver";
import type { Analysis } from "./documents.js";
import { toRange } from "./diagnostics.js";
import type { ServerHost } from "./host.js";

export function entryLocation(entry: GlossaryEntry, analysis: Analysis, host: ServerHost): Location {
  if (entry.source.kind === "document") return { uri: analysis.uri, range: toRange(analysis.lineIndex, entry.headwordRange) };
  const { file, line, column } = entry.source;
  const index = host.lineIndexOfFile(file);
  if (index) return { uri: host.fileUri(file), range: toRange(index, entry.headwordRange) };
  // The file is gone or unreadable: the position the loader recorded still says where.
  const position = { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
  return { uri: host.fileUri(file), range: { start: position, end: position } };
}
