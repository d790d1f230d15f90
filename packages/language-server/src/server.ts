/**
 * Wires the features to a connection. Everything a feature needs comes in the
 * ServerContext; each feature registers its own handlers and contributes its
 * own capabilities (one file per feature under features/). What depends on
 * where the server runs (files, configs on disk) comes from the host
 * (host.ts): node-server.ts starts this on Node, browser.ts in a web worker.
 */
import { TextDocumentSyncKind, type Connection, type InitializeResult, type ServerCapabilities } from "vscode-languageserver";
import { keepParagraphWork } from "@planlint/lint/browser";
import { version } from "../package.json";
import { readClientFlags, type Feature, type FeatureHooks, type ServerContext } from "./context.js";
import { PlanDocuments } from "./documents.js";
import type { ServerHost } from "./host.js";
import { codeActionsFeature } from "./features/code-actions.js";
import { completionFeature } from "./features/completion.js";
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
import { ConfigCache, type ConfigSource } from "./settings/config-cache.js";
import { SettingsStore } from "./settings/settings-store.js";
import { Signal } from "./signal.js";

/** The features of every host; `startServerOn` adds the host's own (`hostFeatures`). */
const FEATURES: readonly Feature[] = [
  settingsFeature,
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

/**
 * Starts planlint on a connection, on `host`, with {@link FEATURES} and the
 * host's own (`hostFeatures`: on Node, watching config files); returns once it listens.
 */
export function startServerOn(connection: Connection, host: ServerHost, hostFeatures: readonly Feature[] = [], options: StartServerOptions = {}): void {
  // Every keystroke re-lints a document of which one paragraph changed: word-level
  // rules re-scan only the paragraphs they have not seen (lint's memo/paragraph-memo.ts).
  keepParagraphWork(true);
  const documents = new PlanDocuments(DEFAULT_MAX_DOCUMENT_LENGTH, (uri) => host.filePathOf(uri));
  const features = [...FEATURES, ...hostFeatures];
  const ctx: ServerContext = {
    connection,
    host,
    documents,
    configs: new ConfigCache(options.configSource ?? (() => host.configSource(() => ctx.workspaceFolders))),
    settings: new SettingsStore(connection),
    client: readClientFlags({}),
    options: { debounce: DEFAULT_DEBOUNCE_MS, maxDocumentLength: DEFAULT_MAX_DOCUMENT_LENGTH },
    workspaceFolders: [],
    plans: host.plans(documents, (what, error) => ctx.logError(what, error)),
    events: { diagnosticsStale: new Signal(), planChanged: new Signal<readonly string[]>(), configsLoaded: new Signal() },
    logError: (what, error) => {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      try {
        connection.console.error(`planlint: ${what} failed: ${detail}`);
      } catch {
        host.writeLog(`planlint: ${what} failed: ${detail}`);
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
    ctx.workspaceFolders = folders.map((uri) => host.filePathOf(uri)).filter((p): p is string => p !== undefined);

    let capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    };
    for (const feature of features) capabilities = { ...capabilities, ...feature.capabilities?.(ctx.client, params) };
    return { capabilities, serverInfo: { name: "planlint", version } };
  });

  const hooks: FeatureHooks[] = [];
  for (const feature of features) {
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
