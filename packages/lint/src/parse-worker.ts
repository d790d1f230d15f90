/**
 * The CLI's second thread (dist/cli-parse-worker.cjs, started by
 * parse-in-parallel.ts): parses files of a plan while the main thread parses
 * others. Each takes the next file from one shared counter, so neither waits
 * for a share that turned out larger. Documents go back as plain data
 * (structured clone keeps them exactly).
 */
import { parsePlan, type PlanDocument } from "@planlint/core";
import { parentPort, workerData } from "node:worker_threads";

export interface ParseWorkerData {
  files: readonly { fileName: string; text: string }[];
  /** Int32Array over a SharedArrayBuffer: [0] is the next file to take. */
  next: Int32Array;
}

export type ParseWorkerMessage = { index: number; document: PlanDocument } | { done: true };

function work(): void {
  const { files, next } = workerData as ParseWorkerData;
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
    const f = files[i]!;
    let message: ParseWorkerMessage | undefined;
    try {
      message = { index: i, document: parsePlan(f.text, { fileName: f.fileName }) };
    } catch {
      // The main thread parses what it did not get back, and reports what happens there.
    }
    if (message) parentPort!.postMessage(message);
  }
  parentPort!.postMessage({ done: true } satisfies ParseWorkerMessage);
}

if (parentPort) work();
