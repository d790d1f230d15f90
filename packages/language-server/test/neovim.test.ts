/**
 * End to end in a real editor: Neovim (0.7, from Debian) runs the built server
 * over stdio on a copy of the seed and checks diagnostics, hover, symbols and
 * go-to-definition (test/neovim/e2e.lua). Skipped, saying so, without `nvim`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { readSeed, SERVER, serverIsBuilt } from "./lsp-client.js";
import { positionOf, seedWithCrossReference } from "./seed-facts.js";

const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });
const hasNvim = nvim.status === 0;
if (!hasNvim) {
  console.warn("SKIPPED: Neovim end-to-end test — `nvim` is not installed (apt-get install -y neovim; .ci/run installs it)");
}

/** 0-based UTF-16 character → 0-based byte column in that line (Neovim's cursor columns are bytes). */
function byteColumn(text: string, line: number, character: number): number {
  const lineText = text.split(/\r\n|\r|\n/)[line] ?? "";
  return Buffer.byteLength(lineText.slice(0, character));
}

describe.skipIf(!hasNvim)(`Neovim ${hasNvim ? nvim.stdout.split("\n")[0] : ""}`, () => {
  const dir = mkdtempSync(join(tmpdir(), "planlint-nvim-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("diagnostics (多重防御 among them), hover on NISC, outline chapters 1–5, definition on a cross-reference", () => {
    expect(serverIsBuilt()).toBe(true);
    const seed = readSeed();
    const { text, reference, target } = seedWithCrossReference(seed);
    const file = join(dir, "cybersecurity-2017-draft.txt");
    writeFileSync(file, text);
    const nisc = positionOf(text, "NISCをはじめとする", 1);
    const env = {
      ...process.env,
      PLANLINT_LS_SERVER: SERVER,
      PLANLINT_LS_TERMS_LINE: String(positionOf(text, "多重防御の取組を引き続き推進").line),
      PLANLINT_LS_NISC: `${nisc.line},${nisc.character}`,
      PLANLINT_LS_XREF: `${reference.line},${byteColumn(text, reference.line, reference.character)}`,
      PLANLINT_LS_TARGET: `${target.line + 1},${byteColumn(text, target.line, target.character)}`,
    };
    const script = fileURLToPath(new URL("./neovim/e2e.lua", import.meta.url));
    const run = spawnSync("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", `luafile ${script}`, file], {
      cwd: dir,
      env,
      encoding: "utf8",
      timeout: 60000,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output = `${run.stdout}${run.stderr}`;
    if (process.env.PLANLINT_NVIM_VERBOSE) console.log(output);
    expect(output, output).toContain("all ok");
    expect(run.status, output).toBe(0);
    expect(output).toContain("ok   diagnostics arrive");
    expect(output).toContain("ok   hover on NISC gives its glossary definition");
    expect(output).toContain("ok   document symbols give chapters 1–5");
    expect(output).toContain("ok   definition on 「2.2(2)(ア)」 lands on its target");
    expect(output).toContain("ok   多重防御 is reported by consistent-terms");
  });
});
