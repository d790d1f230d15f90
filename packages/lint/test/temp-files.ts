import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

/** A temporary folder with the given files (path → text or bytes), removed after the test file. */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "planlint-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** An error's one-line message with the folder's own path left out, as the CLI shows it. */
export function shown(error: unknown, dir: string): string {
  const e = error as { format?: () => string; message?: string };
  const text = typeof e.format === "function" ? e.format() : String(e.message ?? error);
  return text.split(`${dir}/`).join("");
}
