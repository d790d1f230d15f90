/** PLACEHOLDER — being written; replaced by the real rule. */
import { defineRule } from "../rule.js";

export const noDuplicateMeasures = defineRule({
  id: "no-duplicate-measures",
  meta: {
    description: "(being written)",
    recommended: "warn",
    fixable: false,
    hasSuggestions: false,
    messages: {},
    docs: "docs/rules/no-duplicate-measures.md",
  },
  create() {},
});
