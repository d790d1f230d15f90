/**
 * The README's rule table, generated from the rules' metadata (STYLE: generate,
 * don't duplicate). `node scripts/rule-table.mjs` rewrites the block between
 * the markers; test/rule-table.test.ts fails while it is stale.
 */
import type { Rule } from "../src/rule.js";

export { builtinRules } from "../src/rules/index.js";

export const START = "<!-- rules:start -->";
export const END = "<!-- rules:end -->";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

export function renderRuleTable(rules: Readonly<Record<string, Rule<any>>>): string {
  const rows = Object.entries(rules).map(([id, { meta }]) => {
    const fixable = [meta.fixable ? "fix" : "", meta.hasSuggestions ? "suggestions" : ""].filter(Boolean).join(", ");
    return `| [\`${id}\`](${meta.docs}) | ${cell(meta.description)} | ${meta.recommended} | ${fixable} |`;
  });
  return ["| rule | description | recommended | fixable |", "|---|---|---|---|", ...rows].join("\n");
}

/** The README with its rule block replaced (the markers are added at the end when missing). */
export function withRuleTable(readme: string, rules: Readonly<Record<string, Rule<any>>>): string {
  const block = `${START}\n<!-- generated from the rules' meta by packages/lint/scripts/rule-table.mjs: do not edit -->\n${renderRuleTable(rules)}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return `${readme.replace(/\n*$/, "\n\n")}${block}\n`;
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}
