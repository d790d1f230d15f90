/**
 * The `planlint` settings (enable, run, debounce, trace.server), per document.
 * Read with `workspace/configuration` when the client can (a folder may
 * configure planlint differently), else from `didChangeConfiguration`'s
 * payload. Cached per document; dropped on close and on any configuration
 * change (features/settings.ts).
 */
import type { Connection } from "vscode-languageserver";
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

/** The debounce for a document: its setting, else the initialization option, else the default. */
export function debounceOf(settings: PlanlintSettings, fallback: number): number {
  return settings.debounce ?? fallback;
}
