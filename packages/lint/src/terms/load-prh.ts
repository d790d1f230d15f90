/**
 * Loads a prh YAML dictionary as it is (version, rules with expected / pattern /
 * patterns / regexpMustEmpty / options.wordBoundary / specs / prh, imports with
 * disableImports and ignoreRules), so drafters keep the dictionaries they already
 * have. Every rule's `specs` are run at load: a dictionary that contradicts itself
 * is an error, reported with file:line:column like every other problem here.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PlanlintError, type PlanlintErrorLocation } from "@planlint/core";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from "yaml";
import { compilePrhRules, type PrhPath } from "./compile-prh.js";
import { escapeRegExp, type TermDictionary, type TermRule } from "./term-dictionary.js";

export interface LoadPrhOptions {
  /** Read a file (tests inject this). */
  readFile?: (path: string) => string;
}

interface ImportSpec {
  path: string;
  disableImports: boolean;
  /** prh's ignoreRules: by pattern (as written, or as prh prints it: /source/gmu) or by expected. */
  ignore: { pattern?: string; expected?: string }[];
  at: PlanlintErrorLocation;
}

export interface ParsedPrh {
  rules: TermRule[];
  imports: ImportSpec[];
}

/** Loads `file` and its imports into one dictionary. */
export function loadPrhDictionary(file: string, options: LoadPrhOptions = {}): TermDictionary {
  const read = options.readFile ?? ((p: string) => readFileSync(p, "utf8"));
  const rules = loadFile(resolve(file), read, new Set(), true, undefined);
  return { name: file, rules };
}

/**
 * The rules of `file` and, unless disabled, of its imports. As in prh's merge, a
 * rule whose `expected` is already there (from the importing file or an earlier
 * import) is dropped. Cycles end at a file already being loaded.
 */
function loadFile(file: string, read: (p: string) => string, loading: Set<string>, followImports: boolean, importedAt: PlanlintErrorLocation | undefined): TermRule[] {
  if (loading.has(file)) return [];
  loading.add(file);
  let content: string;
  try {
    content = read(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = importedAt ? "imported term dictionary" : "term dictionary";
    throw new PlanlintError(
      "io",
      code === "ENOENT" ? `${what} not found: ${file}` : `cannot read ${what} ${file} (${code ?? (error as Error).message})`,
      importedAt ?? { file },
      importedAt ? "check the path in `imports` (relative to the importing dictionary)" : "check the `terms` paths in your planlint config",
      { cause: error },
    );
  }
  const parsed = parsePrhText(content, file);
  const rules = [...parsed.rules];
  if (followImports) {
    for (const imp of parsed.imports) {
      const imported = loadFile(resolve(dirname(file), imp.path), read, loading, !imp.disableImports, imp.at);
      for (const rule of imported) {
        if (imp.ignore.some((ig) => ignores(ig, rule))) continue;
        if (rules.some((r) => r.expected === rule.expected)) continue;
        rules.push(rule);
      }
    }
  }
  loading.delete(file);
  return rules;
}

function ignores(ig: { pattern?: string; expected?: string }, rule: TermRule): boolean {
  if (ig.expected !== undefined) return ig.expected === rule.expected;
  const p = ig.pattern;
  if (p === undefined) return false;
  if (rule.written?.includes(p)) return true;
  const re = rule.patterns[0];
  if (!re) return false;
  if (p === `/${re.source}/${re.flags.replace("g", "")}` || p === re.toString()) return true;
  // A pattern given as /source/ (any flags) or as a literal string.
  const literal = /^\/(.*)\/[a-z]*$/s.exec(p);
  return (literal ? literal[1] : escapeRegExp(p)) === re.source;
}

/** Parses one prh YAML text (imports are listed, not followed). */
export function parsePrhText(content: string, file: string): ParsedPrh {
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): PlanlintErrorLocation => {
    const p = lineCounter.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const nodeAt = (node: unknown): PlanlintErrorLocation => at(nodeStart(node));
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new PlanlintError("dictionary", `invalid YAML: ${e.message.split("\n")[0]}`, at(e.pos[0]), "fix the YAML syntax of the prh dictionary");
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ""))) return { rules: [], imports: [] };
  if (!isMap(root)) {
    throw new PlanlintError("dictionary", "a prh dictionary must be a mapping with `version: 1` and `rules:`", nodeAt(root), "see prh's format: version, imports, rules");
  }
  const version = root.get("version", true);
  if (version !== undefined && !(isScalar(version) && Number(version.value) === 1)) {
    throw new PlanlintError("dictionary", "unsupported prh dictionary version (only `version: 1` exists)", nodeAt(version), "write `version: 1`");
  }

  const rulesNode = root.get("rules", true) as YamlNode | undefined;
  let rules: TermRule[] = [];
  if (rulesNode !== undefined && !(isScalar(rulesNode) && rulesNode.value === null)) {
    if (!isSeq(rulesNode)) {
      throw new PlanlintError("dictionary", "`rules` must be a list", nodeAt(rulesNode), "write `rules:` followed by `- expected: …` items");
    }
    const raw = rulesNode.toJSON() as unknown[];
    rules = compilePrhRules(raw, file, { locate: (path) => locate(doc, lineCounter, path) });
  }

  return { rules, imports: readImports(root.get("imports", true), file, nodeAt) };
}

