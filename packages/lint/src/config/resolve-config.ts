/**
 * The config for one linted file. Configs are found from the file's folder
 * upwards and cascade: a nearer config's settings win over a farther one's, and
 * the search stops at a config with `root: true` (or the filesystem root). With
 * no config anywhere, `planlint:recommended` applies. `--config FILE` replaces
 * the search. Then the `overrides` whose globs match the file, then `--rule`.
 *
 * Everything is cached per folder and per file read, so linting a folder of
 * plans reads each config, glossary and dictionary once.
 */
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { decodeText, parseGlossaryFile, PlanlintError, type GlossaryEntry, type Severity } from "@planlint/core";
import { describeReadError } from "../read-file.js";
import type { Rule } from "../rule.js";
import { builtinRules } from "../rules/index.js";
import type { TermDictionary } from "../terms/term-dictionary.js";
import { findConfigIn } from "./find-config.js";
import type { ConfigFileRef, ConfigLayer, RuleEntryValue } from "./config-layer.js";
import { ConfigLoader } from "./load-config.js";
import { RECOMMENDED, recommendedLayer } from "./recommended.js";
import type { ResolvedConfig, RuleSetting, TextException } from "./resolved-config.js";

export interface ConfigResolverOptions {
  /** Folder that `--config` is relative to; defaults to process.cwd(). */
  cwd?: string;
  /** Rules by id; defaults to the built-in rules. */
  rules?: Readonly<Record<string, Rule<any>>>;
  /** `--config FILE`: this file (and what it extends) only, no search. */
  configFile?: string;
  /** `--rule`: applied after every config. */
  ruleSettings?: readonly [string, RuleEntryValue][];
  /** `--quiet`: run only the rules set to "error". */
  errorsOnly?: boolean;
}

type Matcher = (path: string) => boolean;
type Picomatch = typeof import("picomatch");

export class ConfigResolver {
  readonly rules: Readonly<Record<string, Rule<any>>>;
  private readonly cwd: string;
  private readonly loader: ConfigLoader;
  private readonly folders = new Map<string, Promise<readonly ConfigLayer[]>>();
  private readonly resolved = new Map<string, Promise<ResolvedConfig>>();
  private readonly glossaries = new Map<string, Promise<GlossaryEntry[]>>();
  private readonly dictionaries = new Map<string, Promise<TermDictionary>>();
  private readonly layerSetIds = new WeakMap<readonly ConfigLayer[], number>();
  private readonly layerSets = new Map<string, readonly ConfigLayer[]>();
  private readonly layerIds = new WeakMap<ConfigLayer, number>();
  private readonly matchers = new WeakMap<ConfigLayer, { ignore: Matcher | undefined; overrides: Matcher[] }>();
  private picomatch: Picomatch | undefined;
  private explicit: Promise<readonly ConfigLayer[]> | undefined;
  /** With no config anywhere: planlint:recommended. */
  private fallback: Promise<readonly ConfigLayer[]> | undefined;

  constructor(private readonly options: ConfigResolverOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.rules = options.rules ?? builtinRules;
    this.loader = new ConfigLoader(this.rules);
  }

  /** The layers that apply to files in `dir`, farthest first. */
  layersFor(dir: string): Promise<readonly ConfigLayer[]> {
    if (this.options.configFile !== undefined) {
      this.explicit ??= this.loader.load(resolve(this.cwd, this.options.configFile)).then((layers) => this.prepare(layers));
      return this.explicit;
    }
    return this.cascade(resolve(dir)).then((layers) => (layers.length > 0 ? layers : (this.fallback ??= this.prepare([recommendedLayer(this.rules)]))));
  }

