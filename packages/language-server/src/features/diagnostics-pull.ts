/**
 * Pull diagnostics (`textDocument/diagnostic`, LSP 3.17) for clients that
 * support them (VS Code). The client asks after each change and cancels an
 * outdated request; the server waits for the debounce, then answers for the
 * current version, or says "server cancelled, ask again" when a newer version
 * arrived meanwhile. Unchanged results are answered with their result id only.
 */
import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type Diagnostic } from "vscode-languageserver";
import { guard, guardEvent, type Feature, type ServerContext } from "../context.js";
import { diagnosticsFor } from "../lint-document.js";
import { debounceOf } from "../settings/settings-store.js";

interface Report {
  resultId: string;
  items: Diagnostic[];
}

function superseded(): ResponseError<{ retriggerRequest: boolean }> {
  return new ResponseError(LSPErrorCodes.ServerCancelled, "the document changed; diagnostics are being recomputed", { retriggerRequest: true });
}

function wait(ms: number, token: { onCancellationRequested(listener: () => void): { dispose(): void } }): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const subscription = token.onCancellationRequested(done);
    function done(): void {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    }
  });
}

export const pullDiagnosticsFeature: Feature = {
  capabilities(client) {
    if (!client.pullDiagnostics) return {};
    return { diagnosticProvider: { identifier: "planlint", interFileDependencies: false, workspaceDiagnostics: false } };
  },

  register(ctx: ServerContext) {
    const last = new Map<string, Report>();
    /** The version the user last saved (or opened): what `run: onSave` reports on. */
    const saved = new Map<string, number>();
    const { documents } = ctx.documents;

    documents.onDidOpen((e) => saved.set(e.document.uri, e.document.version));
    documents.onDidClose((e) => {
      saved.delete(e.document.uri);
      last.delete(e.document.uri);
    });
    documents.onDidSave(
      guardEvent(ctx, "didSave", async (e) => {
        saved.set(e.document.uri, e.document.version);
        if (!ctx.client.pullDiagnostics) return;
        if ((await ctx.settings.for(e.document.uri)).run === "onSave") ctx.events.diagnosticsStale.fire();
      }),
    );

    ctx.connection.languages.diagnostics.on(
      guard(ctx, "textDocument/diagnostic", { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params, token) => {
        const uri = params.textDocument.uri;
        const document = ctx.documents.get(uri);
        if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const settings = await ctx.settings.for(uri);
        const version = document.version;
        const previous = last.get(uri);

        // Linting on save only: between saves, keep showing what the saved text had.
        if (settings.enable && settings.run === "onSave" && previous && saved.get(uri) !== version) {
          return params.previousResultId === previous.resultId
            ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId: previous.resultId }
            : { kind: DocumentDiagnosticReportKind.Full, resultId: previous.resultId, items: previous.items };
        }

        // Wait for a pause in typing; a newly opened document is linted at once.
        const delay = debounceOf(settings, ctx.options.debounce);
        if (delay > 0 && previous && !previous.resultId.startsWith(`${version}:`)) await wait(delay, token);
        if (token.isCancellationRequested || !ctx.documents.isCurrent(uri, version)) throw superseded();

        const resultId = `${version}:${ctx.configs.generation}:${ctx.settings.generation}`;
        if (previous?.resultId === resultId) {
          return params.previousResultId === resultId
            ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId }
            : { kind: DocumentDiagnosticReportKind.Full, resultId, items: previous.items };
        }
        const result = await diagnosticsFor(ctx, uri);
        if (!result || result.version !== version || !ctx.documents.isCurrent(uri, version)) throw superseded();
        last.set(uri, { resultId, items: result.diagnostics });
        return { kind: DocumentDiagnosticReportKind.Full, resultId, items: result.diagnostics };
      }),
    );

    ctx.events.diagnosticsStale.on(() => {
      if (ctx.client.pullDiagnostics && ctx.client.diagnosticsRefresh) ctx.connection.languages.diagnostics.refresh();
    });
    // Another file of their plan changed: the client pulls again (documents whose plan did not change answer from the cache).
    ctx.events.planChanged.on((uris) => {
      if (uris.length > 0 && ctx.client.pullDiagnostics && ctx.client.diagnosticsRefresh) ctx.connection.languages.diagnostics.refresh();
    });
  },
};
