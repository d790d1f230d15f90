/**
 * Ajv's errors in words people act on. The config and the rules' options are
 * checked by validators ajv compiles at build time (`src/config/generated/`, see
 * scripts/build-config-schema.mjs), so no schema is compiled at start-up; this
 * module turns their raw errors (with `allErrors`) into one problem per wrong
 * value — "must be a number, not "x"", an unknown key with the keys allowed —
 * with the path to the value so that the caller can point at its line and column.
 *
 * What is reported, per value: its type, const or enum first; for `anyOf`/`oneOf`
 * the alternative the value's type fits (`"warning"` is a string, so the string
 * alternative's problem is the useful one), else what would fit; then the
 * keyword of its type (length, range, size). A missing required key or a repeated
 * item is reported only when nothing inside the value is wrong. Problems come in
 * the order the config is read.
 */
import { describeType, describeValue, didYouMean, literal, oneOf, type JsonPath } from "./wording.js";

export type JsonSchema = Readonly<Record<string, unknown>>;

/** The part of ajv's ErrorObject a standalone validator fills (`messages: false`). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A validator made by ajv (standalone at build time, or `ajv.compile` in tests). */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}

export interface SchemaProblem {
  /** Path to the offending value (for an unknown key: to the object holding it). */
  path: JsonPath;
  /** For an unknown key: the key, so its own position can be shown, and the keys allowed there. */
  key?: string;
  allowed?: string[];
  /** Reads after the value's name: `must be a string, not a number`. */
  message: string;
}