  private cascade(dir: string): Promise<readonly ConfigLayer[]> {
    let found = this.folders.get(dir);
    if (!found) {
      found = (async () => {
        const parent = dirname(dir);
        const file = await findConfigIn(dir, this.loader);
        const own = file ? await this.loader.load(file) : [];
        const isRoot = own.length > 0 && own[own.length - 1]!.root;
        const above = isRoot || parent === dir ? [] : await this.cascade(parent);
        if (own.length === 0) return above;
        const layers = [...above];
        for (const layer of own) if (!layers.includes(layer)) layers.push(layer);
        return this.prepare(layers);
      })();
      this.folders.set(dir, found);
    }
    return found;
  }

  /**
   * Compiles the layers' globs (loading picomatch only when some config has globs),
   * and returns one array per distinct list of layers, so that folders under the
   * same configs share their resolved configs.
   */
  private async prepare(given: readonly ConfigLayer[]): Promise<readonly ConfigLayer[]> {
    const key = given.map((layer) => this.layerId(layer)).join(",");
    let layers = this.layerSets.get(key);
    if (!layers) {
      layers = given;
      this.layerSets.set(key, layers);
      this.layerSetIds.set(layers, nextId++);
    }
    for (const layer of layers) {
      if (this.matchers.has(layer)) continue;
      if (layer.ignore.length === 0 && layer.overrides.length === 0) {
        this.matchers.set(layer, { ignore: undefined, overrides: [] });
        continue;
      }
      this.picomatch ??= (await import("picomatch")).default;
      this.matchers.set(layer, {
        ignore: layer.ignore.length > 0 ? compileGlobs(this.picomatch, layer.ignore) : undefined,
        overrides: layer.overrides.map((o) => compileGlobs(this.picomatch!, o.files)),
      });
    }
    return layers;
  }

  private layerId(layer: ConfigLayer): number {
    let id = this.layerIds.get(layer);
    if (id === undefined) {
      id = nextId++;
      this.layerIds.set(layer, id);
    }
    return id;
  }

  /** True when a config's `ignore` covers the file or folder (or a folder it is in). */
  async isIgnored(path: string, isFolder = false): Promise<boolean> {
    const abs = resolve(this.cwd, path);
    const layers = await this.layersFor(isFolder ? abs : dirname(abs));
    for (const layer of layers) {
      const ignore = this.matchers.get(layer)?.ignore;
      if (!ignore) continue;
      const rel = inside(layer.dir, abs);
      if (rel === undefined) continue;
      const parts = rel.split("/");
      for (let n = parts.length; n > 0; n--) if (ignore(parts.slice(0, n).join("/"))) return true;
    }
    return false;
  }

  /** The config for a file: rules, glossary entries and dictionaries loaded. */
  async configFor(path: string): Promise<ResolvedConfig> {
    const abs = resolve(this.cwd, path);
    const layers = await this.layersFor(dirname(abs));
    const matched: [ConfigLayer, number][] = [];
    for (const layer of layers) {
      const rel = inside(layer.dir, abs);
      if (rel === undefined) continue;
      this.matchers.get(layer)?.overrides.forEach((match, i) => {
        if (match(rel)) matched.push([layer, i]);
      });
    }
    const key = `${this.layerSetIds.get(layers)}:${matched.map(([layer, i]) => `${layers.indexOf(layer)}.${i}`).join(",")}`;
    let config = this.resolved.get(key);
    if (!config) {
      config = this.build(layers, matched);
      this.resolved.set(key, config);
    }
    return config;
  }

