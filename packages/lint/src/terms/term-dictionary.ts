/**
 * Term dictionaries: which written forms are variants of a preferred term
 * (多重防御 → 多層防御). Loaded from prh YAML files unchanged and from planlint's
 * built-in dictionaries; `consistent-terms` applies them.
 */

export interface TermRule {
  /** The preferred form. May hold `$1`… referring to the pattern's groups. */
  expected: string;
  /**
   * Global regexps of the variant forms. A prh rule has exactly one (its
   * `patterns` are combined into one alternation, as prh does, so that `$1`
   * numbering and "first alternative wins" behave the same).
   */
  patterns: RegExp[];
  /** Why the preferred form is preferred; shown in the message. */
  reason?: string;
  /** prh's `regexpMustEmpty`: a match whose group `$n` is not empty is no finding. */
  mustBeEmptyGroup?: number;
  /** Where the rule was defined, for messages about the dictionary itself. */
  source: { file: string; line: number };
  /** The patterns as the dictionary wrote them (prh's `ignoreRules` may name them so). */
  written?: string[];
  /**
   * Whether replacing the variant by `expected` is safe for `--fix`. A dictionary
   * says so per entry (`fix: false` makes it a suggestion only).
   */
  safe: boolean;
}

export interface TermDictionary {
  /** e.g. "planlint:kobun" or a file path. */
  name: string;
  rules: TermRule[];
}

/** A variant found in a text, with what should replace it. */
export interface TermMatch {
  rule: TermRule;
  start: number;
  end: number;
  found: string;
  replacement: string;
}

/**
 * Expands `$1`…`$99` in `expected` with the match's groups exactly as prh does:
 * a group that did not take part becomes "", while `$0` and a number beyond the
 * pattern's groups stay as written (a dictionary's specs depend on this).
 */
export function expandExpected(expected: string, m: RegExpExecArray): string {
  if (!expected.includes("$")) return expected;
  return expected.replace(/\$([0-9]{1,2})/g, (whole, n: string) => {
    const index = Number(n);
    if (index === 0 || index > m.length - 1) return whole;
    return m[index] ?? "";
  });
}

const QUANTIFIER = new Set([..."*+?{"]);
const prefixes = new WeakMap<RegExp, string>();

/**
 * Text every match of `re` starts with ("" when there is none to be sure of): the
 * plain characters before its first regexp syntax, minus one the syntax makes
 * optional; for a top-level alternation, what all its alternatives start with
 * (「既定(?=する)|既定(?<=法の既定)」: 既定); nothing for a case-insensitive regexp.
 */
export function literalPrefix(re: RegExp): string {
  let prefix = prefixes.get(re);
  if (prefix !== undefined) return prefix;
  prefix = re.ignoreCase ? "" : commonStart(topLevelAlternatives(re.source).map(plainStart));
  prefixes.set(re, prefix);
  return prefix;
}

/** The plain characters a regexp source (without top-level alternation) starts with, minus one its syntax makes optional. */
function plainStart(src: string): string {
  const special = src.search(SPECIAL_CHAR);
  const i = special < 0 ? src.length : special;
  let prefix = src.slice(0, i);
  if (i < src.length && QUANTIFIER.has(src[i]!) && prefix.length > 0) {
    prefix = prefix.slice(0, isLowSurrogate(prefix.charCodeAt(prefix.length - 1)) && prefix.length > 1 ? -2 : -1);
  }
  return prefix;
}

/** The longest start all of `list` share, never ending in half a surrogate pair. */
function commonStart(list: readonly string[]): string {
  let common = list[0]!;
  for (const s of list) {
    let k = 0;
    while (k < common.length && k < s.length && common.charCodeAt(k) === s.charCodeAt(k)) k++;
    common = common.slice(0, k);
  }
  if (common.length > 0 && isHighSurrogate(common.charCodeAt(common.length - 1))) common = common.slice(0, -1);
  return common;
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * The matches `re` (global) finds in `text` from `from` on, in order, one after
 * another as `re.exec` in a loop finds them, for a regexp whose every match starts
 * with `prefix` (its literalPrefix, not ""): the regexp is tried, sticky, only
 * where the prefix stands, and a native search jumps from one place to the next
 * (the regexp's own search looked at every position). Starts at `at` when the
 * caller already knows where the prefix first stands.
 */
export function forEachPrefixedMatch(text: string, re: RegExp, prefix: string, each: (m: RegExpExecArray) => void, at = text.indexOf(prefix)): void {
  let sticky = stickyCopies.get(re);
  if (!sticky) stickyCopies.set(re, (sticky = new RegExp(re.source, re.flags.replace("g", "") + "y")));
  while (at >= 0) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) {
      at = text.indexOf(prefix, at + 1);
      continue;
    }
    each(m);
    // A match holds at least the prefix, so it is never empty.
    at = text.indexOf(prefix, m.index + m[0].length);
  }
}

