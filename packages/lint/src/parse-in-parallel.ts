/**
 * Parsing a plan's Markdown files on two threads. micromark takes most of a run
 * over a Markdown plan (~1 MB/s); a worker started next to the main thread
 * parses files while the main thread parses others, and the documents come back
 * as plain data (structured clone: ~10 ms for a 600 KB plan). A worker costs
 * tens of milliseconds to start, so only a plan with enough Markdown gets one,
 * only when the machine has a core to spare, and only where the worker's file
 * is (the CLI bundle, dist/cli-parse-worker.cjs).
 *
 * Whatever goes wrong with the worker, the files it did not send back are left
 * undefined and lintPlan parses them as usual: same documents, only slower.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { formatForFile, parsePlan, type PlanDocument } from "@planlint/core";
import type { ParseWorkerData, ParseWorkerMessage } from "./parse-worker.js";

/** Below this much Markdown (UTF-16 code units) starting a worker costs more than it saves. */
export const PARALLEL_MIN_CHARS = 96 * 1024;

const WORKER_FILE = "cli-parse-worker.cjs";

function workerPath(): string | undefined {
  // __dirname is the CLI bundle's folder (CommonJS); the ESM library build has none.
  const dir = typeof __dirname === "string" ? __dirname : undefined;
  const path = dir && join(dir, WORKER_FILE);
  return path && existsSync(path) ? path : undefined;
}

/**
 * The parsed documents of the Markdown files among `files` (undefined for the
 * others, and for any the worker did not return), when parsing them on two
 * threads pays; otherwise all undefined.
 */
export async function parseMarkdownInParallel(
  files: readonly { fileName: string; text: string }[],
  options: { workerFile?: string | undefined; evenWhenBusy?: boolean } = {},
): Promise<(PlanDocument | undefined)[]> {
  const workerFile = "workerFile" in options ? options.workerFile : workerPath();
  const documents: (PlanDocument | undefined)[] = files.map(() => undefined);
  const markdown = files.flatMap((f, i) => (formatForFile(f.fileName) === "markdown" ? [i] : []));
  const chars = markdown.reduce((n, i) => n + files[i]!.text.length, 0);
  if (markdown.length < 2 || chars < PARALLEL_MIN_CHARS || !workerFile) return documents;
  // Loaded here, not at start-up: a run over a plain-text plan never needs them
  // (worker_threads alone is half a dozen of Node's internal modules).
  const [{ availableParallelism, loadavg }, threads] = await Promise.all([import("node:os"), import("node:worker_threads")]);
  // Only with a core to spare (as `make -l` decides): on a machine already busy
  // the worker takes CPU from the main thread and the run was measured slower
  // (many-file plan at load 6–8 on two cores: 3.4 → 3.8 s wall median).
  // Windows reports a load of 0: there the worker always runs.
  const cores = availableParallelism();
  if (cores < 2 || (!options.evenWhenBusy && loadavg()[0]! > cores - 1)) return documents;

  const next = new Int32Array(new SharedArrayBuffer(4));
  const data: ParseWorkerData = { files: markdown.map((i) => ({ fileName: files[i]!.fileName, text: files[i]!.text })), next };
  let worker: Worker;
  try {
    worker = new threads.Worker(workerFile, { workerData: data });
  } catch {
    return documents;
  }
  const finished = new Promise<void>((resolve) => {
    worker.on("message", (m: ParseWorkerMessage) => {
      if ("done" in m) resolve();
      else documents[markdown[m.index]!] = m.document;
    });
    // A worker that fails or exits early: its files are parsed by lintPlan.
    worker.on("error", () => resolve());
    worker.on("exit", () => resolve());
  });
  // The main thread's share: the next file not yet taken, until none is left.
  for (let k = Atomics.add(next, 0, 1); k < markdown.length; k = Atomics.add(next, 0, 1)) {
    const i = markdown[k]!;
    documents[i] = parsePlan(files[i]!.text, { fileName: files[i]!.fileName });
  }
  await finished;
  void worker.terminate();
  return documents;
}
