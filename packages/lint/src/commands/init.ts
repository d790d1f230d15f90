/**
 * `planlint init [FOLDER]`: writes a commented planlint.config.jsonc that extends
 * planlint:recommended and lists every rule, so a drafter sees what can be tuned.
 * It never overwrites: a folder that already has a config keeps it.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PlanlintError } from "@planlint/core";
import { findConfigIn } from "../config/find-config.js";
import { ConfigLoader } from "../config/load-config.js";
import { displayPath } from "../formatters/index.js";
import { describeReadError } from "../read-file.js";
import type { Rule } from "../rule.js";
import { builtinRules } from "../rules/index.js";

export const INIT_FILE_NAME = "planlint.config.jsonc";

export function initConfigText(rules: Readonly<Record<string, Rule<any>>> = builtinRules): string {
  const ids = Object.keys(rules).sort();
  const width = Math.max(...ids.map((id) => id.length)) + 4;
  const ruleLines = ids.map((id) => {
    const meta = rules[id]!.meta;
    const setting = `"${id}": "${meta.recommended}",`;
    return `    // ${setting.padEnd(width + 10)}// ${meta.description}`;
  });
  return `// planlint configuration. Rule settings: "off", "info", "warn", "error",
// or ["warn", { …options }]. Paths are relative to this file.
{
  // Do not look for planlint configs in parent folders.
  "root": true,
  // Every rule at its recommended severity; "rules" below changes some of them.
  "extends": "planlint:recommended",
  "rules": {
${ruleLines.join("\n")}
  },
  // Glossary files (YAML or JSON) with entries the plan's own 用語解説 lacks.
  "glossary": [],
  // Term dictionaries in prh's YAML format (expected / pattern / specs).
  "terms": [],
  // Files and folders not to lint (globs, as in .gitignore).
  "ignore": [],
  // Findings inside these exact texts are not reported; an exception that
  // silences nothing is reported, so it cannot outlive its reason.
  // e.g. { "text": "多重防御", "rule": "consistent-terms", "reason": "引用" }
  "exceptions": []
}
`;
}

/** Writes the config into `folder` and returns its path. Throws PlanlintError when a config is already there. */
export async function runInit(folder: string, cwd: string): Promise<string> {
  const dir = resolve(cwd, folder);
  const existing = await findConfigIn(dir, new ConfigLoader(builtinRules)).catch((error: unknown) => {
    // Two configs, or a broken package.json#planlint: there is a config either way.
    if (error instanceof PlanlintError && error.file) return error.file;
    throw error;
  });
  if (existing) {
    throw new PlanlintError("config", `${displayPath(existing, cwd)} already exists; planlint init never overwrites a config`, {}, "edit it, or delete it and run planlint init again");
  }
  const target = join(dir, INIT_FILE_NAME);
  try {
    writeFileSync(target, initConfigText(), { flag: "wx" });
  } catch (cause) {
    throw new PlanlintError("io", `cannot write ${displayPath(target, cwd)}: ${describeReadError(cause)}`, {}, undefined, { cause });
  }
  return target;
}
