/**
 * The `planlint` settings (enable, run, debounce, trace.server), per document.
 * Read with `workspace/configuration` when the client can (a folder may
 * configure planlint differently), else from `didChangeConfiguration`'s
 * payload. Cached per document; dropped on close and on any configuration
 * change, after which diagnostics are refreshed.
 */
import { DidChangeConfigurationNotification, type Connection } from "vscode-languageserver";
import { guardEvent, type Feature } from "../context.js";
import { DEFAULT_SETTINGS, type PlanlintSettings } from "../protocol.js";

export class SettingsStore {
  private readonly byUri = new Map<string, Promise<PlanlintSettings>>();
  private global: PlanlintSettings = { ...DEFAULT_SETTINGS };
  /** Bumped on every change: part of a pull diagnostics result id. */
  generation = 0;
  /** Set at initialize: whether to ask the client per document. */
  useConfigurationRequest = false;

  constructor(private readonly connection: Connection) {}

  for(uri: string): Promise<PlanlintSettings> {
    if (!this.useConfigurationRequest) return Promise.resolve(this.global);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: "planlint" }).then(
        (raw: unknown) => normalizeSettings(raw),
        (error: unknown) => {
          this.connection.console.warn(`planlint: cannot read settings for ${uri}: ${String(error)}; using defaults`);
          return { ...DEFAULT_SETTINGS };
        },
      );
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  drop(uri: string): void {
    this.byUri.delete(uri);
  }

  /** A configuration change: forget everything; `raw` is the pushed `planlint` section, if any. */
  reset(raw: unknown): void {
    this.byUri.clear();
    this.global = normalizeSettings(raw);
    this.generation++;
  }
}

/** Settings from whatever the client sent (null, partial, wrong types): unknown values fall back to defaults. */
export function normalizeSettings(raw: unknown): PlanlintSettings {
  const s: PlanlintSettings = { ...DEFAULT_SETTINGS };
  if (raw === null || typeof raw !== "object") return s;
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === "boolean") s.enable = r.enable;
  if (r.run === "onType" || r.run === "onSave") s.run = r.run;
  if (typeof r.debounce === "number" && Number.isFinite(r.debounce) && r.debounce >= 0) s.debounce = r.debounce;
  const trace = (r.trace as Record<string, unknown> | undefined)?.server;
  if (trace === "off" || trace === "messages" || trace === "verbose") s.trace = { server: trace };
  return s;
}

export const settingsFeature: Feature = {
  register(ctx) {
    ctx.connection.onDidChangeConfiguration(
      guardEvent(ctx, "didChangeConfiguration", (params) => {
        const pushed = (params?.settings as Record<string, unknown> | null | undefined)?.planlint;
        ctx.settings.reset(pushed);
        ctx.refreshDiagnostics();
      }),
    );
    ctx.documents.documents.onDidClose((e) => ctx.settings.drop(e.document.uri));
    return {
      initialized() {
        // Without registering, VS Code sends no didChangeConfiguration to a pull-model server.
        if (!ctx.client.configurationDynamicRegistration) return;
        ctx.connection.client.register(DidChangeConfigurationNotification.type, { section: "planlint" }).catch((error: unknown) => {
          ctx.logError("register didChangeConfiguration", error);
        });
      },
    };
  },
};

/** The debounce for a document: its setting, else the initialization option, else the default. */
export function debounceOf(settings: PlanlintSettings, fallback: number): number {
  return settings.debounce ?? fallback;
}
