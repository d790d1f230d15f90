/**
 * What every feature gets: the connection, the open documents, configs and
 * settings, what the client can do, and two helpers — `prepare` (the analysis
 * of a document with its config, or nothing when planlint is off for it) and
 * `guard` (a handler that fails logs and answers with an empty result).
 */
import { emptyConfig, type ResolvedConfig } from "@planlint/lint/browser";
import {
  ResponseError,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type ServerCapabilities,
} from "vscode-languageserver";
import type { Analysis, PlanDocuments } from "./documents.js";
import type { PlanSource, ServerHost } from "./host.js";
import type { PlanlintSettings } from "./protocol.js";
import type { ConfigCache, ConfigOutcome } from "./settings/config-cache.js";
import type { SettingsStore } from "./settings/settings-store.js";
import type { Signal } from "./signal.js";

/** The client capabilities the server acts on, read once at initialize. */
export interface ClientFlags {
  pullDiagnostics: boolean;
  diagnosticsRefresh: boolean;
  configuration: boolean;
  configurationDynamicRegistration: boolean;
  watchedFilesDynamicRegistration: boolean;
  relatedInformation: boolean;
  hierarchicalSymbols: boolean;
  markdownHover: boolean;
  markdownCompletion: boolean;
  documentChanges: boolean;
  definitionLinks: boolean;
}

export function readClientFlags(c: ClientCapabilities): ClientFlags {
  return {
    pullDiagnostics: c.textDocument?.diagnostic !== undefined,
    diagnosticsRefresh: c.workspace?.diagnostics?.refreshSupport === true,
    configuration: c.workspace?.configuration === true,
    configurationDynamicRegistration: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesDynamicRegistration: c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    relatedInformation: c.textDocument?.publishDiagnostics?.relatedInformation === true,
    hierarchicalSymbols: c.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    markdownHover: c.textDocument?.hover?.contentFormat?.includes("markdown") === true,
    markdownCompletion: c.textDocument?.completion?.completionItem?.documentationFormat?.includes("markdown") === true,
    documentChanges: c.workspace?.workspaceEdit?.documentChanges === true,
    definitionLinks: c.textDocument?.definition?.linkSupport === true,
  };
}

export interface ServerOptions {
  debounce: number;
  maxDocumentLength: number;
}

export interface ServerContext {
  readonly connection: Connection;
  /** Where the server runs: Node with files, or a browser's web worker without (host.ts). */
  readonly host: ServerHost;
  readonly documents: PlanDocuments;
  readonly configs: ConfigCache;
  readonly settings: SettingsStore;
  /** Set at initialize. */
  client: ClientFlags;
  options: ServerOptions;
  /** Folders of the workspace (file paths), from initialize. */
  workspaceFolders: string[];
  /** The plans open documents belong to (chapters kept one per file). */
  readonly plans: PlanSource;
  readonly events: ServerEvents;
  logError(what: string, error: unknown): void;
}

/** What happens in the server that other features act on: fired by one feature, heard by others. */
export interface ServerEvents {
  /**
   * Every open document's diagnostics may be out of date (settings or configs
   * changed): the diagnostics features re-lint them (push) or ask the client to
   * pull again. Fired by settings, config-watch and pull diagnostics on save.
   */
  readonly diagnosticsStale: Signal;
  /** Another file of these open documents' plan changed: lint them again after the typing debounce. Fired by plan-dependents. */
  readonly planChanged: Signal<readonly string[]>;
  /** Config outcomes were (re)loaded: config-watch publishes config-file problems. Fired when a document's config is loaded. */
  readonly configsLoaded: Signal;
}

/** A feature: the capabilities it adds at initialize, the handlers it registers at start. */
export interface Feature {
  capabilities?(client: ClientFlags, params: InitializeParams): ServerCapabilities;
  /** Registers handlers (before the connection listens); may return what to do once the client is initialized. */
  register(ctx: ServerContext): void | FeatureHooks;
}

export interface FeatureHooks {
  /** After the client's `initialized`: dynamic registrations, watchers. */
  initialized?(): void;
}

export interface Prepared {
  analysis: Analysis;
  settings: PlanlintSettings;
  outcome: ConfigOutcome;
  /** The config for glossary look-ups: the loaded one, or an empty one when it is broken. */
  config: ResolvedConfig;
}

const BROKEN_CONFIG_FALLBACK = emptyConfig();

/** The document's current analysis with its settings and config; undefined if not open or disabled. */
export async function prepare(ctx: ServerContext, uri: string): Promise<Prepared | undefined> {
  const settings = await ctx.settings.for(uri);
  if (!settings.enable) return undefined;
  const document = ctx.documents.get(uri);
  if (!document) return undefined;
  const outcome = await ctx.configs.get(ctx.host.filePathOf(uri));
  // Taken after the awaits: the current version, whatever arrived meanwhile.
  const analysis = ctx.documents.analysis(uri);
  if (!analysis) return undefined;
  return { analysis, settings, outcome, config: outcome.config ?? BROKEN_CONFIG_FALLBACK };
}

/**
 * Wraps a request handler: an exception is logged and answered with `empty`,
 * so one bad request never takes the server down. ResponseErrors (such as
 * "server cancelled, retrigger") are meant for the client and pass through.
 */
export function guard<P, R, E>(
  ctx: ServerContext,
  name: string,
  empty: E,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | E> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      ctx.logError(name, error);
      return empty;
    }
  };
}

/** Same for notifications and events: log, never throw. */
export function guardEvent<P>(ctx: ServerContext, name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    try {
      const result = handler(params);
      if (result instanceof Promise) result.catch((error: unknown) => ctx.logError(name, error));
    } catch (error) {
      ctx.logError(name, error);
    }
  };
}
