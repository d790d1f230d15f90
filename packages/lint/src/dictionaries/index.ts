/**
 * planlint's built-in term dictionaries. They ship as data inside the bundle (no
 * file is read) and are compiled on first use, once per process: importing this
 * module costs nothing but the arrays.
 */
import { compilePrhRules, type PrhRawRule } from "../terms/compile-prh.js";
import type { TermDictionary } from "../terms/term-dictionary.js";
import { cybersecurityRules } from "./cybersecurity.js";
import { kobunRules } from "./kobun.js";

export const BUILTIN_DICTIONARY_NAMES = ["kobun", "cybersecurity"] as const;
export type BuiltinDictionaryName = (typeof BUILTIN_DICTIONARY_NAMES)[number];

export const builtinDictionaryRules: Readonly<Record<BuiltinDictionaryName, readonly PrhRawRule[]>> = {
  kobun: kobunRules,
  cybersecurity: cybersecurityRules,
};

const compiled = new Map<BuiltinDictionaryName, TermDictionary>();

/** The compiled built-in dictionary. Specs and pattern safety are checked by the tests, not here. */
export function builtinDictionary(name: BuiltinDictionaryName): TermDictionary {
  let dict = compiled.get(name);
  if (!dict) {
    const dictName = `planlint:${name}`;
    dict = { name: dictName, rules: compilePrhRules(builtinDictionaryRules[name], dictName, { checkSpecs: false, checkSafety: false }) };
    compiled.set(name, dict);
  }
  return dict;
}
