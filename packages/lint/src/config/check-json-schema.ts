/**
 * A small JSON Schema checker for config values: the subset that the config
 * schema and rules' `optionsSchema` use, with messages written for people
 * ("must be a number, not a string") and a path to the offending value so the
 * caller can point at its line and column.
 *
 * Why not ajv or TypeBox's compiler: compiling a schema costs tens of
 * milliseconds, more than the whole config load may take at CLI start; a walk
 * over a few dozen values costs microseconds.
 */

export type JsonPath = (string | number)[];

export type JsonSchema = Readonly<Record<string, unknown>>;

export interface SchemaProblem {
  /** Path to the offending value (for an unknown key: to the object holding it). */
  path: JsonPath;
  /** For an unknown key: the key, so its own position can be shown, and the keys allowed there. */
  key?: string;
  allowed?: string[];
  /** Reads after the value's name: `must be a string, not a number`. */
  message: string;
}

export interface CheckOptions {
  /** Local `$ref`s (`#/definitions/x`, `#/$defs/x`) resolve against this schema. */
  root?: JsonSchema;
  /**
   * Called for a subschema that is a `$ref`; return problems (or an empty list)
   * to take over checking that value, or undefined to check it normally.
   */
  refHook?: (ref: string, value: unknown, path: JsonPath) => SchemaProblem[] | undefined;
}

/** Keywords this checker understands; anything else in a schema is ignored (see {@link unsupportedKeywords}). */
const KNOWN_KEYWORDS = new Set([
  "$schema",
  "$id",
  "$ref",
  "$comment",
  "$defs",
  "definitions",
  "title",
  "description",
  "default",
  "examples",
  "markdownDescription",
  "deprecated",
  "type",
  "enum",
  "const",
  "anyOf",
  "oneOf",
  "allOf",
  "properties",
  "required",
  "additionalProperties",
  "patternProperties",
  "propertyNames",
  "minProperties",
  "maxProperties",
  "items",
  "additionalItems",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
]);

/** Keywords in `schema` (at any depth) that {@link checkJsonSchema} would ignore: a rule's options schema must have none. */
export function unsupportedKeywords(schema: unknown, at = "#"): string[] {
  if (schema === true || schema === false) return [];
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return [`${at} is not a schema`];
  const out: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (!KNOWN_KEYWORDS.has(key)) out.push(`${at}/${key}`);
    else if (key === "properties" || key === "patternProperties" || key === "$defs" || key === "definitions") {
      for (const [name, sub] of Object.entries(value as object)) out.push(...unsupportedKeywords(sub, `${at}/${key}/${name}`));
    } else if (key === "anyOf" || key === "oneOf" || key === "allOf" || (key === "items" && Array.isArray(value))) {
      (value as unknown[]).forEach((sub, i) => out.push(...unsupportedKeywords(sub, `${at}/${key}/${i}`)));
    } else if (key === "items" || key === "additionalItems" || key === "propertyNames" || (key === "additionalProperties" && typeof value === "object")) {
      out.push(...unsupportedKeywords(value, `${at}/${key}`));
    }
  }
  return out;
}

/** Checks `value`; returns the problems found (empty when it conforms). Reports the first problem of each value. */
export function checkJsonSchema(value: unknown, schema: JsonSchema | boolean, options: CheckOptions = {}): SchemaProblem[] {
  const root = options.root ?? (typeof schema === "object" ? schema : {});
  return check(value, schema, [], { root, refHook: options.refHook });
}

interface Context {
  root: JsonSchema;
  refHook: CheckOptions["refHook"];
}

