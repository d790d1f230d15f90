/**
 * The files `planlint outline FOLDER` and `planlint glossary FOLDER` show: the
 * folder's files as `planlint FOLDER` lints them, plans first in plan order,
 * then the files that stand alone.
 */
import { PlanlintError } from "@planlint/core";
import { collectFiles } from "../collect-files.js";
import { ConfigResolver } from "../config/resolve-config.js";
import { groupIntoPlans } from "../plan/find-plans.js";

export async function planFilesIn(folder: string, cwd: string): Promise<string[]> {
  const resolver = new ConfigResolver({ cwd });
  const { files } = await collectFiles([folder], { cwd, isIgnored: (p, isFolder) => resolver.isIgnored(p, isFolder) });
  const groups = await groupIntoPlans(files, async (file) => (await resolver.configFor(file)).plans);
  const ordered = [...groups.filter((g) => g.length > 1), ...groups.filter((g) => g.length === 1)].flat();
  if (ordered.length === 0) throw new PlanlintError("io", `${folder}: no plan file in this folder`);
  return ordered;
}
