/**
 * @planlint/lint — the rule engine, rules, formatters and the `planlint` CLI.
 * The library exports what the CLI prints, for other tools to reuse.
 */
export { outlineJson, formatOutline } from "./commands/outline.js";
export type { OutlineJson, OutlineSource } from "./commands/outline.js";
export { glossaryJson, formatGlossary } from "./commands/glossary.js";
export type { GlossaryJson } from "./commands/glossary.js";
export { withLocations, locationOf, positionOf } from "./locations.js";
export type { Located, LocateOptions, SourceLocation, SourcePosition } from "./locations.js";
export { readPlanFile } from "./read-file.js";
export type { PlanFile } from "./read-file.js";
export { createStyle, plainStyle } from "./style.js";
export type { Style } from "./style.js";
