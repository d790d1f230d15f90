/**
 * The planlint VS Code extension on the desktop (package.json `main`): starts
 * the bundled language server (dist/server.cjs, next to this file in the .vsix)
 * over Node IPC for plain text and Markdown files, and registers the commands.
 * Everything else — diagnostics, hover, quick fixes, outline, definitions,
 * settings per document, config reloading — is the server's. VS Code for the
 * web runs browser.ts instead.
 */
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { SERVER_NODE_FLAGS } from "@planlint/language-server/node-flags";
import { documentSelector, outputChannel, runClient, stopClient } from "./client.js";
import { settingsSection, type ExtensionManifest } from "./manifest.js";

/**
 * Configs (planlint.config.{json,jsonc,yaml,yml}, package.json#planlint) and the
 * glossaries and term dictionaries they list, which are YAML or JSON files with
 * names of the user's choosing: the server reloads configs when one of them changes.
 */
const CONFIG_FILES = "**/*.{json,jsonc,yaml,yml}";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const manifest = context.extension.packageJSON as ExtensionManifest;
  const module = context.asAbsolutePath("dist/server.cjs");
  const serverOptions: ServerOptions = {
    // The flags V8 takes only at start-up (a smaller young generation: flat memory over hours of editing).
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, "--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(manifest, ["file", "untitled"]),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_FILES) },
    outputChannel: outputChannel(),
  };
  client = new LanguageClient(settingsSection(manifest), "planlint", serverOptions, clientOptions);
  await runClient(context, client);
}

export function deactivate(): Thenable<void> | undefined {
  return stopClient(client);
}
