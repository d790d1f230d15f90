/**
 * Glossary files: extra entries in YAML or JSON, checked against
 * `schema/glossary-file.schema.json`.
 *
 * Both formats go through `yaml`'s parseDocument (JSON is YAML) so that every node
 * keeps its offsets: syntax and schema errors point at the offending line and
 * column, and entries point back into the file.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Pair } from "yaml";
import schema from "../schema/glossary-file.schema.json";
import { validateEntryList, validateGlossaryFile, type SchemaError, type StandaloneValidator } from "./generated/glossary-file-validate.js";
import { PlanlintError, type PlanlintErrorLocation } from "./errors.js";
import { describeDefinition, resolveSeeAlso, type SeeAlsoRef } from "./glossary-section/definition.js";
import { LineIndex } from "./line-index.js";
import type { GlossaryEntry, TextRange } from "./types.js";

const ENTRY_KEYS = Object.keys(schema.definitions.entry.properties);
const FILE_KEYS = Object.keys(schema.definitions.glossaryFile.properties);
type ErrorObject = SchemaError;

type Format = "json" | "yaml";

/**
 * Reads a glossary file. `.json` files must be strict JSON; `.yml`, `.yaml` and any
 * other name are read as YAML (which also accepts JSON).
 *
 * @throws PlanlintError `glossary-syntax` for malformed YAML/JSON, `glossary-schema`
 * for a file that parses but does not follow the schema; both carry file, line, column.
 */
export function parseGlossaryFile(content: string, fileName: string): GlossaryEntry[] {
  const format: Format = /\.json$/i.test(fileName) ? "json" : "yaml";
  const locate = locator(content, fileName);
  const hint = EXPECTED_SHAPE[format];
  if (format === "json") checkJson(content, locate, hint);

  const doc = parseDocument(content, { prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    throw new PlanlintError(
      "glossary-syntax",
      `invalid ${format === "json" ? "JSON" : "YAML"}: ${syntax.message}`,
      locate(syntax.pos[0]),
      hint,
    );
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb or a broken alias; parseDocument leaves those to toJS.
    throw new PlanlintError("glossary-syntax", `invalid YAML: ${(error as Error).message}`, locate(0), hint, { cause: error });
  }

  let validate: StandaloneValidator;
  if (Array.isArray(value)) validate = validateEntryList;
  else if (isPlainObject(value)) validate = validateGlossaryFile;
  else {
    const what = value === null || value === undefined ? "empty" : `${describeValue(value)}`;
    throw new PlanlintError(
      "glossary-schema",
      what === "empty"
        ? `the glossary file is empty; expected a mapping with an "entries" list`
        : `the glossary file must be a mapping with an "entries" list (or a list of entries), not ${what}`,
      locate(doc.contents?.range?.[0] ?? 0),
      hint,
    );
  }
  if (!validate(value)) throw schemaError(doc, value, validate.errors ?? [], locate, hint);

  const seq = isSeq(doc.contents) ? doc.contents : (doc.getIn(["entries"], true) as YamlNode | undefined);
  if (!isSeq(seq)) return [];
  const values = (Array.isArray(value) ? value : (value as { entries: unknown[] }).entries) as FileEntry[];
  const drafts: { entry: GlossaryEntry; refs?: SeeAlsoRef[] }[] = [];
  values.forEach((v, k) => {
    const node = seq.items[k];
    if (!isMap(node)) return;
    drafts.push(toEntry(v, node, content, fileName, locate));
  });
  const headwords = new Set(drafts.map((d) => d.entry.headword));
  return drafts.map((d) => {
    if (d.refs) d.entry.seeAlso = resolveSeeAlso(d.refs, headwords);
    return d.entry;
  });
}

interface FileEntry {
  headword: string;
  expansion?: string;
  reading?: string;
  definition?: string;
  seeAlso?: string[];
  aliases?: string[];
}

const EXPECTED_SHAPE: Record<Format, string> = {
  yaml: "a glossary file is `entries:` followed by `- headword: …` items; definition, expansion, reading, seeAlso and aliases are optional",
  json: 'a glossary file is {"entries": [{"headword": "…", "definition": "…"}, …]}; definition, expansion, reading, seeAlso and aliases are optional',
};

function toEntry(
  v: FileEntry,
  node: YamlNode,
  content: string,
  file: string,
  locate: (offset: number) => PlanlintErrorLocation,
): { entry: GlossaryEntry; refs?: SeeAlsoRef[] } {
  const start = node.range?.[0] ?? 0;
  const range: TextRange = { start, end: trimEnd(content, start, node.range?.[1] ?? start) };
  const headword = v.headword.trim();
  const headNode = isMap(node) ? (node.get("headword", true) as YamlNode | undefined) : undefined;
  const headwordRange = scalarRange(content, headNode) ?? { start, end: start };
  const definition = v.definition ?? "";
  const facts = describeDefinition(definition, headword);
  const where = locate(start);
  const entry: GlossaryEntry = {
    headword,
    definition,
    seeAlso: v.seeAlso ? v.seeAlso.map((s) => s.trim()) : [],
    range,
    headwordRange,
    source: { kind: "file", file, line: where.line ?? 1, column: where.column ?? 1 },
  };
  const expansion = v.expansion?.trim() || facts.expansion;
  if (expansion) entry.expansion = expansion;
  const reading = v.reading?.trim() || facts.reading;
  if (reading) entry.reading = reading;
  if (v.aliases) entry.aliases = v.aliases.map((a) => a.trim());
  // An explicit seeAlso list is the author's word; otherwise read 「…を参照」.
  return v.seeAlso ? { entry } : { entry, refs: facts.seeAlso };
}

/** The span of a scalar's text, without quotes or a block scalar's header. */
function scalarRange(content: string, node: YamlNode | undefined): TextRange | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  let [start, end] = node.range;
  if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") {
    start += 1;
    end -= 1;
  } else if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
    const nl = content.indexOf("\n", start);
    if (nl >= 0 && nl < end) start = nl + 1;
  }
  while (start < end && /\s/.test(content[start]!)) start++;
  end = trimEnd(content, start, end);
  return { start, end };
}

