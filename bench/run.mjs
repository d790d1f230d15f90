// `npm run bench`: every benchmark of the project, one after another.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const dir = new URL(".", import.meta.url);
/** Scripts other benchmarks start with arguments of their own (not benchmarks by themselves), and large-plans.mjs (tens of minutes: run it by hand). */
const HELPERS = new Set(["run.mjs", "prh-in-process.mjs", "plan-fixture.mjs", "large-plans.mjs"]);
const scripts = readdirSync(dir).filter((f) => f.endsWith(".mjs") && !HELPERS.has(f)).sort();
let failed = 0;
for (const s of scripts) {
  const r = spawnSync(process.execPath, [new URL(s, dir).pathname], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
