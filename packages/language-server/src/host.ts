/**
 * What the server needs from where it runs. Under Node (node-host.ts) documents
 * are files: configs are discovered and read from disk, glossary files are
 * opened, a chapter is linted with the other files of its plan, and config
 * files are watched (features/config-watch.ts, which node-server.ts adds to the
 * features). In a browser's web worker (browser-host.ts: vscode.dev,
 * github.dev) there is no file system: each document is linted alone with
 * `planlint:recommended`, and its glossary is its own 用語解説.
 *
 * Everything else — diagnostics, hover, fixes, outline, definitions,
 * references, completion — is the same code on both hosts (server.ts), and no
 * module it imports may import `node:` (test/browser-bundle.test.ts).
 */
import type { LineIndex } from "@planlint/core";
import type { ResolvedConfig } from "@planlint/lint/browser";
import type { Analysis, PlanDocuments, PlanInputs } from "./documents.js";
import type { ConfigSource } from "./settings/config-cache.js";

/** The plans open documents belong to (chapters kept one per file). */
export interface PlanSource {
  /** The plan of `analysis`'s file, or undefined when it stands alone (or is not a file). */
  inputsFor(analysis: Analysis, config: ResolvedConfig): Promise<PlanInputs | undefined>;
  /** Open documents, other than `uri`, last linted with the file of `uri` in their plan. */
  dependentsOf(uri: string): string[];
}

export interface ServerHost {
  /** The file a document URI names on this host's disk; undefined when it names none (an unsaved buffer, a virtual file). */
  filePathOf(uri: string): string | undefined;
  /** The URI of a file (a config or glossary file named in a diagnostic or a location). */
  fileUri(path: string): string;
  /** Loads the config of each document; called again after every config change (a new source forgets what it read). */
  configSource(workspaceFolders: () => readonly string[]): ConfigSource;
  /** Finds the plans open documents belong to. */
  plans(documents: PlanDocuments, logError: (what: string, error: unknown) => void): PlanSource;
  /** Offsets ↔ lines of a glossary file (its entries' ranges are offsets into it); undefined when it cannot be read. */
  lineIndexOfFile(path: string): LineIndex | undefined;
  /** Where a log line goes when the connection cannot carry it. */
  writeLog(line: string): void;
}
