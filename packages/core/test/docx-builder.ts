/**
 * Builds small .docx files in tests, part by part, the way Word lays out a
 * package: content types, relationships, the main document, and optionally
 * styles, numbering and footnotes. For cases no fixture file covers (a hostile
 * archive, a DOCTYPE, CRLF in the XML) and for the seed written as a document.
 */
import { zipSync, type Zippable } from "fflate";

export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export interface DocxParts {
  /** The w:body's inner XML. */
  body: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
  /** Extra entries, by name (raw bytes or text). */
  extra?: Record<string, string | Uint8Array>;
  /** The main document's content type (a .docm's differs). */
  mainContentType?: string;
}

const enc = new TextEncoder();

export function docxBytes(parts: DocxParts): Uint8Array {
  const rels: string[] = [];
  const overrides: string[] = [];
  const files: Zippable = {};
  const add = (name: string, type: string, relType: string, xml: string) => {
    files[`word/${name}`] = enc.encode(xml);
    overrides.push(`<Override PartName="/word/${name}" ContentType="${type}"/>`);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${relType}" Target="${name}"/>`);
  };
  const ml = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  if (parts.styles !== undefined) add("styles.xml", `${ml}.styles+xml`, "styles", `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.numbering !== undefined) add("numbering.xml", `${ml}.numbering+xml`, "numbering", `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.footnotes !== undefined) add("footnotes.xml", `${ml}.footnotes+xml`, "footnotes", `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}>${parts.footnotes}</w:footnotes>`);
  files["[Content_Types].xml"] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${parts.mainContentType ?? `${ml}.document.main+xml`}"/>${overrides.join("")}</Types>`,
  );
  files["_rels/.rels"] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  files["word/document.xml"] = enc.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${W}><w:body>${parts.body}</w:body></w:document>`);
  files["word/_rels/document.xml.rels"] = enc.encode(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  for (const [name, data] of Object.entries(parts.extra ?? {})) files[name] = typeof data === "string" ? enc.encode(data) : data;
  return zipSync(files);
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One paragraph of one run; `pPr` is the paragraph properties' inner XML. */
export function para(text: string, pPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${text ? `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>` : ""}</w:p>`;
}

/** The built-in heading styles, named as Word names them in a Japanese install (見出し N) or an English one (heading N). */
export function headingStyles(names: "ja" | "en" = "en"): string {
  let out = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>`;
  for (let i = 1; i <= 4; i++) {
    const name = names === "ja" ? `見出し ${i}` : `heading ${i}`;
    out += `<w:style w:type="paragraph" w:styleId="Heading${i}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="${i - 1}"/></w:pPr></w:style>`;
  }
  return out;
}

/** An abstractNum (id 1) with these levels and a num (id 1) for it. */
export function numberingDefinition(levels: { format: string; text: string; suffix?: "tab" | "space" | "nothing" }[], extraNums = ""): string {
  const lvls = levels
    .map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${l.format}"/><w:suff w:val="${l.suffix ?? "space"}"/><w:lvlText w:val="${l.text}"/></w:lvl>`)
    .join("");
  return `<w:abstractNum w:abstractNumId="1">${lvls}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>${extraNums}`;
}

export function numPr(ilvl: number, numId = 1): string {
  return `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
}
