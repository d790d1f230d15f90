import { readFileSync } from "node:fs";
import { decodeText, PlanlintError } from "@planlint/core";

export type DecodedText = ReturnType<typeof decodeText>;

/** A plan file read from disk and decoded. */
export interface PlanFile extends DecodedText {
  /** The path as given by the user (messages name the file the way they typed it). */
  path: string;
}

/**
 * Reads and decodes a file. Throws PlanlintError: "io" when the file cannot be
 * read (`cannot read FILE: no such file`), or decodeText's "binary-file" /
 * "undecodable".
 */
export function readPlanFile(path: string): PlanFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new PlanlintError("io", `cannot read ${path}: ${describeReadError(error)}`, {}, undefined, { cause: error });
  }
  return { path, ...decodeText(bytes, path) };
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
