/**
 * The planlint VS Code extension for the web (package.json `browser`:
 * vscode.dev, github.dev): starts the language server in a web worker
 * (dist/server-browser.js, next to this file in the .vsix) and registers the
 * same commands as the desktop. There is no file system there: each document is
 * linted alone with `planlint:recommended`, its glossary is its own 用語解説
 * (diagnostics, hover, quick fixes and fix-all, outline, definitions,
 * references and completion all work); configs, glossary files and plans kept
 * in several files are desktop-only.
 */
import * as vscode from "vscode";
import { LanguageClient, type LanguageClientOptions } from "vscode-languageclient/browser";
import { documentSelector, outputChannel, runClient, stopClient } from "./client.js";
import { settingsSection, type ExtensionManifest } from "./manifest.js";

/**
 * Where the web editor keeps documents: github.dev and vscode.dev's repositories
 * (vscode-vfs), a local folder opened in vscode.dev (file, through the browser's
 * file access), new files, and @vscode/test-web's folder.
 */
export const WEB_SCHEMES = ["vscode-vfs", "file", "untitled", "vscode-test-web"] as const;

/** The web extension host's Worker (this package compiles without the DOM library). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const manifest = context.extension.packageJSON as ExtensionManifest;
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(manifest, WEB_SCHEMES),
    outputChannel: outputChannel(),
  };
  // VS Code for the web serves the extension's files from another origin; its Worker accepts that URL.
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, "dist/server-browser.js").toString(true));
  client = new LanguageClient(settingsSection(manifest), "planlint", clientOptions, worker);
  await runClient(context, client);
}

export function deactivate(): Thenable<void> | undefined {
  return stopClient(client);
}