function trimEnd(content: string, start: number, end: number): number {
  while (end > start && /\s/.test(content[end - 1]!)) end--;
  return end;
}

function locator(content: string, file: string): (offset: number) => PlanlintErrorLocation {
  let index: LineIndex | undefined;
  const bom = content.charCodeAt(0) === 0xfeff;
  return (offset) => {
    index ??= new LineIndex(content);
    const pos = index.positionAt(offset);
    // Editors do not count a byte-order mark as a column.
    const column = pos.line === 0 && bom && pos.character > 0 ? pos.character : pos.character + 1;
    return { file, line: pos.line + 1, column };
  };
}

/** YAML accepts what JSON rejects (trailing commas, comments, unquoted keys): a `.json` file must be JSON. */
function checkJson(content: string, locate: (offset: number) => PlanlintErrorLocation, hint: string): void {
  const bom = content.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    JSON.parse(bom ? content.slice(1) : content);
  } catch (error) {
    const message = (error as Error).message;
    const pos = /at position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) + bom : message.includes("end of JSON") ? content.length : 0;
    const reason = message.replace(/\s*(?:in JSON\s*)?(?:at position \d+)?\s*(?:\(line \d+ column \d+\))?\s*$/, "");
    throw new PlanlintError("glossary-syntax", `invalid JSON: ${reason}`, locate(offset), hint, { cause: error });
  }
}

// ---------------------------------------------------------------------------
// Schema errors

const KEYWORD_RANK: Record<string, number> = { additionalProperties: 0, required: 1, type: 2 };

