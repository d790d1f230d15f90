/**
 * The extension's commands (declared in package.json `contributes.commands`).
 * Both ask the server: the outline with the `planlint/outline` request, the
 * fixes with the `source.fixAll.planlint` code action (the one
 * `editor.codeActionsOnSave` runs), so the command and fix-on-save agree.
 */
import { FIX_ALL_KIND, OutlineRequest } from "@planlint/language-server/protocol";
import * as vscode from "vscode";
// The package's own entry: Node's in the desktop bundle, the browser's in the web bundle (its `browser` field).
import { CodeAction, CodeActionRequest, State, type BaseLanguageClient } from "vscode-languageclient";
import type { CommandId } from "./manifest.js";

type Command = (client: BaseLanguageClient) => Promise<void>;

/** The active editor's document, when planlint handles it and the server is up; otherwise says why not. */
function planDocument(client: BaseLanguageClient): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !vscode.languages.match(client.clientOptions.documentSelector ?? [], document)) {
    void vscode.window.showInformationMessage("planlint: open a plain text or Markdown plan first.");
    return undefined;
  }
  if (client.state !== State.Running) {
    void vscode.window.showWarningMessage("planlint: the language server is not running (see Output → planlint).");
    return undefined;
  }
  return document;
}

/** Opens the plan model of the active document (as `planlint outline --json` prints it) in an untitled JSON editor. */
const showOutline: Command = async (client) => {
  const document = planDocument(client);
  if (!document) return;
  const result = await client.sendRequest(OutlineRequest, { textDocument: client.code2ProtocolConverter.asTextDocumentIdentifier(document) });
  if (!result) {
    void vscode.window.showInformationMessage("planlint: no outline for this document (planlint is disabled for it, or it is too large).");
    return;
  }
  const json = await vscode.workspace.openTextDocument({ language: "json", content: `${JSON.stringify(result.outline, null, 2)}\n` });
  await vscode.window.showTextDocument(json, { viewColumn: vscode.ViewColumn.Beside, preview: false });
};

/** Applies every safe fix in the active document. */
const fixAll: Command = async (client) => {
  const document = planDocument(client);
  if (!document) return;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = await client.sendRequest(CodeActionRequest.type, {
    textDocument: client.code2ProtocolConverter.asTextDocumentIdentifier(document),
    range: client.code2ProtocolConverter.asRange(whole),
    context: { diagnostics: [], only: [FIX_ALL_KIND], triggerKind: 1 /* Invoked */ },
  });
  const action = actions?.find((a): a is CodeAction => CodeAction.is(a) && a.kind === FIX_ALL_KIND && a.edit !== undefined);
  if (!action?.edit) {
    void vscode.window.showInformationMessage("planlint: nothing to fix automatically in this document.");
    return;
  }
  // The edit names the document version it was computed for: VS Code refuses it if the text moved on.
  const applied = await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(action.edit));
  if (!applied) void vscode.window.showWarningMessage("planlint: the document changed while fixing; run the command again.");
};

/** A handler for every contributed command. */
export const COMMANDS: Readonly<Record<CommandId, Command>> = {
  "planlint.showOutline": showOutline,
  "planlint.fixAll": fixAll,
};
