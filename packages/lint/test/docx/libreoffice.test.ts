/**
 * The reviewed copy opened by a real word processor: LibreOffice (headless) saves
 * it again as .docx and as PDF. Its tracked changes survive the round trip —
 * accepted they give what --fix gives, rejected the original — so LibreOffice
 * read them as changes, not as text. Skips, saying so, without `soffice`; with
 * PLANLINT_E2E_REQUIRED=1 (CI, see .ci/run) it fails instead.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocx } from "@planlint/core";
import { afterAll, describe, expect, test } from "vitest";
import { runReview } from "../../src/commands/review.js";
import { lintAndFix } from "../../src/fix-file.js";
import { lintText } from "../../src/linter.js";
import { recommendedConfig } from "./recommended-config.js";
import { pastedDocx } from "./seed-docx.js";

const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
const required = process.env.PLANLINT_E2E_REQUIRED === "1";
if (!soffice && !required) console.warn("libreoffice.test.ts: skipped, soffice not found (apt-get install libreoffice-writer-nogui)");

const dir = mkdtempSync(join(tmpdir(), "planlint-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** soffice --convert-to in its own profile (several soffice at once share none). */
function convert(file: string, to: string, outdir: string): string {
  const run = spawnSync(soffice, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", to, "--outdir", outdir, file], { encoding: "utf8", timeout: 280_000 });
  const out = join(outdir, file.replace(/^.*\//, "").replace(/\.docx$/, `.${to.split(":")[0]}`));
  if (!existsSync(out)) throw new Error(`soffice did not convert ${file} to ${to}: ${run.stderr}${run.stdout}`);
  return out;
}

describe.skipIf(!soffice && !required)("LibreOffice opens the reviewed copy", () => {
  test("soffice is installed", () => {
    expect(soffice, "soffice not found: apt-get install libreoffice-writer-nogui").not.toBe("");
  });

  test("the seed's review saved again by LibreOffice keeps planlint's tracked changes, and converts to PDF", async () => {
    const seed = readFileSync(new URL("../../../../seeds/cybersecurity-2017-draft.txt", import.meta.url), "utf8");
    const input = join(dir, "seed.docx");
    writeFileSync(input, pastedDocx(seed));
    const reviewed = join(dir, "seed-reviewed.docx");
    await runReview({ file: input, out: reviewed }, { cwd: dir });
    const again = convert(reviewed, "docx:MS Word 2007 XML", join(dir, "again"));
    const fixed = lintAndFix(seed, (text) => lintText(text, { fileName: "seed.txt", config: recommendedConfig() })).text;
    const bytes = new Uint8Array(readFileSync(again));
    expect(readDocx(bytes).text).toBe(`${fixed}\n`);
    expect(readDocx(bytes, { trackedChanges: "reject" }).text).toBe(`${seed}\n`);
    const pdf = convert(reviewed, "pdf", join(dir, "pdf"));
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
  }, 600_000);
});
