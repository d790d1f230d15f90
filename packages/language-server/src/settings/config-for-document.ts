/**
 * The lint config that applies to a document on disk (the Node host's config source).
 *
 * Adapter over @planlint/lint's ConfigResolver (discovery from the file upward,
 * `extends`, `overrides`, `ignore`, glossary and term files): the CLI and the
 * editor read configs the same way. Loading never throws: a broken config comes
 * back as the PlanlintError that says where (file, line, column), for the
 * server to show on the config file.
 */
import { join } from "node:path";
import { PlanlintError } from "@planlint/core";
import { ConfigResolver } from "@planlint/lint";
import { recommendedConfig } from "@planlint/lint/browser";
import type { ConfigOutcome, ConfigSource } from "./config-cache.js";

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
