/**
 * The seed as Word documents, made in the test rather than committed (a few MB):
 * - pasted: one paragraph per line, as if the extracted text were pasted into Word;
 * - written: as a drafter writes its body in Word — wrapped lines joined into paragraphs,
 *   page headers, page numbers and page-end footnote blocks gone, headings in
 *   heading styles, and every label (1. / 1.1. / (1) / (ア) / ・) Word's automatic
 *   numbering instead of typed text; the other parts (overview, glossary, public
 *   comments) pasted line by line. The paragraphs and labels come from the text
 *   parser's reading of the seed: the point is to check that the .docx reader gives
 *   the same outline back, not to parse the seed a second way.
 */
import { joinSpans, parsePlanWithLines, type PlanNode, type TextRange } from "@planlint/core";
import { docxBytes, headingStyles, numPr } from "../../../core/test/docx-builder.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const run = (text: string) => (text ? `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>` : "");

export function pastedDocx(text: string): Uint8Array {
  const body = text
    .split(/\r\n|\r|\n/)
    .map((line) => (line ? `<w:p>${run(line)}</w:p>` : "<w:p/>"))
    .join("");
  return docxBytes({ body });
}

/** Families of the seed's labels and the level of Word's numbering that writes them. */
const LEVELS: Record<string, number> = { "N.": 0, "N.N.": 1, "(N)": 2, "(ア)": 3, "・": 4 };
const NUMBERING_LEVELS = [
  { format: "decimal", text: "%1." },
  { format: "decimal", text: "%1.%2." },
  { format: "decimal", text: "(%3)" },
  { format: "aiueoFullWidth", text: "(%4)" },
  { format: "bullet", text: "・" },
];
const STYLE_OF: Partial<Record<PlanNode["kind"], string>> = { chapter: "Heading1", section: "Heading2", item: "Heading3" };
const ENDS_PARAGRAPH = /[。．.」』）)]$/;

export function writtenDocx(text: string): Uint8Array {
  const { document, lines } = parsePlanWithLines(text);
  const skipped: TextRange[] = [...document.pageArtifacts.map((a) => a.range), ...document.footnotes.filter((f) => f.block).map((f) => f.range)];
  const isSkipped = (start: number, end: number) => skipped.some((r) => r.start < end && start < r.end);
  const nodeAt = new Map<number, PlanNode>();
  const walk = (n: PlanNode) => {
    nodeAt.set(n.labelRange.start, n);
    n.children.forEach(walk);
  };
  document.body.forEach(walk);
  const body = document.parts.find((p) => p.kind === "body")!.range;
  const paragraphs: { spans: TextRange[]; node?: PlanNode }[] = [];
  let current: (typeof paragraphs)[number] | undefined;
  for (const line of lines) {
    const inBody = line.start >= body.start && line.start < body.end;
    // Outside the body (overview, glossary, public comments) the lines stay as pasted: only the outline is written anew.
    if (!inBody) {
      paragraphs.push({ spans: [{ start: line.contentStart, end: line.contentEnd }] });
      current = undefined;
      continue;
    }
    if (!line.content || isSkipped(line.contentStart, line.contentEnd)) continue;
    const span = { start: line.contentStart, end: line.contentEnd };
    const node = nodeAt.get(line.contentStart);
    if (node) {
      paragraphs.push((current = { spans: [span], node }));
    } else if (current && (current.node ? current.node.kind !== "preface" && line.contentStart < current.node.headRange.end : !ENDS_PARAGRAPH.test(text.slice(current.spans.at(-1)!.start, current.spans.at(-1)!.end)))) {
      current.spans.push(span);
    } else {
      paragraphs.push((current = { spans: [span] }));
    }
  }
  // Word's counters, followed to know when a typed number is not the next one (a new list restarts there).
  const counters: (number | undefined)[] = [];
  let numId = 1;
  let nums = "";
  let xml = "";
  for (const p of paragraphs) {
    const node = p.node;
    const level = node ? LEVELS[node.family] : undefined;
    if (!node || level === undefined) {
      xml += `<w:p>${run(joinSpans(text, p.spans).text)}</w:p>`;
      continue;
    }
    const value = node.kind === "bullet" ? 1 : node.numbers[node.numbers.length - 1]!;
    if (level === 1 && node.numbers[0] !== counters[0]) {
      // A section numbered under another chapter than its own: typed, as Word cannot number it so.
      xml += `<w:p>${run(joinSpans(text, p.spans).text)}</w:p>`;
      continue;
    }
    if (level !== 4 && value !== (counters[level] ?? 0) + 1) {
      numId++;
      nums += `<w:num w:numId="${numId}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${value}"/></w:lvlOverride></w:num>`;
    }
    counters[level] = value;
    for (let l = level + 1; l < 5; l++) counters[l] = undefined;
    // The label goes; the title or statement starts after the spaces that followed it.
    let start = node.labelRange.end;
    while (start < p.spans[0]!.end && /[ \t\u3000]/.test(text[start]!)) start++;
    const spans = [{ start, end: p.spans[0]!.end }, ...p.spans.slice(1)];
    const style = STYLE_OF[node.kind] ?? (node.kind === "measure" || node.kind === "bullet" ? "ListParagraph" : undefined);
    xml += `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${numPr(level, numId)}</w:pPr>${run(joinSpans(text, spans).text)}</w:p>`;
  }
  const numbering =
    `<w:abstractNum w:abstractNumId="1">${NUMBERING_LEVELS.map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${l.format}"/><w:suff w:val="space"/><w:lvlText w:val="${l.text}"/></w:lvl>`).join("")}</w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>${nums}`;
  const styles = headingStyles("ja") + `<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>`;
  return docxBytes({ body: xml, numbering, styles });
}
