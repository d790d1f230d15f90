/**
 * Loads a prh YAML dictionary as it is (version, rules with expected / pattern /
 * patterns / regexpMustEmpty / specs / prh, imports with disableImports and
 * ignoreRules), so drafters keep the dictionaries they already have. Every rule's
 * `specs` are run at load: a dictionary that contradicts itself is an error.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PlanlintError } from "@planlint/core";
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { checkPatternSafety } from "./pattern-safety.js";
import { replaceTerms, spreadAlphaNum, type TermDictionary, type TermRule } from "./term-dictionary.js";

interface RawRule {
  expected?: unknown;
  pattern?: unknown;
  patterns?: unknown;
  regexpMustEmpty?: unknown;
  specs?: unknown;
  prh?: unknown;
  fix?: unknown;
  options?: { wordBoundary?: unknown };
}

export interface LoadPrhOptions {
  /** Read a file (tests inject this). */
  readFile?: (path: string) => string;
}

/** Loads `file` and its imports into one dictionary. */
export function loadPrhDictionary(file: string, options: LoadPrhOptions = {}): TermDictionary {
  const read = options.readFile ?? ((p: string) => readFileSync(p, "utf8"));
  const rules: TermRule[] = [];
  loadInto(resolve(file), read, rules, new Set(), true, []);
  return { name: file, rules };
}

/** Parses one prh YAML text (no imports followed). */
export function parsePrhText(content: string, file: string): { rules: TermRule[]; imports: { path: string; disableImports: boolean; ignore: string[] }[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, prettyErrors: false });
  const where = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new PlanlintError("dictionary", `invalid YAML: ${e.message.split("\n")[0]}`, where(e.pos[0]), "fix the YAML syntax of the prh dictionary");
  }
  const root = doc.contents;
  if (root !== null && !isMap(root)) {
    throw new PlanlintError("dictionary", "a prh dictionary must be a mapping with `version: 1` and `rules:`", where(nodeStart(root)), "see prh's format: version, imports, rules");
  }
  const rulesNode = root?.get("rules", true) as YamlNode | undefined;
  const out: TermRule[] = [];
  if (rulesNode !== undefined && !isSeq(rulesNode)) {
    throw new PlanlintError("dictionary", "`rules` must be a list", where(nodeStart(rulesNode)), "write `rules:` followed by `- expected: …` items");
  }
  for (const item of rulesNode?.items ?? []) {
    const node = item as YamlNode;
    const at = where(nodeStart(node));
    const raw = (node as { toJSON(): unknown }).toJSON() as RawRule;
    if (typeof raw !== "object" || raw === null || typeof raw.expected !== "string" || raw.expected === "") {
      throw new PlanlintError("dictionary", "each rule needs `expected:` with the preferred form", at, "add `expected: <preferred term>`");
    }
    out.push(compileRule(raw as RawRule & { expected: string }, file, at.line, at.column));
  }
  const importsNode = root?.get("imports", true) as YamlNode | undefined;
  const imports: { path: string; disableImports: boolean; ignore: string[] }[] = [];
  for (const item of isSeq(importsNode) ? importsNode.items : []) {
    const v = (item as { toJSON(): unknown }).toJSON() as unknown;
    if (typeof v === "string") imports.push({ path: v, disableImports: false, ignore: [] });
    else if (v && typeof v === "object" && typeof (v as { path?: unknown }).path === "string") {
      const o = v as { path: string; disableImports?: boolean; ignoreRules?: unknown[] };
      const ignore = (o.ignoreRules ?? []).map((r) => (typeof r === "string" ? r : String((r as { expected?: unknown; pattern?: unknown }).expected ?? (r as { pattern?: unknown }).pattern ?? "")));
      imports.push({ path: o.path, disableImports: o.disableImports === true, ignore });
    } else {
      throw new PlanlintError("dictionary", "each import is a path or `{ path: … }`", where(nodeStart(item as YamlNode)), "write `imports: [./other.yml]`");
    }
  }
  return { rules: out, imports };
}