function check(value: unknown, schema: JsonSchema | boolean | undefined, path: JsonPath, ctx: Context): SchemaProblem[] {
  if (schema === undefined || schema === true) return [];
  if (schema === false) return [{ path, message: "is not allowed here" }];

  if (typeof schema.$ref === "string") {
    const hooked = ctx.refHook?.(schema.$ref, value, path);
    if (hooked !== undefined) return hooked;
    return check(value, resolveRef(schema.$ref, ctx.root), path, ctx);
  }

  const type = typeProblem(value, schema, path);
  if (type) return [type];

  if (schema.const !== undefined && !deepEqual(value, schema.const)) {
    return [{ path, message: `must be ${literal(schema.const)}, not ${describeValue(value)}` }];
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => deepEqual(e, value))) {
    return [{ path, message: `must be ${oneOf(schema.enum.map(literal))}, not ${describeValue(value)}` }];
  }

  for (const alternatives of [schema.anyOf, schema.oneOf] as ((JsonSchema | boolean)[] | undefined)[]) {
    if (!Array.isArray(alternatives)) continue;
    const problem = checkAlternatives(value, alternatives, path, ctx);
    if (problem.length > 0) return problem;
  }
  // oneOf is exactly one: a value two alternatives accept is ambiguous (the schema
  // meant them to exclude each other), not valid.
  if (Array.isArray(schema.oneOf)) {
    const fitting = (schema.oneOf as (JsonSchema | boolean)[]).filter((alt) => check(value, alt, path, ctx).length === 0).length;
    if (fitting > 1) return [{ path, message: `fits ${fitting} of the alternatives where exactly one must fit: ${describeValue(value)}` }];
  }
  if (Array.isArray(schema.allOf)) {
    for (const sub of schema.allOf as JsonSchema[]) {
      const problems = check(value, sub, path, ctx);
      if (problems.length > 0) return problems;
    }
  }

  if (typeof value === "string") return checkString(value, schema, path);
  if (typeof value === "number") return checkNumber(value, schema, path);
  if (Array.isArray(value)) return checkArray(value, schema, path, ctx);
  if (isObject(value)) return checkObject(value, schema, path, ctx);
  return [];
}

function resolveRef(ref: string, root: JsonSchema): JsonSchema | boolean {
  const m = /^#\/(definitions|\$defs)\/(.+)$/.exec(ref);
  const target = m ? ((root[m[1]!] as Record<string, JsonSchema> | undefined)?.[decodeURIComponent(m[2]!)] ?? undefined) : ref === "#" ? root : undefined;
  if (target === undefined) throw new Error(`schema reference ${ref} cannot be resolved`);
  return target;
}

function typeProblem(value: unknown, schema: JsonSchema, path: JsonPath): SchemaProblem | undefined {
  if (schema.type === undefined) return undefined;
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
  if (types.some((t) => hasType(value, t))) return undefined;
  return { path, message: `must be ${oneOf(types.map(describeType))}, not ${describeValue(value)}` };
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      return false;
  }
}

/**
 * None of the alternatives fits. If the value's type fits exactly one of them,
 * that one's problem is the useful one (`"warning"` is a string, so the severity
 * list is what the user meant); otherwise list what would fit.
 */
function checkAlternatives(value: unknown, alternatives: (JsonSchema | boolean)[], path: JsonPath, ctx: Context): SchemaProblem[] {
  const results = alternatives.map((alt) => check(value, alt, path, ctx));
  if (results.some((r) => r.length === 0)) return [];
  const sameType = alternatives.map((alt, i) => ({ alt, problems: results[i]! })).filter(({ alt }) => typeof alt === "object" && fitsTypeOf(value, alt, ctx));
  if (sameType.length === 1) return sameType[0]!.problems;
  if (sameType.length > 1) {
    // Prefer the alternative whose problem lies deepest: it matched the most.
    const deepest = sameType.reduce((best, c) => (c.problems[0]!.path.length > best.problems[0]!.path.length ? c : best));
    if (deepest.problems[0]!.path.length > path.length) return deepest.problems;
    const enums = sameType.flatMap(({ alt }) => enumValues(alt as JsonSchema, ctx));
    if (enums.length > 0 && enums.length === sameType.length) return [{ path, message: `must be ${oneOf(enums.map(literal))}, not ${describeValue(value)}` }];
  }
  const described = alternatives.map((alt) => (typeof alt === "object" ? describeSchema(alt, ctx) : "anything"));
  return [{ path, message: `must be ${oneOf([...new Set(described)])}, not ${describeValue(value)}` }];
}

