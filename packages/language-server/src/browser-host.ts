/**
 * The server in a browser's web worker (VS Code for the web: vscode.dev,
 * github.dev). There is no file system to read: every document is linted alone
 * with `planlint:recommended`, and its glossary is its own 用語解説 — no config
 * files, glossary files or plans kept in several files, and nothing to watch.
 */
import { recommendedConfig } from "@planlint/lint/browser";
import type { ServerHost } from "./host.js";

export const browserHost: ServerHost = {
  // Documents are buffers here, whatever their scheme (vscode-vfs:, file: through the browser's own file access).
  filePathOf: () => undefined,
  fileUri: (path) => path,
  configSource: () => {
    // One config object: each document's analysis caches its lint per config.
    const outcome = Promise.resolve({ config: recommendedConfig(), ignored: false });
    return () => outcome;
  },
  plans: () => ({ inputsFor: () => Promise.resolve(undefined), dependentsOf: () => [] }),
  lineIndexOfFile: () => undefined,
  writeLog: (line) => console.error(line),
};
