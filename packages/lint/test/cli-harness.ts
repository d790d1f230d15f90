/**
 * Running the CLI in tests. `planlint` runs the built dist/cli.cjs, as users do
 * (turbo builds before testing). `planlintWithTestRules` runs a bundle of the
 * same source in which the rule set also holds test/test-rules.ts, for tests
 * that need findings they can predict.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
export const distCli = resolve(here, "../dist/cli.cjs");
export const seedPath = resolve(here, "../../../seeds/cybersecurity-2017-draft.txt");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Uint8Array;
  env?: Record<string, string>;
}

export function runCli(cli: string, args: string[], options: RunOptions = {}): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd,
    input: options.input,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...options.env },
  });
  return { code: result.status, stdout: result.stdout.toString("utf8"), stderr: result.stderr.toString("utf8"), stdoutBytes: result.stdout };
}

/** Bundles src/cli.ts with the test rules into a temporary folder; returns the bundle's path and a cleanup. */
export async function buildTestCli(): Promise<{ cli: string; cleanup(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "planlint-test-cli-"));
  const cli = join(dir, "cli.cjs");
  const testRules = resolve(here, "test-rules.ts");
  await build({
    entryPoints: [resolve(here, "../src/cli.ts")],
    outfile: cli,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    mainFields: ["module", "main"],
    logLevel: "error",
    plugins: [
      {
        name: "test-rules",
        setup(b) {
          b.onResolve({ filter: /(^|\/)rules\/index\.js$/ }, (args) => (args.importer === testRules ? undefined : { path: testRules }));
        },
      },
    ],
  });
  return { cli, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