function fitsTypeOf(value: unknown, schema: JsonSchema, ctx: Context): boolean {
  const s = typeof schema.$ref === "string" ? resolveRef(schema.$ref, ctx.root) : schema;
  if (typeof s !== "object") return s;
  if (s.type !== undefined) return ((Array.isArray(s.type) ? s.type : [s.type]) as string[]).some((t) => hasType(value, t));
  const alts = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(alts)) return alts.some((a) => fitsTypeOf(value, a, ctx));
  if (s.const !== undefined) return typeof s.const === typeof value;
  return true;
}

function enumValues(schema: JsonSchema, ctx: Context): unknown[] {
  const s = typeof schema.$ref === "string" ? resolveRef(schema.$ref, ctx.root) : schema;
  if (typeof s !== "object") return [];
  if (s.const !== undefined) return [s.const];
  if (Array.isArray(s.enum)) return s.enum;
  const alts = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  return Array.isArray(alts) ? alts.flatMap((a) => enumValues(a, ctx)) : [];
}

/** "a string", "a list of strings", `"off", "warn" or "error"`. */
export function describeSchema(schema: JsonSchema, ctx: Context = { root: schema, refHook: undefined }): string {
  const s = typeof schema.$ref === "string" ? resolveRef(schema.$ref, ctx.root) : schema;
  if (typeof s !== "object") return s ? "anything" : "nothing";
  if (s.const !== undefined) return literal(s.const);
  if (Array.isArray(s.enum)) return oneOf(s.enum.map(literal));
  const alts = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(alts)) return oneOf(alts.map((a) => describeSchema(a, ctx)));
  if (s.type === "array" && Array.isArray(s.items)) return `a list [${(s.items as JsonSchema[]).map((i) => describeSchema(i, ctx)).join(", ")}]`;
  if (s.type === "array" && typeof s.items === "object" && s.items !== null) {
    const item = s.items as JsonSchema;
    return item.type === "string" && item.enum === undefined ? "a list of strings" : "a list";
  }
  if (s.type !== undefined) return oneOf(((Array.isArray(s.type) ? s.type : [s.type]) as string[]).map(describeType));
  return "anything";
}

function checkString(value: string, schema: JsonSchema, path: JsonPath): SchemaProblem[] {
  const length = [...value].length;
  if (typeof schema.minLength === "number" && length < schema.minLength) {
    return [{ path, message: schema.minLength === 1 ? "must not be empty" : `must be at least ${schema.minLength} characters long` }];
  }
  if (typeof schema.maxLength === "number" && length > schema.maxLength) return [{ path, message: `must be at most ${schema.maxLength} characters long` }];
  if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) {
    return [{ path, message: `must match /${schema.pattern}/, not ${literal(value)}` }];
  }
  return [];
}

function checkNumber(value: number, schema: JsonSchema, path: JsonPath): SchemaProblem[] {
  if (typeof schema.minimum === "number" && value < schema.minimum) return [{ path, message: `must be at least ${schema.minimum}, not ${value}` }];
  if (typeof schema.maximum === "number" && value > schema.maximum) return [{ path, message: `must be at most ${schema.maximum}, not ${value}` }];
  if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) return [{ path, message: `must be more than ${schema.exclusiveMinimum}, not ${value}` }];
  if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum) return [{ path, message: `must be less than ${schema.exclusiveMaximum}, not ${value}` }];
  if (typeof schema.multipleOf === "number" && !Number.isInteger(value / schema.multipleOf)) return [{ path, message: `must be a multiple of ${schema.multipleOf}, not ${value}` }];
  return [];
}

