/** PLACEHOLDER — being written; replaced by the real rule. */
import { defineRule } from "../rule.js";

export const validCrossReference = defineRule({
  id: "valid-cross-reference",
  meta: {
    description: "(being written)",
    recommended: "warn",
    fixable: false,
    hasSuggestions: false,
    messages: {},
    docs: "docs/rules/valid-cross-reference.md",
  },
  create() {},
});
