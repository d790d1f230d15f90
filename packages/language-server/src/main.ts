/**
 * `planlint-language-server --stdio` (or `--node-ipc`, `--socket=PORT`,
 * `--pipe=NAME`): sets up error handlers and starts the server. Bundled with
 * everything it needs into dist/server.cjs.
 */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { version } from "../package.json";
import { applyServerV8Flags } from "./node-flags.js";
import { startServer } from "./node-server.js";
import { createStdioConnection } from "./transport.js";

const USAGE = `Usage: planlint-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The planlint language server (LSP). Editors start it; it is not meant to be run by hand.
`;

const args = process.argv.slice(2);
if (args.includes("--version") || args.includes("-v")) {
  process.stdout.write(`${version}\n`);
} else if (args.includes("--help") || args.includes("-h") || !args.some((a) => /^--(stdio|node-ipc|socket=|pipe=|clientProcessId)/.test(a))) {
  process.stderr.write(USAGE);
  process.exitCode = args.includes("--help") || args.includes("-h") ? 0 : 2;
} else {
  applyServerV8Flags();
  const connection = args.includes("--stdio") ? createStdioConnection() : createConnection(ProposedFeatures.all);
  // The server must outlive any bug in a handler: log it where the editor shows server logs.
  const report = (what: string) => (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    try {
      connection.console.error(`planlint: ${what}: ${detail}`);
    } catch {
      process.stderr.write(`planlint: ${what}: ${detail}\n`);
    }
  };
  process.on("uncaughtException", report("uncaught exception"));
  process.on("unhandledRejection", report("unhandled rejection"));
  startServer(connection);
}
