/**
 * Config changes picked up live. The client watches planlint configs,
 * package.json and YAML/JSON files (glossaries and term dictionaries have
 * free names) for us when it can register watchers dynamically; otherwise
 * (Neovim 0.7, …) the server watches the folders itself. On a relevant change
 * the cached configs are dropped and every open document is linted again.
 *
 * A broken config never stops the server: its error is published as a
 * diagnostic on the config (or glossary/dictionary) file at the error's line
 * and column, and cleared once the file is fixed.
 */
import { watch, type FSWatcher } from "node:fs";
import { dirname, join, relative, isAbsolute, resolve } from "node:path";
import { DidChangeWatchedFilesNotification, WatchKind, type Diagnostic } from "vscode-languageserver";
import { guardEvent, type Feature, type ServerContext } from "../context.js";
import { configFileDiagnostic } from "../diagnostics.js";
import { filesOf } from "../settings/config-cache.js";

const CONFIG_FILE = /(^|[\\/])(planlint\.config\.(json|jsonc|ya?ml)|package\.json)$/;
const WATCHED_GLOBS = ["**/planlint.config.{json,jsonc,yaml,yml}", "**/package.json", "**/*.{yaml,yml,json,jsonc}"];
/** Saves come in bursts (write, rename, chmod): act once per burst. */
const SETTLE_MS = 50;

export const configWatchFeature: Feature = {
  register(ctx) {
    const published = new Map<string, string>();
    const fallback = new FolderWatchers(ctx, (paths) => changed(paths));
    let useFallback = false;
    let pending: string[] = [];
    let timer: NodeJS.Timeout | undefined;

    /** Files the loaded configs were read from (configs, glossaries, dictionaries). */
    const knownFiles = (): Set<string> => new Set(ctx.configs.outcomes().flatMap(filesOf).map((f) => resolve(f)));

    const reconcile = (): void => {
      const broken = new Map<string, Diagnostic>();
      for (const outcome of ctx.configs.outcomes()) {
        if (outcome.error?.file) broken.set(ctx.host.fileUri(outcome.error.file), configFileDiagnostic(outcome.error));
      }
      for (const [uri, diagnostic] of broken) {
        const key = JSON.stringify(diagnostic);
        if (published.get(uri) === key) continue;
        published.set(uri, key);
        void ctx.connection.sendDiagnostics({ uri, diagnostics: [diagnostic] });
      }
      for (const uri of [...published.keys()]) {
        if (broken.has(uri)) continue;
        published.delete(uri);
        void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
      }
      if (useFallback) fallback.update(knownFiles());
    };

    const changed = (paths: string[]): void => {
      pending.push(...paths);
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        const batch = pending;
        pending = [];
        try {
          const known = knownFiles();
          if (!batch.some((p) => CONFIG_FILE.test(p) || known.has(resolve(p)))) return;
          ctx.configs.clear();
          // Load the open documents' configs again now, so a fixed config file loses its diagnostic
          // even when no document is linted (pull clients lint only when they ask).
          void Promise.all(ctx.documents.all().map((d) => ctx.configs.get(ctx.host.filePathOf(d.uri))))
            .then(reconcile)
            .catch((error: unknown) => ctx.logError("reloading configs", error));
          ctx.events.diagnosticsStale.fire();
        } catch (error) {
          ctx.logError("reloading configs", error);
        }
      }, SETTLE_MS);
    };

    ctx.events.configsLoaded.on(reconcile);
    ctx.connection.onDidChangeWatchedFiles(
      guardEvent(ctx, "workspace/didChangeWatchedFiles", (params) => {
        changed(params.changes.map((c) => ctx.host.filePathOf(c.uri)).filter((p): p is string => p !== undefined));
      }),
    );
    ctx.documents.documents.onDidOpen(() => {
      if (useFallback) fallback.update(knownFiles());
    });
    ctx.connection.onShutdown(() => fallback.close());
    ctx.connection.onExit(() => fallback.close());

    return {
      initialized() {
      if (ctx.client.watchedFilesDynamicRegistration) {
        const watchers = WATCHED_GLOBS.map((globPattern) => ({ globPattern, kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete }));
        ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => {
          ctx.logError("register didChangeWatchedFiles", error);
        });
      } else {
        useFallback = true;
        fallback.update(knownFiles());
      }
      },
    };
  },
};

/**
 * The server's own watching, for clients that cannot watch for it: the
 * folders from each open document up to its workspace folder (where a config
 * would be discovered) and the folders of the files the configs were read from.
 * Folders rather than files, because editors save by writing a new file and
 * renaming it over the old one.
 */
class FolderWatchers {
  private readonly watchers = new Map<string, FSWatcher>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly onChange: (paths: string[]) => void,
  ) {}

  update(knownFiles: Set<string>): void {
    const folders = new Set<string>();
    for (const file of knownFiles) folders.add(dirname(file));
    for (const document of this.ctx.documents.all()) {
      const path = this.ctx.host.filePathOf(document.uri);
      if (!path) continue;
      const root = this.ctx.workspaceFolders.find((w) => isInside(path, w));
      let folder = dirname(path);
      folders.add(folder);
      while (root && folder !== root && isInside(folder, root)) {
        folder = dirname(folder);
        folders.add(folder);
      }
    }
    for (const [folder, watcher] of this.watchers) {
      if (folders.has(folder)) continue;
      watcher.close();
      this.watchers.delete(folder);
    }
    for (const folder of folders) {
      if (this.watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: false }, (_event, name) => {
          if (name) this.onChange([join(folder, name.toString())]);
        });
        watcher.on("error", () => {
          watcher.close();
          this.watchers.delete(folder);
        });
        this.watchers.set(folder, watcher);
      } catch {
        // A folder that vanished or cannot be watched: configs there are picked up on reopening.
      }
    }
  }

  close(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
}

function isInside(path: string, folder: string): boolean {
  const r = relative(folder, path);
  return r === "" || (!r.startsWith("..") && !isAbsolute(r));
}
