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
