import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { builtinRules, END, renderRuleTable, START, withRuleTable } from "../scripts/rule-table.js";

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

test("README.md's rule table is generated from the rules' meta (run `npm run rule-table -w @planlint/lint` if this fails)", () => {
  expect(readme).toContain(START);
  expect(withRuleTable(readme, builtinRules)).toBe(readme);
});

test("the table has one row per rule, and the block is replaced in place", () => {
  const table = renderRuleTable(builtinRules);
  expect(table.split("\n")).toHaveLength(Object.keys(builtinRules).length + 2);
  const doc = `# x\n\n${START}\nstale row\n${END}\n\nafter\n`;
  const out = withRuleTable(doc, builtinRules);
  expect(out.startsWith(`# x\n\n${START}\n`)).toBe(true);
  expect(out.endsWith(`${END}\n\nafter\n`)).toBe(true);
  expect(out).not.toContain("stale row");
  expect(withRuleTable("# no markers\n", builtinRules)).toMatch(new RegExp(`^# no markers\\n\\n${START}\\n[\\s\\S]*${END}\\n$`));
});
