/** `planlint:recommended`: every rule at the severity its `meta.recommended` gives. */
import type { Rule } from "../rule.js";
import type { ConfigLayer, RuleEntryValue } from "./config-layer.js";

export const RECOMMENDED = "planlint:recommended";

const layers = new WeakMap<object, ConfigLayer>();

/** The built-in layer for a set of rules; one object per set, so a config extending it twice counts it once. */
export function recommendedLayer(rules: Readonly<Record<string, Rule<any>>>): ConfigLayer {
  let layer = layers.get(rules);
  if (!layer) {
    const entries: [string, RuleEntryValue][] = [];
    for (const [id, rule] of Object.entries(rules)) if (rule.meta.recommended !== "off") entries.push([id, { severity: rule.meta.recommended }]);
    layer = { file: RECOMMENDED, dir: "", root: true, rules: entries, glossary: [], terms: [], ignore: [], overrides: [], exceptions: [] };
    layers.set(rules, layer);
  }
  return layer;
}
