/** PLACEHOLDER — being written; replaced by the real rule. */
import { defineRule } from "../rule.js";

export const consistentWidth = defineRule({
  id: "consistent-width",
  meta: {
    description: "(being written)",
    recommended: "warn",
    fixable: false,
    hasSuggestions: false,
    messages: {},
    docs: "docs/rules/consistent-width.md",
  },
  create() {},
});
