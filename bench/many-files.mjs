// Benchmark: a plan kept in many files (PRODUCT.md / issue 8: a 31-file, ~600 KB
// Markdown plan linted whole ≥ 10× faster than textlint with prh +
// ja-no-orthographic-variants + abbr-within-parentheses on the same files).
//
// The plan is generated here (never committed) from the real text we have: the
// seed and the three corpus documents, laid out as 31 chapter files
// `NN_第N章.md`, each opening with `# 第N章 …` and its text in paragraphs, the
// whole repeated until it is about 600 KB. Then, interleaved run by run after
// warm-ups (read the ratios, not the absolute times):
//   planlint FOLDER (defaults; the folder is one plan)                   vs
//   textlint -c textlintrc.prh-variants-abbr.json FOLDER/*.md             bar ≥ 10×
// and, for what the plan costs: planlint with "plans": "none" (each file alone),
// and in-process lintPlan on the whole plan, warm; after an edit to one file.
//
// BENCH_MANY_RUNS overrides N (default 5; textlint takes seconds a run).
// Writes bench/results/many-files.json (git-ignored).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { generatePlan } from "./plan-fixture.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TEXTLINT_DIR = fileURLToPath(new URL("textlint/", import.meta.url));
const PLANLINT = join(ROOT, "packages/lint/dist/cli.cjs");
const TEXTLINT = join(TEXTLINT_DIR, "node_modules/textlint/bin/textlint.js");
const NODE = process.execPath;
const RUNS = Number(process.env.BENCH_MANY_RUNS) || 5;
const WARMUP = 1;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function run(args, cwd, ok = [0, 1]) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(NODE, args, { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error || !ok.includes(r.status)) throw new Error(`bench: \`${args.join(" ")}\` failed (${r.error?.message ?? `exit ${r.status}`})\n${String(r.stderr).slice(-2000)}`);
  return { ms, stdout: r.stdout.toString("utf8") };
}

function sideBySide(cmds) {
  for (let i = 0; i < WARMUP; i++) for (const c of cmds) run(c.args, c.cwd);
  const times = cmds.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    const order = cmds.map((_, j) => j);
    if (i % 2) order.reverse();
    for (const j of order) times[j].push(run(cmds[j].args, cmds[j].cwd).ms);
  }
  return cmds.map((c, j) => ({ name: c.name, medianMs: median(times[j]), minMs: Math.min(...times[j]), samplesMs: times[j].map((t) => round(t)) }));
}

