/**
 * Where a folder's config is: `planlint.config.{json,jsonc,yaml,yml}`, or a
 * `package.json` with a "planlint" key. Two in one folder is an error rather
 * than a silent choice: the drafter would edit the one that is not read.
 */
import { readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { PlanlintError } from "@planlint/core";
import type { ConfigLoader } from "./load-config.js";

export const CONFIG_FILE_NAMES = ["planlint.config.json", "planlint.config.jsonc", "planlint.config.yaml", "planlint.config.yml"] as const;

/** Config names planlint refuses: a config is data, and nothing from a workspace is ever run. */
const CODE_CONFIG_NAMES = ["planlint.config.js", "planlint.config.cjs", "planlint.config.mjs", "planlint.config.ts"] as const;

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
}

/** The config file in `dir` (absolute path), or undefined. */
export async function findConfigIn(dir: string, loader: ConfigLoader): Promise<string | undefined> {
  const code = CODE_CONFIG_NAMES.map((name) => join(dir, name)).find(isFile);
  if (code) {
    throw new PlanlintError("config", `planlint does not run code, so ${basename(code)} cannot be a config; write planlint.config.json, .jsonc, .yaml or .yml instead`, { file: code });
  }
  const found = CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter(isFile);
  const pkg = join(dir, "package.json");
  if (isFile(pkg)) {
    let text = "";
    try {
      text = readFileSync(pkg, "utf8");
    } catch {
      // An unreadable package.json is no planlint config.
    }
    // Most package.json files never mention planlint, and most that do (in
    // scripts or dependencies) have no "planlint" key: skip parsing them.
    if (text.includes('"planlint"') && mayHavePlanlintKey(text)) {
      const doc = await loader.parse(pkg, text);
      if (doc.value !== undefined) found.push(pkg);
    }
  }
  if (found.length > 1) {
    const names = found.map((f) => (basename(f) === "package.json" ? "package.json#planlint" : basename(f)));
    throw new PlanlintError("config", `more than one planlint config in this folder (${names.join(", ")}); keep one`, { file: found[1] });
  }
  return found[0];
}

/**
 * False when package.json is valid JSON without a top-level "planlint" key: then
 * it is no planlint config, and the JSON parser that keeps positions (which the
 * CLI loads from a chunk of its own) is not needed to say so. JSON.parse
 * accepts only what that parser accepts in strict JSON, so anything it rejects
 * goes to that parser, which reports the error as before.
 */
function mayHavePlanlintKey(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return true;
  }
  return value !== null && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, "planlint");
}
