import { readFileSync, statSync } from "node:fs";
import { decodeText, parseDocx, PlanlintError, type DocxReading, type PlanDocument } from "@planlint/core";

export type DecodedText = ReturnType<typeof decodeText>;

/** A plan file read from disk and decoded. */
export interface PlanFile extends DecodedText {
  /** The path as given by the user (messages name the file the way they typed it). */
  path: string;
  /** A Word document: what was read from it (its text is `text`). */
  docx?: DocxReading;
  /** The plan parsed from a Word document's text (its paragraphs are whole paragraphs, not wrapped lines). */
  document?: PlanDocument;
}

/** Word documents planlint reads (.doc is recognised only to say it cannot be read). */
export const WORD_FILE = /\.(?:docx|docm|doc)$/i;

/**
 * Bytes → a plan file's text: a Word document (by its name, or an OLE file by its
 * first bytes) is read with core's readDocx; anything else is decoded as text.
 */
export function decodePlanBytes(bytes: Uint8Array, name: string): Omit<PlanFile, "path"> {
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (!WORD_FILE.test(name) && !ole) return decodeText(bytes, name);
  // fflate and saxes are loaded only now (a CLI chunk: scripts/cli-chunks/docx-proxy.cjs).
  const { reading, document } = parseDocx(bytes, { fileName: name });
  return { text: reading.text, encoding: "utf-8", bom: false, eol: "\n", mixedEol: false, docx: reading, document };
}

/**
 * Files larger than this (in MB) are refused unless the caller raises the limit.
 * 64 MB is far above any plan (the seed is 0.2 MB; a ministry's 基本計画 about
 * 1 MB) and keeps a run well inside 2 GB of memory; a larger file is most likely
 * not a plan (a log, an export of a whole database) and is refused at once
 * rather than after minutes of work.
 */
export const DEFAULT_MAX_FILE_MB = 64;

/**
 * Reads and decodes a file. Throws PlanlintError: "io" when the file cannot be
 * read (`cannot read FILE: no such file`), "too-large" above `maxMegabytes`, or
 * decodeText's "binary-file" / "undecodable".
 */
export function readPlanFile(path: string, maxMegabytes = DEFAULT_MAX_FILE_MB): PlanFile {
  let bytes: Uint8Array;
  try {
    const { size } = statSync(path);
    if (size > maxMegabytes * 1024 * 1024) throw tooLarge(path, size, maxMegabytes);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof PlanlintError) throw error;
    throw new PlanlintError("io", `cannot read ${path}: ${describeReadError(error)}`, {}, undefined, { cause: error });
  }
  return { path, ...decodePlanBytes(bytes, path) };
}

/** The error for a file (or standard input) over the size limit. */
export function tooLarge(name: string, bytes: number, maxMegabytes: number): PlanlintError {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return new PlanlintError(
    "too-large",
    `${name} is ${mb} MB, over the limit of ${maxMegabytes} MB for one file; it was not linted`,
    {},
    `split the plan into several files, or raise the limit with --max-file-size ${Math.ceil(bytes / 1024 / 1024)}`,
  );
}

/** A few words for why a file could not be read ("no such file", "permission denied"). */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "no such file";
    case "EISDIR":
      return "is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ERR_FS_FILE_TOO_LARGE":
      return "file too large";
    case "ELOOP":
      return "too many symbolic links";
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
