/**
 * The web extension (package.json `browser`) in a real VS Code for the web:
 * code-server 4.100.3 with its web-worker extension host (`extensions.webWorker`)
 * and the extension made to run there (`remote.extensionKind`: web), as it runs
 * in vscode.dev and github.dev. It packages and installs the .vsix, opens the
 * seed and checks the squiggle on 多重防御 and the NISC hover — answered by
 * dist/server-browser.js in a web worker: no Node server of this run exists.
 *
 * Same set-up and skips as vscode.e2e.test.ts (Chromium and code-server;
 * PLANLINT_E2E_REQUIRED=1 fails instead). It runs after the other tests of the
 * package (vitest.config.ts: its own project, groupOrder 1).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import manifest from "../../package.json";
import { EXTENSION_DIR, REPO_DIR, packageExtension } from "../extension-dir.js";
import { codeServerDirs, e2eEnvironment, installExtension, QUIET_SETTINGS, reportSkip, startCodeServer, type RunningCodeServer } from "./code-server.js";
import { lineOf, NISC_CONTEXT, SEED_NAME, TERMS_CONTEXT } from "./seed.js";
import { launchChromium, Workbench } from "./workbench.js";

const SCREENSHOTS = join(EXTENSION_DIR, "test", "e2e", "screenshots");

const env = e2eEnvironment();
if ("skip" in env) reportSkip("VS Code for the web", env.skip);

describe.skipIf("skip" in env)("VS Code for the web (code-server's web-worker extension host) with the packaged .vsix", () => {
  let work = "";
  let server: RunningCodeServer | undefined;
  let browser: BrowserContext | undefined;
  let vscode: Workbench;
  let failed = false;

  beforeAll(async () => {
    const codeServer = "codeServer" in env ? env.codeServer : "";
    work = mkdtempSync(join(tmpdir(), "planlint-vscode-web-e2e-"));
    const workspace = join(work, "workspace");
    mkdirSync(workspace);
    copyFileSync(join(REPO_DIR, "seeds", SEED_NAME), join(workspace, SEED_NAME));
    const vsix = join(work, `${manifest.name}-${manifest.version}.vsix`);
    packageExtension(vsix);
    const dirs = codeServerDirs(join(work, "code-server"), {
      ...QUIET_SETTINGS,
      // The browser's extension host, and the extension in it: what vscode.dev does.
      "extensions.webWorker": true,
      "remote.extensionKind": { [`${manifest.publisher}.${manifest.name}`]: ["web"] },
    });
    installExtension(codeServer, dirs, vsix);
    server = await startCodeServer(codeServer, dirs, workspace, join(work, "code-server.log"));
    browser = await launchChromium(join(work, "chromium"));
    vscode = new Workbench(browser.pages()[0] ?? (await browser.newPage()), SCREENSHOTS);
    await vscode.open(`${server.url}?folder=${encodeURIComponent(workspace)}`);
  }, 300000);

  afterAll(async () => {
    // Always, even after a failure: no code-server or Chromium may outlive the test.
    await browser?.close().catch(() => {});
    await server?.stop();
    if (!work) return;
    if (failed || process.env.PLANLINT_E2E_KEEP === "1") console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }, 60000);

  it("opens the seed: a squiggle marks 多重防御", async () => {
    try {
      await vscode.openFile(SEED_NAME);
      await vscode.goToLine(lineOf(TERMS_CONTEXT));
      const box = await vscode.until("多重防御 on screen", () => vscode.textBox(TERMS_CONTEXT, "多重防御"));
      await vscode.until("a squiggle under 多重防御", async () => (await vscode.squigglesUnder(box)).length > 0, 90000);
    } catch (error) {
      failed = true;
      await vscode.screenshot("web-failed-squiggle");
      throw error;
    }
    await vscode.screenshot("web-01-squiggle");
  }, 150000);

  it("hover on NISC shows its entry in the seed's glossary", async () => {
    await vscode.hoverOn(lineOf(NISC_CONTEXT), NISC_CONTEXT, "NISC");
    await expect.poll(() => vscode.hover().textContent(), { timeout: 15000 }).toContain("内閣サイバーセキュリティセンター");
    await vscode.page.waitForTimeout(600); // the hover fades in
    await vscode.screenshot("web-02-hover-nisc");
  }, 60000);

  it("no Node server answered: the web worker did", () => {
    const nodeServers = readdirSync("/proc")
      .filter((pid) => /^\d+$/.test(pid))
      .map((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, "utf8");
        } catch {
          return ""; // the process has exited
        }
      })
      .filter((argv) => argv.includes(work) && argv.includes(join("dist", "server.cjs")));
    expect(nodeServers).toEqual([]);
  });
});
