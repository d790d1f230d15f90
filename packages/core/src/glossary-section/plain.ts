/** Plain lines or paragraphs such as `CSIRT Computer Security …の略。…`, one entry per paragraph or sentence-ending line. */
import { startInline, type Draft, type Section } from "./draft.js";
import { SENTENCE_END } from "./shapes.js";

export function parsePlain(section: Section): void {
  const { lines, skip, text } = section;
  let draft: Draft | undefined;
  let blankBefore = false;
  let hasBlankSeparators = false;
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (skip[i]) continue;
    if (l.cs >= l.ce) {
      if (seenContent) hasBlankSeparators = true;
      continue;
    }
    seenContent = true;
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (skip[i]) continue;
    if (l.cs >= l.ce) {
      blankBefore = true;
      continue;
    }
    const last = draft ? (draft.def[draft.def.length - 1] ?? draft.head[draft.head.length - 1]) : undefined;
    const startsEntry =
      !draft ||
      blankBefore ||
      (!hasBlankSeparators && last !== undefined && SENTENCE_END.test(text.slice(last.start, last.end)));
    blankBefore = false;
    if (startsEntry) {
      section.finish(draft);
      draft = startInline(section.text, "plain", l, l.cs);
    } else if (draft) {
      draft.def.push({ start: l.cs, end: l.ce, trailing: l.trailing });
    }
  }
  section.finish(draft);
}
