/**
 * Config text → value, keeping where every value was written so that a problem
 * found later (unknown key, bad option, missing glossary file) points at its
 * line and column. JSON and JSONC go through jsonc-parser's tree, YAML through
 * yaml's document; each parser is loaded only when a config of its kind is read.
 */
import { LineIndex, PlanlintError, type PlanlintErrorLocation } from "@planlint/core";
import type { Node as JsonNode, ParseError } from "jsonc-parser";
import type { JsonPath } from "./wording.js";

export type ConfigFormat = "json" | "jsonc" | "yaml" | "package.json";

export interface ConfigDocument {
  file: string;
  format: ConfigFormat;
  /** The config's value (for package.json: its `planlint` key); undefined when package.json has none. */
  value: unknown;
  /** Where the value at `path` (or, with "key", its key) is written; the nearest existing ancestor if it is not. */
  locate(path: JsonPath, part?: "key" | "value"): PlanlintErrorLocation;
}

function configFormatOf(file: string): ConfigFormat {
  if (/(^|[\\/])package\.json$/.test(file)) return "package.json";
  if (/\.ya?ml$/i.test(file)) return "yaml";
  if (/\.jsonc$/i.test(file)) return "jsonc";
  return "json";
}

/** Parses a config file's text. Throws PlanlintError "config" for malformed JSON, JSONC or YAML. */
export async function parseConfigText(text: string, file: string, format: ConfigFormat = configFormatOf(file)): Promise<ConfigDocument> {
  if (format === "yaml") return parseYaml(text, file);
  return parseJson(await import("jsonc-parser"), text, file, format);
}

function locator(text: string, file: string): (offset: number) => PlanlintErrorLocation {
  let index: LineIndex | undefined;
  return (offset) => {
    index ??= new LineIndex(text);
    const p = index.positionAt(offset);
    return { file, line: p.line + 1, column: p.character + 1 };
  };
}

// ---------------------------------------------------------------------------
// JSON, JSONC, package.json

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a key in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected a colon after the key",
  CommaExpected: "expected a comma",
  CloseBraceExpected: "expected a closing brace }",
  CloseBracketExpected: "expected a closing bracket ]",
  EndOfFileExpected: "expected the end of the file after the value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "a comment is not closed",
  UnexpectedEndOfString: "a string is not closed",
  UnexpectedEndOfNumber: "a number is cut off",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in a string",
};

type JsoncParser = typeof import("jsonc-parser");

function parseJson({ findNodeAtLocation, parseTree, printParseErrorCode }: JsoncParser, text: string, file: string, format: Exclude<ConfigFormat, "yaml">): ConfigDocument {
  const at = locator(text, file);
  const errors: ParseError[] = [];
  const strict = format !== "jsonc";
  const tree = parseTree(text, errors, { disallowComments: strict, allowTrailingComma: !strict, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const name = printParseErrorCode(first.error);
    const what = format === "jsonc" ? "JSONC" : "JSON";
    // A planlint.config.json may become .jsonc; package.json must stay JSON.
    const rename = format === "json" ? " (name the file planlint.config.jsonc to use them)" : "";
    const comma = strict ? trailingComma(text, first.offset) : -1;
    if (comma >= 0) throw new PlanlintError("config", `invalid JSON: trailing commas are not allowed in JSON${rename}`, at(comma));
    const reason = JSON_ERRORS[name] ?? name;
    throw new PlanlintError("config", `invalid ${what}: ${reason}${name === "InvalidCommentToken" ? rename : ""}`, at(first.offset));
  }
  if (!tree) throw new PlanlintError("config", "invalid JSON: the file is empty", at(0));

  const prefix: JsonPath = format === "package.json" ? ["planlint"] : [];
  const rootNode = prefix.length > 0 ? (tree.type === "object" ? findNodeAtLocation(tree, prefix) : undefined) : tree;
  // In package.json only planlint's part is ours to judge.
  if (rootNode) checkDuplicateKeys(rootNode, at);
  const value = rootNode ? nodeValue(rootNode) : undefined;
  return {
    file,
    format,
    value,
    locate(path, part = "value") {
      const full = [...prefix, ...path];
      let node: JsonNode | undefined;
      for (let n = full.length; n >= 0 && !node; n--) node = n === 0 ? tree : findNodeAtLocation(tree, full.slice(0, n));
      node ??= tree;
      if (part === "key" && node.parent?.type === "property" && node.parent.children?.[0]) return at(node.parent.children[0].offset);
      return at(node.offset);
    },
  };
}

/** The offset of a comma right before the `}` or `]` at `offset`, or -1. */
function trailingComma(text: string, offset: number): number {
  if (text[offset] !== "}" && text[offset] !== "]") return -1;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === "," ? i : -1;
}

/** jsonc-parser's getNodeValue, with "__proto__" kept as a plain key (it would set the prototype). */
function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case "object": {
      const entries: [string, unknown][] = [];
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key && value) entries.push([key.value as string, nodeValue(value)]);
      }
      // fromEntries defines own properties, as JSON.parse does: "__proto__" stays a key.
      return Object.fromEntries(entries);
    }
    case "array":
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function checkDuplicateKeys(node: JsonNode, at: (offset: number) => PlanlintErrorLocation): void {
  if (node.type === "object") {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const key = prop.children?.[0];
      if (!key) continue;
      const name = String(key.value);
      if (seen.has(name)) throw new PlanlintError("config", `invalid JSON: duplicate key ${JSON.stringify(name)}`, at(key.offset));
      seen.add(name);
    }
  }
  for (const child of node.children ?? []) checkDuplicateKeys(child, at);
}

// ---------------------------------------------------------------------------
// YAML

async function parseYaml(text: string, file: string): Promise<ConfigDocument> {
  const { isMap, isPair, isScalar, isSeq, parseDocument } = await import("yaml");
  const at = locator(text, file);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) throw new PlanlintError("config", `invalid YAML: ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`, at(error.pos[0]));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw new PlanlintError("config", `invalid YAML: ${(cause as Error).message.split("\n")[0]}`, at(doc.contents?.range?.[0] ?? 0), undefined, { cause });
  }
  // A YAML file with only comments is an empty config.
  if (value === null || value === undefined) value = {};

  return {
    file,
    format: "yaml",
    value,
    locate(path, part = "value") {
      let node: unknown = doc.contents;
      let offset = (doc.contents?.range?.[0] as number | undefined) ?? 0;
      let keyOffset = offset;
      for (const seg of path) {
        let next: unknown;
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
          if (!pair) break;
          keyOffset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
          next = pair.value;
        } else if (isSeq(node) && typeof seg === "number") {
          next = node.items[seg];
          keyOffset = (next as { range?: [number] } | undefined)?.range?.[0] ?? offset;
        } else break;
        const start = (next as { range?: [number] } | null | undefined)?.range?.[0];
        offset = start ?? keyOffset;
        node = next;
        if (start === undefined) break;
      }
      return at(part === "key" ? keyOffset : offset);
    },
  };
}
