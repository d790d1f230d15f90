/** PLACEHOLDER — being written; replaced by the real rule. */
import { defineRule } from "../rule.js";

export const glossaryIntegrity = defineRule({
  id: "glossary-integrity",
  meta: {
    description: "(being written)",
    recommended: "warn",
    fixable: false,
    hasSuggestions: false,
    messages: {},
    docs: "docs/rules/glossary-integrity.md",
  },
  create() {},
});
