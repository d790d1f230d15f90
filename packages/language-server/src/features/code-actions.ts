/**
 * Code actions: a quick fix per diagnostic that has a safe fix, each
 * suggestion as its own quick fix, "fix all '<rule>' problems" when a rule has
 * more than one fix in the file, and `source.fixAll.planlint` (also as the
 * server command FIX_ALL_COMMAND). Edits come from the diagnostic's `data`
 * (made by diagnostics.ts for the version it was computed on); fix-all edits
 * come from the current version's lint, through lint's own `lintAndFix` so
 * overlapping fixes are resolved the way the CLI resolves them.
 */
import { detectLineEndings } from "@planlint/core";
import { lintAndFix, lintText, type LintResult, type ResolvedConfig } from "@planlint/lint/browser";
import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type Diagnostic,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver";
import { guard, prepare, type Feature, type ServerContext } from "../context.js";
import type { Analysis } from "../documents.js";
import { toTextEdit, type DiagnosticData } from "../diagnostics.js";
import { DIAGNOSTIC_SOURCE, FIX_ALL_COMMAND, FIX_ALL_KIND, type FixAllCommandArguments } from "../protocol.js";

/** True when a requested kind (`only`) covers `kind`: "source" covers "source.fixAll.planlint". */
function wanted(only: string[] | undefined, kind: string): boolean {
  if (!only) return kind === CodeActionKind.QuickFix;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function isPlanlintData(data: unknown): data is DiagnosticData {
  return typeof data === "object" && data !== null && typeof (data as DiagnosticData).version === "number" && typeof (data as DiagnosticData).ruleId === "string";
}

function workspaceEdit(ctx: ServerContext, uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  // With documentChanges the client refuses the edit if the document moved on meanwhile.
  if (ctx.client.documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] };
  return { changes: { [uri]: edits } };
}

/**
 * The title of a fix names the whole finding and what it becomes (「多重防御」→「多層防御」):
 * fixes replace only the characters that differ, and 「重」→「層」 alone tells the
 * drafter little.
 */
function describeFix(document: { getText(range?: Range): string; offsetAt(p: Position): number }, diagnostic: Diagnostic, edit: TextEdit): string {
  const ds = document.offsetAt(diagnostic.range.start);
  const de = document.offsetAt(diagnostic.range.end);
  const fs = document.offsetAt(edit.range.start);
  const fe = document.offsetAt(edit.range.end);
  if (ds <= fs && fe <= de && de - ds <= 40) {
    const found = document.getText(diagnostic.range);
    const fixed = found.slice(0, fs - ds) + edit.newText + found.slice(fe - ds);
    const oneLine = (s: string) => s.replace(/\s+/g, "");
    if (oneLine(found) && oneLine(fixed)) return `planlint: 「${oneLine(found)}」→「${oneLine(fixed)}」`;
  }
  return describeEdit(document.getText(edit.range), edit);
}

function describeEdit(original: string, edit: TextEdit): string {
  if (edit.newText === "") return `planlint: delete 「${original}」`;
  if (original === "") return `planlint: insert 「${edit.newText}」`;
  return `planlint: replace 「${original}」 with 「${edit.newText}」`;
}

/**
 * The safe fixes of the document's current version (one rule's, or all), as
 * edits that do not overlap: pass after pass until the text is stable, as
 * `planlint --fix` applies them (a fix that overlapped another in one pass is
 * applied in the next), folded into edits on the current text.
 */
async function fixAllEdits(ctx: ServerContext, uri: string, ruleId?: string): Promise<{ version: number; edits: TextEdit[] } | undefined> {
  const prepared = await prepare(ctx, uri);
  if (!prepared?.outcome.config || prepared.analysis.tooLarge) return undefined;
  const { analysis, outcome } = prepared;
  const config = outcome.config;
  // Code actions are asked for at every cursor move: each version's answer is worked out once.
  let cached = fixAllCache.get(analysis);
  if (cached?.config !== config) fixAllCache.set(analysis, (cached = { config, edits: new Map() }));
  const key = ruleId ?? "";
  let edits = cached.edits.get(key);
  if (!edits) cached.edits.set(key, (edits = fixAllOf(analysis, config, ruleId)));
  return { version: analysis.version, edits };
}

