/**
 * Configs per document path, as the server's features see them: an outcome is
 * a config (and whether the document is ignored) or the PlanlintError that says
 * where the config is broken. Node-free: the host decides where configs come
 * from (node-host.ts reads them from disk with lint's ConfigResolver; the
 * browser host has `planlint:recommended` only).
 */
import type { PlanlintError } from "@planlint/core";
import type { ResolvedConfig } from "@planlint/lint/browser";

export type ConfigOutcome =
  | { config: ResolvedConfig; ignored: boolean; error?: undefined }
  | { config?: undefined; ignored?: undefined; error: PlanlintError };

/** Loads the config of one document path (`undefined`: an unsaved buffer, or a document that is no file). */
export type ConfigSource = (filePath: string | undefined) => Promise<ConfigOutcome>;

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
