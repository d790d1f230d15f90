/**
 * Debian's Chromium for the end-to-end tests that open pages in a real browser
 * (packages/web's offline page, packages/language-server's web-worker server),
 * through playwright-core: never a downloaded browser.
 *
 * Where it is found: PLANLINT_CHROMIUM, else `chromium` on PATH, else
 * /usr/bin/chromium. A test without it is skipped, saying so; with
 * PLANLINT_E2E_REQUIRED=1 (set by .ci/run) the skip becomes a failing test.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { describe, it } from "vitest";

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PLANLINT_CHROMIUM) return env.PLANLINT_CHROMIUM;
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, "chromium");
    if (dir && existsSync(candidate)) return candidate;
  }
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

/**
 * Chromium's path for the test named `what`, or undefined after warning that it
 * is skipped (and, when PLANLINT_E2E_REQUIRED=1, registering a test that fails
 * saying why). `install` tells the reader how to get it.
 */
export function chromiumFor(what: string, install: string): string | undefined {
  const chromium = findChromium();
  if (chromium) return chromium;
  console.warn(`SKIPPED: ${what} — Chromium is missing (${install}; .ci/run installs it)`);
  if (process.env.PLANLINT_E2E_REQUIRED === "1") {
    describe(`${what} (required by PLANLINT_E2E_REQUIRED)`, () => {
      it("has Chromium", () => {
        throw new Error(`the ${what} cannot run: Chromium is missing`);
      });
    });
  }
  return undefined;
}

/** The findings of `planlint --format json FILE` (the built CLI at `cli`) as "rule:line", in its order. */
export function cliFindings(cli: string, file: string): string[] {
  const run = spawnSync(process.execPath, [cli, "--format", "json", file], { encoding: "utf8" });
  if (run.status !== 0 && run.status !== 1) throw new Error(`planlint exited ${run.status} on ${file}: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as { messages: { ruleId: string; line: number }[] }[];
  return report[0]!.messages.map((m) => `${m.ruleId}:${m.line}`);
}
