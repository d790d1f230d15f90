/**
 * `--rule 'consistent-terms: error'` and `--rule 'consistent-width: ["warn", {"…": …}]'`:
 * a rule setting on the command line, checked like one in a config file.
 */
import { PlanlintError } from "@planlint/core";
import type { Rule } from "../rule.js";
import { didYouMean, literal } from "./wording.js";
import type { RuleEntry } from "./config-types.js";
import type { RuleEntryValue } from "./config-layer.js";
import { ruleEntryValue } from "./load-config.js";
import { describeProblem, findConfigProblems } from "./validate-config.js";

export function parseRuleFlag(flag: string, rules: Readonly<Record<string, Rule<any>>>): [string, RuleEntryValue] {
  const colon = flag.indexOf(":");
  const fail = (why: string) => new PlanlintError("usage", `--rule ${literal(flag)}: ${why}`);
  if (colon < 0) throw fail('write it as "rule-id: severity" or \'rule-id: ["severity", {options}]\'');
  const id = flag.slice(0, colon).trim();
  const setting = flag.slice(colon + 1).trim();
  if (!Object.hasOwn(rules, id)) {
    const ids = Object.keys(rules).sort();
    throw fail(`unknown rule ${literal(id)}${didYouMean(id, ids)}; valid rules: ${ids.join(", ")}`);
  }
  let entry: unknown = setting;
  if (setting.startsWith("[") || setting.startsWith('"')) {
    try {
      entry = JSON.parse(setting);
    } catch (error) {
      throw fail(`invalid JSON: ${(error as Error).message}`);
    }
  }
  const problem = findConfigProblems({ rules: { [id]: entry } }, rules)[0];
  if (problem) throw fail(describeProblem(problem));
  return [id, ruleEntryValue(entry as RuleEntry)];
}
