/**
 * The config file's content as TypeScript types, for the loader and for users of
 * @planlint/lint. Written out rather than derived from the TypeBox schema
 * (config-schema.ts) so that TypeBox stays a build tool and never appears in the
 * published types; config-types.test.ts fails the typecheck if the two drift.
 */

export type SeveritySettingValue = "off" | "info" | "warn" | "error";

/** `"warn"`, `["warn"]` or `["warn", { …options }]`. */
export type RuleEntry = SeveritySettingValue | [SeveritySettingValue] | [SeveritySettingValue, { [option: string]: unknown }];

/** Rules by id. */
export type RulesConfig = { [id: string]: RuleEntry };

/** Settings for the files matching `files`; later overrides win. */
export interface OverrideConfig {
  files: string | string[];
  style?: "official" | "general";
  rules?: RulesConfig;
  glossary?: string[];
  terms?: string[];
}

/** One plan kept in several files (one per chapter), linted as one. */
export interface PlanEntryConfig {
  files: string | string[];
}

/** Which files make one plan. */
export type PlansConfig = "auto" | "none" | PlanEntryConfig[];

/** Plain-text silencing: findings inside any occurrence of `text` are not reported. */
export interface TextExceptionConfig {
  text: string;
  rule?: string;
  reason?: string;
}

/** A config file's content as written (after validation). */
export interface PlanlintConfig {
  $schema?: string;
  root?: boolean;
  extends?: string | string[];
  style?: "official" | "general";
  rules?: RulesConfig;
  glossary?: string[];
  terms?: string[];
  ignore?: string[];
  plans?: PlansConfig;
  overrides?: OverrideConfig[];
  exceptions?: TextExceptionConfig[];
}