function schemaError(
  doc: Document,
  value: unknown,
  errors: readonly ErrorObject[],
  locate: (offset: number) => PlanlintErrorLocation,
  hint: string,
): PlanlintError {
  // Report the first problem in reading order; for one node, an unknown key (often a
  // misspelt required one) explains more than the missing key it causes.
  let best: { error: ErrorObject; offset: number; at: number } | undefined;
  for (const error of errors) {
    const path = pointer(error.instancePath);
    const target = nodeAt(doc, path);
    let at = target.offset;
    if (error.keyword === "additionalProperties") {
      const key = keyOffset(target.node, String((error.params as { additionalProperty?: unknown }).additionalProperty));
      if (key !== undefined) at = key;
    }
    const rank = KEYWORD_RANK[error.keyword] ?? 3;
    const bestRank = best ? (KEYWORD_RANK[best.error.keyword] ?? 3) : 0;
    if (!best || target.offset < best.offset || (target.offset === best.offset && rank < bestRank)) {
      best = { error, offset: target.offset, at };
    }
  }
  if (!best) return new PlanlintError("glossary-schema", "the glossary file does not follow the schema", locate(0), hint);
  return new PlanlintError("glossary-schema", schemaMessage(best.error, value), locate(best.at), hint);
}

function schemaMessage(error: ErrorObject, root: unknown): string {
  const path = pointer(error.instancePath);
  const name = formatPath(path);
  const actual = valueAt(root, path);
  const last = path[path.length - 1];
  const inStringList = typeof last === "number" && path.length >= 2 && (path[path.length - 2] === "seeAlso" || path[path.length - 2] === "aliases");
  const nonEmpty = last === "headword" || inStringList;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type": {
      const expected = nonEmpty ? "a non-empty string" : expectedType(String(params["type"]));
      return `${name} must be ${expected}, not ${describeValue(actual)}`;
    }
    case "minLength":
    case "pattern":
      return `${name} must be a non-empty string`;
    case "required": {
      const missing = String(params["missingProperty"]);
      if (path.length === 0 && missing === "entries") {
        return `the glossary file has no "entries" list; expected a mapping with "entries" and a list of entries`;
      }
      return `${name} is missing "${missing}"; every entry needs a non-empty "${missing}" string`;
    }
    case "additionalProperties": {
      const key = String(params["additionalProperty"]);
      const allowed = path.length === 0 ? FILE_KEYS : ENTRY_KEYS;
      return `${name} has an unknown key "${key}"; expected one of: ${allowed.join(", ")}`;
    }
    default:
      return `${name} ${error.message ?? "is invalid"}`;
  }
}

function expectedType(type: string): string {
  switch (type) {
    case "object":
      return "a mapping (object)";
    case "array":
      return "a list (array)";
    case "string":
      return "a string";
    default:
      return `of type ${type}`;
  }
}

function describeValue(v: unknown): string {
  if (v === null || v === undefined) return "empty";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return v.trim() ? "a string" : "an empty string";
  return `a ${typeof v} (${String(v)})`;
}

function pointer(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((seg) => seg.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

/** `entries[3].headword`; a top-level list reads `[3].headword`. */
function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "the glossary file";
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** The deepest node on `path` and where it starts; a missing value points at its key. */
function nodeAt(doc: Document, path: readonly (string | number)[]): { node: unknown; offset: number } {
  let node: unknown = doc.contents;
  let offset = doc.contents?.range?.[0] ?? 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p: Pair) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyStart = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      node = pair.value;
      const valueStart = isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
      offset = valueStart ?? keyStart ?? offset;
      if (valueStart === undefined) break;
    } else if (isSeq(node) && typeof seg === "number") {
      node = node.items[seg];
      const start = isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
      if (start === undefined) break;
      offset = start;
    } else break;
  }
  return { node, offset };
}

function keyOffset(node: unknown, key: string): number | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p: Pair) => isScalar(p.key) && String(p.key.value) === key);
  return pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
