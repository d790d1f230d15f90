/**
 * Turns prh-shaped rules (already parsed data) into {@link TermRule}s, with prh's
 * semantics: a string pattern is literal, `/…/flags` is a regexp, no pattern means
 * the expected form in any case and width, a rule's `patterns` form one
 * alternation, and every regexp gets the flags `gmu`. Shared by the YAML loader
 * and the built-in dictionaries, so both are checked the same way. No YAML here:
 * the rules module imports this without pulling in a YAML parser.
 */
import { PlanlintError, type PlanlintErrorLocation } from "@planlint/core";
import { checkPatternSafety } from "./pattern-safety.js";
import { escapeRegExp, replaceTerms, spreadAlphaNum, type TermRule } from "./term-dictionary.js";

/** One rule as a prh dictionary writes it, plus planlint's `fix: false`. */
export interface PrhRawRule {
  expected: string;
  pattern?: string | string[];
  patterns?: string | string[];
  regexpMustEmpty?: string;
  options?: { wordBoundary?: boolean };
  specs?: { from: string; to: string }[];
  /** Why: shown in the message (textlint-rule-prh shows it too). */
  prh?: string;
  /** planlint: `false` when the replacement depends on meaning — a suggestion, never `--fix`. */
  fix?: boolean;
}

/** A path inside the list of rules: `[2]`, `[2, "pattern", 0]`, `[2, "specs", 1]`. */
export type PrhPath = readonly (string | number)[];

export interface CompilePrhOptions {
  /** Line and column (1-based) of a path in the source, for errors. */
  locate?: (path: PrhPath) => { line: number; column: number } | undefined;
  /** Run each rule's `specs` (default true). */
  checkSpecs?: boolean;
  /**
   * Refuse patterns that can backtrack catastrophically (default true). Only the
   * built-in dictionaries, checked by their tests, skip it to start faster.
   */
  checkSafety?: boolean;
}

const REGEXP_LITERAL = /^\/(.*)\/([a-z]*)$/s;
/** Flags a dictionary may give; g, m and u are always on (prh's defaults). */
const KNOWN_FLAGS = /^[gimsuy]*$/;

/** Compiles the `rules` list of a prh dictionary named `name` (its file, or "planlint:kobun"). */
export function compilePrhRules(raw: readonly unknown[], name: string, options: CompilePrhOptions = {}): TermRule[] {
  const where = (path: PrhPath): PlanlintErrorLocation => {
    const at = options.locate?.(path);
    if (at) return { file: name, line: at.line, column: at.column };
    // Built-in dictionaries have no file: the entry's position stands in for a line.
    return typeof path[0] === "number" && options.locate === undefined ? { file: name, line: path[0] + 1 } : { file: name };
  };
  const checks = { specs: options.checkSpecs !== false, safety: options.checkSafety !== false };
  return raw.map((item, index) => compileRule(item, index, name, where, checks));
}

