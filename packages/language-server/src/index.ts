/**
 * @planlint/language-server as a library: start the server on a connection you
 * made (tests, other hosts). Editors run the bundled `planlint-language-server`
 * (Node) or `dist/server-browser.js` (a web worker: vscode.dev, github.dev).
 * The protocol types are also at `@planlint/language-server/protocol`.
 */
export { startServer } from "./node-server.js";
export type { StartServerOptions } from "./server.js";
export type { ServerHost, PlanSource } from "./host.js";
export { createConfigSource } from "./settings/config-for-document.js";
export type { ConfigOutcome, ConfigSource } from "./settings/config-cache.js";
export { recommendedConfig } from "@planlint/lint/browser";
export * from "./protocol.js";
