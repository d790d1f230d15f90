/**
 * The readers the page knows, in order of preference. To read another kind of
 * file, add its reader here (and its extensions reach the file picker's
 * `accept`); anything no reader claims is read as text, as the CLI does.
 */
import type { DocumentReader } from "./document-reader.js";
import { docxReader } from "./docx-reader.js";
import { textReader } from "./text-reader.js";

export type { DocumentReader, LoadedDocument, WriteBack } from "./document-reader.js";

export const READERS: readonly DocumentReader[] = [textReader, docxReader];

export function readerFor(fileName: string, readers: readonly DocumentReader[] = READERS): DocumentReader {
  const lower = fileName.toLowerCase();
  return readers.find((r) => r.extensions.some((ext) => lower.endsWith(ext))) ?? textReader;
}

/** The file picker's `accept` value. */
export function acceptedTypes(readers: readonly DocumentReader[] = READERS): string {
  return [...new Set(readers.flatMap((r) => [...r.extensions, ...(r.mimeTypes ?? [])]))].join(",");
}
