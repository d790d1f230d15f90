// Benchmark (b) without Node's start-up: the like-for-like workload (the
// recipe's prh.yml on the seed) inside one process, through each tool's own
// library API. Run in a fresh process per side by cli-vs-textlint.mjs:
//
//   node bench/prh-in-process.mjs planlint <planlint config> <seed>
//   node bench/prh-in-process.mjs textlint <textlintrc>       <seed>
//
// Prints one JSON line: `firstMs` (load the tool, its config and dictionary,
// then lint the seed once: what a CLI run does after Node has started),
// `warmMedianMs` (the same lint after WARM_UP runs, as an editor integration
// repeats it),
// and `messages` (so both sides are seen to do the work).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const WARM_UP = 20;
const WARM_RUNS = 30;
const USAGE = "usage: node bench/prh-in-process.mjs planlint|textlint <config> <seed> (cli-vs-textlint.mjs runs it)";
if (process.argv.length !== 5 || !["planlint", "textlint"].includes(process.argv[2])) {
  console.error(USAGE);
  process.exit(2);
}
const [tool, configPath, seedPath] = process.argv.slice(2).map((a, i) => (i === 0 ? a : resolve(a)));
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const text = readFileSync(seedPath, "utf8");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A function that lints a text and resolves to its number of messages. */
async function load() {
  if (tool === "planlint") {
    const { ConfigResolver, lintText } = await import(pathToFileURL(join(ROOT, "packages/lint/dist/index.js")).href);
    const config = await new ConfigResolver({ configFile: configPath }).configFor(seedPath);
    return async (t) => lintText(t, { fileName: seedPath, config }).messages.length;
  }
  if (tool === "textlint") {
    const dir = dirname(configPath);
    const { createLinter, loadTextlintrc } = await import(pathToFileURL(join(dir, "node_modules/textlint/lib/src/index.js")).href);
    const descriptor = await loadTextlintrc({ configFilePath: configPath, node_modulesDir: join(dir, "node_modules") });
    const linter = createLinter({ descriptor });
    return async (t) => (await linter.lintText(t, seedPath)).messages.length;
  }
  throw new Error(USAGE);
}

const t0 = performance.now();
const lint = await load();
const messages = await lint(text);
const firstMs = performance.now() - t0;
const warm = [];
for (let i = 0; i < WARM_UP + WARM_RUNS; i++) {
  // A one-character edit each time, so no tool can answer from a cache of the same text.
  const edited = i % 2 ? text : `${text}\n`;
  const t1 = performance.now();
  await lint(edited);
  if (i >= WARM_UP) warm.push(performance.now() - t1);
}
process.stdout.write(`${JSON.stringify({ tool, firstMs, warmMedianMs: median(warm), messages })}\n`);
