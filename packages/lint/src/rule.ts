/**
 * What a rule is: one file named by its id exporting `meta` and `create(context)`.
 * `create` reads the plan through the context and calls `context.report` with
 * plain data; it never prints, reads files or knows about editors.
 */
import type { DocumentStyle, Glossary, PartKind, PlanDocument, RuleMeta, RuleReport, TextRange } from "@planlint/core";
import type { TermDictionary } from "./terms/term-dictionary.js";

export interface RuleContext<Options = Record<string, unknown>> {
  /** The document text exactly as read (CRLF and all). */
  readonly text: string;
  readonly fileName: string;
  readonly document: PlanDocument;
  /** The document's own glossary merged with the configured glossary files. */
  readonly glossary: Glossary;
  /** Term dictionaries from the config (`terms`) and the built-in ones. */
  readonly terms: readonly TermDictionary[];
  /**
   * What kind of document this is: "official" 公用文 (its spellings are enforced) or
   * "general" (held only to its own consistency). The config's `style`, else the
   * style detected from the document, else "official".
   */
  readonly style: DocumentStyle;
  /** The rule's options, defaults filled in. */
  readonly options: Options;
  report(report: RuleReport): void;
  /** The kind of part an offset lies in. */
  partAt(offset: number): PartKind | undefined;
  /** True when the rule checks the part this range starts in. */
  inScope(range: TextRange): boolean;
  /**
   * True inside the quoted title of another document (「…」 followed by its
   * decision date): its wording is the other document's and must not be changed.
   */
  isQuotation(range: TextRange): boolean;
  /**
   * The plan this file belongs to: its files in order, this one among them. A
   * file linted alone is a plan of one file, so rules need no special case.
   */
  readonly plan: PlanView<Options>;
}

/** One file of a plan, as rules see it. */
export interface PlanMember {
  readonly fileName: string;
  /** The file's text exactly as read. */
  readonly text: string;
  readonly document: PlanDocument;
  /** Position in the plan, 0-based, in the natural order of the file names. */
  readonly index: number;
}

/**
 * A plan of one or more files (chapters kept one per file). Findings stay on
 * their own file; what a rule needs from the other files it reads here.
 */
export interface PlanView<Options = Record<string, unknown>> {
  /** Every file of the plan, in order; `members.length === 1` for a file linted alone. */
  readonly members: readonly PlanMember[];
  /** This file's position in `members`. */
  readonly index: number;
  /**
   * `compute` applied to every member in plan order (this file's too), through a
   * context for that member: same rule options, that member's glossary, reports
   * dropped. Each member's value is computed once per version of the member
   * (cached on its parsed document, per rule, key, options and plan glossary), so
   * a plan-wide aggregate costs one pass over each file, not one per file linted,
   * and an edit in the editor recomputes only the edited file's value.
   */
  perMember<T>(key: string, compute: (member: RuleContext<Options>) => T): readonly T[];
}

export interface Rule<Options = Record<string, unknown>> {
  /** The rule's id, the same as its file name. */
  readonly id: string;
  readonly meta: RuleMeta;
  /** Options used when the config gives none (merged under the user's). */
  readonly defaultOptions?: Options;
  create(context: RuleContext<Options>): void;
}

/** Types a rule's options and keeps `id` next to the object in one place. */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
