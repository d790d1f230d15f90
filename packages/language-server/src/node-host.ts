/**
 * The server under Node (the bin, the VS Code desktop extension, Neovim):
 * documents are files. Configs are discovered and read as the CLI reads them,
 * glossary files are opened, a chapter is linted with the other files of its
 * plan (node-server.ts adds the feature that watches config files).
 */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LineIndex } from "@planlint/core";
import type { ServerHost } from "./host.js";
import { PlanFiles } from "./plan-files.js";
import { createConfigSource } from "./settings/config-for-document.js";

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

const fileIndexes = new Map<string, { mtimeMs: number; index: LineIndex }>();

/** A glossary file's line index, cached until the file changes. */
function lineIndexOfFile(path: string): LineIndex | undefined {
  try {
    const { mtimeMs } = statSync(path);
    const cached = fileIndexes.get(path);
    if (cached?.mtimeMs === mtimeMs) return cached.index;
    const index = new LineIndex(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
    fileIndexes.set(path, { mtimeMs, index });
    return index;
  } catch {
    return undefined;
  }
}

export const nodeHost: ServerHost = {
  filePathOf,
  fileUri,
  configSource: createConfigSource,
  plans: (documents, logError) => new PlanFiles(documents, logError),
  lineIndexOfFile,
  writeLog: (line) => process.stderr.write(`${line}\n`),
};
