/**
 * The diagnostics of a document's current version, for the push and the pull
 * features alike: settings → config → (cached) lint → LSP diagnostics.
 */
import type { Diagnostic } from "vscode-languageserver";
import { prepare, type ServerContext } from "./context.js";
import { configBrokenDiagnostic, toDiagnostics, tooLargeDiagnostic } from "./diagnostics.js";

export interface DocumentDiagnostics {
  version: number;
  diagnostics: Diagnostic[];
}

/** Undefined when the document is not open; no diagnostics when planlint is disabled for it. */
export async function diagnosticsFor(ctx: ServerContext, uri: string): Promise<DocumentDiagnostics | undefined> {
  const prepared = await prepare(ctx, uri);
  if (!prepared) {
    const document = ctx.documents.get(uri);
    return document ? { version: document.version, diagnostics: [] } : undefined;
  }
  const { analysis, outcome } = prepared;
  // Loading this document's config may have found a broken config file: show it there.
  ctx.events.configsLoaded.fire();
  if (analysis.tooLarge) return { version: analysis.version, diagnostics: [tooLargeDiagnostic(analysis.text.length, ctx.documents.maxLength)] };
  if (outcome.error) {
    const file = outcome.error.file;
    return { version: analysis.version, diagnostics: [configBrokenDiagnostic(outcome.error, file ? ctx.host.fileUri(file) : undefined)] };
  }
  // A file the config's `ignore` covers is not linted (as the CLI skips it).
  if (outcome.ignored) return { version: analysis.version, diagnostics: [] };
  // A chapter of a plan kept in several files is linted with the plan's other files.
  const plan = await ctx.plans.inputsFor(analysis, outcome.config);
  const result = analysis.lint(outcome.config, plan ?? null);
  return {
    version: analysis.version,
    diagnostics: toDiagnostics(result.messages, analysis.lineIndex, {
      uri,
      version: analysis.version,
      relatedInformation: ctx.client.relatedInformation,
    }),
  };
}
