/**
 * A WordprocessingML part as a small tree of elements and texts, each with its
 * place in the part's source: the reader walks the tree, and the review writer
 * splices new markup into the source at those places, leaving every byte it does
 * not change as it was.
 *
 * A DOCTYPE (and with it any entity declaration) is refused: Office never writes
 * one, and expanding entities is how a hostile file makes a parser fetch or
 * multiply text. saxes expands no external entity; the refusal comes first anyway.
 */
import { SaxesParser } from "saxes";
import { PlanlintError } from "../errors.js";

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Offset of `<` of the start tag in the part's source. */
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset of `<` of the end tag (= end for an empty element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  parent: XmlElement | undefined;
}

export interface XmlText {
  text: string;
  start: number;
  end: number;
}

export type XmlNode = XmlElement | XmlText;

export const isElement = (n: XmlNode): n is XmlElement => (n as XmlElement).name !== undefined;

/** The one child element named `name`, if any. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (isElement(c) && c.name === name) return c;
  return undefined;
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  for (const c of el.children) if (isElement(c) && c.name === name) out.push(c);
  return out;
}

const UNSAFE = /<!DOCTYPE|<!ENTITY/i;

/** Parses one part; throws PlanlintError "unsafe-xml" for a DOCTYPE, "corrupt" for malformed XML. */
export function parseXml(source: string, partName: string, file?: string): XmlElement {
  const where = file !== undefined ? { file } : {};
  if (UNSAFE.test(source)) {
    throw new PlanlintError("unsafe-xml", `refused: ${partName} declares a DOCTYPE or entities, which a Word document never has`, where, "save the document again from Word or LibreOffice");
  }
  const parser = new SaxesParser({ position: true });
  const root: XmlElement = { name: "#root", attrs: {}, children: [], start: 0, openEnd: 0, closeStart: source.length, end: source.length, parent: undefined };
  let current = root;
  let tagStart = 0;
  let failure: Error | undefined;
  parser.on("opentagstart", (tag) => {
    // saxes' position is just past the character that ended the name.
    tagStart = parser.position - tag.name.length - 2;
  });
  parser.on("opentag", (tag) => {
    const el: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], start: tagStart, openEnd: parser.position, closeStart: parser.position, end: parser.position, parent: current };
    current.children.push(el);
    current = el;
  });
  parser.on("closetag", (tag) => {
    const el = current;
    el.end = parser.position;
    el.closeStart = tag.isSelfClosing ? el.end : el.end - tag.name.length - 3;
    current = el.parent ?? root;
  });
  parser.on("text", (text) => {
    // The text ends where the next `<` was read (position is past it).
    const end = parser.position - 1;
    current.children.push({ text, start: end - rawLength(source, end, text), end });
  });
  parser.on("cdata", (text) => current.children.push({ text, start: parser.position, end: parser.position }));
  parser.on("doctype", () => {
    failure = new PlanlintError("unsafe-xml", `refused: ${partName} declares a DOCTYPE, which a Word document never has`, where);
  });
  parser.on("error", (error) => {
    failure ??= new PlanlintError("corrupt", `not a readable .docx: ${partName} is not well-formed XML (${error.message.split("\n")[0]})`, where, "save the document again from Word or LibreOffice");
  });
  try {
    parser.write(source).close();
  } catch (error) {
    failure ??= error instanceof Error ? error : new Error(String(error));
  }
  if (failure) throw failure;
  return root;
}

/**
 * How many source characters a text event covered: the text back to the end of
 * the previous markup. Entities and CRLF make the decoded text differ in length,
 * so it is found in the source.
 */
function rawLength(source: string, end: number, text: string): number {
  if (source.slice(end - text.length, end) === text) return text.length;
  const gt = source.lastIndexOf(">", end - 1);
  return end - (gt + 1);
}

/** Escapes text for an element's content. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

export function escapeAttr(text: string): string {
  return escapeXml(text).replace(/"/g, "&quot;");
}
