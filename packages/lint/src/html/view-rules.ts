import type { Rule } from "../rule.js";
import type { ViewRule } from "./render-view.js";

/**
 * What the view shows of each rule: its meta, its doc's text when the caller has
 * it (the offline page embeds docs/rules/*.md), else a link made by `docsUrl`.
 */
export function viewRules(
  rules: Readonly<Record<string, Rule<any>>>,
  docs: Readonly<Record<string, string>> = {},
  docsUrl?: (docsPath: string) => string | undefined,
): Record<string, ViewRule> {
  const out: Record<string, ViewRule> = {};
  for (const [id, rule] of Object.entries(rules)) {
    const view: ViewRule = { description: rule.meta.description, fixable: rule.meta.fixable };
    const doc = docs[id];
    if (doc !== undefined) view.doc = doc;
    const url = docsUrl?.(rule.meta.docs);
    if (url !== undefined) view.docsUrl = url;
    out[id] = view;
  }
  return out;
}
