/**
 * The CLI's standard output without process.stdout where it can. process.stdout
 * is made on first use, and for a pipe (CI, an editor's task, a benchmark) that
 * loads Node's networking and stream modules: ~6 ms CPU of a run that writes one
 * report. A file or a pipe takes the report as well through write(2), which is
 * what process.stdout ends up doing there (synchronously, on Linux and macOS).
 * Terminals, sockets and anything unusual still go through process.stdout.
 */
import { fstatSync, writeSync } from "node:fs";

let direct: boolean | undefined;
let errorListener: ((error: NodeJS.ErrnoException) => void) | undefined;
let listening = false;

/** process.stdout, with the error listener attached when it is first made here. */
function stdoutStream(): NodeJS.WriteStream {
  if (!listening && errorListener) process.stdout.on("error", errorListener);
  listening = true;
  return process.stdout;
}

/** Whether fd 1 is a regular file or a pipe (decided once). */
function writesDirectly(): boolean {
  if (direct === undefined) {
    try {
      const stat = fstatSync(1);
      direct = stat.isFile() || stat.isFIFO();
    } catch {
      direct = false;
    }
  }
  return direct;
}

/** Whether standard output is a terminal; a file or pipe is known not to be without making process.stdout. */
export function stdoutIsTerminal(): boolean {
  try {
    if (!fstatSync(1).isCharacterDevice()) return false;
  } catch {
    // Let process.stdout decide, as it would have.
  }
  return process.stdout.isTTY === true;
}

/**
 * Writes to standard output. Returns false when process.stdout took the text and
 * asks to wait for "drain" (as its write does). A reader that stops early (EPIPE:
 * `planlint outline --json FILE | head`) ends the run with its exit code, as it
 * would through process.stdout; a pipe left non-blocking by another process
 * (EAGAIN) or any other failure hands the rest to process.stdout.
 */
export function writeStdout(text: string | Uint8Array): boolean {
  if (!writesDirectly()) return stdoutStream().write(text);
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  let offset = 0;
  try {
    while (offset < bytes.length) offset += writeSync(1, bytes, offset, bytes.length - offset);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EPIPE") process.exit(process.exitCode ?? 0);
    direct = false;
    return stdoutStream().write(bytes.subarray(offset));
  }
}

/**
 * Listens for process.stdout's errors (an EPIPE there ends the run quietly): at
 * once when it will be used, else only if a write falls back to it.
 */
export function onStdoutError(listener: (error: NodeJS.ErrnoException) => void): void {
  errorListener = listener;
  if (!writesDirectly()) stdoutStream();
}
