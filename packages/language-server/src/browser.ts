/**
 * The language server in a web worker (bundled to dist/server-browser.js): the
 * VS Code extension's `browser` entry starts it for vscode.dev and github.dev.
 * It speaks LSP over the worker's messages (vscode-languageserver/browser) and
 * answers with the features that need no file system: diagnostics, hover,
 * quick fixes and fix-all, the outline, definitions, references and completion
 * from the document's own glossary (browser-host.ts says what is left out).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from "vscode-languageserver/browser";
import { browserHost } from "./browser-host.js";
import { startServerOn } from "./server.js";

/** The worker's global scope, as far as this file uses it (the package compiles without the DOM library). */
interface ErrorLike {
  error?: unknown;
  message?: string;
  reason?: unknown;
  preventDefault(): void;
}
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & {
  addEventListener(type: "error" | "unhandledrejection", listener: (event: ErrorLike) => void): void;
};

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
// The server must outlive any bug in a handler: log it where the editor shows server logs.
const report = (what: string) => (event: ErrorLike) => {
  const error: unknown = "reason" in event ? event.reason : (event.error ?? event.message);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  connection.console.error(`planlint: ${what}: ${detail}`);
  event.preventDefault();
};
self.addEventListener("error", report("uncaught exception"));
self.addEventListener("unhandledrejection", report("unhandled rejection"));
startServerOn(connection, browserHost);
