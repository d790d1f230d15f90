/** A config after `extends`, `overrides` and file loading: what one lint run uses. */
import type { DocumentStyle, GlossaryEntry, Severity } from "@planlint/core";
import type { TermDictionary } from "../terms/term-dictionary.js";

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

/** Config-level silencing for plain text: findings inside this text are not reported. */
export interface TextException {
  /** The exact text (an occurrence of it must contain the finding). */
  text: string;
  /** Only this rule's findings; all rules when absent. */
  rule?: string;
  /** Why: kept for reviewers. */
  reason?: string;
  /** Where the exception is written, for the unused-exception report (line and column 1-based). */
  source?: { file: string; index: number; line?: number; column?: number };
}

/**
 * Which files make one plan: "auto" (a folder's files named with an order
 * number), "none", or plans listed by glob (relative to `dir`, the folder of
 * the config that lists them).
 */
export type PlanSetting = "auto" | "none" | { dir: string; plans: string[][] };

export interface ResolvedConfig {
  /** Enabled rules only. */
  rules: Map<string, RuleSetting>;
  /** Entries from the configured glossary files. */
  glossary: GlossaryEntry[];
  /** Configured term dictionaries (prh YAML); built-in ones are added by the rules that use them. */
  terms: TermDictionary[];
  exceptions: TextException[];
  /** The document style the configs set (nearest config, then overrides, win); detected from the document when absent. */
  style?: DocumentStyle;
  /** From the nearest config that sets `plans`; "auto" when none does. */
  plans?: PlanSetting;
  /** The config file that applied, if any. */
  configFile?: string;
}

export function emptyConfig(): ResolvedConfig {
  return { rules: new Map(), glossary: [], terms: [], exceptions: [] };
}
