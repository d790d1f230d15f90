/**
 * Builds `schema/planlint.config.schema.json` from the TypeBox definition and the
 * rules' metadata (ids, descriptions, option schemas), so that an editor
 * completes rule ids and checks their options. Build time only: run by
 * `scripts/build-config-schema.mjs`, checked for staleness by a test.
 */
import type { Rule } from "../rule.js";
import { PlanlintConfigSchema, SeveritySettingSchema } from "./config-schema.js";

type Schema = Record<string, unknown>;

const RULES_REF = "#/definitions/rules";
const SEVERITY_REF = "#/definitions/severity";

export function configJsonSchema(rules: Readonly<Record<string, Rule<any>>>): Schema {
  const base = plain(PlanlintConfigSchema);
  const properties = base.properties as Record<string, Schema>;
  properties.rules = { $ref: RULES_REF };
  const override = (properties.overrides as { items: { properties: Record<string, Schema> } }).items;
  override.properties.rules = { $ref: RULES_REF };

  const ruleProperties: Record<string, Schema> = {};
  for (const id of Object.keys(rules).sort()) {
    const meta = rules[id]!.meta;
    const options: Schema = meta.optionsSchema ? { ...meta.optionsSchema } : { type: "object", maxProperties: 0, description: "This rule takes no options." };
    ruleProperties[id] = {
      description: `${meta.description} (recommended: ${meta.recommended}${meta.fixable ? "; fixable" : ""})`,
      anyOf: [
        { $ref: SEVERITY_REF },
        { type: "array", items: [{ $ref: SEVERITY_REF }], additionalItems: false, minItems: 1, maxItems: 1 },
        { type: "array", items: [{ $ref: SEVERITY_REF }, options], additionalItems: false, minItems: 2, maxItems: 2 },
      ],
    };
  }

  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: base.title,
    description: base.description,
    type: "object",
    properties,
    additionalProperties: false,
    definitions: {
      severity: plain(SeveritySettingSchema),
      rules: {
        description: (base.properties as Record<string, Schema>).rules?.description ?? "Rules by id.",
        type: "object",
        properties: ruleProperties,
        additionalProperties: false,
      },
    },
  };
}

/** The schema as JSON (TypeBox's symbol keys dropped), with unions of literals written as `enum`. */
function plain(schema: unknown): Schema {
  return simplify(JSON.parse(JSON.stringify(schema))) as Schema;
}

function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (node === null || typeof node !== "object") return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) out[key] = simplify(value);
  const alts = out.anyOf as Schema[] | undefined;
  if (Array.isArray(alts) && alts.length > 0 && alts.every((a) => typeof a.const === "string" && Object.keys(a).every((k) => k === "const" || k === "type"))) {
    delete out.anyOf;
    out.type = "string";
    out.enum = alts.map((a) => a.const);
  }
  return out;
}
