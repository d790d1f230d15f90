/** `startServer(connection)`: the server on the Node host (files, configs on disk); main.ts starts it for the bin. */
import type { Connection } from "vscode-languageserver";
import { configWatchFeature } from "./features/config-watch.js";
import { nodeHost } from "./node-host.js";
import { startServerOn, type StartServerOptions } from "./server.js";

/** Starts planlint on a connection (made by `createConnection`); returns once it listens. */
export function startServer(connection: Connection, options: StartServerOptions = {}): void {
  startServerOn(connection, nodeHost, [configWatchFeature], options);
}
