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
import { firstLineFrom, type PlanDocument, type TextLine } from "@planlint/core";

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

/**
 * The lines `[first, end)` that make up `[from, to)` exactly, or undefined when
 * `from` or `to` falls inside a line (then the caller reads the text itself).
 * Parts of a parsed document begin and end at line starts, or at the text's end.
 */
export function linesCovering(lines: readonly TextLine[], textLength: number, from: number, to: number): [number, number] | undefined {
  if (to <= from) return [0, 0];
  const first = firstLineFrom(lines, from);
  const end = firstLineFrom(lines, to);
  if (first >= lines.length || lines[first]!.start !== from) return undefined;
  if (end < lines.length ? lines[end]!.start !== to : to !== textLength) return undefined;
  return [first, end];
}

