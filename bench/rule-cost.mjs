// Benchmark: what each rule costs on the seed, warm, in-process (CONTRIBUTING.md:
// "a rule should cost well under 1 ms on the seed once warm").
//   alone     lintText with only the rule − lintText with no rule (the parse):
//             includes what the rule builds that others would share (the joined prose);
//   marginal  all default rules − all default rules but this one: what the rule
//             adds to a real lint.
// Runs are interleaved (ABAB…) after warm-ups so both sides see the same machine
// load; the minimum is the least disturbed run, the median the typical one.
// `node bench/rule-cost.mjs [rule-id…]` (default: every rule); numbers, not a test.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { builtinRules, forgetKeptWork, lintText } from "../packages/lint/dist/index.js";

const text = readFileSync(new URL("../seeds/cybersecurity-2017-draft.txt", import.meta.url), "utf8");
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const defaults = Object.keys(builtinRules).filter((id) => builtinRules[id].meta.recommended !== "off");
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(builtinRules);

const optionsFor = (ids) => ({
  fileName: "seeds/cybersecurity-2017-draft.txt",
  rules: Object.fromEntries(ids.map((id) => [id, builtinRules[id]])),
  config: { rules: new Map(ids.map((id) => [id, { severity: "warning", options: {} }])), glossary: [], terms: [], exceptions: [] },
});

/** Minimum and median of `a` − the same of `b`, timed in turns. */
function difference(a, b) {
  for (let i = 0; i < 50; i++) {
    lintText(text, a);
    lintText(text, b);
  }
  const ta = [];
  const tb = [];
  // Each timed lint starts with the rules' kept per-text work forgotten (memo/text-memo.ts): a rule's cost on a document, not on a re-lint.
  for (let i = 0; i < RUNS; i++) {
    forgetKeptWork();
    let t = performance.now();
    lintText(text, a);
    ta.push(performance.now() - t);
    forgetKeptWork();
    t = performance.now();
    lintText(text, b);
    tb.push(performance.now() - t);
  }
  ta.sort((x, y) => x - y);
  tb.sort((x, y) => x - y);
  const mid = RUNS >> 1;
  return { min: ta[0] - tb[0], median: ta[mid] - tb[mid] };
}

const none = optionsFor([]);
for (const id of wanted) {
  if (!builtinRules[id]) throw new Error(`no rule ${id}`);
  const alone = difference(optionsFor([id]), none);
  const marginal = defaults.includes(id) ? difference(optionsFor(defaults), optionsFor(defaults.filter((r) => r !== id))) : undefined;
  const f = (x) => `${x.min.toFixed(2)} min / ${x.median.toFixed(2)} median ms`;
  console.log(`${id.padEnd(26)} alone ${f(alone)}${marginal ? `; marginal ${f(marginal)}` : ""}`);
}
