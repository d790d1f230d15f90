/**
 * A tiny rule whose findings the CLI and config tests can predict exactly, while
 * the real rules are still changing: it reports each listed word, with a safe
 * fix (or, with `fix: false`, a suggestion). `builtinRules` here is the real set
 * plus this rule; the CLI tests build a bundle that uses it.
 */
import { Ajv } from "ajv";
import { defineRule } from "../src/rule.js";
import { builtinRules as realRules } from "../src/rules/index.js";

export interface TestWordsOptions {
  /** Word → replacement. */
  words?: Record<string, string>;
  /** False: offer a suggestion instead of a fix. */
  fix?: boolean;
}

const TEST_WORDS_OPTIONS = {
  type: "object",
  properties: {
    words: { type: "object", additionalProperties: { type: "string" } },
    fix: { type: "boolean" },
  },
  additionalProperties: false,
};

export const testWords = defineRule<TestWordsOptions>({
  id: "test-words",
  meta: {
    description: "Test rule: reports the listed words.",
    recommended: "off",
    fixable: true,
    hasSuggestions: true,
    messages: {
      replace: "「{{from}}」ではなく「{{to}}」と書きます。",
      apply: "「{{to}}」に置き換える",
    },
    docs: "docs/rules/test-words.md",
    // Every part, so that short test texts (which parse as "other") are checked.
    scopes: ["overview", "body", "glossary", "public-comments", "other"],
    optionsSchema: TEST_WORDS_OPTIONS,
    // Not a built-in rule, so its validator is not generated with lint's: compiled here, as a rule of one's own would be.
    optionsValidator: new Ajv({ allErrors: true, messages: false }).compile(TEST_WORDS_OPTIONS),
  },
  defaultOptions: { words: { 多重防御: "多層防御" }, fix: true },
  create(context) {
    for (const [from, to] of Object.entries(context.options.words ?? {})) {
      if (!from) continue;
      for (let at = context.text.indexOf(from); at >= 0; at = context.text.indexOf(from, at + from.length)) {
        const range = { start: at, end: at + from.length };
        const fix = { range, text: to };
        context.report({
          range,
          messageId: "replace",
          data: { from, to },
          ...(context.options.fix === false ? { suggestions: [{ messageId: "apply", data: { to }, fix }] } : { fix }),
        });
      }
    }
  },
});

export const builtinRules = Object.freeze({ ...realRules, "test-words": testWords });
