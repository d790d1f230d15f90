/**
 * Paths as reports show them. Node's path module: kept out of shared.ts, which
 * the browser's JSON and HTML reports load.
 */
import { isAbsolute, relative, sep } from "node:path";

/** `path` relative to `cwd` when it is inside it, else as it is; "/" separators when `posix`. */
export function displayPath(filePath: string, cwd: string, posix = false): string {
  let shown = filePath;
  if (isAbsolute(filePath)) {
    const rel = relative(cwd, filePath);
    if (rel !== "" && !rel.startsWith("..") && !isAbsolute(rel)) shown = rel;
  }
  return posix && sep !== "/" ? shown.split(sep).join("/") : shown;
}
