import { LineIndex, parsePlan } from "@planlint/core";
import type { Footnote, OverviewHeading, PlanDocument, PlanNode, TextRange } from "@planlint/core";
import { lastLineOf, lineOf } from "../locations.js";
import { outlineJson } from "../outline-json.js";
import { readPlanFile } from "../read-file.js";
import { plainStyle, type Style } from "../style.js";

/** How many characters of a measure's statement the readable outline shows. */
const EXCERPT_LENGTH = 30;

interface Row {
  line: number;
  depth: number;
  text: string;
}

type PartChild =
  | { kind: "node"; range: TextRange; node: PlanNode }
  | { kind: "heading"; range: TextRange; heading: OverviewHeading }
  | { kind: "footnote"; range: TextRange; footnote: Footnote };

/**
 * The readable outline: each part, and inside it the overview's ■ headings,
 * the body's chapters, sections, items, measures and bullets, and footnotes,
 * each with its 1-based line number in the left column.
 */
export function formatOutline(doc: PlanDocument, index: LineIndex, style: Style = plainStyle): string {
  const rows: Row[] = [];
  const children: PartChild[] = [
    ...doc.body.map((node): PartChild => ({ kind: "node", range: node.range, node })),
    ...doc.overview.map((heading): PartChild => ({ kind: "heading", range: heading.range, heading })),
    ...doc.footnotes.map((footnote): PartChild => ({ kind: "footnote", range: footnote.range, footnote })),
  ].sort((a, b) => a.range.start - b.range.start);
  const placed = new Set<PartChild>();

  for (const part of doc.parts) {
    const head = [style.bold(part.kind), part.label, part.title].filter((s) => s).join("  ");
    rows.push({ line: lineOf(index, part.range), depth: 0, text: `${head}  ${style.dim(`lines ${lineOf(index, part.range)}–${lastLineOf(index, part.range)}`)}` });
    for (const child of children) {
      if (placed.has(child) || child.range.start < part.range.start || child.range.start >= part.range.end) continue;
      placed.add(child);
      addChild(rows, child, 1, index, style);
    }
    if (part.kind === "glossary") {
      const count = doc.glossary.filter((e) => e.range.start >= part.range.start && e.range.start < part.range.end).length;
      if (count > 0) rows.push({ line: lineOf(index, part.range), depth: 1, text: style.dim(`${count} glossary entries (planlint glossary)`) });
    }
  }
  // Anything outside every part (a document without 資料 labels, say) still shows.
  for (const child of children) if (!placed.has(child)) addChild(rows, child, 0, index, style);

  const width = String(rows.reduce((max, row) => Math.max(max, row.line), 0)).length;
  let out = "";
  for (const row of rows) out += `${style.dim(String(row.line).padStart(width))}  ${"  ".repeat(row.depth)}${row.text}\n`;

  const pageNumbers = doc.pageArtifacts.filter((a) => a.kind === "page-number").length;
  const headers = doc.pageArtifacts.length - pageNumbers;
  if (doc.pageArtifacts.length > 0) {
    out += style.dim(`(page layout left out: ${pageNumbers} page numbers, ${headers} running headers)`) + "\n";
  }
  if (rows.length === 0) out += style.dim("(no structure found)") + "\n";
  return out;
}

function addChild(rows: Row[], child: PartChild, depth: number, index: LineIndex, style: Style): void {
  switch (child.kind) {
    case "node":
      addNode(rows, child.node, depth, index, style);
      break;
    case "heading": {
      const count = child.heading.entries.length;
      rows.push({ line: lineOf(index, child.range), depth, text: `${style.bold(child.heading.title)}  ${style.dim(`(${count} ${count === 1 ? "entry" : "entries"})`)}` });
      break;
    }
    case "footnote":
      rows.push({ line: lineOf(index, child.range), depth, text: `${style.yellow(child.footnote.label)} ${excerpt(child.footnote.text)}` });
      break;
  }
}

function addNode(rows: Row[], node: PlanNode, depth: number, index: LineIndex, style: Style): void {
  rows.push({ line: lineOf(index, node.headRange), depth, text: describeNode(node, style) });
  for (const child of node.children) addNode(rows, child, depth + 1, index, style);
}

function describeNode(node: PlanNode, style: Style): string {
  if (node.kind === "measure" || node.kind === "bullet") {
    const owners = node.owners?.length ? style.cyan(`【${node.owners.map((o) => o.name).join("、")}】`) : "";
    return `${style.bold(node.label)} ${excerpt(node.text.text)}${owners}`;
  }
  return node.label ? `${style.bold(node.label)} ${node.title}` : style.bold(node.title);
}

/** The first EXCERPT_LENGTH characters (code points, so no surrogate pair is split). */
function excerpt(text: string): string {
  const chars = Array.from(text);
  return chars.length > EXCERPT_LENGTH ? chars.slice(0, EXCERPT_LENGTH).join("") + "…" : text;
}

export interface OutlineCommandOptions {
  json: boolean;
  /** With `json`: keep JoinedText's `pieces`. */
  verbose: boolean;
  style: Style;
}

/** `planlint outline FILE`: returns what to print. */
export function runOutline(path: string, options: OutlineCommandOptions): string {
  const file = readPlanFile(path);
  const doc = file.document ?? parsePlan(file.text, { fileName: path });
  const index = new LineIndex(file.text);
  if (!options.json) return formatOutline(doc, index, options.style);
  const json = outlineJson(doc, index, { file: path, encoding: file.encoding }, { keepPieces: options.verbose });
  return JSON.stringify(json, null, 2) + "\n";
}

/**
 * `planlint outline FOLDER`: the outline of each file in plan order (a plan kept
 * one chapter per file reads as one outline), each under its file name; with
 * --json, an array of the files' outlines.
 */
export function runOutlineOfFiles(paths: readonly string[], options: OutlineCommandOptions, shown: (path: string) => string): string {
  const outlines = paths.map((path) => {
    const file = readPlanFile(path);
    return { path, file, doc: file.document ?? parsePlan(file.text, { fileName: path }), index: new LineIndex(file.text) };
  });
  if (options.json) {
    return JSON.stringify(outlines.map((o) => outlineJson(o.doc, o.index, { file: o.path, encoding: o.file.encoding }, { keepPieces: options.verbose })), null, 2) + "\n";
  }
  return outlines.map((o) => `${options.style.bold(`== ${shown(o.path)}`)}\n${formatOutline(o.doc, o.index, options.style)}`).join("");
}
