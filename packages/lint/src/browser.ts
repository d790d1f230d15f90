/**
 * `@planlint/lint/browser`: what runs without a file system — lint a text or a
 * plan with a config object, fix it, and report as JSON or as the HTML view.
 * No `node:` module is reachable from here (test/browser-entry.test.ts bundles
 * this file for the browser and fails on any); reading files, finding configs
 * and the terminal formatters stay in the main entry and the CLI.
 */
export { lintText, lintPlan } from "./linter.js";
// The language server keeps word-level findings per paragraph across lints (memo/paragraph-memo.ts).
export { keepParagraphWork } from "./memo/paragraph-memo.js";
export { forgetKeptWork } from "./memo/text-memo.js";
export type { LintTextOptions, LintResult, LintPlanOptions, PlanFileInput } from "./linter.js";
export { applyFixes, fixesOf } from "./fix.js";
export type { FixOutcome } from "./fix.js";
export { lintAndFix, MAX_FIX_PASSES } from "./fix-loop.js";
export type { FixLoopResult } from "./fix-loop.js";
export { builtinRules } from "./rules/index.js";
export type { Rule, RuleContext, PlanMember, PlanView } from "./rule.js";
export { emptyConfig } from "./config/resolved-config.js";
export type { ResolvedConfig, RuleSetting, TextException } from "./config/resolved-config.js";
export { recommendedConfig } from "./config/recommended-config.js";
export { withLocations, locationOf, positionOf } from "./locations.js";
export { outlineJson } from "./outline-json.js";
export type { OutlineJson, OutlineSource } from "./outline-json.js";
export { planGlossary } from "./plan/plan-glossary.js";
export type { Located, LocateOptions, SourceLocation, SourcePosition } from "./locations.js";
export { formatJson } from "./formatters/json.js";
export type { JsonFileResult, JsonMessage } from "./formatters/json.js";
export { reportText, spanner } from "./formatters/shared.js";
export type { FormatContext, Formatter, LintedFile, Span } from "./formatters/shared.js";
// The HTML view: `--format html` and the offline page render with it.
export { renderView, ownerMatrix, findingsPerChapter } from "./html/render-view.js";
export type { ViewFile, ViewInput, ViewRule } from "./html/render-view.js";
export { renderPage, inlineScript } from "./html/render-page.js";
export type { PageInput } from "./html/render-page.js";
export { viewRules } from "./html/view-rules.js";
export { VIEW_TEXTS } from "./html/view-texts.js";
export { escapeHtml } from "./html/escape-html.js";
