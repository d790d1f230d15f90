/**
 * Term dictionaries: which written forms are variants of a preferred term
 * (多重防御 → 多層防御). Loaded from prh YAML files unchanged and from planlint's
 * built-in dictionaries; `consistent-terms` applies them.
 */

export interface TermRule {
  /** The preferred form. May hold `$1`… referring to the pattern's groups. */
  expected: string;
  /** Global regexps of the variant forms. */
  patterns: RegExp[];
  /** Why the preferred form is preferred; shown in the message. */
  reason?: string;
  /** prh's `regexpMustEmpty`: a match whose group `$n` is not empty is no finding. */
  mustBeEmptyGroup?: number;
  /** Where the rule was defined, for messages about the dictionary itself. */
  source: { file: string; line: number };
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

/** Expands `$1`… in `expected` with the match's groups, as prh does. */
export function expandExpected(expected: string, m: RegExpExecArray): string {
  return expected.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? "");
}

/** Every variant of every rule in `text`; later rules do not report inside an earlier rule's match. */
export function findTermMatches(text: string, rules: readonly TermRule[]): TermMatch[] {
  const out: TermMatch[] = [];
  for (const rule of rules) {
    for (const pattern of rule.patterns) {
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text)) !== null) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        if (rule.mustBeEmptyGroup !== undefined && m[rule.mustBeEmptyGroup]) continue;
        const replacement = expandExpected(rule.expected, m);
        if (replacement === m[0]) continue;
        out.push({ rule, start: m.index, end: m.index + m[0].length, found: m[0], replacement });
      }
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  let lastEnd = -1;
  for (const m of out) {
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

const WIDTH_PAIRS: Record<string, string> = {};
for (let c = 0x21; c <= 0x7e; c++) WIDTH_PAIRS[String.fromCharCode(c)] = String.fromCharCode(c + 0xfee0);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * prh's treatment of a plain string: Latin letters and digits match in either case
 * and either width (「jQuery」 also finds 「ＪＱＵＥＲＹ」).
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