/** The alternatives of a regexp source split at its top-level bars (the source itself when it has none). */
function topLevelAlternatives(src: string): string[] {
  if (!src.includes("|")) return [src];
  // Only escapes, brackets, parentheses and bars matter: a regexp jumps from one to the next.
  const out: string[] = [];
  let from = 0;
  let depth = 0;
  let inClass = false;
  STRUCTURE.lastIndex = 0;
  while (STRUCTURE.test(src)) {
    const i = STRUCTURE.lastIndex - 1;
    const ch = src[i];
    if (ch === "\\") STRUCTURE.lastIndex = i + 2;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** What the prefix stops at: the SPECIAL characters. */
const SPECIAL_CHAR = /[\\^$.*+?()[\]{}|/]/;
/** The characters hasTopLevelAlternation acts on. */
const STRUCTURE = /[\\[\]()|]/g;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Every variant of every rule in `text`. Where two rules' matches overlap, the
 * one that starts first wins, then the longer one, then the earlier rule — so a
 * dictionary listed first (the user's) beats a later one (built-in) on a tie.
 */
export function findTermMatches(text: string, rules: readonly TermRule[]): TermMatch[] {
  return resolveTermMatches(collectTermMatches(text, rules));
}

/** A match before overlaps are resolved; `order` is its rule's and pattern's place in the rule list. */
export interface RawTermMatch extends TermMatch {
  order: number;
}

/** Patterns per rule the order leaves room for: a rule's `order` is its index times this, plus the pattern's index. */
export const PATTERN_SLOTS = 1024;

/**
 * Every match of every rule in `text`, overlaps and all, in rule and pattern
 * order. `rules[i]` gets the order `(firstRule + i) * PATTERN_SLOTS + pattern`:
 * a caller that collects from parts of a rule list keeps their places.
 */
export function collectTermMatches(text: string, rules: readonly TermRule[], firstRule = 0, out: RawTermMatch[] = []): RawTermMatch[] {
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    for (let p = 0; p < rule.patterns.length; p++) {
      const pattern = rule.patterns[p]!;
      const order = (firstRule + r) * PATTERN_SLOTS + p;
      // Most words of a dictionary are absent from a given plan; a plain search says so
      // faster than the regexp with its lookarounds.
      const prefix = literalPrefix(pattern);
      if (prefix) {
        forEachPrefixedMatch(text, pattern, prefix, (m) => {
          if (rule.mustBeEmptyGroup !== undefined && m[rule.mustBeEmptyGroup]) return;
          const replacement = expandExpected(rule.expected, m);
          if (replacement === m[0]) return;
          out.push({ rule, start: m.index, end: m.index + m[0].length, found: m[0], replacement, order });
        });
        continue;
      }
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text)) !== null) {
        if (m[0].length === 0) {
          // An empty match would loop forever; step over one code point.
          pattern.lastIndex += pattern.unicode && isHighSurrogate(text.charCodeAt(m.index)) ? 2 : 1;
          continue;
        }
        if (rule.mustBeEmptyGroup !== undefined && m[rule.mustBeEmptyGroup]) continue;
        const replacement = expandExpected(rule.expected, m);
        if (replacement === m[0]) continue;
        out.push({ rule, start: m.index, end: m.index + m[0].length, found: m[0], replacement, order });
      }
    }
  }
  return out;
}

/** The matches that stand: the one that starts first wins, then the longer one, then the earlier rule (and pattern). */
export function resolveTermMatches(raw: RawTermMatch[]): TermMatch[] {
  if (raw.length < 2) return raw;
  raw.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const kept: TermMatch[] = [];
  let lastEnd = -1;
  for (const m of raw) {
    if (m.start < lastEnd) continue;
    kept.push(m);
    lastEnd = m.end;
  }
  return kept;
}

/** Applies every rule to a string, as prh's specs do: the result a `--fix` would give. */
export function replaceTerms(text: string, rules: readonly TermRule[]): string {
  let out = "";
  let at = 0;
  for (const m of findTermMatches(text, rules)) {
    out += text.slice(at, m.start) + m.replacement;
    at = m.end;
  }
  return out + text.slice(at);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

const WIDTH_PAIRS: Record<string, string> = {};
for (let c = 0x21; c <= 0x7e; c++) WIDTH_PAIRS[String.fromCharCode(c)] = String.fromCharCode(c + 0xfee0);

/** Escapes what is special in a regexp, valid with and without the `u` flag. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * prh's treatment of `expected` without a pattern: Latin letters and digits match
 * in either case and either width (「jQuery」 also finds 「ＪＱＵＥＲＹ」).
 */
export function spreadAlphaNum(s: string): string {
  let out = "";
  for (const ch of s) {
    if (/[A-Za-z]/.test(ch)) {
      const up = ch.toUpperCase();
      const low = ch.toLowerCase();
      out += `[${up}${low}${WIDTH_PAIRS[up]}${WIDTH_PAIRS[low]}]`;
    } else if (/[0-9]/.test(ch)) {
      out += `[${ch}${WIDTH_PAIRS[ch]}]`;
    } else {
      out += escapeRegExp(ch);
    }
  }
  return out;
}
