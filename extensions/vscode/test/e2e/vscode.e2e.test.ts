/**
 * End to end in a real VS Code: code-server (VS Code 1.100 in headless
 * Chromium, driven by playwright-core) with the packaged .vsix installed — the
 * extension runs with nothing but what it bundles — on a workspace holding a
 * copy of the seed. Checks what a drafter sees: the squiggle on 多重防御, the
 * glossary hover on NISC, planlint's findings in the Problems panel, the quick
 * fix 多重防御 → 多層防御 (saved: the file is the seed with that one change),
 * the "Fix All" command (saved: the file is what `planlint --fix` writes), the
 * chapters in the Outline view, and the "Show Outline as JSON" command.
 * Screenshots go to test/e2e/screenshots/ (a failing step adds failed-<step>.png;
 * a failure also prints the ends of code-server's and the extension's logs).
 *
 * Skipped, saying so, when Debian's Chromium is missing or code-server cannot
 * be installed. .ci/run installs both and sets PLANLINT_E2E_REQUIRED=1, which
 * turns the skip into a failure. PLANLINT_E2E_KEEP=1 keeps the temp folder
 * (code-server's log, the workspace); PLANLINT_E2E_UPDATE_IMAGE=1 copies the
 * quick-fix screenshot to images/planlint-vscode.png, the README's image.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { SERVER_NODE_FLAGS } from "@planlint/language-server/node-flags";
import manifest from "../../package.json";
import { EXTENSION_DIR, REPO_DIR, packageExtension } from "../extension-dir.js";
import { codeServerDirs, e2eEnvironment, installExtension, QUIET_SETTINGS, reportSkip, startCodeServer, type RunningCodeServer } from "./code-server.js";
import { lineOf, NISC_CONTEXT, SEED, SEED_NAME, TERMS_CONTEXT } from "./seed.js";
import { center, launchChromium, Workbench } from "./workbench.js";

const SCREENSHOTS = join(EXTENSION_DIR, "test", "e2e", "screenshots");

const TERMS_SECTION = "政府機関を守るための取組";
const CHAPTERS = [
  "1. 経済社会の活力の向上及び持続的発展",
  "2. 国民が安全で安心して暮らせる社会の実現",
  "3. 国際社会の平和・安定及び我が国の安全保障",
  "4. 横断的施策",
  "5. 推進体制",
];

/** After a failure: the end of code-server's and the extension host's logs and of the planlint output channel (the server's messages), for CI. */
function printLogs(work: string): void {
  const logs = [join(work, "code-server.log")];
  const walk = (dir: string): void => {
    for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (/^(planlint.*|remoteexthost)\.log$/.test(entry.name)) logs.push(join(dir, entry.name));
    }
  };
  walk(join(work, "code-server", "user-data", "logs"));
  for (const log of logs.filter(existsSync)) {
    console.log(`--- ${log} (end) ---\n${readFileSync(log, "utf8").split("\n").slice(-40).join("\n")}`);
  }
}

const env = e2eEnvironment();
if ("skip" in env) reportSkip("VS Code", env.skip);

const timings: [string, number][] = [];
let failed = false;
/** Runs one step of a test, timing it; a failing step leaves a screenshot named after it. */
async function timed<T>(step: string, body: () => Promise<T>, page?: Workbench): Promise<T> {
  if (page) {
    onTestFailed(async () => {
      failed = true;
      await page.screenshot(`failed-${step.replace(/\W+/g, "-")}`);
    });
  }
  const start = performance.now();
  try {
    return await body();
  } finally {
    timings.push([step, performance.now() - start]);
  }
}

