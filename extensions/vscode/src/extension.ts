/**
 * The planlint VS Code extension: starts the bundled language server
 * (dist/server.cjs, next to this file in the .vsix) over Node IPC for plain
 * text and Markdown documents, and registers the commands. Everything else —
 * diagnostics, hover, quick fixes, outline, definitions, settings per
 * document, config reloading — is the server's.
 */
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { SERVER_NODE_FLAGS } from "@planlint/language-server/node-flags";
import { COMMANDS } from "./commands.js";
import { documentLanguages, settingsSection, type ExtensionManifest } from "./manifest.js";

/**
 * Configs (planlint.config.{json,jsonc,yaml,yml}, package.json#planlint) and the
 * glossaries and term dictionaries they list, which are YAML or JSON files with
 * names of the user's choosing: the server reloads configs when one of them changes.
 */
const CONFIG_FILES = "**/*.{json,jsonc,yaml,yml}";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const manifest = context.extension.packageJSON as ExtensionManifest;
  const section = settingsSection(manifest);
  const module = context.asAbsolutePath("dist/server.cjs");
  const serverOptions: ServerOptions = {
    // The flags V8 takes only at start-up (a smaller young generation: flat memory over hours of editing).
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, "--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentLanguages(manifest).flatMap((language) => [
      { language, scheme: "file" },
      { language, scheme: "untitled" },
    ]),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_FILES) },
    // A log channel is also written to the window's log folder: the server's messages survive for bug reports.
    outputChannel: vscode.window.createOutputChannel("planlint", { log: true }),
  };
  const languageClient = new LanguageClient(section, "planlint", serverOptions, clientOptions);
  client = languageClient;

  for (const [id, run] of Object.entries(COMMANDS)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, () => run(languageClient)));
  }
  // The client's own error notification has already been shown; activation itself succeeds
  // so that the commands can say the server is not running.
  await languageClient.start().catch((error: unknown) => {
    languageClient.error("planlint: the language server did not start", error, false);
  });
}

export function deactivate(): Thenable<void> | undefined {
  // stop() throws unless the client runs; a server that never started has nothing to stop.
  return client?.isRunning() ? client.stop() : undefined;
}