function readImports(node: unknown, file: string, nodeAt: (node: unknown) => PlanlintErrorLocation): ImportSpec[] {
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  // prh allows a single path as well as a list.
  if (isScalar(node) && typeof node.value === "string") return [{ path: node.value, disableImports: false, ignore: [], at: nodeAt(node) }];
  if (!isSeq(node)) throw new PlanlintError("dictionary", "`imports` must be a list of paths", nodeAt(node), "write `imports: [./other.yml]`");
  return node.items.map((item): ImportSpec => {
    const v = (item as { toJSON(): unknown }).toJSON();
    if (typeof v === "string" && v !== "") return { path: v, disableImports: false, ignore: [], at: nodeAt(item) };
    if (v && typeof v === "object" && typeof (v as { path?: unknown }).path === "string" && (v as { path: string }).path !== "") {
      const o = v as { path: string; disableImports?: unknown; ignoreRules?: unknown };
      const pathNode = isMap(item) ? item.get("path", true) : item;
      const ignoreRaw = o.ignoreRules === undefined || o.ignoreRules === null ? [] : Array.isArray(o.ignoreRules) ? o.ignoreRules : [o.ignoreRules];
      const ignore = ignoreRaw.map((r) => {
        if (typeof r === "string") return { pattern: r };
        if (r && typeof r === "object") {
          const x = r as { pattern?: unknown; expected?: unknown };
          if (typeof x.expected === "string") return { expected: x.expected };
          if (typeof x.pattern === "string") return { pattern: x.pattern };
        }
        throw new PlanlintError("dictionary", "each of `ignoreRules` is a pattern or `{ pattern: … }` / `{ expected: … }`", nodeAt(isMap(item) ? item.get("ignoreRules", true) : item), "write `ignoreRules: [多重防御]` or `- expected: 多層防御`");
      });
      return { path: o.path, disableImports: o.disableImports === true, ignore, at: nodeAt(pathNode ?? item) };
    }
    throw new PlanlintError("dictionary", "each import is a path or `{ path: … }`", nodeAt(item), "write `imports: [./other.yml]`");
  });
}

/** Line and column of the deepest node on `path` under `rules` that exists. */
function locate(doc: Document, lineCounter: LineCounter, path: PrhPath): { line: number; column: number } | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(["rules", ...path.slice(0, n)], true);
    if (node !== undefined && node !== null && typeof node === "object") {
      const p = lineCounter.linePos(nodeStart(node));
      return { line: p.line, column: p.col };
    }
  }
  return undefined;
}

function nodeStart(node: unknown): number {
  return (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
}
