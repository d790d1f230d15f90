/**
 * The launcher's code cache (src/launcher.ts, scripts/build-cli-cache.mjs): a cache
 * made for another program — even one of the same length, which V8's own check
 * lets through — or a damaged one must never change what runs.
 */
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distCli, runCli, seedPath } from "./cli-harness.js";
import { tempFolder } from "./temp-files.js";

const dist = join(distCli, "..");

/** dist's launcher, program and chunks in a folder of their own; `cache` replaces the cache when given. */
function copyOfCli(cache?: Buffer): string {
  const dir = tempFolder();
  for (const name of readdirSync(dist)) if (name.startsWith("cli")) copyFileSync(join(dist, name), join(dir, name));
  if (cache) writeFileSync(join(dir, "cli-program.cache"), cache);
  return dir;
}

describe("the CLI's code cache", () => {
  const builtCache = readFileSync(join(dist, "cli-program.cache"));

  it("is keyed by the program's hash, not a copy of it", () => {
    const program = readFileSync(join(dist, "cli-program.cjs"));
    expect(builtCache.length).toBeLessThan(program.length * 3);
    expect(builtCache.includes(program.subarray(0, 2000))).toBe(false);
  });

  it("a stale cache (the program changed, same length) is not used: the new program runs", () => {
    const dir = copyOfCli();
    const programFile = join(dir, "cli-program.cjs");
    const program = readFileSync(programFile, "latin1");
    expect(program).toContain("Usage: planlint [options]");
    writeFileSync(programFile, program.replace("Usage: planlint [options]", "Usage: PLANLINT [options]"), "latin1");
    const run = runCli(join(dir, "cli.cjs"), ["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("Usage: PLANLINT [options] <files, folders or globs>");
  });

  it("after the hash is checked once, the cache's key holds the program file's size and time (later runs skip the hash)", () => {
    const dir = copyOfCli();
    const cacheFile = join(dir, "cli-program.cache");
    const program = statSync(join(dir, "cli-program.cjs"));
    // A copy has a new time: the key no longer matches it, the hash does.
    expect(readFileSync(cacheFile).readDoubleLE(40)).not.toBe(program.mtimeMs);
    const first = runCli(join(dir, "cli.cjs"), ["--version"]);
    expect(first.code).toBe(0);
    const cache = readFileSync(cacheFile);
    expect(cache.subarray(0, 32).equals(builtCache.subarray(0, 32))).toBe(true);
    expect([cache.readDoubleLE(32), cache.readDoubleLE(40)]).toEqual([program.size, program.mtimeMs]);
    expect(cache.subarray(48).equals(builtCache.subarray(48))).toBe(true);
    expect(runCli(join(dir, "cli.cjs"), ["--version"]).stdout).toBe(first.stdout);
  });

  it("a damaged or missing cache only costs time: the report is the same", () => {
    const expected = runCli(distCli, ["--format", "json", seedPath]);
    expect(JSON.parse(expected.stdout)[0].messages.length).toBeGreaterThan(0);
    // Garbage; the right hash before data V8 rejects; an empty file.
    for (const cache of [Buffer.from("not a cache"), Buffer.concat([builtCache.subarray(0, 32), Buffer.alloc(1000)]), undefined]) {
      const dir = copyOfCli(cache);
      if (cache === undefined) writeFileSync(join(dir, "cli-program.cache"), "");
      const run = runCli(join(dir, "cli.cjs"), ["--format", "json", seedPath]);
      expect(run.code).toBe(expected.code);
      expect(run.stdout).toBe(expected.stdout);
    }
  });
});