function compileRule(item: unknown, index: number, file: string, where: (path: PrhPath) => PlanlintErrorLocation, checks: { specs: boolean; safety: boolean }): TermRule {
  // prh accepts a bare string as `{ expected: string }`.
  const raw = (typeof item === "string" ? { expected: item } : item) as Partial<PrhRawRule> | null;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new PlanlintError("dictionary", "each rule must be a mapping with `expected:`", where([index]), "write rules as `- expected: 多層防御` with `pattern: 多重防御`");
  }
  if (typeof raw.expected !== "string" || raw.expected === "") {
    throw new PlanlintError("dictionary", "rule without `expected:` (the preferred form)", where([index]), "add `expected: <preferred term>` to the rule");
  }
  const expected = raw.expected;
  const label = `rule 「${expected}」`;
  if (raw.options !== undefined && (raw.options === null || typeof raw.options !== "object")) {
    throw new PlanlintError("dictionary", `${label}: \`options\` must be a mapping`, where([index, "options"]), "write `options: { wordBoundary: true }`");
  }
  const wordBoundary = raw.options?.wordBoundary === true;

  // prh reads `pattern || patterns`.
  const key = raw.pattern !== undefined && raw.pattern !== null ? "pattern" : "patterns";
  const given = raw[key];
  const written: string[] = given === undefined || given === null ? [] : Array.isArray(given) ? given : [given];
  const compiled: { source: string; flags: string }[] = [];
  written.forEach((p, i) => {
    const at = Array.isArray(given) ? where([index, key, i]) : where([index, key]);
    if (typeof p !== "string" || p === "") {
      throw new PlanlintError("dictionary", `${label}: a pattern must be a non-empty string or /regexp/`, at, "quote the pattern, e.g. `pattern: 多重防御` or `pattern: /サーバ(?!ー)/`");
    }
    compiled.push(compilePattern(p, wordBoundary, label, at, checks.safety));
  });
  if (compiled.length === 0) {
    // prh: without a pattern, the expected form itself matches in any case and width.
    const source = spreadAlphaNum(expected);
    compiled.push({ source: wordBoundary ? `\\b${source}\\b` : source, flags: "" });
  }
  const flags = compiled[0]!.flags;
  if (compiled.some((c) => c.flags !== flags)) {
    throw new PlanlintError("dictionary", `${label}: its patterns have different flags`, where([index, key]), "give every pattern of one rule the same flags (prh combines them into one regexp)");
  }
  const source = compiled.length === 1 ? compiled[0]!.source : `(?:${compiled.map((c) => c.source).join("|")})`;
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, `gmu${flags}`);
  } catch (error) {
    // Each pattern compiled alone; together they can clash (two groups of one name).
    throw new PlanlintError("dictionary", `${label}: its patterns cannot be combined: ${(error as Error).message}`, where([index, key]), "give each named group a different name, or split the rule");
  }

  const rule: TermRule = { expected, patterns: [pattern], source: { file, line: where([index]).line ?? index + 1 }, safe: true };
  if (written.length > 0) rule.written = written;
  if (raw.fix !== undefined) {
    if (typeof raw.fix !== "boolean") throw new PlanlintError("dictionary", `${label}: \`fix\` must be true or false`, where([index, "fix"]), "write `fix: false` to offer the change as a suggestion only");
    rule.safe = raw.fix;
  }
  if (raw.prh !== undefined && raw.prh !== null) {
    if (typeof raw.prh !== "string") throw new PlanlintError("dictionary", `${label}: \`prh\` (the reason) must be text`, where([index, "prh"]), "quote the reason");
    if (raw.prh.trim()) rule.reason = raw.prh.trim();
  }
  if (raw.regexpMustEmpty !== undefined && raw.regexpMustEmpty !== null) {
    const m = typeof raw.regexpMustEmpty === "string" ? /^\$([0-9]+)$/.exec(raw.regexpMustEmpty) : null;
    const groups = new RegExp(`${source}|`, "u").exec("")!.length - 1;
    if (!m || Number(m[1]) < 1 || Number(m[1]) > groups) {
      throw new PlanlintError(
        "dictionary",
        `${label}: regexpMustEmpty ${JSON.stringify(raw.regexpMustEmpty)} must name a group of the pattern ($1…$${Math.max(groups, 1)})`,
        where([index, "regexpMustEmpty"]),
        "write e.g. `regexpMustEmpty: $1` with a pattern like /(日経)?ソフトウエア/",
      );
    }
    rule.mustBeEmptyGroup = Number(m[1]);
  }
  if (checks.specs) checkSpecs(rule, raw.specs, index, where);
  return rule;
}

function compilePattern(p: string, wordBoundary: boolean, label: string, at: PlanlintErrorLocation, checkSafety: boolean): { source: string; flags: string } {
  const literal = REGEXP_LITERAL.exec(p);
  let source: string;
  let flags = "";
  if (literal && literal[1] !== "") {
    if (!KNOWN_FLAGS.test(literal[2]!)) {
      throw new PlanlintError("dictionary", `${label}: unknown regexp flag in ${p}`, at, "use only the flags i and s (g, m and u are always on)");
    }
    source = literal[1]!;
    // g, m and u are always on; y would anchor every search and find almost nothing.
    flags = [...new Set(literal[2]!.replace(/[gmuy]/g, ""))].sort().join("");
  } else {
    source = escapeRegExp(p);
    if (wordBoundary) source = `\\b${source}\\b`;
  }
  let re: RegExp;
  try {
    re = new RegExp(source, `gmu${flags}`);
  } catch (error) {
    throw new PlanlintError("dictionary", `${label}: invalid regular expression ${p}: ${(error as Error).message}`, at, "fix the pattern (it is read with the flags g, m and u, as prh does)");
  }
  if (checkSafety) checkPatternSafety(re, p, at);
  return { source, flags };
}

function checkSpecs(rule: TermRule, specs: unknown, index: number, where: (path: PrhPath) => PlanlintErrorLocation): void {
  if (specs === undefined || specs === null) return;
  const label = `rule 「${rule.expected}」`;
  if (!Array.isArray(specs)) throw new PlanlintError("dictionary", `${label}: specs must be a list of { from, to }`, where([index, "specs"]), "write `specs:` followed by `- from: …` / `to: …` items");
  specs.forEach((spec, i) => {
    const s = spec as { from?: unknown; to?: unknown } | null;
    if (typeof s?.from !== "string" || typeof s.to !== "string") {
      throw new PlanlintError("dictionary", `${label}: each spec needs text \`from\` and \`to\``, where([index, "specs", i]), "write `- from: <text with the variant>` and `to: <the same text corrected>`");
    }
    const got = replaceTerms(s.from, [rule]);
    if (got !== s.to) {
      throw new PlanlintError(
        "dictionary",
        `${label}: spec failed: from 「${s.from}」 got 「${got}」, expected 「${s.to}」`,
        where([index, "specs", i]),
        "fix the rule's pattern or its spec",
      );
    }
  });
}
