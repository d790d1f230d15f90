/**
 * Reading one config file into layers: the file's own settings, preceded by
 * those of the configs it `extends` (each resolved relative to the file that
 * names it). Paths in a config are made absolute here, relative to that config,
 * and each remembers where it was written, for error messages.
 *
 * Configs are data only: JSON, JSONC or YAML. Nothing is ever executed.
 */
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { decodeText, PlanlintError, type PlanlintErrorLocation } from "@planlint/core";
import { describeReadError } from "../read-file.js";
import type { Rule } from "../rule.js";
import type { TextException } from "./resolved-config.js";
import type { PlanlintConfig, RuleEntry, RulesConfig } from "./config-types.js";
import type { JsonPath } from "./wording.js";
import { parseConfigText, type ConfigDocument } from "./parse-config-file.js";
import type { ConfigFileRef, ConfigLayer, RuleEntryValue } from "./config-layer.js";
import { RECOMMENDED, recommendedLayer } from "./recommended.js";
import { validateConfig } from "./validate-config.js";

/** Reads a config file from disk. Throws PlanlintError "io" when it cannot be read, or decodeText's errors. */
function readConfigText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new PlanlintError("io", `cannot read config file ${file}: ${describeReadError(cause)}`, {}, undefined, { cause });
  }
  return decodeText(bytes, file).text;
}

/**
 * Loads config files with their `extends`, each file once. Cycles and bad
 * references are PlanlintErrors at the `extends` entry that causes them.
 */
export class ConfigLoader {
  private readonly cache = new Map<string, Promise<ConfigLayer[]>>();
  private readonly documents = new Map<string, ConfigDocument>();

  constructor(private readonly rules: Readonly<Record<string, Rule<any>>>) {}

  /** The file's layers: what it extends (in order), then itself. `doc` may be given when already parsed. */
  load(file: string, doc?: ConfigDocument): Promise<ConfigLayer[]> {
    return this.loadChain(resolve(file), [], doc);
  }

  private loadChain(file: string, stack: string[], doc?: ConfigDocument): Promise<ConfigLayer[]> {
    const cached = this.cache.get(file);
    if (cached) return cached;
    const loading = this.read(file, stack, doc);
    this.cache.set(file, loading);
    return loading;
  }

  /** Parses a file (package.json included) once; later calls reuse it. */
  async parse(file: string, text?: string): Promise<ConfigDocument> {
    const known = this.documents.get(file);
    if (known) return known;
    const doc = await parseConfigText(text ?? readConfigText(file), file);
    this.documents.set(file, doc);
    return doc;
  }

  private async read(file: string, stack: string[], given?: ConfigDocument): Promise<ConfigLayer[]> {
    const doc = given ?? (await this.parse(file));
    if (doc.value === undefined) throw new PlanlintError("config", 'package.json has no "planlint" key', { file });
    validateConfig(doc, this.rules);
    const config = doc.value as PlanlintConfig;
    const dir = dirname(file);
    const layers: ConfigLayer[] = [];
    const bases = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
    for (let i = 0; i < bases.length; i++) {
      const base = bases[i]!;
      const path: JsonPath = Array.isArray(config.extends) ? ["extends", i] : ["extends"];
      // A config reached twice (two bases sharing one) counts once, where it first appears.
      for (const layer of await this.extend(base, dir, [...stack, file], doc.locate(path))) if (!layers.includes(layer)) layers.push(layer);
    }
    layers.push(toLayer(config, doc, dir));
    return layers;
  }

  private async extend(base: string, dir: string, stack: string[], where: PlanlintErrorLocation): Promise<ConfigLayer[]> {
    if (base === RECOMMENDED) return [recommendedLayer(this.rules)];
    if (base.startsWith("planlint:")) {
      throw new PlanlintError("config", `extends ${JSON.stringify(base)}: no such built-in config; the built-in one is ${RECOMMENDED}`, where);
    }
    if (!isAbsolute(base) && !/^\.\.?[\\/]/.test(base)) {
      throw new PlanlintError("config", `extends ${JSON.stringify(base)}: give ${RECOMMENDED} or a relative path such as ./${base}`, where);
    }
    const target = resolve(dir, base);
    if (stack.includes(target)) {
      throw new PlanlintError("config", `extends ${JSON.stringify(base)} makes a cycle (${[...stack.slice(stack.indexOf(target)), target].join(" → ")})`, where);
    }
    let text: string;
    try {
      text = readConfigText(target);
    } catch (error) {
      if (!(error instanceof PlanlintError) || error.code !== "io") throw error;
      const reason = error.message.slice(`cannot read config file ${target}: `.length);
      throw new PlanlintError("config", `extends ${JSON.stringify(base)}: cannot read it: ${reason}`, where, undefined, { cause: error });
    }
    return this.loadChain(target, stack, await this.parse(target, text));
  }
}

function toLayer(config: PlanlintConfig, doc: ConfigDocument, dir: string): ConfigLayer {
  const refs = (list: string[] | undefined, path: JsonPath): ConfigFileRef[] =>
    (list ?? []).map((written, i) => ({ path: resolve(dir, written), written, where: doc.locate([...path, i]) }));
  return {
    file: doc.file,
    dir,
    root: config.root === true,
    ...(config.style ? { style: config.style } : {}),
    rules: ruleEntries(config.rules),
    glossary: refs(config.glossary, ["glossary"]),
    terms: refs(config.terms, ["terms"]),
    ignore: config.ignore ?? [],
    overrides: (config.overrides ?? []).map((o, i) => ({
      files: typeof o.files === "string" ? [o.files] : o.files,
      ...(o.style ? { style: o.style } : {}),
      rules: ruleEntries(o.rules),
      glossary: refs(o.glossary, ["overrides", i, "glossary"]),
      terms: refs(o.terms, ["overrides", i, "terms"]),
    })),
    ...(config.plans !== undefined
      ? { plans: typeof config.plans === "string" ? config.plans : { dir, plans: config.plans.map((p) => (typeof p.files === "string" ? [p.files] : p.files)) } }
      : {}),
    exceptions: (config.exceptions ?? []).map((e, index) => {
      const at = doc.locate(["exceptions", index]);
      const out: TextException = { text: e.text, source: { file: doc.file, index, line: at.line, column: at.column } };
      if (e.rule !== undefined) out.rule = e.rule;
      if (e.reason !== undefined) out.reason = e.reason;
      return out;
    }),
  };
}

/** Rule entries in the order written; `["warn"]` and `"warn"` keep options set earlier. */
function ruleEntries(rules: RulesConfig | undefined): [string, RuleEntryValue][] {
  return Object.entries(rules ?? {}).map(([id, entry]) => [id, ruleEntryValue(entry)]);
}

export function ruleEntryValue(entry: RuleEntry): RuleEntryValue {
  if (typeof entry === "string") return { severity: entry };
  const value: RuleEntryValue = { severity: entry[0] };
  if (entry.length === 2) value.options = entry[1] as Record<string, unknown>;
  return value;
}