const fixAllCache = new WeakMap<Analysis, { config: ResolvedConfig; edits: Map<string, TextEdit[]> }>();

function fixAllOf(analysis: Analysis, config: ResolvedConfig, ruleId: string | undefined): TextEdit[] {
  const only = (result: LintResult): LintResult => (ruleId === undefined ? result : { ...result, messages: result.messages.filter((m) => m.ruleId === ruleId) });
  const lint = (text: string): LintResult =>
    only(text === analysis.text ? analysis.lint(config) : lintText(text, { fileName: analysis.filePath ?? analysis.uri, config, format: analysis.format }));
  // Line breaks inside fix texts follow the document's own (as --fix keeps the file's).
  const { edits } = lintAndFix(analysis.text, lint, detectLineEndings(analysis.text).eol);
  return edits.map((f) => toTextEdit(analysis.lineIndex, f));
}


export const codeActionsFeature: Feature = {
  capabilities: () => ({
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
  }),

  register(ctx) {
    ctx.connection.onCodeAction(
      guard(ctx, "textDocument/codeAction", [] as CodeAction[], async (params): Promise<CodeAction[]> => {
        const uri = params.textDocument.uri;
        const document = ctx.documents.get(uri);
        if (!document) return [];
        const actions: CodeAction[] = [];
        const only = params.context.only;

        if (wanted(only, CodeActionKind.QuickFix)) {
          const rulesOffered = new Set<string>();
          for (const diagnostic of params.context.diagnostics) {
            if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isPlanlintData(diagnostic.data)) continue;
            const data = diagnostic.data;
            // Edits of an older version would land in the wrong place; fresh diagnostics are on their way.
            if (data.version !== document.version) continue;
            if (data.fix) {
              actions.push({
                title: describeFix(document, diagnostic, data.fix),
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                isPreferred: true,
                edit: workspaceEdit(ctx, uri, data.version, [data.fix]),
              });
            }
            for (const suggestion of data.suggestions ?? []) {
              actions.push({
                title: `planlint: ${suggestion.title}`,
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                edit: workspaceEdit(ctx, uri, data.version, [suggestion.edit]),
              });
            }
            if (data.fix && !rulesOffered.has(data.ruleId)) {
              rulesOffered.add(data.ruleId);
              const all = await fixAllEdits(ctx, uri, data.ruleId);
              if (all && all.version === data.version && all.edits.length > 1) {
                actions.push({
                  title: `planlint: fix all '${data.ruleId}' problems`,
                  kind: CodeActionKind.QuickFix,
                  diagnostics: params.context.diagnostics.filter((d: Diagnostic) => d.code === data.ruleId),
                  edit: workspaceEdit(ctx, uri, all.version, all.edits),
                });
              }
            }
          }
        }

        if (only && wanted(only, FIX_ALL_KIND)) {
          const all = await fixAllEdits(ctx, uri);
          if (all && all.edits.length > 0) {
            actions.push({ title: "planlint: fix all auto-fixable problems", kind: FIX_ALL_KIND, edit: workspaceEdit(ctx, uri, all.version, all.edits) });
          }
        }
        return actions;
      }),
    );

    ctx.connection.onExecuteCommand(
      guard(ctx, "workspace/executeCommand", null, async (params) => {
        if (params.command !== FIX_ALL_COMMAND) return null;
        const args = params.arguments?.[0] as FixAllCommandArguments | undefined;
        if (!args || typeof args.uri !== "string") return null;
        const all = await fixAllEdits(ctx, args.uri, args.ruleId);
        if (!all || all.edits.length === 0 || (args.version !== undefined && args.version !== all.version)) return null;
        await ctx.connection.workspace.applyEdit({ label: "planlint: fix all", edit: workspaceEdit(ctx, args.uri, all.version, all.edits) });
        return null;
      }),
    );
  },
};
