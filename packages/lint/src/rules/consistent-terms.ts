/**
 * consistent-terms: forms a term dictionary marks as variants of a preferred term
 * (多重防御 → 多層防御, 取組む → 取り組む). Dictionaries are the built-in ones
 * (`kobun`, `cybersecurity`) and the prh dictionaries of the config's `terms`.
 *
 * Patterns run once over the document's joined prose, so a term wrapped by the
 * PDF extraction (「多重\n\n防御」) is found too. A fix replaces only the characters
 * that differ and carries the line break over, so --fix never joins lines; when
 * that cannot be done faithfully, the change is offered as a suggestion instead.
 *
 * `kobun` holds 公用文's spellings: they bind 公用文 (計画, 基本方針, 通知), not a
 * guidebook or a manifesto written for citizens in です・ます調, which may write
 * および or 取り組み as any newspaper does. So unless the options name the built-in
 * dictionaries, a document of the "general" style gets only the others (and the
 * user's own dictionaries, which always apply).
 */
import { builtinDictionary, BUILTIN_DICTIONARY_NAMES, type BuiltinDictionaryName } from "../dictionaries/index.js";
import { defineRule } from "../rule.js";
import { crossesParagraph, minimalFix, proseText, sourceRange } from "../terms/prose-text.js";
import { ParagraphMemo } from "../memo/paragraph-memo.js";
import { staysInParagraph } from "../terms/paragraph-local.js";
import { collectTermMatches, PATTERN_SLOTS, resolveTermMatches, type RawTermMatch, type TermDictionary, type TermRule } from "../terms/term-dictionary.js";

export interface ConsistentTermsOptions {
  /** Built-in dictionaries to apply besides the config's `terms`; `[]` for none. Unset: all for 公用文, all but `kobun` for general documents. */
  builtin?: BuiltinDictionaryName[];
}

/** The built-in dictionaries for a document of each style when the options do not name them. */
const DEFAULT_BUILTIN: Readonly<Record<"official" | "general", readonly BuiltinDictionaryName[]>> = {
  official: BUILTIN_DICTIONARY_NAMES,
  general: BUILTIN_DICTIONARY_NAMES.filter((n) => n !== "kobun"),
};

interface RuleSet {
  rules: TermRule[];
  builtin: ReadonlySet<TermRule>;
  /** Forms a user dictionary prefers: a built-in dictionary never reports them. */
  userPreferred: ReadonlySet<string>;
  /** Rules whose patterns all read one paragraph (terms/paragraph-local.ts): their matches are kept per paragraph in the server. */
  local: TermRule[];
  /** The others, applied to the whole text on every lint. */
  whole: TermRule[];
  /** Each rule's place in `rules`: on equal spans the earlier rule wins. */
  place: ReadonlyMap<TermRule, number>;
  /** Names this set in the paragraph memo's keys. */
  id: string;
}

let ruleSetCount = 0;

/**
 * Matches of the paragraph-local rules, per paragraph of the joined prose: in the
 * language server an edit re-scans only the paragraph it changed.
 */
const localMatches = new ParagraphMemo<RawTermMatch>(1 << 14);


// Keyed by the config's dictionary list (one array per resolved config), so the
// rule list is assembled once per config, not on every keystroke.
const ruleSets = new WeakMap<readonly TermDictionary[], Map<string, RuleSet>>();

function ruleSetFor(terms: readonly TermDictionary[], builtin: readonly BuiltinDictionaryName[]): RuleSet {
  const key = builtin.join(",");
  let byBuiltin = ruleSets.get(terms);
  if (!byBuiltin) {
    byBuiltin = new Map();
    ruleSets.set(terms, byBuiltin);
  }
  let set = byBuiltin.get(key);
  if (!set) {
    const builtinRules = builtin.flatMap((name) => builtinDictionary(name).rules);
    const userRules = terms.flatMap((d) => d.rules);
    const rules = [...userRules, ...builtinRules];
    set = {
      // The user's dictionaries come first: on equal spans their rule wins.
      rules,
      builtin: new Set(builtinRules),
      userPreferred: new Set(userRules.filter((r) => !r.expected.includes("$")).map((r) => r.expected)),
      local: rules.filter((r) => r.patterns.every(staysInParagraph)),
      whole: rules.filter((r) => !r.patterns.every(staysInParagraph)),
      place: new Map(rules.map((r, i) => [r, i])),
      id: `terms#${++ruleSetCount}`,
    };
    byBuiltin.set(key, set);
  }
  return set;
}

