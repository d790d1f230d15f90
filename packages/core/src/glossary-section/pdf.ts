/**
 * PDF-extracted two-column tables: a row starts with a space or with an index
 * letter/kana and a space; a headword too long for its column wraps over several
 * short lines before the definition starts.
 */
import type { Draft, Section } from "./draft.js";
import { displayWidth, isLatinWordEnd, isLatinWordStart, type Line } from "./lines.js";
import { INDEX_MARK, plausibleIndex, SENTENCE_END } from "./shapes.js";

/** A wrapped headword has never needed more lines than this in the plans seen so far. */
const MAX_HEADWORD_LINES = 6;

export function parsePdf(section: Section): void {
  const { lines, skip } = section;
  let draft: Draft | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.cs >= l.ce || skip[i]) continue;
    const c = l.content;
    const idx = INDEX_MARK.exec(c);
    let rowFrom = -1;
    let index: string | undefined;
    if (l.leading && !continuesAcrossPageBreak(section, draft)) {
      rowFrom = l.cs;
      if (idx) {
        index = idx[1]!;
        rowFrom += idx[0].length;
      }
    } else if (!l.leading && idx && plausibleIndex(idx[1]!, c.slice(idx[0].length))) {
      index = idx[1]!;
      rowFrom = l.cs + idx[0].length;
    }
    if (rowFrom >= 0) {
      section.finish(draft);
      draft = { style: "pdf", head: [], headOpen: false, def: [] };
      if (index !== undefined) draft.index = index;
      const split = section.splitRow(i, rowFrom);
      if (split) {
        draft.head.push({ start: rowFrom, end: split.headEnd, trailing: false });
        draft.def.push({ start: split.defStart, end: l.ce, trailing: l.trailing });
      } else {
        draft.head.push({ start: rowFrom, end: l.ce, trailing: l.trailing });
        draft.headOpen = true;
      }
      continue;
    }
    if (!draft) continue;
    if (draft.headOpen && continuesHeadword(section, draft, l)) {
      draft.head.push({ start: l.cs, end: l.ce, trailing: l.trailing });
      continue;
    }
    draft.headOpen = false;
    draft.def.push({ start: l.cs, end: l.ce, trailing: l.trailing });
  }
  section.finish(draft);
}

/**
 * A page break inside a definition can indent its next line like a new row; where
 * the extractor marks paragraph ends with a trailing space, a definition line
 * without one that stops mid-sentence is still going on.
 */
function continuesAcrossPageBreak(section: Section, draft: Draft | undefined): boolean {
  if (!section.trailingMarks || !draft || draft.headOpen) return false;
  const last = draft.def[draft.def.length - 1];
  if (!last || last.trailing) return false;
  return !SENTENCE_END.test(section.text.slice(last.start, last.end));
}

function continuesHeadword(section: Section, draft: Draft, l: Line): boolean {
  const { text } = section;
  const last = draft.head[draft.head.length - 1]!;
  if (draft.head.length >= MAX_HEADWORD_LINES) return false;
  if (l.content.endsWith("。")) return false;
  const width = displayWidth(text, l.cs, l.ce);
  if (section.colWidth > 0 && width > section.colWidth + 1) return false;
  if (section.trailingMarks) {
    // The last line of a wrapped cell keeps its trailing space, except where a
    // Latin word wrapped and the space is the word gap.
    if (!last.trailing) return true;
    return isLatinWordEnd(text.charCodeAt(last.end - 1)) && isLatinWordStart(text.charCodeAt(l.cs));
  }
  // Without those marks, only a full column can wrap.
  return displayWidth(text, last.start, last.end) >= section.colWidth - 1;
}
