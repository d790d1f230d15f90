// Benchmark: the PRODUCT.md bars that compare planlint with something else.
//   (a) CLI on the seed (default rules) vs a bare `node -e 0`          bar ≤ 2×
//   (b) CLI with only consistent-terms on the recipe's prh.yml vs
//       textlint + prh on the same dictionary                          bar ≥ 10× faster
//       — and both must report the same places in overview/body/glossary;
//       also textlint ÷ node -e 0 (the ceiling of any Node CLI), and the
//       same workload in-process through both libraries (prh-in-process.mjs)
//   (c) CLI defaults vs textlint + prh + ja-no-orthographic-variants +
//       abbr-within-parentheses (the configuration that covers the same
//       kinds of checks: like with like)                                bar ≥ 10× faster
//   (c10) the same two over ten files of the seed's size in one run     bar ≥ 10× faster
//   (d) in-process parse + all default rules, warm                     bar ≤ 15 ms;
//       10× the seed                                                   bar ≤ 12× the seed
//   (e) CLI peak RSS on the seed                                       bar ≤ 120 MB
// plus the numbers of core-parse.mjs. The peer is pinned in bench/textlint (its
// own package.json and lock, not a workspace) and installed here with `npm ci`
// when missing. Commands of a comparison are interleaved run by run (ABBA…) after
// warm-ups, so both sides see the same machine load: read the ratios, not the
// absolute times. A missed bar prints MISS (this is a benchmark, not a test);
// a command that fails to run makes the process exit non-zero.
//
// Writes bench/results/latest.json (git-ignored). BENCH_RUNS overrides N (default 15).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { benchCoreParse } from "./core-parse.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TEXTLINT_DIR = fileURLToPath(new URL("textlint/", import.meta.url));
const RESULTS = fileURLToPath(new URL("results/latest.json", import.meta.url));
const SEED = join(ROOT, "seeds/cybersecurity-2017-draft.txt");
const PLANLINT = join(ROOT, "packages/lint/dist/cli.cjs");
const TEXTLINT = join(TEXTLINT_DIR, "node_modules/textlint/bin/textlint.js");
const PRH = join(TEXTLINT_DIR, "prh.yml");
const NODE = process.execPath;

const RUNS = Number(process.env.BENCH_RUNS) || 15;
const WARMUP = 2;
const RSS_RUNS = 5;
const IN_PROCESS_RUNS = 6;

