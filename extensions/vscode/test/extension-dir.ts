/** Paths of the extension and a way to run its packager (vsce), for the tests. */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export const EXTENSION_DIR = fileURLToPath(new URL("..", import.meta.url));
export const REPO_DIR = fileURLToPath(new URL("../../..", import.meta.url));
export const VSCE = require.resolve("@vscode/vsce/vsce");

/** Runs `vsce ARGS` in the extension folder; throws with its output when it fails. */
export function vsce(...args: string[]): string {
  const run = spawnSync(process.execPath, [VSCE, ...args], { cwd: EXTENSION_DIR, encoding: "utf8", timeout: 120000 });
  if (run.status !== 0) throw new Error(`vsce ${args.join(" ")} failed (${run.status ?? run.signal}):\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

/**
 * Packages the built extension to PATH with the command `npm run package` runs
 * after building (`npm run vsix`: vsce with the README's link bases).
 */
export function packageExtension(path: string): void {
  const run = spawnSync("npm", ["run", "--silent", "vsix", "--", "--out", path], { cwd: EXTENSION_DIR, encoding: "utf8", timeout: 120000 });
  if (run.status !== 0) throw new Error(`npm run vsix failed (${run.status ?? run.signal}):\n${run.stdout}${run.stderr}`);
}