function checkArray(value: unknown[], schema: JsonSchema, path: JsonPath, ctx: Context): SchemaProblem[] {
  if (typeof schema.minItems === "number" && value.length < schema.minItems) {
    return [{ path, message: schema.minItems === 1 ? "must not be an empty list" : `must have at least ${schema.minItems} items, not ${value.length}` }];
  }
  if (typeof schema.maxItems === "number" && value.length > schema.maxItems) {
    return [{ path, message: `must have at most ${schema.maxItems} item${schema.maxItems === 1 ? "" : "s"}, not ${value.length}` }];
  }
  const problems: SchemaProblem[] = [];
  if (Array.isArray(schema.items)) {
    const tuple = schema.items as (JsonSchema | boolean)[];
    value.forEach((item, i) => {
      const sub = i < tuple.length ? tuple[i] : (schema.additionalItems as JsonSchema | boolean | undefined);
      problems.push(...check(item, sub, [...path, i], ctx));
    });
  } else if (schema.items !== undefined) {
    value.forEach((item, i) => problems.push(...check(item, schema.items as JsonSchema | boolean, [...path, i], ctx)));
  }
  if (problems.length > 0) return problems;
  if (schema.uniqueItems === true) {
    for (let i = 1; i < value.length; i++) {
      if (value.slice(0, i).some((v) => deepEqual(v, value[i]))) return [{ path: [...path, i], message: `repeats ${describeValue(value[i])} given before` }];
    }
  }
  return [];
}

function checkObject(value: Record<string, unknown>, schema: JsonSchema, path: JsonPath, ctx: Context): SchemaProblem[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const patterns = Object.entries((schema.patternProperties ?? {}) as Record<string, JsonSchema>).map(([p, s]) => [new RegExp(p, "u"), s] as const);
  const problems: SchemaProblem[] = [];
  const keys = Object.keys(value);
  if (typeof schema.minProperties === "number" && keys.length < schema.minProperties) return [{ path, message: `must have at least ${schema.minProperties} key${schema.minProperties === 1 ? "" : "s"}` }];
  if (typeof schema.maxProperties === "number" && keys.length > schema.maxProperties) {
    return [{ path, message: schema.maxProperties === 0 ? "must be empty" : `must have at most ${schema.maxProperties} keys` }];
  }
  for (const key of keys) {
    const own = Object.hasOwn(properties, key) ? properties[key] : undefined;
    const matched = patterns.filter(([re]) => re.test(key)).map(([, s]) => s);
    if (own === undefined && matched.length === 0) {
      const extra = schema.additionalProperties as JsonSchema | boolean | undefined;
      if (extra === false) {
        const known = Object.keys(properties);
        const hint = known.length > 0 ? `; valid keys: ${known.join(", ")}` : "";
        problems.push({ path, key, allowed: known, message: `has an unknown key ${literal(key)}${didYouMean(key, known)}${hint}` });
      } else problems.push(...check(value[key], extra, [...path, key], ctx));
      continue;
    }
    if (own !== undefined) problems.push(...check(value[key], own, [...path, key], ctx));
    for (const s of matched) problems.push(...check(value[key], s, [...path, key], ctx));
  }
  if (problems.length > 0) return problems;
  for (const key of (schema.required ?? []) as string[]) {
    if (!Object.hasOwn(value, key)) return [{ path, message: `is missing ${literal(key)}` }];
  }
  return [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function describeType(type: string): string {
  switch (type) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "integer":
      return "a whole number";
    case "boolean":
      return "true or false";
    case "null":
      return "null";
    case "array":
      return "a list";
    case "object":
      return "a mapping";
    default:
      return type;
  }
}

/** What a value is, for "…, not X". */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return literal(value);
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return String(value);
  return typeof value;
}

export function literal(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(JSON.stringify(value));
}

/** `a`, `a or b`, `a, b or c`. */
export function oneOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "nothing";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** ` (did you mean "rules"?)` when a known name is one or two edits away. */
export function didYouMean(name: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  return best !== undefined && bestDistance <= limit ? ` (did you mean ${literal(best)}?)` : "";
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