/** Keywords whose errors this module words; a rule's options schema must use no other (a test checks). */
const KNOWN_KEYWORDS = new Set([
  "$schema",
  "$id",
  "$comment",
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

/** Keywords in `schema` (at any depth) whose errors would not be worded: a rule's options schema must have none. */
export function unsupportedKeywords(schema: unknown, at = "#"): string[] {
  if (schema === true || schema === false) return [];
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return [`${at} is not a schema`];
  const out: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (!KNOWN_KEYWORDS.has(key)) out.push(`${at}/${key}`);
    else if (key === "properties" || key === "patternProperties") {
      for (const [name, sub] of Object.entries(value as object)) out.push(...unsupportedKeywords(sub, `${at}/${key}/${name}`));
    } else if (key === "anyOf" || key === "oneOf" || key === "allOf" || (key === "items" && Array.isArray(value))) {
      (value as unknown[]).forEach((sub, i) => out.push(...unsupportedKeywords(sub, `${at}/${key}/${i}`)));
    } else if (key === "items" || key === "additionalItems" || (key === "additionalProperties" && typeof value === "object")) {
      out.push(...unsupportedKeywords(value, `${at}/${key}`));
    }
  }
  return out;
}

/**
 * Runs `validate` on `value` and words its errors. `schema` is the schema it was
 * compiled from (annotations may differ: only paths are looked up in it). `extra`
 * are problems found by other checks of the same value, merged in reading order.
 */
export function schemaProblems(validate: SchemaValidator, value: unknown, schema: JsonSchema, extra: readonly SchemaProblem[] = []): SchemaProblem[] {
  if (validate(value) && extra.length === 0) return [];
  return explainSchemaErrors(validate.errors ?? [], value, schema, extra);
}

/** ajv's errors for `value` against `schema`, as problems in reading order. */
function explainSchemaErrors(errors: readonly SchemaError[], value: unknown, schema: JsonSchema, extra: readonly SchemaProblem[] = []): SchemaProblem[] {
  const ctx: Context = { root: schema, value };
  const located = errors.map((e) => locate(e, value));
  const worded = explain(located, 0, ctx);
  return inReadingOrder(withDeferred([...worded.problems, ...extra], worded.deferred), value);
}

interface Context {
  root: JsonSchema;
  value: unknown;
}

interface Located {
  error: SchemaError;
  keyword: string;
  /** Path of the value, list indices as numbers. */
  data: JsonPath;
  /** Schema path segments up to and including the keyword (a false schema gets the keyword "false"). */
  schema: string[];
}

function locate(error: SchemaError, root: unknown): Located {
  const data: JsonPath = [];
  let at: unknown = root;
  for (const raw of error.instancePath.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const key = Array.isArray(at) ? Number(seg) : seg;
    data.push(key);
    at = at !== null && typeof at === "object" ? (at as Record<string | number, unknown>)[key] : undefined;
  }
  const schema = error.schemaPath.replace(/^#\/?/, "").split("/").filter((s) => s !== "").map((s) => decodeURIComponent(s.replace(/~1/g, "/").replace(/~0/g, "~")));
  const keyword = error.keyword === "false schema" ? "false" : error.keyword;
  if (keyword === "false") schema.push("false");
  return { error, keyword, data, schema };
}

/** Keywords that name sub-schemas by key (the next segment is a name, not a keyword). */
const NAMED = new Set(["properties", "patternProperties", "definitions", "$defs", "dependencies"]);

/** Where in `segs` (from `from`) a branch of anyOf/oneOf starts: the index of the combinator, or -1. */
function branchAt(segs: readonly string[], from: number): number {
  for (let i = from; i < segs.length - 1; i++) {
    const s = segs[i]!;
    if (NAMED.has(s)) i++;
    else if ((s === "anyOf" || s === "oneOf") && /^\d+$/.test(segs[i + 1]!) && i + 1 < segs.length - 1) return i;
  }
  return -1;
}

/** Blocking keywords, most telling first: one of them is the value's problem and nothing inside it is looked at. */
const RANK = [
  "false",
  "type",
  "const",
  "enum",
  "anyOf",
  "oneOf",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
];
const RANK_OF = new Map(RANK.map((k, i) => [k, i]));

interface Worded {
  problems: SchemaProblem[];
  /** Problems told only when nothing under `under` (the object or list) is wrong. */
  deferred: { problem: SchemaProblem; under: JsonPath }[];
}

/** A missing key or a repeated item matters only once what is inside is right. */
function withDeferred(problems: SchemaProblem[], deferred: Worded["deferred"]): SchemaProblem[] {
  const out = [...problems];
  // Deepest first: an inner missing key is what is wrong inside the outer object.
  for (const d of [...deferred].sort((a, b) => b.under.length - a.under.length)) if (!out.some((p) => startsWith(p.path, d.under))) out.push(d.problem);
  return out;
}

/** Words the errors that lie under one schema prefix (`depth` segments long). */
function explain(errors: readonly Located[], depth: number, ctx: Context): Worded {
  const direct: Located[] = [];
  const branches: Located[] = [];
  for (const e of errors) (branchAt(e.schema, depth) >= 0 ? branches : direct).push(e);

  // One node per value and schema location; the shallowest first, so that a value's
  // own problem hides what lies inside it.
  const nodes = new Map<string, Located[]>();
  for (const e of direct) {
    const key = JSON.stringify([e.data, e.schema.slice(0, -1)]);
    const list = nodes.get(key);
    if (list) list.push(e);
    else nodes.set(key, [e]);
  }
  const order = [...nodes.values()].sort((a, b) => a[0]!.data.length - b[0]!.data.length || a[0]!.schema.length - b[0]!.schema.length);

  const problems: SchemaProblem[] = [];
  const deferred: Worded["deferred"] = [];
  const blocked: { data: JsonPath; schema: string[] }[] = [];
  const isBlocked = (e: Located): boolean => blocked.some((b) => startsWith(e.data, b.data) && startsWith(e.schema, b.schema));
  for (const node of order) {
    const live = node.filter((e) => !isBlocked(e));
    if (live.length === 0) continue;
    const first = live[0]!;
    const schemaAt = first.schema.slice(0, -1);
    const blocking = live.filter((e) => RANK_OF.has(e.keyword)).sort((a, b) => RANK_OF.get(a.keyword)! - RANK_OF.get(b.keyword)!)[0];
    if (blocking) {
      blocked.push({ data: blocking.data, schema: schemaAt });
      problems.push(...blockingProblem(blocking, branches, ctx));
      continue;
    }
    const node_ = nodeSchema(schemaAt, ctx);
    const value = valueAt(ctx.value, first.data);
    for (const e of live) {
      if (e.keyword === "additionalProperties") {
        const key = String(e.error.params.additionalProperty);
        const known = Object.keys((node_.properties ?? {}) as object);
        const hint = known.length > 0 ? `; valid keys: ${known.join(", ")}` : "";
        problems.push({ path: e.data, key, allowed: known, message: `has an unknown key ${literal(key)}${didYouMean(key, known)}${hint}` });
      } else if (e.keyword === "additionalItems") {
        const from = Number(e.error.params.limit);
        for (let i = from; Array.isArray(value) && i < value.length; i++) problems.push({ path: [...e.data, i], message: "is not allowed here" });
      } else if (e.keyword === "required") {
        // ajv lists each missing key, in the schema's order: the first one is told.
        if (!deferred.some((d) => samePath(d.under, e.data))) deferred.push({ problem: { path: e.data, message: `is missing ${literal(e.error.params.missingProperty)}` }, under: e.data });
      } else if (e.keyword === "uniqueItems") {
        const repeat = Array.isArray(value) ? firstRepeat(value) : -1;
        if (repeat >= 0) deferred.push({ problem: { path: [...e.data, repeat], message: `repeats ${describeValue((value as unknown[])[repeat])} given before` }, under: e.data });
      } else {
        problems.push({ path: e.data, message: `does not fit the schema (${e.keyword})` });
      }
    }
  }
  return { problems, deferred };
}

/** The problem a blocking keyword makes of its value. */
function blockingProblem(e: Located, branches: readonly Located[], ctx: Context): SchemaProblem[] {
  const value = valueAt(ctx.value, e.data);
  const schemaAt = e.schema.slice(0, -1);
  const schema = nodeSchema(schemaAt, ctx);
  const p = e.error.params;
  const at = (message: string): SchemaProblem[] => [{ path: e.data, message }];
  switch (e.keyword) {
    case "false":
      return at("is not allowed here");
    case "type": {
      const types = schema.type !== undefined ? ((Array.isArray(schema.type) ? schema.type : [schema.type]) as string[]) : String(p.type).split(",");
      return at(`must be ${oneOf(types.map(describeType))}, not ${describeValue(value)}`);
    }
    case "const":
      return at(`must be ${literal(p.allowedValue)}, not ${describeValue(value)}`);
    case "enum":
      return at(`must be ${oneOf((p.allowedValues as unknown[]).map(literal))}, not ${describeValue(value)}`);
    case "anyOf":
    case "oneOf": {
      const passing = p.passingSchemas;
      if (Array.isArray(passing)) return at(`fits ${passing.length} of the alternatives where exactly one must fit: ${describeValue(value)}`);
      return alternativesProblem(e, schemaAt, branches, ctx);
    }
    case "minLength":
      return at(p.limit === 1 ? "must not be empty" : `must be at least ${p.limit} characters long`);
    case "maxLength":
      return at(`must be at most ${p.limit} characters long`);
    case "pattern":
      return at(`must match /${p.pattern}/, not ${literal(value)}`);
    case "minimum":
      return at(`must be at least ${p.limit}, not ${value}`);
    case "maximum":
      return at(`must be at most ${p.limit}, not ${value}`);
    case "exclusiveMinimum":
      return at(`must be more than ${p.limit}, not ${value}`);
    case "exclusiveMaximum":
      return at(`must be less than ${p.limit}, not ${value}`);
    case "multipleOf":
      return at(`must be a multiple of ${p.multipleOf}, not ${value}`);
    case "minItems":
      return at(p.limit === 1 ? "must not be an empty list" : `must have at least ${p.limit} items, not ${(value as unknown[]).length}`);
    case "maxItems":
      return at(`must have at most ${p.limit} item${p.limit === 1 ? "" : "s"}, not ${(value as unknown[]).length}`);
    case "minProperties":
      return at(`must have at least ${p.limit} key${p.limit === 1 ? "" : "s"}`);
    case "maxProperties":
      return at(p.limit === 0 ? "must be empty" : `must have at most ${p.limit} keys`);
    default:
      return at(`does not fit the schema (${e.keyword})`);
  }
}

/**
 * None of the alternatives fits. If the value's type fits exactly one of them,
 * that one's problem is the useful one; if several, the one whose problem lies
 * deepest (it matched the most), or the constants they allow; otherwise list
 * what would fit.
 */
function alternativesProblem(e: Located, schemaAt: string[], branches: readonly Located[], ctx: Context): SchemaProblem[] {
  const value = valueAt(ctx.value, e.data);
  const combinator = [...schemaAt, e.keyword];
  const alternatives = (nodeSchema(schemaAt, ctx)[e.keyword] ?? []) as (JsonSchema | boolean)[];
  const mine = branches.filter((b) => startsWith(b.schema, combinator) && /^\d+$/.test(b.schema[combinator.length] ?? "") && startsWith(b.data, e.data));
  const results = alternatives.map((_, k) => {
    const own = mine.filter((b) => b.schema[combinator.length] === String(k));
    const worded = explain(own, combinator.length + 1, ctx);
    return inReadingOrder(withDeferred(worded.problems, worded.deferred), ctx.value);
  });
  const sameType = alternatives
    .map((alt, i) => ({ alt, problems: results[i]! }))
    .filter(({ alt, problems }) => typeof alt === "object" && problems.length > 0 && fitsTypeOf(value, alt, ctx));
  if (sameType.length === 1) return sameType[0]!.problems;
  if (sameType.length > 1) {
    const deepest = sameType.reduce((best, c) => (c.problems[0]!.path.length > best.problems[0]!.path.length ? c : best));
    if (deepest.problems[0]!.path.length > e.data.length) return deepest.problems;
    const enums = sameType.flatMap(({ alt }) => enumValues(alt as JsonSchema, ctx));
    if (enums.length > 0 && enums.length === sameType.length) return [{ path: e.data, message: `must be ${oneOf(enums.map(literal))}, not ${describeValue(value)}` }];
  }
  const described = alternatives.map((alt) => (typeof alt === "object" ? describeSchema(alt, ctx.root) : alt ? "anything" : "nothing"));
  return [{ path: e.data, message: `must be ${oneOf([...new Set(described)])}, not ${describeValue(value)}` }];
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

function fitsTypeOf(value: unknown, schema: JsonSchema, ctx: Context): boolean {
  const s = deref(schema, ctx.root);
  if (typeof s !== "object") return s;
  if (s.type !== undefined) return ((Array.isArray(s.type) ? s.type : [s.type]) as string[]).some((t) => hasType(value, t));
  const alts = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(alts)) return alts.some((a) => fitsTypeOf(value, a, ctx));
  if (s.const !== undefined) return typeof s.const === typeof value;
  return true;
}

function enumValues(schema: JsonSchema, ctx: Context): unknown[] {
  const s = deref(schema, ctx.root);
  if (typeof s !== "object") return [];
  if (s.const !== undefined) return [s.const];
  if (Array.isArray(s.enum)) return s.enum;
  const alts = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  return Array.isArray(alts) ? alts.flatMap((a) => enumValues(a, ctx)) : [];
}

/** "a string", "a list of strings", `"off", "warn" or "error"`. */
function describeSchema(schema: JsonSchema, root: JsonSchema = schema): string {
  const s = deref(schema, root);
  if (typeof s !== "object") return s ? "anything" : "nothing";
  if (s.const !== undefined) return literal(s.const);
  if (Array.isArray(s.enum)) return oneOf(s.enum.map(literal));
  const alts = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(alts)) return oneOf(alts.map((a) => describeSchema(a, root)));
  if (s.type === "array" && Array.isArray(s.items)) return `a list [${(s.items as JsonSchema[]).map((i) => describeSchema(i, root)).join(", ")}]`;
  if (s.type === "array" && typeof s.items === "object" && s.items !== null) {
    const item = s.items as JsonSchema;
    return item.type === "string" && item.enum === undefined ? "a list of strings" : "a list";
  }
  if (s.type !== undefined) return oneOf(((Array.isArray(s.type) ? s.type : [s.type]) as string[]).map(describeType));
  return "anything";
}

/** A local `$ref` (`#/definitions/x`, `#/$defs/x`) resolved against the root. */
function deref(schema: JsonSchema, root: JsonSchema): JsonSchema | boolean {
  if (typeof schema.$ref !== "string") return schema;
  const path = schema.$ref.replace(/^#\/?/, "").split("/").filter((s) => s !== "");
  return nodeSchema(path, { root, value: undefined });
}

/** The schema at a path of segments; `{}` where there is none. */
function nodeSchema(path: readonly string[], ctx: Context): JsonSchema {
  let at: unknown = ctx.root;
  for (const seg of path) {
    if (at === null || typeof at !== "object") return {};
    at = (at as Record<string, unknown>)[seg];
  }
  if (at !== null && typeof at === "object" && !Array.isArray(at)) {
    const s = at as JsonSchema;
    return typeof s.$ref === "string" ? ((deref(s, ctx.root) as JsonSchema) ?? {}) : s;
  }
  return {};
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let at = root;
  for (const seg of path) at = at !== null && typeof at === "object" ? (at as Record<string | number, unknown>)[seg] : undefined;
  return at;
}

/** The first index whose item repeats an earlier one. */
function firstRepeat(list: readonly unknown[]): number {
  for (let i = 1; i < list.length; i++) if (list.slice(0, i).some((v) => deepEqual(v, list[i]))) return i;
  return -1;
}

/** Problems sorted as the config is read: by the position of each key and item in its parent. */
function inReadingOrder(problems: SchemaProblem[], root: unknown): SchemaProblem[] {
  const ordinal = (p: SchemaProblem): number[] => {
    const out: number[] = [];
    let at = root;
    for (const seg of p.key === undefined ? p.path : [...p.path, p.key]) {
      out.push(typeof seg === "number" ? seg : isObject(at) ? Object.keys(at).indexOf(seg) : -1);
      at = at !== null && typeof at === "object" ? (at as Record<string | number, unknown>)[seg] : undefined;
    }
    return out;
  };
  const keyed = problems.map((p, i) => ({ p, i, o: ordinal(p) }));
  keyed.sort((a, b) => {
    for (let k = 0; k < Math.min(a.o.length, b.o.length); k++) if (a.o[k] !== b.o[k]) return a.o[k]! - b.o[k]!;
    return a.o.length - b.o.length || a.i - b.i;
  });
  return keyed.map((k) => k.p);
}

function startsWith<T>(path: readonly T[], prefix: readonly T[]): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
}

function samePath(a: JsonPath, b: JsonPath): boolean {
  return a.length === b.length && startsWith(a, b);
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
