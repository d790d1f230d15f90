/**
 * The lint config that applies to a document, cached per file.
 *
 * Adapter over @planlint/lint's ConfigResolver (discovery from the file upward,
 * `extends`, `overrides`, `ignore`, glossary and term files): the CLI and the
 * editor read configs the same way. Loading never throws: a broken config comes
 * back as the PlanlintError that says where (file, line, column), for the
 * server to show on the config file.
 */
import { join } from "node:path";
import { PlanlintError } from "@planlint/core";
import { builtinRules, ConfigResolver, type ResolvedConfig, type RuleSetting } from "@planlint/lint";

export type ConfigOutcome =
  | { config: ResolvedConfig; ignored: boolean; error?: undefined }
  | { config?: undefined; ignored?: undefined; error: PlanlintError };

/** Loads the config of one document path (`undefined`: an unsaved buffer). */
export type ConfigSource = (filePath: string | undefined) => Promise<ConfigOutcome>;

/** `planlint:recommended`: every built-in rule at its `meta.recommended` severity. */
export function recommendedConfig(): ResolvedConfig {
  const rules = new Map<string, RuleSetting>();
  for (const [id, rule] of Object.entries(builtinRules)) {
    const setting = rule.meta.recommended;
    if (setting === "off") continue;
    rules.set(id, { severity: setting === "warn" ? "warning" : setting, options: {} });
  }
  return { rules, glossary: [], terms: [], exceptions: [] };
}

/**
 * A config source over one ConfigResolver (which caches every config, glossary
 * and dictionary it reads: make a new source to forget them). An unsaved buffer
 * gets the config of the first workspace folder, or `planlint:recommended`.
 */
export function createConfigSource(workspaceFolders: () => readonly string[]): ConfigSource {
  const resolver = new ConfigResolver();
  return async (filePath) => {
    const path = filePath ?? (workspaceFolders()[0] !== undefined ? join(workspaceFolders()[0]!, "untitled.txt") : undefined);
    try {
      if (path === undefined) return { config: recommendedConfig(), ignored: false };
      const config = await resolver.configFor(path);
      const ignored = filePath !== undefined && (await resolver.isIgnored(filePath));
      return { config, ignored };
    } catch (error) {
      return { error: asPlanlintError(error, path) };
    }
  };
}

function asPlanlintError(error: unknown, filePath: string | undefined): PlanlintError {
  if (error instanceof PlanlintError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PlanlintError("config", `cannot load the planlint config for ${filePath ?? "this document"}: ${message}`, {}, undefined, { cause: error });
}

/** The files an outcome was read from: a change to any of them invalidates it. */
export function filesOf(outcome: ConfigOutcome): string[] {
  const files = new Set<string>();
  if (outcome.error) {
    if (outcome.error.file) files.add(outcome.error.file);
    return [...files];
  }
  const { config } = outcome;
  if (config.configFile) files.add(config.configFile);
  for (const entry of config.glossary) if (entry.source.kind === "file") files.add(entry.source.file);
  for (const dictionary of config.terms) if (!dictionary.name.startsWith("planlint:")) files.add(dictionary.name);
  return [...files];
}

/**
 * Outcomes by document path. Cleared as a whole when any config, glossary or
 * dictionary file changes: configs `extends` each other, so working out which
 * documents a change affects is not worth it at this size.
 */
export class ConfigCache {
  private source: ConfigSource;
  private readonly byPath = new Map<string, Promise<ConfigOutcome>>();
  private readonly settled = new Map<string, ConfigOutcome>();
  /** Bumped by every {@link clear}: part of a pull diagnostics result id. */
  generation = 0;

  constructor(private readonly makeSource: () => ConfigSource) {
    this.source = makeSource();
  }

  get(filePath: string | undefined): Promise<ConfigOutcome> {
    const key = filePath ?? "";
    let outcome = this.byPath.get(key);
    if (!outcome) {
      const generation = this.generation;
      outcome = this.source(filePath).then((o) => {
        if (generation === this.generation) this.settled.set(key, o);
        return o;
      });
      this.byPath.set(key, outcome);
    }
    return outcome;
  }

  /** Every outcome loaded since the last clear (to publish config errors, to watch files). */
  outcomes(): ConfigOutcome[] {
    return [...this.settled.values()];
  }

  clear(): void {
    this.byPath.clear();
    this.settled.clear();
    this.source = this.makeSource();
    this.generation++;
  }
}
