/**
 * Where a glossary entry is defined, as an LSP location: in the document
 * itself, or in a glossary file (read from disk to turn its offsets into
 * lines and columns; cached until the file changes).
 */
import { readFileSync, statSync } from "node:fs";
import { LineIndex, type GlossaryEntry } from "@planlint/core";
import type { Location } from "vscode-languageserver";
import type { Analysis } from "./documents.js";
import { toRange } from "./diagnostics.js";
import { fileUri } from "./lint-document.js";

const fileIndexes = new Map<string, { mtimeMs: number; index: LineIndex }>();

function lineIndexOfFile(path: string): LineIndex | undefined {
  try {
    const { mtimeMs } = statSync(path);
    const cached = fileIndexes.get(path);
    if (cached?.mtimeMs === mtimeMs) return cached.index;
    const index = new LineIndex(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
    fileIndexes.set(path, { mtimeMs, index });
    return index;
  } catch {
    return undefined;
  }
}

export function entryLocation(entry: GlossaryEntry, analysis: Analysis): Location {
  if (entry.source.kind === "document") return { uri: analysis.uri, range: toRange(analysis.lineIndex, entry.headwordRange) };
  const { file, line, column } = entry.source;
  const index = lineIndexOfFile(file);
  if (index) return { uri: fileUri(file), range: toRange(index, entry.headwordRange) };
  // The file is gone or unreadable: the position the loader recorded still says where.
  const position = { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
  return { uri: fileUri(file), range: { start: position, end: position } };
}
