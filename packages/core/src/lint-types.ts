/**
 * The contract between the rule engine, rules and the edges (formatters, the
 * language server). Plain data with 0-based `[start, end)` offsets; lines and
 * columns are computed only at the edges.
 */
import type { PartKind, TextRange } from "./types.js";

/** How a finding is shown. "info" is for what a careful editor may want to know but need not act on. */
export type Severity = "error" | "warning" | "info";

/** Severity as written in a config: `off` turns a rule off. */
export type SeveritySetting = "off" | "info" | "warn" | "error";

/** Replace `range` with `text`. A fix never touches text outside its range. */
export interface Fix {
  range: TextRange;
  text: string;
}

export interface RelatedLocation {
  range: TextRange;
  message: string;
  /**
   * The file the range is in, when it is not the finding's own: in a plan of
   * several files, the other chapter that defines or repeats something.
   */
  file?: string;
}

/** Values put into a message's `{{placeholders}}`. */
export type MessageData = Readonly<Record<string, string | number>>;

/** What a rule reports. The engine turns it into a {@link LintMessage}. */
export interface RuleReport {
  range: TextRange;
  messageId: string;
  data?: MessageData;
  /** A safe fix: one that cannot change the meaning. Applied by `--fix`. */
  fix?: Fix;
  /** Candidates to choose from; offered in the editor only. */
  suggestions?: RuleSuggestion[];
  related?: RelatedLocation[];
  /** Lowers (never raises) the configured severity, e.g. to "info" for a quotation. */
  severity?: Severity;
}

export interface RuleSuggestion {
  messageId: string;
  data?: MessageData;
  fix: Fix;
}

/** A finding as the engine hands it to formatters and the language server. */
export interface LintMessage {
  ruleId: string;
  severity: Severity;
  messageId: string;
  message: string;
  range: TextRange;
  fix?: Fix;
  suggestions?: { message: string; fix: Fix }[];
  related?: RelatedLocation[];
}

/** A validator compiled by ajv: true when `options` conform; otherwise its `errors` say why. */
export interface OptionsValidator {
  (options: unknown): boolean;
  errors?: readonly { instancePath: string; schemaPath: string; keyword: string; params: Record<string, unknown> }[] | null;
}

export interface RuleMeta {
  /** One line: what the rule finds. */
  description: string;
  /** Severity in `planlint:recommended`; "off" keeps the rule out of it. */
  recommended: SeveritySetting;
  /** True when the rule can give safe fixes. */
  fixable: boolean;
  /** True when the rule offers suggestions. */
  hasSuggestions: boolean;
  /** Message templates by id, with `{{placeholders}}`. */
  messages: Readonly<Record<string, string>>;
  /** Where the rule's documentation lives, relative to the repository (docs/rules/<id>.md). */
  docs: string;
  /** JSON Schema of the rule's options object; no options when absent. */
  optionsSchema?: Readonly<Record<string, unknown>>;
  /**
   * `optionsSchema` compiled by ajv (`allErrors: true`; standalone code or
   * `ajv.compile`), for a rule outside @planlint/lint's built-in set: the built-in
   * rules' validators are compiled when lint is built, and planlint compiles no
   * schema at run time. Without it, such a rule's options are checked only to be
   * a mapping.
   */
  optionsValidator?: OptionsValidator;
  /** Parts of the plan the rule checks; the engine drops findings elsewhere. */
  scopes?: readonly PartKind[];
}

/** The parts every rule checks unless it says otherwise: public comments are other people's words. */
export const DEFAULT_SCOPES: readonly PartKind[] = ["overview", "body", "glossary"];
