/**
 * `planlint:recommended` as a ready config object, for callers with no config
 * files to read (the offline page, other tools linting in-process): the same
 * rules at the same severities as the CLI applies when it finds no config.
 */
import type { Rule } from "../rule.js";
import { builtinRules } from "../rules/index.js";
import type { ResolvedConfig, RuleSetting } from "./resolved-config.js";

export function recommendedConfig(rules: Readonly<Record<string, Rule<any>>> = builtinRules): ResolvedConfig {
  const settings = new Map<string, RuleSetting>();
  for (const [id, rule] of Object.entries(rules)) {
    const severity = rule.meta.recommended;
    if (severity === "off") continue;
    settings.set(id, { severity: severity === "warn" ? "warning" : severity, options: {} });
  }
  return { rules: settings, glossary: [], terms: [], exceptions: [] };
}
