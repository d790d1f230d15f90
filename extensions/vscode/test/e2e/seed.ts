/**
 * The seed as the end-to-end tests open it, and the places in it they look at:
 * positions come from what the seed says, never from fixed line numbers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_DIR } from "../extension-dir.js";

export const SEED_NAME = "cybersecurity-2017-draft.txt";
export const SEED_PATH = join(REPO_DIR, "seeds", SEED_NAME);
export const SEED = readFileSync(SEED_PATH, "utf8");

/** The body's measure with 多重防御 (the public comments quote it again later, unlinted). */
export const TERMS_CONTEXT = "標的型攻撃に対する多重防御の取組";
/** A sentence with NISC, whose hover is the seed's 用語解説 entry. */
export const NISC_CONTEXT = "NISC内に専従のCSIRT組織";

/** 1-based line of the first NEEDLE in the seed. */
export function lineOf(needle: string): number {
  const at = SEED.indexOf(needle);
  if (at === -1) throw new Error(`「${needle}」 is not in the seed`);
  return SEED.slice(0, at).split("\n").length;
}
