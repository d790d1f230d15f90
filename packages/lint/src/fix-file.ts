/**
 * `--fix`: safe fixes applied pass after pass until the text is stable, and the
 * result written back in the file's own encoding, BOM and line endings, through
 * a temporary file renamed over the original, so that a crash or a full disk
 * never leaves half a plan behind.
 */
import { accessSync, chmodSync, closeSync, constants, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { encodeText, PlanlintError, type TextEncodingName } from "@planlint/core";
import { describeReadError } from "./read-file.js";

// The fix loop has no file system in it and runs in browsers too; it lives in
// fix-loop.ts and is re-exported here for the callers that fix files.
export { lintAndFix, MAX_FIX_PASSES, type FixLoopResult } from "./fix-loop.js";

/**
 * Writes `text` to `path` encoded as the file was read. The bytes go to a
 * temporary file in the same folder (same filesystem, so the rename is atomic),
 * which takes the original's permissions and replaces it. A symbolic link stays
 * a link: its target is what gets replaced.
 */
export function writeTextFile(path: string, text: string, how: { encoding: TextEncodingName; bom: boolean }): void {
  let bytes: Uint8Array;
  try {
    bytes = encodeText(text, how);
  } catch (error) {
    if (error instanceof PlanlintError) {
      throw new PlanlintError(error.code, `cannot write the fixes to ${path}: ${error.message}`, { file: path }, error.hint, { cause: error });
    }
    throw error;
  }
  let target = path;
  let mode: number | undefined;
  try {
    target = realpathSync(path);
    mode = statSync(target).mode & 0o7777;
    // A rename would replace even a read-only file: respect the protection as a plain write would.
    accessSync(target, constants.W_OK);
  } catch (cause) {
    throw new PlanlintError("io", `cannot write the fixes to ${path}: ${describeReadError(cause)}`, { file: path }, undefined, { cause });
  }
  const temp = join(dirname(target), `.${basename(target)}.planlint-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    const fd = openSync(temp, "wx", mode);
    try {
      let at = 0;
      while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (cause) {
    rmSync(temp, { force: true });
    throw new PlanlintError("io", `cannot write the fixes to ${path}: ${describeReadError(cause)}`, { file: path }, undefined, { cause });
  }
}
