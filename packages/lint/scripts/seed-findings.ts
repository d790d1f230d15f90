// Prints what one rule (or all) finds on a plan, with line:column and part, for
// reviewing false positives by eye:
//   npx vite-node scripts/seed-findings.ts [rule-id|all] [file]
import { readFileSync } from "node:fs";
import { LineIndex, parsePlan } from "@planlint/core";
import { lintText } from "../src/linter.js";
import { builtinRules } from "../src/rules/index.js";

const [ruleArg = "all", file = new URL("../../../seeds/cybersecurity-2017-draft.txt", import.meta.url).pathname] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const ids = ruleArg === "all" ? Object.keys(builtinRules) : [ruleArg];
const doc = parsePlan(text, { fileName: file });
const index = new LineIndex(text);
const result = lintText(text, {
  fileName: file,
  document: doc,
  config: { rules: new Map(ids.map((id) => [id, { severity: "warning" as const, options: {} }])), glossary: [], terms: [], exceptions: [] },
});
for (const m of result.messages) {
  const p = index.positionAt(m.range.start);
  const part = doc.parts.find((x) => x.range.start <= m.range.start && m.range.start < x.range.end)?.kind ?? "-";
  const found = text.slice(m.range.start, m.range.end).replace(/\s+/g, " ");
  console.log(`${p.line + 1}:${p.character + 1}\t${part}\t${m.ruleId}/${m.messageId}\t「${found.slice(0, 30)}」\t${m.message}${m.fix ? `  [fix → ${m.fix.text}]` : ""}`);
}
console.log(`${result.messages.length} finding(s)`);
