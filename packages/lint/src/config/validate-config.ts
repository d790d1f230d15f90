/**
 * Checks a parsed config with the validators generated from
 * `schema/planlint.config.schema.json` (compiled by ajv at build time, see
 * scripts/build-config-schema.mjs) and against the rules in use: rule ids and
 * severities are checked against the live rule set, and each rule's options with
 * its compiled validator, so a rule set with rules of its own is checked too.
 * The first problem, in reading order, becomes a PlanlintError at its line and column.
 */
import { PlanlintError } from "@planlint/core";
import schemaJson from "../../schema/planlint.config.schema.json";
import type { Rule } from "../rule.js";
import { builtinRules } from "../rules/index.js";
import { ruleOptionValidators, validateConfigShape } from "./generated/config-validate.js";
import type { ConfigDocument } from "./parse-config-file.js";
import { schemaProblems, type JsonSchema, type SchemaProblem, type SchemaValidator } from "./schema-errors.js";
import { describeValue, didYouMean, literal, oneOf, type JsonPath } from "./wording.js";

const SCHEMA = schemaJson as unknown as JsonSchema & { definitions: { severity: { enum: string[] } } };

/** The severities a config may give: "off", "info", "warn", "error". */
const SEVERITY_SETTINGS: readonly string[] = SCHEMA.definitions.severity.enum;

/** A problem and how to name it in the message. */
export interface ConfigProblem extends SchemaProblem {
  /** What the problem is about, e.g. `rule "consistent-width"`; the path's name when absent. */
  subject?: string;
  /** For an unknown key: what the keys are ("key", "option"). */
  noun?: string;
  /** The message is complete as it is. */
  complete?: boolean;
}

/** Throws PlanlintError "config" for the first problem in the config. */
export function validateConfig(doc: ConfigDocument, rules: Readonly<Record<string, Rule<any>>>): void {
  const problem = findConfigProblems(doc.value, rules)[0];
  if (problem) throw configProblemError(doc, problem);
}

export function findConfigProblems(value: unknown, rules: Readonly<Record<string, Rule<any>>>): ConfigProblem[] {
  // The compiled shape leaves `rules` (top level and in each override) to checkRules.
  const ruleProblems: ConfigProblem[] = [];
  if (isObject(value)) {
    if (value.rules !== undefined) ruleProblems.push(...checkRules(value.rules, ["rules"], rules));
    if (Array.isArray(value.overrides)) {
      value.overrides.forEach((o, i) => {
        if (isObject(o) && o.rules !== undefined) ruleProblems.push(...checkRules(o.rules, ["overrides", i, "rules"], rules));
      });
    }
  }
  const problems: ConfigProblem[] = schemaProblems(validateConfigShape, value, SCHEMA, ruleProblems);
  if (problems.length > 0) return problems;
  const config = value as { ignore?: string[]; exceptions?: { rule?: string }[] };
  config.ignore?.forEach((pattern, i) => {
    if (pattern.startsWith("!")) {
      problems.push({ path: ["ignore", i], message: `is a negated pattern (${literal(pattern)}), which ignore does not support; list only what to skip` });
    }
  });
  config.exceptions?.forEach((exception, i) => {
    if (exception.rule !== undefined && !Object.hasOwn(rules, exception.rule)) {
      problems.push({ path: ["exceptions", i, "rule"], subject: `exceptions[${i}].rule`, message: `names an unknown rule ${literal(exception.rule)}${didYouMean(exception.rule, Object.keys(rules))}; valid rules: ${Object.keys(rules).sort().join(", ")}` });
    }
  });
  return problems;
}

function configProblemError(doc: ConfigDocument, problem: ConfigProblem): PlanlintError {
  const where = problem.key !== undefined ? doc.locate([...problem.path, problem.key], "key") : doc.locate(problem.path);
  return new PlanlintError("config", describeProblem(problem), where);
}

