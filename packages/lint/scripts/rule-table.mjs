// Rewrites the rule table in the repository's README.md from the rules' meta.
//
//   node scripts/rule-table.mjs          rewrite it
//   node scripts/rule-table.mjs --check  fail if it is out of date
import { readFileSync, writeFileSync } from "node:fs";
import { loadSource } from "./load-source.mjs";

const { withRuleTable, builtinRules } = await loadSource("scripts/rule-table.ts");
const readmeUrl = new URL("../../../README.md", import.meta.url);
const readme = readFileSync(readmeUrl, "utf8");
const updated = withRuleTable(readme, builtinRules);
if (process.argv.includes("--check")) {
  if (updated !== readme) {
    console.error("README.md's rule table is out of date: run npm run rule-table -w @planlint/lint");
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync(readmeUrl, updated);
}
