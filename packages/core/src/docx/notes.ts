/**
 * Footnotes and endnotes (footnotes.xml, endnotes.xml): each note by its id, and
 * its paragraphs' indexes in the part. ParagraphReader reads a note right after
 * the paragraph that refers to it, as a 「※N：…」 line (「注N：…」 for an endnote);
 * Word's separator notes (ids -1 and 0) are never referred to, so never read.
 */
import type { DocxPart } from "./part.js";
import { child, isElement, type XmlElement } from "./xml.js";

export interface NotesPart {
  part: string;
  kind: "footnote" | "endnote";
  /** The notes by w:id. */
  byId: Map<string, XmlElement>;
  /** Each w:p of the part and its index there: notes are read in the order they are referred to. */
  paragraphIndex: Map<XmlElement, number>;
}

export function readNotes(part: DocxPart, kind: "footnote" | "endnote"): NotesPart {
  const byId = new Map<string, XmlElement>();
  const paragraphIndex = new Map<XmlElement, number>();
  const container = child(part.root, `w:${kind}s`);
  for (const note of container?.children ?? []) {
    if (!isElement(note) || note.name !== `w:${kind}`) continue;
    if (note.attrs["w:id"] !== undefined) byId.set(note.attrs["w:id"], note);
    for (const p of note.children) if (isElement(p) && p.name === "w:p") paragraphIndex.set(p, paragraphIndex.size);
  }
  return { part: part.name, kind, byId, paragraphIndex };
}
