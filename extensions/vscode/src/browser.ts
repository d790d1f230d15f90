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
 * file access), new files, a remote server's folder (vscode-remote: code-server,
 * Codespaces, when the extension runs in the browser there) and @vscode/test-web's folder.
 */
export const WEB_SCHEMES = ["vscode-vfs", "file", "untitled", "vscode-remote", "vscode-test-web"] as const;

/** The web extension host's Worker (this package compiles without the DOM library). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

let client: LanguageClient | undefined;

/**
 * The server's worker. VS Code for the web starts a worker from an extension's
 * files when they are served over http(s) (vscode.dev's and github.dev's
 * marketplace) but refuses one from an extension installed on a remote server
 * (code-server, Codespaces: a `vscode-remote:` location): that script is read
 * through the workbench's file system and started from a blob.
 */
async function serverWorker(context: vscode.ExtensionContext): Promise<ConstructorParameters<typeof LanguageClient>[3]> {
  const script = vscode.Uri.joinPath(context.extensionUri, "dist/server-browser.js");
  if (script.scheme !== "vscode-remote") return new Worker(script.toString(true));
  const bytes = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([bytes], { type: "text/javascript" })));
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const manifest = context.extension.packageJSON as ExtensionManifest;
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(manifest, WEB_SCHEMES),
    outputChannel: outputChannel(),
  };
  client = new LanguageClient(settingsSection(manifest), "planlint", clientOptions, await serverWorker(context));
  await runClient(context, client);
}

export function deactivate(): Thenable<void> | undefined {
  return stopClient(client);
}
