/**
 * @planlint/language-server as a library: start the server on a connection you
 * made (tests, other hosts). Editors run the bundled `planlint-language-server`.
 * The protocol types are also at `@planlint/language-server/protocol`.
 */
export { startServer, type StartServerOptions } from "./server.js";
export { createConfigSource, recommendedConfig, type ConfigOutcome, type ConfigSource } from "./settings/config-for-document.js";
export * from "./protocol.js";
