/**
 * The stdio transport. vscode-languageserver's own `--stdio` handling is used
 * with one change: a reader that keeps parsing after malformed bytes.
 *
 * vscode-jsonrpc's reader drops a malformed header (or body) and stops
 * parsing the chunk it came in; the rest of that chunk waits until more bytes
 * arrive. If the client's next request arrived in the same chunk, client and
 * server then wait for each other forever. This reader resumes at once.
 */
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from "vscode-languageserver/node";

class ResilientStreamMessageReader extends StreamMessageReader {
  protected override fireError(error: unknown): void {
    super.fireError(error);
    // onData is private in the typings; an empty chunk makes it parse what is buffered.
    setImmediate(() => (this as unknown as { onData(data: Uint8Array): void }).onData(new Uint8Array(0)));
  }
}

/** A connection over stdin/stdout, exiting when stdin ends (as the library's `--stdio` does). */
export function createStdioConnection(): Connection {
  const connection = createConnection(ProposedFeatures.all, new ResilientStreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  // The client went away (closed our stdin): nothing more can be asked of us.
  const end = (): void => process.exit(0);
  process.stdin.on("end", end);
  process.stdin.on("close", end);
  // stdout carries the protocol: anything printed there would corrupt it.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(" "));
  console.info = (...args: unknown[]) => connection.console.info(args.map(String).join(" "));
  console.debug = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(" "));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(" "));
  return connection;
}
