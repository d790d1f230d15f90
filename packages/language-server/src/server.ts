/**
 * Wires the features to a connection. Everything a feature needs comes in the
 * ServerContext; each feature registers its own handlers and contributes its
 * own capabilities (one file per feature under features/).
 */
import { TextDocumentSyncKind, type Connection, type InitializeResult, type ServerCapabilities } from "vscode-languageserver";
import { version } from "../package.json";
import { readClientFlags, type Feature, type FeatureHooks, type ServerContext } from "./context.js";
import { PlanDocuments, filePathOf } from "./documents.js";
import { PlanFiles } from "./plan-files.js";
import { codeActionsFeature } from "./features/code-actions.js";
import { completionFeature } from "./features/completion.js";
import { configWatchFeature } from "./features/config-watch.js";
import { definitionFeature } from "./features/definition.js";
import { pullDiagnosticsFeature } from "./features/diagnostics-pull.js";
import { pushDiagnosticsFeature } from "./features/diagnostics-push.js";
import { documentSymbolsFeature } from "./features/document-symbols.js";
import { hoverFeature } from "./features/hover.js";
import { outlineFeature } from "./features/outline.js";
import { planDependentsFeature } from "./features/plan-dependents.js";
import { referencesFeature } from "./features/references.js";
import { settingsFeature } from "./features/settings.js";
import { DEFAULT_DEBOUNCE_MS, DEFAULT_MAX_DOCUMENT_LENGTH, type PlanlintInitializationOptions } from "./protocol.js";
import { ConfigCache, createConfigSource, type ConfigSource } from "./settings/config-for-document.js";
import { SettingsStore } from "./settings/settings-store.js";
import { Signal } from "./signal.js";

const FEATURES: readonly Feature[] = [
  settingsFeature,
  configWatchFeature,
  pushDiagnosticsFeature,
  pullDiagnosticsFeature,
  hoverFeature,
  codeActionsFeature,
  documentSymbolsFeature,
  definitionFeature,
  referencesFeature,
  completionFeature,
  outlineFeature,
  planDependentsFeature,
];

export interface StartServerOptions {
  /** Replaces config loading (tests, hosts with their own configs); called again after each config change. */
  configSource?: () => ConfigSource;
}

/** Starts planlint on a connection (made by `createConnection`); returns once it listens. */
export function startServer(connection: Connection, options: StartServerOptions = {}): void {
  const documents = new PlanDocuments(DEFAULT_MAX_DOCUMENT_LENGTH);
  const ctx: ServerContext = {
    connection,
    documents,
    configs: new ConfigCache(options.configSource ?? (() => createConfigSource(() => ctx.workspaceFolders))),
    settings: new SettingsStore(connection),
    client: readClientFlags({}),
    options: { debounce: DEFAULT_DEBOUNCE_MS, maxDocumentLength: DEFAULT_MAX_DOCUMENT_LENGTH },
    workspaceFolders: [],
    plans: new PlanFiles(documents, (what, error) => ctx.logError(what, error)),
    events: { diagnosticsStale: new Signal(), planChanged: new Signal<readonly string[]>(), configsLoaded: new Signal() },
    logError: (what, error) => {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      try {
        connection.console.error(`planlint: ${what} failed: ${detail}`);
      } catch {
        process.stderr.write(`planlint: ${what} failed: ${detail}\n`);
      }
    },
  };

  connection.onInitialize((params): InitializeResult => {
    ctx.client = readClientFlags(params.capabilities);
    ctx.settings.useConfigurationRequest = ctx.client.configuration;
    const init = (params.initializationOptions ?? {}) as PlanlintInitializationOptions;
    if (typeof init.debounce === "number" && init.debounce >= 0) ctx.options.debounce = init.debounce;
    if (typeof init.maxDocumentLength === "number" && init.maxDocumentLength > 0) ctx.options.maxDocumentLength = init.maxDocumentLength;
    documents.maxLength = ctx.options.maxDocumentLength;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    ctx.workspaceFolders = folders.map(filePathOf).filter((p): p is string => p !== undefined);

    let capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    };
    for (const feature of FEATURES) capabilities = { ...capabilities, ...feature.capabilities?.(ctx.client, params) };
    return { capabilities, serverInfo: { name: "planlint", version } };
  });

  const hooks: FeatureHooks[] = [];
  for (const feature of FEATURES) {
    const h = feature.register(ctx);
    if (h) hooks.push(h);
  }
  connection.onInitialized(() => {
    for (const h of hooks) {
      try {
        h.initialized?.();
      } catch (error) {
        ctx.logError("initialized", error);
      }
    }
  });

  documents.documents.listen(connection);
  connection.listen();
}
