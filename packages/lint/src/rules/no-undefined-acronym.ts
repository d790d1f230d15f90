/** PLACEHOLDER — being written; replaced by the real rule. */
import { defineRule } from "../rule.js";

export const noUndefinedAcronym = defineRule({
  id: "no-undefined-acronym",
  meta: {
    description: "(being written)",
    recommended: "warn",
    fixable: false,
    hasSuggestions: false,
    messages: {},
    docs: "docs/rules/no-undefined-acronym.md",
  },
  create() {},
});
