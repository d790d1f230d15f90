/**
 * Plans on disk: which of the linted files belong together (the CLI), and which
 * files make the plan of one file (the language server). The rule for a folder
 * is plan-files.ts's; a config's `plans` overrides it ("none", or plans by glob).
 */
import { readdirSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import type { PlanSetting } from "../config/resolved-config.js";
import { hasOrderPrefix, orderPlanFiles } from "./plan-files.js";

const PLAN_FILE = /\.(?:txt|md|markdown)$/i;
const SKIPPED_FOLDERS = new Set(["node_modules", ".git"]);

type Matcher = (path: string) => boolean;
const matchers = new Map<string, Matcher>();

async function matcherFor(globs: readonly string[]): Promise<Matcher> {
  const key = JSON.stringify(globs);
  let m = matchers.get(key);
  if (!m) {
    const { default: picomatch } = await import("picomatch");
    m = picomatch(globs.map((g) => g.replace(/\\/g, "/").replace(/^\.\//, "")), { dot: false });
    matchers.set(key, m);
  }
  return m;
}

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/** The key of the plan `file` belongs to under `setting`, or undefined when it stands alone. */
async function planKey(file: string, setting: PlanSetting): Promise<string | undefined> {
  if (setting === "none") return undefined;
  if (setting === "auto") return hasOrderPrefix(file) ? `auto\0${dirname(file)}` : undefined;
  const rel = toPosix(relative(setting.dir, file));
  if (rel.startsWith("..")) return undefined;
  for (let i = 0; i < setting.plans.length; i++) if ((await matcherFor(setting.plans[i]!)).call(undefined, rel)) return `list\0${setting.dir}\0${i}`;
  return undefined;
}

/**
 * The linted files grouped into plans: each group is one plan in plan order, or
 * one file alone. Groups come in the order of their first file in `files`.
 */
export async function groupIntoPlans(files: readonly string[], settingFor: (file: string) => Promise<PlanSetting | undefined>): Promise<string[][]> {
  const groups = new Map<string, string[]>();
  const order: (string | string[])[] = [];
  for (const file of files) {
    const key = await planKey(file, (await settingFor(file)) ?? "auto");
    if (key === undefined) {
      order.push([file]);
      continue;
    }
    let group = groups.get(key);
    if (!group) {
      groups.set(key, (group = []));
      order.push(key);
    }
    group.push(file);
  }
  const out: string[][] = [];
  for (const entry of order) {
    if (Array.isArray(entry)) {
      out.push(entry);
      continue;
    }
    const group = groups.get(entry)!;
    // One numbered file in a folder is a document, not a plan of one chapter.
    if (group.length === 1) out.push(group);
    else out.push(orderPlanFiles(group));
  }
  return out;
}

/**
 * Every file of the plan `file` belongs to, from disk, in plan order (`file`
 * included) — or undefined when it stands alone. For the editor, which opens
 * one chapter and must lint it with the others.
 */
export async function planOfFile(file: string, setting: PlanSetting | undefined): Promise<string[] | undefined> {
  const s = setting ?? "auto";
  const key = await planKey(file, s);
  if (key === undefined) return undefined;
  let candidates: string[];
  if (s === "auto") {
    const dir = dirname(file);
    candidates = listFiles(dir, false).filter((f) => hasOrderPrefix(f));
  } else {
    candidates = [];
    for (const f of listFiles((s as { dir: string }).dir, true)) if ((await planKey(f, s)) === key) candidates.push(f);
  }
  if (!candidates.includes(file)) candidates.push(file);
  return candidates.length > 1 ? orderPlanFiles(candidates) : undefined;
}

function listFiles(dir: string, deep: boolean): string[] {
  const out: string[] = [];
  const visit = (d: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(d, e.name);
      if (e.isDirectory()) {
        if (deep && depth < 8 && !SKIPPED_FOLDERS.has(e.name)) visit(path, depth + 1);
      } else if (PLAN_FILE.test(e.name)) out.push(path);
    }
  };
  visit(dir, 0);
  return out;
}
