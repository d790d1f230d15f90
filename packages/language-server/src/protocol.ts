/**
 * The contract between the planlint language server and its clients (the VS Code
 * extension, tests, other editors): custom requests, settings, initialization
 * options. Declared once here and imported by both sides
 * (`@planlint/language-server/protocol` loads no lint code).
 */
import { RequestType, type TextDocumentIdentifier } from "vscode-languageserver-protocol";
import type { OutlineJson } from "@planlint/lint/browser";

/** `planlint/outline`: the plan model of an open document, as `planlint outline --json` prints it. */
export interface OutlineParams {
  textDocument: TextDocumentIdentifier;
}

export interface OutlineResult {
  uri: string;
  /** The document version the outline was computed from. */
  version: number;
  /**
   * The outline. Its `file` is the document's URI and its `encoding` is
   * {@link EDITOR_ENCODING}: the text came from the editor's buffer, not from disk.
   */
  outline: OutlineJson;
}

export const EDITOR_ENCODING = "editor";

/** Null when the document is not open, too large, or planlint is disabled for it. */
export const OutlineRequest = new RequestType<OutlineParams, OutlineResult | null, void>("planlint/outline");

/** Settings under the `planlint` section, read per document with `workspace/configuration`. */
export interface PlanlintSettings {
  /** Lint and offer features for this document at all. */
  enable: boolean;
  /** Lint as you type, or only when the document is opened and saved. */
  run: "onType" | "onSave";
  /**
   * Milliseconds to wait after the last change before linting. Unset: the
   * `debounce` initialization option, else {@link DEFAULT_DEBOUNCE_MS}.
   */
  debounce?: number;
  /** Read by the client library (`vscode-languageclient` traces the traffic); the server only accepts it. */
  trace?: { server?: "off" | "messages" | "verbose" };
}

export const DEFAULT_DEBOUNCE_MS = 150;

/**
 * Documents longer than this (UTF-16 code units) get one diagnostic saying so
 * and nothing else: parsing and linting them on every keystroke would stall
 * the server. About 26 times the seed bundle; plans are far smaller.
 */
export const DEFAULT_MAX_DOCUMENT_LENGTH = 2_000_000;

export const DEFAULT_SETTINGS: Readonly<PlanlintSettings> = Object.freeze({ enable: true, run: "onType" });

/** `initializationOptions` the server understands; all optional. */
export interface PlanlintInitializationOptions {
  /** Default debounce (ms) for documents whose settings give none. 0 lints on the next tick. */
  debounce?: number;
  /** Overrides {@link DEFAULT_MAX_DOCUMENT_LENGTH}. */
  maxDocumentLength?: number;
}

/** The code action kind of "fix all planlint problems in this file" (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = "source.fixAll.planlint";

/**
 * Server command that applies every safe fix in a document (through
 * `workspace/applyEdit`). Arguments: one {@link FixAllCommandArguments}.
 */
export const FIX_ALL_COMMAND = "planlint.server.applyAllFixes";

export interface FixAllCommandArguments {
  uri: string;
  /** Only fix this version; the command does nothing when the document has changed since. */
  version?: number;
  /** Only this rule's fixes. */
  ruleId?: string;
}

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = "planlint";
