/**
 * A minimal LSP client for tests: spawns the BUILT server (`node dist/server.cjs
 * --stdio`) and talks to it over a real JSON-RPC connection.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { decodeText } from "@planlint/core";
import { SERVER_NODE_FLAGS } from "../src/node-flags.js";
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  DiagnosticRefreshRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from "vscode-languageserver-protocol/node";

const here = dirname(fileURLToPath(import.meta.url));
export const SERVER = join(here, "..", "dist", "server.cjs");
export const SEED_PATH = join(here, "..", "..", "..", "seeds", "cybersecurity-2017-draft.txt");
export const SEED_URI = pathToFileURL(SEED_PATH).href;

export function readSeed(): string {
  return decodeText(readFileSync(SEED_PATH), SEED_PATH).text;
}

export function serverIsBuilt(): boolean {
  return existsSync(SERVER);
}

export interface StartOptions {
  /** Advertise pull diagnostics (textDocument/diagnostic). */
  pull?: boolean;
  initializationOptions?: unknown;
  /** The `planlint` section answered to workspace/configuration; undefined: no configuration support. */
  settings?: Record<string, unknown>;
  workspaceFolder?: string;
  /** Advertise dynamic registration of workspace/didChangeWatchedFiles (default true; Neovim 0.7 has none). */
  watchFiles?: boolean;
}

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  /** Edits the server asked the client to apply (workspace/applyEdit). */
  readonly appliedEdits: unknown[] = [];
  stderr = "";
  /** What the client answers to workspace/configuration (change it, then send didChangeConfiguration). */
  settings: Record<string, unknown> | undefined;
  initializeResult!: InitializeResult;
  private readonly waiters: (() => void)[] = [];
  private versions = new Map<string, number>();

  constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const w of this.waiters.splice(0)) w();
    });
    connection.onNotification(LogMessageNotification.type, (params) => this.logs.push(params.message));
    child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last diagnostics published for `uri` that satisfy `accept`, waiting for them if needed. */
  async diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 20000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = [...this.published].reverse().find((p) => p.uri === uri && accept(p));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms (published: ${this.published.map((p) => `${p.uri}@${p.version}`).join(", ")})\n${this.stderr}${this.logs.join("\n")}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  open(uri: string, text: string, languageId = "plaintext", version = 1): Promise<void> {
    this.versions.set(uri, version);
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes }).then(() => version);
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 3000);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // A server that does not answer is killed below.
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.child.kill("SIGKILL");
        resolve();
      }, 3000);
      this.child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

export function withTimeout<T>(promise: PromiseLike<T>, ms: number, what = "request"): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export function capabilities(pull: boolean, configuration: boolean, watchFiles = true): ClientCapabilities {
  return {
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      hover: { contentFormat: ["markdown", "plaintext"] },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      definition: { linkSupport: false },
      completion: { completionItem: { documentationFormat: ["markdown", "plaintext"] } },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll"] } }, dataSupport: true },
      ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    workspace: {
      configuration,
      workspaceEdit: { documentChanges: true },
      didChangeWatchedFiles: { dynamicRegistration: watchFiles },
      ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
  };
}

/** Spawns the built server and initializes it. */
export async function startServer(options: StartOptions = {}): Promise<TestClient> {
  // As the bin and the extension start it (src/node-flags.ts).
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, "--stdio"], { stdio: "pipe" });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const client = new TestClient(child, connection);
  client.settings = options.settings;
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => client.settings ?? null));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(DiagnosticRefreshRequest.type, () => undefined);
  connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
    client.appliedEdits.push(params.edit);
    return { applied: true };
  });
  connection.listen();
  const folder = options.workspaceFolder ?? dirname(SEED_PATH);
  client.initializeResult = await withTimeout(
    connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: "workspace" }],
      capabilities: capabilities(options.pull === true, options.settings !== undefined, options.watchFiles ?? true),
      initializationOptions: options.initializationOptions,
    }),
    10000,
    "initialize",
  );
  await connection.sendNotification(InitializedNotification.type, {});
  return client;
}
