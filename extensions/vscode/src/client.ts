/**
 * What the desktop and the web extension share once each has made its language
 * client (extension.ts over Node IPC, browser.ts over a web worker): the
 * languages it handles, the output channel, the commands, and starting it.
 */
import * as vscode from "vscode";
import type { BaseLanguageClient, DocumentSelector } from "vscode-languageclient";
import { COMMANDS } from "./commands.js";
import { documentLanguages, type ExtensionManifest } from "./manifest.js";

/** The manifest's languages, in documents of these URI schemes. */
export function documentSelector(manifest: ExtensionManifest, schemes: readonly string[]): DocumentSelector {
  return documentLanguages(manifest).flatMap((language) => schemes.map((scheme) => ({ language, scheme })));
}

/** A log channel is also written to the window's log folder: the server's messages survive for bug reports. */
export function outputChannel(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel("planlint", { log: true });
}

/** Registers the commands on `client` and starts it. */
export async function runClient(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<void> {
  for (const [id, run] of Object.entries(COMMANDS)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, () => run(client)));
  }
  // The client's own error notification has already been shown; activation itself succeeds
  // so that the commands can say the server is not running.
  await client.start().catch((error: unknown) => {
    client.error("planlint: the language server did not start", error, false);
  });
}

export function stopClient(client: BaseLanguageClient | undefined): Thenable<void> | undefined {
  // stop() throws unless the client runs; a server that never started has nothing to stop.
  return client?.isRunning() ? client.stop() : undefined;
}
