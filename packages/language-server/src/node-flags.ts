/**
 * How the server's V8 heap and compiler are set: a language server runs for
 * hours beside an editor, so memory that stays flat matters more to it than the
 * last milliseconds of a lint (which a 150 ms debounce hides anyway).
 *
 * Measured with `node bench/lsp.mjs` on the seed (200 KB), 1,000 edits:
 *
 * | launched with           | RSS after first lint → after 1,000 edits | edit → diagnostics p50 / p95 |
 * |-------------------------|------------------------------------------|------------------------------|
 * | plain `node`            | 70 → 133–146 MB (+90–108%)               | 10–11 / 16–19 ms             |
 * | these flags             | 67–68 → 73–75 MB (+9–11%)                | 20–24 / 25–31 ms             |
 *
 * Where the plain server's memory went (heap statistics per space): V8 grew the
 * young generation to its 2 × 16 MB maximum (every edit allocates ~3 MB of plan
 * and findings), let the old generation run to ~45 MB of garbage between full
 * collections, and the optimising compiler (TurboFan) kept ~20 MB of malloc'd
 * memory once it had compiled the rules' hot loops. The live heap stayed at
 * 14–15 MB throughout: nothing leaked; the engine's defaults are tuned for
 * throughput, not for a resident process.
 */
import { setFlagsFromString } from "node:v8";

/**
 * Node flags that only work on the command line: V8 sizes the young generation
 * when the process starts, so a running server cannot change it. Given by every
 * launcher we ship: the VS Code extension (`execArgv`), the bin's `#!` line
 * (`planlint-language-server`), and the LSP benchmark.
 *
 * --max-semi-space-size=4: a young generation of 2 × 4 MB instead of up to
 * 2 × 16 MB (one edit's garbage still fits, so scavenges stay cheap).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=4"];

/**
 * Flags the server sets itself when it starts (they take effect at run time):
 *
 * --max-opt=2: compile hot code with Maglev, not TurboFan — TurboFan's ~20 MB
 * of compiler memory is the largest part of the growth, and the lint of the
 * seed stays well inside the 50 ms bar without it.
 *
 * --heap-growing-percent=20: grow the old generation by 20% after a full
 * collection instead of V8's dynamic factor (up to 4× on a small heap), so
 * garbage between collections stays a few MB.
 *
 * Only for V8 versions known to have the flags (an unknown flag is reported on
 * the console); `undefined` otherwise.
 */
export function serverV8Flags(v8Major: number): string | undefined {
  if (v8Major >= 11 && v8Major <= 13) return "--max-opt=2 --heap-growing-percent=20";
  return undefined;
}

/** Sets {@link serverV8Flags}, unless whoever started Node chose a tier or heap policy of their own. */
export function applyServerV8Flags(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ""): string | undefined {
  const flags = serverV8Flags(Number(process.versions.v8.split(".")[0]));
  const chosen = [...execArgv, nodeOptions].some((a) => /--max-opt|--(no-)?(opt|turbofan|maglev)\b|--heap-growing-percent|--optimize-for-size/.test(a));
  if (!flags || chosen) return undefined;
  setFlagsFromString(flags);
  return flags;
}
