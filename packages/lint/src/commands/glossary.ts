import { LineIndex, parsePlan } from "@planlint/core";
import type { GlossaryEntry } from "@planlint/core";
import { lineOf, withLocations, type Located } from "../locations.js";
import { readPlanFile } from "../read-file.js";
import { plainStyle, type Style } from "../style.js";

/** What `planlint glossary FILE --json` prints: the entries, each with `loc`. */
export type GlossaryJson = Located<GlossaryEntry>[];

export function glossaryJson(entries: readonly GlossaryEntry[], index: LineIndex): GlossaryJson {
  return withLocations(entries as GlossaryEntry[], index);
}

/**
 * One line per entry: `headword  expansion  (reading)  → seeAlso  line N`.
 * N is the 1-based line of the headword (for entries from a glossary file: the
 * line in that file).
 */
export function formatGlossary(entries: readonly GlossaryEntry[], index: LineIndex, style: Style = plainStyle): string {
  let out = "";
  for (const entry of entries) {
    const fields = [style.bold(entry.headword)];
    if (entry.expansion) fields.push(entry.expansion);
    if (entry.reading) fields.push(`(${entry.reading})`);
    if (entry.seeAlso.length > 0) fields.push(style.cyan(`→ ${entry.seeAlso.join(", ")}`));
    const line = entry.source.kind === "file" ? `${entry.source.file}:${entry.source.line}` : `line ${lineOf(index, entry.headwordRange)}`;
    fields.push(style.dim(line));
    out += fields.join("  ") + "\n";
  }
  if (entries.length === 0) out += style.dim("(no glossary found)") + "\n";
  return out;
}

export interface GlossaryCommandOptions {
  json: boolean;
  style: Style;
}

/** `planlint glossary FILE`: the glossary (用語解説) of a plan document. */
export function runGlossary(path: string, options: GlossaryCommandOptions): string {
  const file = readPlanFile(path);
  const doc = file.document ?? parsePlan(file.text, { fileName: path });
  const index = new LineIndex(file.text);
  if (!options.json) return formatGlossary(doc.glossary, index, options.style);
  return JSON.stringify(glossaryJson(doc.glossary, index), null, 2) + "\n";
}

/**
 * `planlint glossary FOLDER`: the entries of every file in plan order, each
 * with its file (a glossary chapter serves the whole plan).
 */
export function runGlossaryOfFiles(paths: readonly string[], options: GlossaryCommandOptions, shown: (path: string) => string): string {
  const all: (Located<GlossaryEntry> & { file: string })[] = [];
  let out = "";
  for (const path of paths) {
    const file = readPlanFile(path);
    const doc = file.document ?? parsePlan(file.text, { fileName: path });
    const index = new LineIndex(file.text);
    if (options.json) for (const e of glossaryJson(doc.glossary, index)) all.push({ file: path, ...e });
    else if (doc.glossary.length > 0) out += formatGlossary(doc.glossary, index, options.style).replace(/line (\d+)\n/g, `${shown(path)}:$1\n`);
  }
  if (options.json) return JSON.stringify(all, null, 2) + "\n";
  return out || options.style.dim("(no glossary found)") + "\n";
}
