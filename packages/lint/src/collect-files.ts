/**
 * What `planlint a.txt docs/ 'drafts/**\/*.md'` lints: files as given, plan files
 * (.txt, .md, .markdown, .docx, .docm) in folders, and files matching globs — skipping
 * node_modules, .git and what the configs' `ignore` lists. A path or glob that
 * yields nothing is an error: a CI job that lints nothing must not pass.
 */
import { readdirSync, statSync, type Dirent, type Stats } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { PlanlintError } from "@planlint/core";
import { describeReadError } from "./read-file.js";

const PLAN_EXTENSIONS = [".txt", ".md", ".markdown", ".docx", ".docm"] as const;
const SKIPPED_FOLDERS = new Set(["node_modules", ".git"]);

export interface CollectOptions {
  cwd: string;
  /** True when the configs' `ignore` covers the path. */
  isIgnored(path: string, isFolder: boolean): Promise<boolean>;
}

export interface CollectedFiles {
  /** Absolute paths, sorted, each once. */
  files: string[];
  /** Files named explicitly that `ignore` covers (as the user wrote them). */
  ignored: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;

function isPlanFile(name: string): boolean {
  const lower = name.toLowerCase();
  return PLAN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export async function collectFiles(patterns: readonly string[], options: CollectOptions): Promise<CollectedFiles> {
  const files = new Set<string>();
  const ignored: string[] = [];
  for (const pattern of patterns) {
    const abs = resolve(options.cwd, pattern);
    let stat: Stats | undefined;
    try {
      stat = statSync(abs, { throwIfNoEntry: false });
    } catch (cause) {
      throw new PlanlintError("io", `cannot read ${pattern}: ${describeReadError(cause)}`, {}, undefined, { cause });
    }
    if (stat?.isFile()) {
      if (await options.isIgnored(abs, false)) ignored.push(pattern);
      else files.add(abs);
    } else if (stat?.isDirectory()) {
      const found = { files: [] as string[], ignored: 0 };
      await walk(abs, options, isPlanFile, found);
      if (found.files.length === 0) {
        const why = found.ignored > 0 ? ` (${found.ignored} ignored by the config)` : "";
        throw new PlanlintError("io", `${pattern}: no .txt, .md, .markdown or .docx file to lint in this folder${why}`);
      }
      for (const f of found.files) files.add(f);
    } else if (stat) {
      throw new PlanlintError("io", `cannot read ${pattern}: not a file or folder`);
    } else if (GLOB_CHARS.test(pattern)) {
      const found = await expandGlob(pattern, options);
      if (found.length === 0) throw new PlanlintError("io", `no file matches ${JSON.stringify(pattern)}`);
      for (const f of found) files.add(f);
    } else {
      throw new PlanlintError("io", `cannot read ${pattern}: no such file or folder`);
    }
  }
  return { files: [...files].sort(), ignored };
}

async function walk(dir: string, options: CollectOptions, wanted: (name: string, path: string) => boolean, found: { files: string[]; ignored: number }, depth = Infinity): Promise<void> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    throw new PlanlintError("io", `cannot read folder ${relative(options.cwd, dir) || "."}: ${describeReadError(cause)}`, {}, undefined, { cause });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    // Symbolic links to files are followed; to folders, not (they may loop).
    const isFile = entry.isFile() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile() === true);
    if (entry.isDirectory()) {
      if (SKIPPED_FOLDERS.has(entry.name) || depth <= 1) continue;
      if (await options.isIgnored(path, true)) {
        found.ignored++;
        continue;
      }
      await walk(path, options, wanted, found, depth - 1);
    } else if (isFile && wanted(entry.name, path)) {
      if (await options.isIgnored(path, false)) found.ignored++;
      else found.files.push(path);
    }
  }
}

async function expandGlob(pattern: string, options: CollectOptions): Promise<string[]> {
  const { default: picomatch } = await import("picomatch");
  const normalised = pattern.replace(/\\/g, "/").replace(/^\.\//, "");
  const { base, glob } = picomatch.scan(normalised);
  const root = resolve(options.cwd, base || ".");
  const isMatch = picomatch(glob, { dot: false });
  // Without "**" the glob cannot match deeper than it has segments.
  const depth = glob.includes("**") ? Infinity : glob.split("/").length;
  const found = { files: [] as string[], ignored: 0 };
  if (statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    await walk(root, options, (_name, path) => isMatch(toPosix(relative(root, path))), found, depth);
  }
  return found.files;
}

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}