// ---------------------------------------------------------------- helpers

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** The peer, installed from its lock when missing or not at the pinned versions. */
function ensureTextlint() {
  const pinned = JSON.parse(readFileSync(join(TEXTLINT_DIR, "package.json"), "utf8")).dependencies;
  const installed = (name) => {
    try {
      return JSON.parse(readFileSync(join(TEXTLINT_DIR, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      return undefined;
    }
  };
  if (Object.entries(pinned).every(([name, version]) => installed(name) === version)) return;
  console.log("bench: installing the textlint peer (npm ci in bench/textlint)…");
  // `npm run bench` exports npm_config_local_prefix=<repo root> and friends; left in
  // place they would make this npm ci install the workspaces instead.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const r = spawnSync("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: TEXTLINT_DIR, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`npm ci in bench/textlint failed (${r.error?.message ?? `exit ${r.status}`})`);
}

/**
 * A command to time: argv for node, working folder, and the exit codes that mean
 * "ran" (linters exit 1 when they find errors; anything else is a failure).
 */
const command = (name, args, { cwd = ROOT, ok = [0] } = {}) => ({ name, args, cwd, ok });

function run(cmd, extraArgs = []) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(NODE, [...extraArgs, ...cmd.args], { cwd: cmd.cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error || !cmd.ok.includes(r.status)) {
    const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
    throw new Error(`bench: \`${cmd.name}\` failed to run (${why})\n${String(r.stderr ?? "").slice(-2000)}`);
  }
  return { ms, stdout: r.stdout.toString("utf8") };
}

/** Interleaved timing of several commands: warm-ups, then RUNS rounds, order reversed every other round. */
function timeSideBySide(cmds) {
  for (let i = 0; i < WARMUP; i++) for (const c of cmds) run(c);
  const times = cmds.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    const order = cmds.map((_, j) => j);
    if (i % 2) order.reverse();
    for (const j of order) times[j].push(run(cmds[j]).ms);
  }
  return cmds.map((c, j) => ({ name: c.name, medianMs: median(times[j]), minMs: Math.min(...times[j]), maxMs: Math.max(...times[j]), samplesMs: times[j].map((t) => round(t)) }));
}

/** Peak RSS of a node command, read by a preload from process.resourceUsage() at exit (kB → MB). */
function peakRssMb(cmd, preload, runs) {
  const out = join(preload.dir, "maxrss.txt");
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    rmSync(out, { force: true });
    process.env.PLANLINT_BENCH_MAXRSS = out;
    run(cmd, ["--require", preload.file]);
    peak = Math.max(peak, Number(readFileSync(out, "utf8")) / 1024);
  }
  delete process.env.PLANLINT_BENCH_MAXRSS;
  return peak;
}

/** Which part (overview, body, …) a 1-based line:column lies in, from `planlint outline --json`. */
function partFinder(outline) {
  const before = (a, b) => a.line < b.line || (a.line === b.line && a.column < b.column);
  return (pos) => outline.parts.find((p) => !before(pos, p.loc.start) && before(pos, p.loc.end))?.kind ?? "none";
}

// ---------------------------------------------------------------- the runs

const results = { startedAt: new Date().toISOString(), node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadavgBefore: loadavg().map((x) => round(x)), runs: RUNS, warmup: WARMUP };
const rows = [];
/** One line of the table; `pass` undefined means no bar. */
const row = (id, label, value, unit, bar, pass, note) => rows.push({ id, label, value: round(value, unit === "ms" ? 1 : 2), unit, bar, pass, note });
/** The same ratio of the fastest runs: less sensitive to other work on the machine. */
const ofMins = (num, den) => `fastest runs: ${round(num.minMs / den.minMs, 2)}×`;

/** The parts rules lint by default (public comments are other people's words). */
const linted = new Set(["overview", "body", "glossary"]);

const work = mkdtempSync(join(tmpdir(), "planlint-bench-"));
try {
  ensureTextlint();
  for (const f of [PLANLINT, SEED]) if (!existsSync(f)) throw new Error(`bench: ${f} is missing (run \`npm run build\` first)`);
  const seedBytes = readFileSync(SEED).length;
  results.seedBytes = seedBytes;

  const prhConfig = join(work, "planlint.config.json");
  writeFileSync(prhConfig, JSON.stringify({ root: true, rules: { "consistent-terms": ["warn", { builtin: [] }] }, terms: [PRH] }, null, 2));
  const preload = { dir: work, file: join(work, "maxrss.cjs") };
  writeFileSync(preload.file, 'process.on("exit", () => require("node:fs").writeFileSync(process.env.PLANLINT_BENCH_MAXRSS, String(process.resourceUsage().maxRSS)));\n');

  const nodeBare = command("node -e 0", ["-e", "0"]);
  const planlintDefaults = command("planlint SEED", [PLANLINT, SEED], { ok: [0, 1] });
  const planlintPrh = command("planlint -c prh-only.json SEED", [PLANLINT, "-c", prhConfig, SEED], { ok: [0, 1] });
  const textlintPrh = command("textlint -c textlintrc.prh-only.json SEED", [TEXTLINT, "-c", "textlintrc.prh-only.json", SEED], { cwd: TEXTLINT_DIR, ok: [0, 1] });
  const textlintAll = command("textlint -c textlintrc.prh-variants-abbr.json SEED", [TEXTLINT, "-c", "textlintrc.prh-variants-abbr.json", SEED], { cwd: TEXTLINT_DIR, ok: [0, 1] });

  // (a) start-up floor
  const [a0, a1] = timeSideBySide([nodeBare, planlintDefaults]);
  results.a = [a0, a1];
  row("a.node", "(a) node -e 0, median wall", a0.medianMs, "ms");
  row("a.planlint", "    planlint SEED (defaults), median wall", a1.medianMs, "ms");
  row("a.ratio", "    planlint ÷ node -e 0", a1.medianMs / a0.medianMs, "×", "≤ 2×", a1.medianMs / a0.medianMs <= 2, ofMins(a1, a0));

  // (b) like for like: one prh dictionary. `node -e 0` runs in the same rounds:
  // no Node CLI can be more than textlint ÷ node -e 0 faster than textlint.
  const [b0, b1, bNode] = timeSideBySide([planlintPrh, textlintPrh, nodeBare]);
  results.b = [b0, b1, bNode];
  row("b.planlint", "(b) planlint consistent-terms + prh.yml, median", b0.medianMs, "ms");
  row("b.textlint", "    textlint + prh, median", b1.medianMs, "ms");
  row("b.speedup", "    textlint ÷ planlint (speed-up)", b1.medianMs / b0.medianMs, "×", "≥ 10×", b1.medianMs / b0.medianMs >= 10, ofMins(b1, b0));
  row("b.ceiling", "    textlint ÷ node -e 0 (the most any Node CLI can reach)", b1.medianMs / bNode.medianMs, "×", undefined, undefined, ofMins(b1, bNode));

  // (b) the same workload inside one process, through each tool's library API
  // (prh-in-process.mjs, a fresh process per run, sides alternating)
  const inProcess = { planlint: [], textlint: [] };
  const inProcessArgs = { planlint: [prhConfig, SEED], textlint: [join(TEXTLINT_DIR, "textlintrc.prh-only.json"), SEED] };
  for (let i = 0; i < IN_PROCESS_RUNS; i++) {
    for (const tool of i % 2 ? ["textlint", "planlint"] : ["planlint", "textlint"]) {
      const out = run(command(`prh-in-process ${tool}`, [join(ROOT, "bench/prh-in-process.mjs"), tool, ...inProcessArgs[tool]])).stdout;
      inProcess[tool].push(JSON.parse(out));
    }
  }
  const ip = (tool, key) => median(inProcess[tool].map((r) => r[key]));
  results.bInProcess = inProcess;
  row("b.firstPlanlint", "    in-process: load + first lint, planlint (median)", ip("planlint", "firstMs"), "ms");
  row("b.firstTextlint", "    in-process: load + first lint, textlint (median)", ip("textlint", "firstMs"), "ms");
  row("b.firstRatio", "    in-process first lint: textlint ÷ planlint", ip("textlint", "firstMs") / ip("planlint", "firstMs"), "×");
  row("b.warmPlanlint", "    in-process: warm lint, planlint (median)", ip("planlint", "warmMedianMs"), "ms");
  row("b.warmTextlint", "    in-process: warm lint, textlint (median)", ip("textlint", "warmMedianMs"), "ms");
  row("b.warmRatio", "    in-process warm lint: textlint ÷ planlint", ip("textlint", "warmMedianMs") / ip("planlint", "warmMedianMs"), "×");

  // (b) same findings where planlint lints (overview, body, glossary)
  const outline = JSON.parse(run(command("planlint outline --json SEED", [PLANLINT, "outline", "--json", SEED])).stdout);
  const partOf = partFinder(outline);
  const seedLines = readFileSync(SEED, "utf8").split(/\r\n|\r|\n/);
  const snippet = (line, column) => seedLines[line - 1]?.slice(column - 1, column + 7) ?? "";
  const planlintJson = JSON.parse(run(command("planlint --format json", [PLANLINT, "-c", prhConfig, "--format", "json", SEED], { ok: [0, 1] })).stdout);
  const textlintJson = JSON.parse(run(command("textlint --format json", [TEXTLINT, "-c", "textlintrc.prh-only.json", "--format", "json", SEED], { cwd: TEXTLINT_DIR, ok: [0, 1] })).stdout);
  const places = (messages) => messages.map((m) => ({ at: `${m.line}:${m.column}`, part: partOf({ line: m.line, column: m.column }), text: snippet(m.line, m.column), message: m.message.split("\n")[0] }));
  const pl = places(planlintJson.flatMap((f) => f.messages));
  const tl = places(textlintJson.flatMap((f) => f.messages));
  const tlIn = tl.filter((p) => linted.has(p.part));
  const onlyPlanlint = pl.filter((p) => !tlIn.some((q) => q.at === p.at));
  const onlyTextlint = tlIn.filter((p) => !pl.some((q) => q.at === p.at));
  const outside = tl.filter((p) => !linted.has(p.part));
  results.bFindings = { planlint: pl, textlintInScope: tlIn, textlintOutsideScope: outside, onlyPlanlint, onlyTextlint };
  row("b.same", `    same places in overview/body/glossary (${pl.length} planlint, ${tlIn.length} textlint)`, onlyPlanlint.length + onlyTextlint.length, "differences", "0", onlyPlanlint.length + onlyTextlint.length === 0);

  // (c) defaults vs the fuller peer
  const [c0, c1] = timeSideBySide([planlintDefaults, textlintAll]);
  results.c = [c0, c1];
  row("c.planlint", "(c) planlint SEED (defaults), median", c0.medianMs, "ms");
  row("c.textlint", "    textlint + prh + variants + abbr, median", c1.medianMs, "ms");
  row("c.speedup", "    textlint ÷ planlint (speed-up)", c1.medianMs / c0.medianMs, "×", "≥ 10×", c1.medianMs / c0.medianMs >= 10, ofMins(c1, c0));

  // (c10) ten files of the seed's size in one folder (named without order numbers:
  // ten separate documents, not one plan), both CLIs over the folder — what a CI job
  // linting a folder of drafts pays. One Node start-up is shared by ten files.
  const tenDir = join(work, "ten-drafts");
  mkdirSync(tenDir, { recursive: true });
  const seedFileBytes = readFileSync(SEED);
  const tenFiles = Array.from({ length: 10 }, (_, i) => join(tenDir, `draft-${"abcdefghij"[i]}.txt`));
  // Each copy differs (a line of its own at the end): no cache keyed by the text may serve the next.
  tenFiles.forEach((f, i) => writeFileSync(f, Buffer.concat([seedFileBytes, Buffer.from(`\n写し${i + 1}\n`, "utf8")])));
  const planlintTen = command("planlint 10 seed-size files", [PLANLINT, ...tenFiles], { ok: [0, 1] });
  const textlintTen = command("textlint -c textlintrc.prh-variants-abbr.json 10 files", [TEXTLINT, "-c", "textlintrc.prh-variants-abbr.json", ...tenFiles], { cwd: TEXTLINT_DIR, ok: [0, 1] });
  const [t0, t1] = timeSideBySide([planlintTen, textlintTen]);
  results.c10 = [t0, t1];
  row("c10.planlint", "(c10) planlint, 10 seed-size files (defaults), median", t0.medianMs, "ms");
  row("c10.textlint", "    textlint + prh + variants + abbr, 10 files, median", t1.medianMs, "ms");
  row("c10.speedup", "    textlint ÷ planlint (speed-up)", t1.medianMs / t0.medianMs, "×", "≥ 10×", t1.medianMs / t0.medianMs >= 10, ofMins(t1, t0));

  // (d) in-process: parse + all default rules, warm; and 10× the seed
  const { lintText, builtinRules, forgetKeptWork } = await import(new URL("../packages/lint/dist/index.js", import.meta.url).href);
  const { decodeText, parsePlan } = await import(new URL("../packages/core/dist/index.js", import.meta.url).href);
  const SEVERITY = { error: "error", warn: "warning", info: "info" };
  const recommended = new Map();
  for (const [id, rule] of Object.entries(builtinRules)) if (rule.meta.recommended !== "off") recommended.set(id, { severity: SEVERITY[rule.meta.recommended], options: {} });
  const config = { rules: recommended, glossary: [], terms: [], exceptions: [] };
  const { text } = decodeText(readFileSync(SEED), SEED);
  const lintOnce = (t) => lintText(t, { fileName: "seeds/cybersecurity-2017-draft.txt", config }).messages.length;
  // Rules keep some per-text work across lints (memo/text-memo.ts: what makes the
  // server's re-lint after an edit cheaper). The bar is the cost of linting a
  // document, so by default each timed lint starts with that work forgotten;
  // `kept` times the re-lint of the same text with it kept, as the server sees it.
  const timeIt = (t, warm, n, kept = false) => {
    for (let i = 0; i < warm; i++) lintOnce(t);
    const ts = [];
    for (let i = 0; i < n; i++) {
      if (!kept) forgetKeptWork();
      const t0 = performance.now();
      lintOnce(t);
      ts.push(performance.now() - t0);
    }
    return ts;
  };
  // "10× the seed": every part the rules lint (overview, body, glossary) repeated
  // 10× in place. The seed simply concatenated 10× is timed too, but there the
  // nine copies after the first public-comment tables parse as one "other" part,
  // which no rule lints: that measures 10× parsing and 1× linting.
  const parts = parsePlan(text).parts;
  const tenfold = (t) => Array.from({ length: 10 }, () => t).join("");
  let big = "";
  let at = 0;
  for (const p of parts) {
    big += text.slice(at, p.range.start) + (linted.has(p.kind) ? tenfold(text.slice(p.range.start, p.range.end)) : text.slice(p.range.start, p.range.end));
    at = p.range.end;
  }
  big += text.slice(at);
  const lintedChars = (t) => parsePlan(t).parts.filter((p) => linted.has(p.kind)).reduce((n, p) => n + p.range.end - p.range.start, 0);
  const growth = lintedChars(big) / lintedChars(text);
  const concat = Array.from({ length: 10 }, () => text).join("\n");
  const d1 = timeIt(text, 30, 150);
  const dKept = timeIt(text, 5, 150, true);
  const d10 = timeIt(big, 3, 15);
  const dCat = timeIt(concat, 3, 15);
  results.d = {
    seedMedianMs: median(d1),
    seedMinMs: Math.min(...d1),
    seedKeptMedianMs: median(dKept),
    seedMessages: lintOnce(text),
    tenfoldMedianMs: median(d10),
    tenfoldLintedGrowth: growth,
    tenfoldChars: big.length,
    tenfoldMessages: lintOnce(big),
    concatMedianMs: median(dCat),
    concatLintedGrowth: lintedChars(concat) / lintedChars(text),
    concatMessages: lintOnce(concat),
    runs: [d1.length, d10.length, dCat.length],
  };
  row("d.seed", `(d) in-process parse + ${recommended.size} default rules, seed, warm median`, median(d1), "ms", "≤ 15 ms", median(d1) <= 15);
  row("d.kept", "    the same, work kept across lints (the server's re-lint)", median(dKept), "ms");
  row("d.ten", `    linted parts 10× (${round(growth, 1)}× linted text), median`, median(d10), "ms");
  row("d.ratio", "    10× ÷ seed", median(d10) / median(d1), "×", "≤ 12×", median(d10) / median(d1) <= 12);
  row("d.concat", `    seed concatenated 10× (only ${round(results.d.concatLintedGrowth, 1)}× linted) ÷ seed`, median(dCat) / median(d1), "×");

  // core-parse.mjs, folded in (its own target; not a PRODUCT.md bar)
  const core = benchCoreParse();
  results.core = core;
  row("core.parse", "    core parsePlan + Glossary only, seed, warm median", core.parseAndGlossaryMedianMs, "ms", "≤ 5 ms*", core.parseAndGlossaryMedianMs <= 5);
  row("core.ratio", "    core parse, 10× seed ÷ seed", core.tenTimesRatio, "×");

  // (e) memory
  const rssPlanlint = peakRssMb(planlintDefaults, preload, RSS_RUNS);
  const rssTextlintPrh = peakRssMb(textlintPrh, preload, 2);
  const rssTextlintAll = peakRssMb(textlintAll, preload, 2);
  results.e = { planlintPeakRssMb: rssPlanlint, textlintPrhPeakRssMb: rssTextlintPrh, textlintAllPeakRssMb: rssTextlintAll };
  row("e.planlint", `(e) planlint SEED peak RSS (max of ${RSS_RUNS})`, rssPlanlint, "MB", "≤ 120 MB", rssPlanlint <= 120);
  row("e.textlintPrh", "    textlint + prh peak RSS", rssTextlintPrh, "MB");
  row("e.textlintAll", "    textlint + prh + variants + abbr peak RSS", rssTextlintAll, "MB");
} finally {
  rmSync(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------- report

results.loadavgAfter = loadavg().map((x) => round(x));
results.rows = rows;
mkdirSync(fileURLToPath(new URL("results/", import.meta.url)), { recursive: true });
writeFileSync(RESULTS, JSON.stringify(results, null, 2) + "\n");

const fmt = (r) => `${r.value}${r.unit === "×" ? "×" : ` ${r.unit}`}`;
const w = Math.max(...rows.map((r) => r.label.length));
console.log(`planlint vs node and textlint — seed ${results.seedBytes} bytes; N=${RUNS} interleaved runs after ${WARMUP} warm-ups; ${results.cpus} cpus; node ${results.node}; load ${results.loadavgBefore.join(" ")} → ${results.loadavgAfter.join(" ")}`);
for (const r of rows) {
  const status = r.pass === undefined ? "" : r.pass ? "PASS" : "MISS";
  console.log(`  ${r.label.padEnd(w)}  ${fmt(r).padStart(12)}  ${(r.bar ?? "").padEnd(9)} ${status.padEnd(4)}${r.note ? `  (${r.note})` : ""}`.trimEnd());
}
console.log("  * core-parse.mjs's own target, not a PRODUCT.md bar");
const bf = results.bFindings;
for (const p of bf.onlyPlanlint) console.log(`  (b) only planlint: ${p.at} ${p.part} 「${p.text}」 ${p.message}`);
for (const p of bf.onlyTextlint) console.log(`  (b) only textlint: ${p.at} ${p.part} 「${p.text}」 ${p.message}`);
if (bf.textlintOutsideScope.length) {
  console.log(`  (b) textlint also reports ${bf.textlintOutsideScope.length} outside planlint's scopes (by design): ${bf.textlintOutsideScope.map((p) => `${p.at} ${p.part}`).join(", ")}`);
}
console.log(`  → ${fileURLToPath(new URL("results/latest.json", import.meta.url)).slice(ROOT.length)}`);