  private async build(layers: readonly ConfigLayer[], matched: [ConfigLayer, number][]): Promise<ResolvedConfig> {
    const entries = new Map<string, RuleEntryValue>();
    const add = (list: readonly [string, RuleEntryValue][]) => {
      for (const [id, entry] of list) {
        const options = entry.options ?? entries.get(id)?.options;
        entries.set(id, options ? { severity: entry.severity, options } : { severity: entry.severity });
      }
    };
    const glossaryRefs: ConfigFileRef[] = [];
    const termRefs: ConfigFileRef[] = [];
    let style: ResolvedConfig["style"];
    for (const layer of layers) {
      if (layer.style) style = layer.style;
      add(layer.rules);
      glossaryRefs.push(...layer.glossary);
      termRefs.push(...layer.terms);
    }
    for (const [layer, i] of matched) {
      const override = layer.overrides[i]!;
      if (override.style) style = override.style;
      add(override.rules);
      glossaryRefs.push(...override.glossary);
      termRefs.push(...override.terms);
    }
    add(this.options.ruleSettings ?? []);

    const rules = new Map<string, RuleSetting>();
    for (const [id, entry] of entries) {
      if (entry.severity === "off") continue;
      const severity: Severity = entry.severity === "warn" ? "warning" : entry.severity;
      if (this.options.errorsOnly && severity !== "error") continue;
      rules.set(id, { severity, options: entry.options ?? {} });
    }
    const glossary = (await Promise.all(unique(glossaryRefs).map((ref) => this.glossary(ref)))).flat();
    const terms = await Promise.all(unique(termRefs).map((ref) => this.dictionary(ref)));
    const exceptions: TextException[] = layers.flatMap((layer) => layer.exceptions);
    const config: ResolvedConfig = { rules, glossary, terms, exceptions };
    if (style) config.style = style;
    const plans = [...layers].reverse().find((layer) => layer.plans !== undefined)?.plans;
    if (plans !== undefined) config.plans = plans;
    const nearest = [...layers].reverse().find((layer) => layer.file !== RECOMMENDED);
    if (nearest) config.configFile = nearest.file;
    return config;
  }

  private glossary(ref: ConfigFileRef): Promise<GlossaryEntry[]> {
    let loading = this.glossaries.get(ref.path);
    if (!loading) {
      loading = (async () => {
        const { text } = decodeText(readReferenced(ref, "glossary file"), ref.path);
        return parseGlossaryFile(text, ref.path);
      })();
      this.glossaries.set(ref.path, loading);
    }
    return loading;
  }

  private dictionary(ref: ConfigFileRef): Promise<TermDictionary> {
    let loading = this.dictionaries.get(ref.path);
    if (!loading) {
      loading = (async () => {
        const content = decodeText(readReferenced(ref, "term dictionary"), ref.path).text;
        // The prh loader (and yaml) is loaded only by a config that has dictionaries.
        const { loadPrhDictionary } = await import("../terms/load-prh.js");
        return loadPrhDictionary(ref.path, { readFile: (p) => (p === ref.path ? content : readFileSync(p, "utf8")) });
      })();
      this.dictionaries.set(ref.path, loading);
    }
    return loading;
  }
}

let nextId = 1;

function readReferenced(ref: ConfigFileRef, what: string): Uint8Array {
  try {
    return readFileSync(ref.path);
  } catch (cause) {
    throw new PlanlintError("io", `cannot read ${what} ${JSON.stringify(ref.written)}: ${describeReadError(cause)}`, ref.where, undefined, { cause });
  }
}

function unique(refs: ConfigFileRef[]): ConfigFileRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => !seen.has(ref.path) && seen.add(ref.path));
}

/** `path` relative to `dir` with "/" separators, or undefined when it is not inside `dir`. */
function inside(dir: string, path: string): string | undefined {
  if (!dir) return undefined;
  const rel = relative(dir, path);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return sep === "/" ? rel : rel.split(sep).join("/");
}

/**
 * Globs as in .gitignore: a pattern without a slash matches at any depth
 * ("*.bak.txt", "drafts"); one with a slash is relative to the config's folder
 * ("drafts/old/**", "/notes.md"); a trailing slash is dropped.
 */
function compileGlobs(picomatch: Picomatch, patterns: readonly string[]): Matcher {
  const list = patterns.map((p) => {
    let q = p.replace(/\\/g, "/").replace(/^\.\//, "");
    const anchored = q.replace(/\/+$/, "").includes("/");
    q = q.replace(/^\/+/, "").replace(/\/+$/, "");
    return anchored ? q : `**/${q}`;
  });
  return picomatch(list, { dot: true });
}