/** The problem as one sentence: `rule "x" has severity "warning"; valid severities: …`. */
export function describeProblem(p: ConfigProblem): string {
  if (p.complete) return p.message;
  if (p.key !== undefined && p.allowed) {
    const noun = p.noun ?? "key";
    const subject = p.subject ?? (p.path.length > 0 ? pathName(p.path) : "");
    const valid = p.allowed.length > 0 ? `; valid ${noun}s: ${p.allowed.join(", ")}` : `; it takes no ${noun}s`;
    return `${subject ? `${subject}: ` : ""}unknown ${noun} ${literal(p.key)}${didYouMean(p.key, p.allowed)}${valid}`;
  }
  return `${p.subject ?? (p.path.length > 0 ? pathName(p.path) : "the config")} ${p.message}`;
}

/** `overrides[0].files`, `glossary[2]`. */
function pathName(path: JsonPath): string {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

const SEVERITY_LIST = oneOf(SEVERITY_SETTINGS.map(literal));

/** `rules` (at the top or in an override): ids, severities and options, against the live rules. */
function checkRules(value: unknown, path: JsonPath, rules: Readonly<Record<string, Rule<any>>>): ConfigProblem[] {
  if (!isObject(value)) return [{ path, message: `must be a mapping of rule ids to severities, not ${describeValue(value)}` }];
  const ids = Object.keys(rules).sort();
  for (const [id, entry] of Object.entries(value)) {
    const rule = Object.hasOwn(rules, id) ? rules[id] : undefined;
    if (!rule) {
      return [{ path, key: id, complete: true, message: `unknown rule ${literal(id)}${didYouMean(id, ids)}; valid rules: ${ids.join(", ")}` }];
    }
    const entryPath = [...path, id];
    const subject = `rule ${literal(id)}`;
    if (Array.isArray(entry)) {
      if (entry.length === 0 || entry.length > 2) {
        return [{ path: entryPath, subject, message: `must be a severity or [severity, options], not a list of ${entry.length} items` }];
      }
      if (!SEVERITY_SETTINGS.includes(entry[0] as string)) {
        return [{ path: [...entryPath, 0], subject, message: `has severity ${describeValue(entry[0])}; valid severities: ${SEVERITY_LIST}` }];
      }
      if (entry.length === 2) {
        const problems = checkOptions(rule, entry[1], [...entryPath, 1], id);
        if (problems.length > 0) return problems;
      }
    } else if (typeof entry === "string") {
      if (!SEVERITY_SETTINGS.includes(entry)) return [{ path: entryPath, subject, message: `has severity ${literal(entry)}; valid severities: ${SEVERITY_LIST}` }];
    } else {
      return [{ path: entryPath, subject, message: `must be a severity (${SEVERITY_LIST}) or [severity, options], not ${describeValue(entry)}` }];
    }
  }
  return [];
}

/** A rule's options against its `meta.optionsSchema`; messages say what is valid. */
function checkOptions(rule: Rule<any>, options: unknown, path: JsonPath, id = rule.id): ConfigProblem[] {
  const subject = `rule ${literal(id)}`;
  if (!isObject(options)) return [{ path, subject, message: `options must be a mapping, not ${describeValue(options)}` }];
  const schema = rule.meta.optionsSchema as JsonSchema | undefined;
  if (!schema) {
    const first = Object.keys(options)[0];
    return first === undefined ? [] : [{ path, key: first, allowed: [], subject, noun: "option" }].map((p) => ({ ...p, message: "" }));
  }
  const validate = optionsValidator(rule);
  if (!validate) return [];
  return schemaProblems(validate, options, schema).map((p): ConfigProblem => {
    const optionPath = [...path, ...p.path];
    const inner = p.path.length > 0 ? `${subject} option ${literal(pathName(p.path))}` : subject;
    if (p.key !== undefined) return { ...p, path: optionPath, subject: inner, noun: "option", allowed: p.allowed ?? [] };
    return { ...p, path: optionPath, subject: p.path.length > 0 ? inner : `${subject} options` };
  });
}

/** The built-in rules' validators were compiled with lint; another rule brings its own (`meta.optionsValidator`). */
function optionsValidator(rule: Rule<any>): SchemaValidator | undefined {
  if (rule.meta.optionsValidator) return rule.meta.optionsValidator;
  return Object.hasOwn(builtinRules, rule.id) && builtinRules[rule.id] === rule ? ruleOptionValidators[rule.id] : undefined;
}
