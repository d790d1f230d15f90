/**
 * styles.xml: which paragraph styles are headings (見出し 1…, Heading 1…, or a
 * style with an outline level) and which carry automatic numbering. Styles
 * inherit through basedOn, so each is resolved along its chain.
 */
import { child, children, type XmlElement } from "./xml.js";

export interface ParagraphStyle {
  id: string;
  name: string;
  /** 0-based outline level (見出し 1 → 0), from the name or w:outlineLvl. */
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
}

export type StyleTable = Map<string, ParagraphStyle>;

/** 「見出し 1」, 「Heading 1」, 「heading 1」 (the built-in names), 「見出し1」. */
const HEADING_NAME = /^(?:heading|見出し)\s*([1-9])$/i;

export function readStyles(root: XmlElement | undefined): StyleTable {
  const raw = new Map<string, { name: string; basedOn?: string; outline?: number; numId?: string; ilvl?: number }>();
  const styles = child(root, "w:styles");
  for (const s of children(styles, "w:style")) {
    if ((s.attrs["w:type"] ?? "paragraph") !== "paragraph") continue;
    const id = s.attrs["w:styleId"];
    if (id === undefined) continue;
    const pPr = child(s, "w:pPr");
    const outline = child(pPr, "w:outlineLvl")?.attrs["w:val"];
    const numPr = child(pPr, "w:numPr");
    const numId = child(numPr, "w:numId")?.attrs["w:val"];
    const ilvl = child(numPr, "w:ilvl")?.attrs["w:val"];
    raw.set(id, {
      name: child(s, "w:name")?.attrs["w:val"] ?? id,
      ...(child(s, "w:basedOn")?.attrs["w:val"] !== undefined ? { basedOn: child(s, "w:basedOn")!.attrs["w:val"]! } : {}),
      ...(outline !== undefined ? { outline: Number(outline) } : {}),
      ...(numId !== undefined ? { numId } : {}),
      ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}),
    });
  }
  const table: StyleTable = new Map();
  for (const [id, style] of raw) {
    const out: ParagraphStyle = { id, name: style.name };
    // Up the basedOn chain, nearest first; a loop in a damaged file stops at a seen id.
    const seen = new Set<string>();
    for (let s: typeof style | undefined = style, sid = id; s && !seen.has(sid); sid = s.basedOn ?? "", s = s.basedOn ? raw.get(s.basedOn) : undefined) {
      seen.add(sid);
      const named = HEADING_NAME.exec(s.name);
      if (out.outlineLevel === undefined) {
        if (s.outline !== undefined && s.outline < 9) out.outlineLevel = s.outline;
        else if (named) out.outlineLevel = Number(named[1]) - 1;
      }
      if (out.numId === undefined && s.numId !== undefined) {
        out.numId = s.numId;
        if (s.ilvl !== undefined) out.ilvl = s.ilvl;
      }
    }
    table.set(id, out);
  }
  return table;
}
