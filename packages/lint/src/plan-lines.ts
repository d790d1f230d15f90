/**
 * The lines core read a document as, shared with the rules during one lint.
 * Rules that read the text line by line (to glue wrapped lines together) take
 * them from here instead of finding every line break and trimming every line
 * again: in a short CLI run, where nothing gets optimised, that was a good part
 * of each such rule's time.
 *
 * Only a plain text's lines are shared (core strips a Markdown line's syntax from
 * its content), and only while lintText runs; otherwise rules read the text
 * themselves, with the same result.
 */
import type { PlanDocument, TextLine } from "@planlint/core";

const shared = new WeakMap<object, { text: string; lines: readonly TextLine[] }>();

/** For lintText: `lines` are core's lines of `text`, a plain text, from which `document` was parsed. */
export function shareLines(document: PlanDocument, text: string, lines: readonly TextLine[]): void {
  shared.set(document, { text, lines });
}

export function unshareLines(document: PlanDocument): void {
  shared.delete(document);
}

/** The lines of `text` (start, end, trimmed content), when lintText shares them for this document. */
export function sharedLines(text: string, document: object): readonly TextLine[] | undefined {
  const entry = shared.get(document);
  return entry && entry.text === text ? entry.lines : undefined;
}