/** `m` moved by `offset` and numbered by its rule's place in the set's whole list (collectTermMatches numbered it in a part of it). */
function placed(set: RuleSet, m: RawTermMatch, offset: number): RawTermMatch {
  return { rule: m.rule, start: m.start + offset, end: m.end + offset, found: m.found, replacement: m.replacement, order: set.place.get(m.rule)! * PATTERN_SLOTS + (m.order % PATTERN_SLOTS) };
}

function dictionaryLabel(file: string): string {
  return `用語辞書 ${/[^/\\]+$/.exec(file)?.[0] ?? file}`;
}

export const consistentTerms = defineRule<ConsistentTermsOptions>({
  id: "consistent-terms",
  meta: {
    description: "Finds variant forms of terms that a term dictionary (built-in 公用文 and cybersecurity ones, or prh dictionaries from `terms`) replaces with a preferred form.",
    recommended: "warn",
    fixable: true,
    hasSuggestions: true,
    messages: {
      preferTerm: "「{{found}}」ではなく「{{expected}}」を使います（{{reason}}）。",
      replaceTerm: "「{{expected}}」に置き換える",
    },
    docs: "docs/rules/consistent-terms.md",
    optionsSchema: {
      type: "object",
      properties: {
        builtin: {
          description:
            "Built-in dictionaries to apply besides the config's `terms`: kobun (公用文の表記) and cybersecurity. `[]` uses only your own dictionaries. Unset: both for 公用文 (style official), cybersecurity only for general documents.",
          type: "array",
          items: { type: "string", enum: [...BUILTIN_DICTIONARY_NAMES] },
          uniqueItems: true,
        },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: {},
  create(context) {
    const builtin = (context.options.builtin ?? DEFAULT_BUILTIN[context.style]).filter((n): n is BuiltinDictionaryName => (BUILTIN_DICTIONARY_NAMES as readonly string[]).includes(n));
    const set = ruleSetFor(context.terms, builtin);
    if (set.rules.length === 0) return;
    const joined = proseText(context);
    // The local rules' matches (kept per paragraph in the server) and the others', each
    // numbered by its rule's place in the whole list, then resolved together as one list.
    const raw: RawTermMatch[] = [];
    localMatches.find(joined.text, set.id, (text) => collectTermMatches(text, set.local), (m, offset) => raw.push(placed(set, m, offset)));
    for (const m of collectTermMatches(joined.text, set.whole)) raw.push(placed(set, m, 0));
    for (const m of resolveTermMatches(raw)) {
      if (crossesParagraph(joined, m.start, m.end)) continue;
      if (set.builtin.has(m.rule) && set.userPreferred.has(m.found)) continue;
      const range = sourceRange(joined, m.start, m.end);
      const data = { found: m.found, expected: m.replacement, reason: m.rule.reason ?? dictionaryLabel(m.rule.source.file) };
      const fix = minimalFix(context.text, joined, m.start, m.end, m.replacement);
      if (m.rule.safe && fix) {
        context.report({ range, messageId: "preferTerm", data, fix });
      } else {
        // Not safe, or the change would have to remove a line break: the editor offers it, --fix does not.
        context.report({
          range,
          messageId: "preferTerm",
          data,
          suggestions: [{ messageId: "replaceTerm", data: { expected: m.replacement }, fix: fix ?? { range, text: m.replacement } }],
        });
      }
    }
  },
});
