/**
 * V8 flags for a CLI run. Shared by the launcher (which must set them before it
 * compiles the CLI program: V8 accepts a code cache only under the flags it was
 * made with) and by the program itself (when it is started some other way).
 */
import { statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

/**
 * The flags for a V8 major version (scripts/build-cli-cache.mjs makes the code
 * cache under the same flags, read from here).
 *
 * --max-opt=2: a CLI run is short: V8's optimising compiler (TurboFan) spends
 * more CPU compiling, and recompiling after deoptimisations in the rules' hot
 * loops, than its code saves. Capping the tier at Maglev halves the CPU time of
 * a run on the seed (215 → 122 ms user) and of a folder of 20 seeds (1.5 → 0.8 s).
 *
 * --no-minor-gc-task: V8 schedules a young-generation collection as a task once
 * the young generation is 80% full; in a CLI run that task comes when the
 * report is being written, just before the process exits and frees everything
 * anyway (0.5-0.8 ms for nothing). Collections when the space is full still happen.
 *
 * Only on V8 versions known to have the flags: an unknown flag is reported on
 * the console. The library is not affected.
 */
export function cliV8Flags(v8Major: number): string {
  if (v8Major >= 11 && v8Major <= 13) return "--max-opt=2 --no-minor-gc-task";
  if (v8Major === 10) return "--max-opt=2";
  return "";
}

/**
 * From this size of one input file up, a run is long enough for TurboFan to pay
 * many times over (50 MB plan, json: 49 s capped, 20 s not; 1 MB: 4.4-5.3 s
 * capped, 2.1-2.2 s not; the seed, 0.2 MB, is faster capped).
 */
export const LARGE_INPUT_BYTES = 1024 * 1024;

/** Whether an argument names a regular file of LARGE_INPUT_BYTES or more (folders are not walked: that costs more than it saves). */
export function hasLargeInput(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg.startsWith("-")) continue;
    try {
      const stat = statSync(arg, { throwIfNoEntry: false });
      if (stat?.isFile() && stat.size >= LARGE_INPUT_BYTES) return true;
    } catch {
      // Not a file we can see: the CLI reports it, not this.
    }
  }
  return false;
}

/**
 * Sets cliV8Flags, unless the user chose an optimisation tier or an input file
 * is large (see LARGE_INPUT_BYTES). Setting them twice (launcher, then program)
 * changes nothing.
 */
export function capOptimisation(args: readonly string[] = process.argv.slice(2)): void {
  const flags = cliV8Flags(Number(process.versions.v8.split(".")[0]));
  const chosen = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((a) => /--max-opt|--(no-)?(opt|turbofan)\b/.test(a));
  if (flags && !chosen && !hasLargeInput(args)) setFlagsFromString(flags);
}
