/**
 * The `planlint` executable (dist/cli.cjs). It starts the CLI program
 * (dist/cli-program.cjs, built from cli.ts) with V8's code cache of it
 * (dist/cli-program.cache, made by scripts/build-cli-cache.mjs when the package
 * is built): compiling the program's code was a fifth of a run's time, and a run
 * starts cold every time.
 *
 * The cache is used only when it was made from exactly this program (V8 itself
 * checks only its own version, its flags and the source's length). The cache
 * file starts with a key (see CacheKey): the SHA-256 of the program's bytes, and
 * the program file's size and modification time when the cache was checked
 * against it. When size and time are the program's, the program is the one the
 * hash was checked against, and the hash is not computed again: loading
 * node:crypto cost ~6 ms CPU of every run (a third of what the cache saves).
 * When they differ (the files were copied, unpacked, restored by a build cache),
 * the hash decides, and when it matches the key is brought up to date so the
 * next run takes the short way. When anything differs, or there is no cache,
 * the program is compiled as usual: same behaviour, only slower.
 *
 * On Node ≥ 22.1, Node's own compile cache (module.enableCompileCache) does the
 * same for any version, so the program is simply required and this cache unused.
 */
import { closeSync, fstatSync, openSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { CACHE_KEY_LENGTH, HASH_LENGTH, readCacheKey, writeStatKey } from "./cli-cache-key.js";
import { capOptimisation } from "./optimisation.js";

/** File names next to this one. */
const PROGRAM_FILE = "cli-program.cjs";
const CACHE_FILE = "cli-program.cache";

function readProgram(programPath: string): { program: Buffer; size: number; mtimeMs: number } {
  const fd = openSync(programPath, "r");
  try {
    const stat = fstatSync(fd);
    return { program: readFileSync(fd), size: stat.size, mtimeMs: stat.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

function cachedDataFor(program: Buffer, size: number, mtimeMs: number, cacheFile: string): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(cacheFile);
  } catch {
    return undefined; // No cache.
  }
  const key = readCacheKey(cache);
  if (!key) return undefined;
  const data = cache.subarray(CACHE_KEY_LENGTH);
  if (key.size === size && key.mtimeMs === mtimeMs && size === program.length) return data;
  // Loaded only here: the files are not the ones the key was last checked against.
  const { createHash } = require("node:crypto") as typeof import("node:crypto");
  if (!cache.subarray(0, HASH_LENGTH).equals(createHash("sha256").update(program).digest())) return undefined;
  try {
    // The next run need not hash: same bytes, this file's size and time. Written
    // aside and renamed, so a run reading the cache meanwhile sees one or the other.
    const updated = Buffer.from(cache);
    writeStatKey(updated, size, mtimeMs);
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, updated);
    renameSync(tmp, cacheFile);
  } catch {
    // A folder we may not write to (a global install): every run hashes, as before.
  }
  return data;
}

function launch(): void {
  // Before compiling: V8 accepts a code cache only under the flags it was made with.
  capOptimisation();
  const programPath = join(__dirname, PROGRAM_FILE);
  const enableCompileCache = (Module as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enableCompileCache === "function") {
    enableCompileCache();
    require(programPath);
    return;
  }
  const { program, size, mtimeMs } = readProgram(programPath);
  const cachedData = cachedDataFor(program, size, mtimeMs, join(__dirname, CACHE_FILE));
  const script = new Script(Module.wrap(program.toString("utf8")), { filename: programPath, ...(cachedData ? { cachedData } : {}) });
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  const programModule = new Module(programPath, module);
  programModule.filename = programPath;
  run.call(programModule.exports, programModule.exports, createRequire(programPath), programModule, programPath, dirname(programPath));
}

launch();
