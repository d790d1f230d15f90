/** PLACEHOLDER — being written; replaced by the real rule. */
import { defineRule } from "../rule.js";

export const noOrthographicVariants = defineRule({
  id: "no-orthographic-variants",
  meta: {
    description: "(being written)",
    recommended: "warn",
    fixable: false,
    hasSuggestions: false,
    messages: {},
    docs: "docs/rules/no-orthographic-variants.md",
  },
  create() {},
});