function ensureTextlint() {
  if (existsSync(TEXTLINT)) return;
  console.log("bench: installing the textlint peer (npm ci in bench/textlint)…");
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const r = spawnSync("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: TEXTLINT_DIR, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error("npm ci in bench/textlint failed");
}

async function main() {
  if (!existsSync(PLANLINT)) throw new Error(`bench: ${PLANLINT} is missing (run \`npm run build\` first)`);
  ensureTextlint();
  const work = mkdtempSync(join(tmpdir(), "planlint-many-"));
  const results = { startedAt: new Date().toISOString(), node: process.version, cpus: cpus().length, loadavgBefore: loadavg().map((x) => round(x)), runs: RUNS };
  try {
    const plan = join(work, "plan");
    const names = generatePlan(plan);
    const bytes = names.reduce((n, f) => n + readFileSync(join(plan, f)).length, 0);
    results.plan = { files: names.length, bytes };
    // Alone: the same files, each linted alone (a config that says so).
    const alone = join(work, "alone");
    mkdirSync(alone);
    for (const f of names) writeFileSync(join(alone, f), readFileSync(join(plan, f)));
    writeFileSync(join(alone, "planlint.config.json"), JSON.stringify({ root: true, extends: "planlint:recommended", plans: "none" }));
    writeFileSync(join(plan, "planlint.config.json"), JSON.stringify({ root: true, extends: "planlint:recommended" }));

    const planlintPlan = { name: "planlint FOLDER (one plan)", args: [PLANLINT, plan], cwd: work };
    const planlintAlone = { name: 'planlint FOLDER ("plans": "none")', args: [PLANLINT, alone], cwd: work };
    const textlint = { name: "textlint prh+variants+abbr FOLDER/*.md", args: [TEXTLINT, "-c", join(TEXTLINT_DIR, "textlintrc.prh-variants-abbr.json"), ...names.map((f) => join(plan, f))], cwd: TEXTLINT_DIR };
    const [p, a, t] = sideBySide([planlintPlan, planlintAlone, textlint]);
    results.cli = [p, a, t];

    // Findings: the plan vs each file alone.
    const count = (dir) => JSON.parse(run([PLANLINT, "--format", "json", dir], work).stdout).reduce((n, f) => n + f.messages.length, 0);
    results.findings = { plan: count(plan), alone: count(alone) };

    // In-process: lintPlan on the whole plan, warm; and after an edit to one file.
    const { lintPlan, builtinRules } = await import(new URL("../packages/lint/dist/index.js", import.meta.url).href);
    const { parsePlan } = await import(new URL("../packages/core/dist/index.js", import.meta.url).href);
    const SEVERITY = { error: "error", warn: "warning", info: "info" };
    const rules = new Map();
    for (const [id, rule] of Object.entries(builtinRules)) if (rule.meta.recommended !== "off") rules.set(id, { severity: SEVERITY[rule.meta.recommended], options: {} });
    const config = { rules, glossary: [], terms: [], exceptions: [] };
    const files = names.map((f) => ({ fileName: join(plan, f), text: readFileSync(join(plan, f), "utf8") }));
    const whole = [];
    for (let i = 0; i < 8; i++) {
      const t0 = performance.now();
      lintPlan(files, { config });
      if (i >= 2) whole.push(performance.now() - t0);
    }
    // The editor's case: one file edited, its plan's other files already parsed.
    const parsed = files.map((f) => ({ ...f, document: parsePlan(f.text, { fileName: f.fileName }) }));
    const edited = 15;
    lintPlan(parsed, { config, only: [edited] });
    const afterEdit = [];
    for (let i = 0; i < 12; i++) {
      const text = parsed[edited].text.replace("施策", i % 2 ? "施策" : "施作");
      const inputs = parsed.map((f, j) => (j === edited ? { fileName: f.fileName, text } : f));
      const t0 = performance.now();
      lintPlan(inputs, { config, only: [edited] });
      afterEdit.push(performance.now() - t0);
    }
    results.inProcess = { wholeMedianMs: median(whole), oneFileAfterEditMedianMs: median(afterEdit) };

    const speedup = t.medianMs / p.medianMs;
    results.speedup = speedup;
    results.loadavgAfter = loadavg().map((x) => round(x));
    mkdirSync(fileURLToPath(new URL("results/", import.meta.url)), { recursive: true });
    writeFileSync(fileURLToPath(new URL("results/many-files.json", import.meta.url)), JSON.stringify(results, null, 2) + "\n");

    console.log(`planlint vs textlint on a plan in many files — ${names.length} Markdown files, ${bytes} bytes; N=${RUNS} interleaved runs after ${WARMUP} warm-up; load ${results.loadavgBefore.join(" ")} → ${results.loadavgAfter.join(" ")}`);
    console.log(`  planlint FOLDER (one plan), median                  ${round(p.medianMs, 1)} ms`);
    console.log(`  planlint FOLDER, each file alone, median            ${round(a.medianMs, 1)} ms`);
    console.log(`  textlint + prh + variants + abbr, median            ${round(t.medianMs, 1)} ms`);
    console.log(`  textlint ÷ planlint (speed-up)                      ${round(speedup)}×  bar ≥ 10×  ${speedup >= 10 ? "PASS" : "MISS"}  (fastest runs: ${round(t.minMs / p.minMs)}×)`);
    console.log(`  findings: as one plan ${results.findings.plan}, each file alone ${results.findings.alone}`);
    console.log(`  in-process lintPlan, whole plan, warm median        ${round(results.inProcess.wholeMedianMs, 1)} ms`);
    console.log(`  in-process, one file re-linted after an edit        ${round(results.inProcess.oneFileAfterEditMedianMs, 1)} ms`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