function loadInto(file: string, read: (p: string) => string, rules: TermRule[], seen: Set<string>, followImports: boolean, ignore: string[]): void {
  if (seen.has(file)) return;
  seen.add(file);
  let content: string;
  try {
    content = read(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PlanlintError("io", code === "ENOENT" ? "term dictionary not found" : `cannot read term dictionary (${code ?? (error as Error).message})`, { file }, "check the `terms` paths in your planlint config");
  }
  const parsed = parsePrhText(content, file);
  for (const rule of parsed.rules) {
    if (ignore.includes(rule.expected) || rule.patterns.some((p) => ignore.includes(`/${p.source}/`) || ignore.includes(p.source))) continue;
    rules.push(rule);
  }
  if (!followImports) return;
  for (const imp of parsed.imports) {
    loadInto(resolve(dirname(file), imp.path), read, rules, seen, !imp.disableImports, imp.ignore);
  }
}

function nodeStart(node: YamlNode | null | undefined): number {
  return node?.range?.[0] ?? 0;
}

const REGEXP_LITERAL = /^\/(.+)\/([a-z]*)$/s;

function compileRule(raw: RawRule & { expected: string }, file: string, line: number, column: number): TermRule {
  const where = { file, line, column };
  const sources = raw.patterns ?? raw.pattern;
  const list: unknown[] = sources === undefined || sources === null ? [] : Array.isArray(sources) ? sources : [sources];
  const patterns: RegExp[] = [];
  for (const p of list) {
    if (typeof p !== "string" || p === "") {
      throw new PlanlintError("dictionary", `rule 「${raw.expected}」: pattern must be a non-empty string or /regexp/`, where, "quote the pattern");
    }
    patterns.push(compilePattern(p, raw, where));
  }
  if (patterns.length === 0) {
    // prh: without a pattern, the expected form itself matches in any case and width.
    patterns.push(compilePattern(raw.expected, raw, where, true));
  }
  const rule: TermRule = { expected: raw.expected, patterns, source: { file, line }, safe: raw.fix !== false };
  if (typeof raw.prh === "string") rule.reason = raw.prh;
  if (typeof raw.regexpMustEmpty === "string" && /^\$\d$/.test(raw.regexpMustEmpty)) rule.mustBeEmptyGroup = Number(raw.regexpMustEmpty.slice(1));
  checkSpecs(rule, raw.specs, where);
  return rule;
}

function compilePattern(p: string, raw: RawRule, where: { file: string; line: number; column: number }, fromExpected = false): RegExp {
  const literal = REGEXP_LITERAL.exec(p);
  let source: string;
  let flags = "g";
  if (literal && !fromExpected) {
    source = literal[1]!;
    flags += literal[2]!.replace(/g/g, "");
  } else {
    source = spreadAlphaNum(p);
    if (raw.options?.wordBoundary === true) source = `\\b${source}\\b`;
  }
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (error) {
    throw new PlanlintError("dictionary", `rule 「${raw.expected}」: invalid regular expression ${p}: ${(error as Error).message}`, where, "fix the pattern");
  }
  checkPatternSafety(re, p, where);
  return re;
}

function checkSpecs(rule: TermRule, specs: unknown, where: { file: string; line: number; column: number }): void {
  if (specs === undefined || specs === null) return;
  if (!Array.isArray(specs)) throw new PlanlintError("dictionary", `rule 「${rule.expected}」: specs must be a list of { from, to }`, where);
  for (const spec of specs) {
    const s = spec as { from?: unknown; to?: unknown };
    if (typeof s?.from !== "string" || typeof s.to !== "string") {
      throw new PlanlintError("dictionary", `rule 「${rule.expected}」: each spec needs string \`from\` and \`to\``, where);
    }
    const got = replaceTerms(s.from, [rule]);
    if (got !== s.to) {
      throw new PlanlintError(
        "dictionary",
        `rule 「${rule.expected}」: spec failed: 「${s.from}」 becomes 「${got}」, the spec expects 「${s.to}」`,
        where,
        "fix the rule's pattern or its spec",
      );
    }
  }
}
