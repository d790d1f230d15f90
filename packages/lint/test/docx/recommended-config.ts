import type { Severity, SeveritySetting } from "@planlint/core";
import type { ResolvedConfig, RuleSetting } from "../../src/config/resolved-config.js";
import { builtinRules } from "../../src/rules/index.js";

const SEVERITY: Record<Exclude<SeveritySetting, "off">, Severity> = { error: "error", warn: "warning", info: "info" };

/** planlint:recommended with no config file, as the CLI runs in a folder without one. */
export function recommendedConfig(): ResolvedConfig {
  const rules = new Map<string, RuleSetting>();
  for (const [id, rule] of Object.entries(builtinRules)) if (rule.meta.recommended !== "off") rules.set(id, { severity: SEVERITY[rule.meta.recommended], options: {} });
  return { rules, glossary: [], terms: [], exceptions: [] } as unknown as ResolvedConfig;
}
