// Benchmark: in-process parsePlan (which includes the glossary section) + a
// Glossary over its entries, on the seed, warm. Prints the median and spread.
// Run with `npm run bench` (builds first) — numbers, not a pass/fail test.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { decodeText, Glossary, parsePlan } from "../packages/core/dist/index.js";

const seedPath = new URL("../seeds/cybersecurity-2017-draft.txt", import.meta.url);
const bytes = readFileSync(seedPath);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
}

function runOnce(text) {
  const doc = parsePlan(text);
  const glossary = new Glossary(doc.glossary);
  glossary.lookup("NISC");
  return doc;
}

export function benchCoreParse({ warmup = 30, runs = 200 } = {}) {
  const { text } = decodeText(bytes, "seed");
  for (let i = 0; i < warmup; i++) runOnce(text);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    runOnce(text);
    times.push(performance.now() - t0);
  }
  const decodeTimes = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    decodeText(bytes, "seed");
    decodeTimes.push(performance.now() - t0);
  }
  const big = Array.from({ length: 10 }, () => text).join("\n");
  for (let i = 0; i < 5; i++) runOnce(big);
  const bigTimes = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    runOnce(big);
    bigTimes.push(performance.now() - t0);
  }
  return {
    seedBytes: bytes.length,
    parseAndGlossaryMedianMs: median(times),
    parseAndGlossaryP95Ms: pct(times, 95),
    decodeMedianMs: median(decodeTimes),
    tenTimesSeedMedianMs: median(bigTimes),
    tenTimesRatio: median(bigTimes) / median(times),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchCoreParse();
  console.log("core: parsePlan + Glossary on the seed (warm)");
  console.log(`  seed size                 ${r.seedBytes} bytes`);
  console.log(`  parse + glossary median   ${r.parseAndGlossaryMedianMs.toFixed(2)} ms  (p95 ${r.parseAndGlossaryP95Ms.toFixed(2)} ms; target ≤ 5 ms)`);
  console.log(`  decode median             ${r.decodeMedianMs.toFixed(3)} ms`);
  console.log(`  10× seed median           ${r.tenTimesSeedMedianMs.toFixed(2)} ms  (${r.tenTimesRatio.toFixed(1)}× the seed)`);
}
