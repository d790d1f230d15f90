/** PLACEHOLDER — being written; replaced by the real rule. */
import { defineRule } from "../rule.js";

export const consistentTerms = defineRule({
  id: "consistent-terms",
  meta: {
    description: "(being written)",
    recommended: "warn",
    fixable: false,
    hasSuggestions: false,
    messages: {},
    docs: "docs/rules/consistent-terms.md",
  },
  create() {},
});