describe.skipIf("skip" in env)("VS Code (code-server 4.100.3) with the packaged .vsix", () => {
  // Made in beforeAll: a skipped suite's body still runs (to collect its tests), its hooks do not.
  let work = "";
  let workspace = "";
  let seedFile = "";
  let server: RunningCodeServer | undefined;
  let browser: BrowserContext | undefined;
  let vscode: Workbench;

  beforeAll(async () => {
    try {
      await setUp();
    } catch (error) {
      failed = true;
      throw error;
    }
  }, 300000);

  async function setUp(): Promise<void> {
    const codeServer = "codeServer" in env ? env.codeServer : "";
    work = mkdtempSync(join(tmpdir(), "planlint-vscode-e2e-"));
    workspace = join(work, "workspace");
    seedFile = join(workspace, SEED_NAME);
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    const vsix = join(work, `${manifest.name}-${manifest.version}.vsix`);
    await timed("package .vsix", async () => packageExtension(vsix));
    mkdirSync(workspace);
    copyFileSync(join(REPO_DIR, "seeds", SEED_NAME), seedFile);
    const dirs = codeServerDirs(join(work, "code-server"), {
      ...QUIET_SETTINGS,
      "outline.collapseItems": "alwaysCollapse",
    });
    await timed("install .vsix", async () => installExtension(codeServer, dirs, vsix));
    server = await timed("start code-server", () => startCodeServer(codeServer, dirs, workspace, join(work, "code-server.log")));
    browser = await timed("start Chromium", () => launchChromium(join(work, "chromium")));
    vscode = new Workbench(browser.pages()[0] ?? (await browser.newPage()), SCREENSHOTS);
    await timed("load the workbench", () => vscode.open(`${server!.url}?folder=${encodeURIComponent(workspace)}`));
  }

  afterAll(async () => {
    // Always, even after a failure: no code-server or Chromium may outlive the test.
    await browser?.close().catch(() => {});
    await server?.stop();
    if (!work) return;
    if (failed) printLogs(work);
    if (failed || process.env.PLANLINT_E2E_KEEP === "1") console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
    console.log(`e2e timings: ${timings.map(([s, ms]) => `${s} ${(ms / 1000).toFixed(1)} s`).join(", ")}`);
  }, 60000);

  it("opens the seed: a squiggle marks 多重防御", async () => {
    await timed("squiggle on 多重防御", async () => {
      await vscode.openFile(SEED_NAME);
      await vscode.goToLine(lineOf(TERMS_CONTEXT));
      const box = await vscode.until("多重防御 on screen", () => vscode.textBox(TERMS_CONTEXT, "多重防御"));
      await vscode.until("a squiggle under 多重防御", async () => (await vscode.squigglesUnder(box)).length > 0, 60000);
    }, vscode);
    await vscode.screenshot("01-squiggle");
  }, 120000);

  it("the extension started the server with the Node flags V8 takes only at start-up", async () => {
    // /proc: the command lines of this machine's processes (the e2e suite runs on Linux).
    // Only this run's servers (the .vsix installed under its own temp folder): another
    // suite's code-server on the same machine is not ours. A server being replaced may
    // linger a moment, so the count is polled.
    const servers = (): string[][] =>
      readdirSync("/proc")
        .filter((pid) => /^\d+$/.test(pid))
        .map((pid) => {
          try {
            return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
          } catch {
            return []; // the process has exited
          }
        })
        .filter((argv) => argv.some((a) => a.startsWith(work) && a.includes(manifest.name) && a.endsWith(join("dist", "server.cjs"))));
    await expect.poll(() => servers().length, { timeout: 15000, message: "the planlint server process" }).toBe(1);
    const argv = servers()[0] ?? [];
    const script = argv.findIndex((a) => a.endsWith(join("dist", "server.cjs")));
    expect(argv.slice(1, script)).toEqual(expect.arrayContaining([...SERVER_NODE_FLAGS]));
    expect(argv).toContain("--node-ipc");
  });

  it("hover on NISC shows its glossary entry", async () => {
    await timed("hover on NISC", async () => {
      await vscode.hoverOn(lineOf(NISC_CONTEXT), NISC_CONTEXT, "NISC");
      await expect.poll(() => vscode.hover().textContent(), { timeout: 15000 }).toContain("内閣サイバーセキュリティセンター");
    }, vscode);
    await vscode.page.waitForTimeout(600); // the hover fades in
    await vscode.screenshot("02-hover-nisc");
    await vscode.page.mouse.move(5, 450);
  }, 60000);

  it("the Problems panel lists planlint's findings", async () => {
    await timed("Problems panel", async () => {
      await vscode.page.keyboard.press("Control+Shift+M");
      const rows = vscode.page.locator(".markers-panel .monaco-list-row");
      await rows.first().waitFor();
      // The list is virtual: filter it down to the finding on 多重防御. The filter is
      // typed again when a poll finds it empty: on a busy machine the first fill can land
      // before the panel's input is ready. (Typing it on every poll restarts the panel's
      // filtering each time, and the list never settles.)
      const filter = vscode.page.locator(".markers-panel-container .monaco-inputbox input, .panel .viewpane-filter input").first();
      await expect.poll(async () => {
        if ((await filter.inputValue()) !== "多重防御") await filter.fill("多重防御");
        return rows.allTextContents();
      }, { timeout: 15000 }).toEqual(
        expect.arrayContaining([expect.stringMatching(/「多重防御」ではなく「多層防御」.*planlint.*consistent-terms/)]),
      );
    }, vscode);
    await vscode.screenshot("03-problems");
  }, 60000);

  it("the quick fix turns 多重防御 into 多層防御", async () => {
    await timed("quick fix", async () => {
      await vscode.goToLine(lineOf(TERMS_CONTEXT));
      const box = await vscode.until("多重防御 on screen", () => vscode.textBox(TERMS_CONTEXT, "多重防御"));
      const at = center(box);
      await vscode.page.mouse.click(at.x, at.y);
      // The breadcrumbs follow the cursor into the measure's section (document symbols), a moment later.
      const crumbs = vscode.page.locator(".breadcrumbs-control .monaco-breadcrumb-item");
      await expect.poll(async () => (await crumbs.allTextContents()).join(" › "), { timeout: 15000 }).toContain(TERMS_SECTION);
      // The preferred fix: its title names the whole term and what it becomes.
      const title = /planlint: 「多重防御」→「多層防御」/;
      await vscode.openCodeActions(at, title);
      const shot = await vscode.screenshot("04-quick-fix");
      if (process.env.PLANLINT_E2E_UPDATE_IMAGE === "1") copyFileSync(shot, join(EXTENSION_DIR, "images", "planlint-vscode.png"));
      await vscode.chooseAction(title);
      const fixed = TERMS_CONTEXT.replace("多重防御", "多層防御");
      const after = await vscode.until("多層防御 in the editor", () => vscode.textBox(fixed, "多層防御"));
      await vscode.until("the squiggle to go", async () => (await vscode.squigglesUnder(after)).length === 0, 30000);
      // Saved, the file differs from the seed by exactly this fix.
      await vscode.page.keyboard.press("Control+S");
      const expected = SEED.replace(TERMS_CONTEXT, fixed);
      await expect.poll(() => readFileSync(seedFile, "utf8"), { timeout: 15000 }).toBe(expected);
    }, vscode);
    await vscode.screenshot("05-fixed");
  }, 150000);

  it("planlint: Fix All Auto-Fixable Problems applies what `planlint --fix` applies", async () => {
    await timed("fix all", async () => {
      const before = readFileSync(seedFile, "utf8");
      const cliCopy = join(work, "cli", SEED_NAME);
      mkdirSync(join(work, "cli"));
      writeFileSync(cliCopy, before);
      execFileSync(process.execPath, [join(REPO_DIR, "packages", "lint", "dist", "cli.cjs"), "--fix", cliCopy], { stdio: "ignore" });
      const expected = readFileSync(cliCopy, "utf8");
      expect(expected).not.toBe(before);
      await vscode.runCommand("planlint: Fix All Auto-Fixable Problems");
      await vscode.focusEditor();
      await vscode.page.keyboard.press("Control+S");
      await expect.poll(() => readFileSync(seedFile, "utf8"), { timeout: 15000 }).toBe(expected);
    }, vscode);
  }, 60000);

  it("the Outline view shows the plan's chapters", async () => {
    await timed("Outline view", async () => {
      await vscode.runCommand("View: Hide Panel");
      await vscode.runCommand("Explorer: Focus on Outline View");
      // Room for the outline: fold the file tree above it.
      await vscode.page.locator(".pane-header", { hasText: /^workspace$/i }).first().click();
      // Parts are the top level (collapsed by the test's settings); the chapters are in the body.
      const outline = vscode.page.locator(".pane", { has: vscode.page.locator(".pane-header", { hasText: /^\s*outline/i }) }).locator(".monaco-list-row");
      await outline.filter({ hasText: "body" }).first().click();
      await vscode.page.keyboard.press("ArrowRight");
      for (const chapter of CHAPTERS) await outline.filter({ hasText: chapter }).first().waitFor();
    }, vscode);
    await vscode.screenshot("06-outline");
  }, 60000);

  it("planlint: Show Outline as JSON opens the plan model", async () => {
    await timed("outline JSON", async () => {
      await vscode.runCommand("planlint: Show Outline as JSON");
      await vscode.page.locator('.tabs-container .tab.active[data-resource-name^="Untitled-"]').first().waitFor();
      // The top of `planlint outline --json` for the open buffer: its URI, then the parts.
      await vscode.until("the outline JSON on screen", () => vscode.textBox(`"file": "file://${workspace}/${SEED_NAME}"`));
      await vscode.until("the encoding of an editor buffer", () => vscode.textBox(`"encoding": "editor"`));
      await vscode.until("the overview part", () => vscode.textBox(`"kind": "overview"`));
    }, vscode);
    await vscode.screenshot("07-outline-json");
  }, 60000);
});
