/**
 * An entry being read, and what every layout's reader gets from the section
 * parser (glossary-section.ts): its lines and the entry builder.
 */
import { isSpaceCode, type Line, type Span } from "./lines.js";
import { stripMarkup } from "./markup.js";
import { splitHeadword, TOHA, type Split } from "./shapes.js";

type Style = "pdf" | "plain" | "list" | "heading" | "table";

export interface Draft {
  style: Style;
  index?: string;
  head: Span[];
  /** PDF: the headword may still continue on the next line. */
  headOpen: boolean;
  def: Span[];
  /** Explicit reading / expansion from a Markdown table column. */
  reading?: string;
  expansion?: string;
}

/** The section parser as a layout's reader sees it. */
export interface Section {
  readonly text: string;
  readonly lines: readonly Line[];
  /** 1 where a line is the section heading, a repeated table header or a page number. */
  readonly skip: Uint8Array;
  /** The extractor marks a cell's paragraph end with a trailing space (see detectLayout). */
  readonly trailingMarks: boolean;
  /** The headword column's width in a PDF table; 0 when unknown. */
  readonly colWidth: number;
  /** splitHeadword of line `i` read as a row from `from`, computed once. */
  splitRow(i: number, from: number): Split | null;
  /** Turns a finished draft into an entry (or drops it). */
  finish(draft: Draft | undefined): void;
}

/** An entry written on one line: `**CSIRT**: …`, `CSIRT：…`, `CSIRT …`, `CSIRTとは、…`. */
export function startInline(text: string, style: Style, l: Line, from: number): Draft {
  const draft: Draft = { style, head: [], headOpen: false, def: [] };
  const rest = text.slice(from, l.ce);
  const push = (hs: number, he: number, ds: number): void => {
    draft.head.push(stripMarkup(text, hs, he));
    let d = ds;
    while (d < l.ce && isSpaceCode(text.charCodeAt(d))) d++;
    if (d < l.ce) draft.def.push({ start: d, end: l.ce, trailing: l.trailing });
  };
  const strong = /^(\*\*|__|`)(.+?)\1[ \t\u3000]*(?:[:：]|[-–—][ \t]|とは[、，]?)?/.exec(rest);
  if (strong) {
    const hs = from + strong[1]!.length;
    push(hs, hs + strong[2]!.length, from + strong[0].length);
    return draft;
  }
  const colon = /^([^:：。、]{1,60}?)[ \t\u3000]*(?:：|:(?=[ \t]|$))/.exec(rest);
  if (colon && !/^https?$/i.test(colon[1]!)) {
    push(from, from + colon[1]!.length, from + colon[0].length);
    return draft;
  }
  const split = splitHeadword(text, from, l.ce);
  if (split) {
    let ds = split.defStart;
    const toha = TOHA.exec(text.slice(ds, ds + 3));
    if (toha) ds += toha[0].length;
    push(from, split.headEnd, ds);
    return draft;
  }
  const toha = /^(.{1,40}?)とは[、，]?/.exec(rest);
  if (toha) {
    push(from, from + toha[1]!.length, from + toha[0].length);
    return draft;
  }
  draft.head.push({ start: from, end: l.ce, trailing: l.trailing });
  return draft;
}
