/**
 * @planlint/lint — the rule engine, rules, formatters and the `planlint` CLI.
 * The library exports what the CLI prints, for other tools to reuse.
 */
export { formatOutline } from "./commands/outline.js";
export { outlineJson } from "./outline-json.js";
export type { OutlineJson, OutlineSource } from "./outline-json.js";
export { glossaryJson, formatGlossary } from "./commands/glossary.js";
export type { GlossaryJson } from "./commands/glossary.js";
export { withLocations, locationOf, positionOf } from "./locations.js";
export type { Located, LocateOptions, SourceLocation, SourcePosition } from "./locations.js";
export { readPlanFile } from "./read-file.js";
export type { PlanFile } from "./read-file.js";
export { createStyle, plainStyle } from "./style.js";
export type { Style } from "./style.js";
// The engine, for the language server and other tools that lint in-process.
export { lintText, lintPlan } from "./linter.js";
export type { LintTextOptions, LintResult, LintPlanOptions, PlanFileInput } from "./linter.js";
// What rules keep across lints (by text, bounded), emptied: memory back, or a lint timed from scratch.
export { forgetKeptWork } from "./memo/text-memo.js";
// Findings kept per paragraph across lints: off unless turned on (the language server does).
export { keepParagraphWork } from "./memo/paragraph-memo.js";
// Plans kept in several files: which files make one plan, in what order.
export { compareNatural, hasOrderPrefix, orderPlanFiles } from "./plan/plan-files.js";
export { groupIntoPlans, planOfFile } from "./plan/find-plans.js";
export { planGlossary } from "./plan/plan-glossary.js";
export { applyFixes, fixesOf } from "./fix.js";
export type { FixOutcome } from "./fix.js";
export { builtinRules } from "./rules/index.js";
export type { Rule, RuleContext, PlanMember, PlanView } from "./rule.js";
export { emptyConfig } from "./config/resolved-config.js";
export type { PlanSetting, ResolvedConfig, RuleSetting, TextException } from "./config/resolved-config.js";
export { ConfigResolver } from "./config/resolve-config.js";
export type { ConfigResolverOptions } from "./config/resolve-config.js";
// Config: found from a file's folder upward, merged, validated (the schema ships as
// @planlint/lint/planlint.config.schema.json).
export { CONFIG_FILE_NAMES } from "./config/find-config.js";
export { RECOMMENDED } from "./config/recommended.js";
export type { PlanlintConfig } from "./config/config-types.js";
// Fixing files and printing reports, as the CLI does.
export { lintAndFix, writeTextFile, MAX_FIX_PASSES } from "./fix-file.js";
export type { FixLoopResult } from "./fix-file.js";
export { FORMATTER_NAMES, loadFormatter } from "./formatters/index.js";
export type { FormatContext, Formatter, FormatterName, LintedFile } from "./formatters/index.js";
export type { JsonFileResult, JsonMessage } from "./formatters/json.js";
