/**
 * code-server (VS Code 1.100 served to a browser) for the end-to-end test:
 * installed once into a cache folder by install-code-server.sh, started
 * isolated from ~ (own config, user data and extensions folders, auth off,
 * loopback only) in its own process group, and stopped by killing that group —
 * killing only the main process leaves its file watchers and extension host behind.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { CHROMIUM } from "./workbench.js";

const INSTALL_SCRIPT = fileURLToPath(new URL("./install-code-server.sh", import.meta.url));

/** Where code-server is installed: PLANLINT_CODE_SERVER_DIR, else a cache folder under ~. */
export const CODE_SERVER_DIR = process.env.PLANLINT_CODE_SERVER_DIR ?? join(homedir(), ".cache", "planlint", "code-server");

/** Installs code-server if needed (about 50 s the first time). Returns its binary, or why it is not there. */
export function installCodeServer(): { bin: string } | { error: string } {
  const bin = join(CODE_SERVER_DIR, "node_modules", ".bin", "code-server");
  const run = spawnSync("sh", [INSTALL_SCRIPT, CODE_SERVER_DIR], { encoding: "utf8", timeout: 600000, stdio: ["ignore", "pipe", "pipe"] });
  if (run.status === 0 && existsSync(bin)) return { bin };
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim().split("\n").slice(-5).join("\n");
  return { error: `install-code-server.sh ${CODE_SERVER_DIR} failed (${run.status ?? run.signal ?? run.error?.message}): ${output}` };
}

/** What an end-to-end test needs (Chromium and code-server), or why it must be skipped. */
export function e2eEnvironment(): { codeServer: string } | { skip: string } {
  if (!existsSync(CHROMIUM)) return { skip: `${CHROMIUM} is missing (apt-get install -y chromium fonts-noto-cjk; .ci/run installs it)` };
  const installed = installCodeServer();
  if ("error" in installed) return { skip: `code-server cannot be installed: ${installed.error}` };
  return { codeServer: installed.bin };
}

/**
 * Says that the test named WHAT is skipped and why; with PLANLINT_E2E_REQUIRED=1
 * (set by .ci/run) also registers a test that fails saying so.
 */
export function reportSkip(what: string, skip: string): void {
  console.warn(`SKIPPED: ${what} end-to-end test — ${skip}`);
  if (process.env.PLANLINT_E2E_REQUIRED !== "1") return;
  describe(`${what} end to end (required by PLANLINT_E2E_REQUIRED)`, () => {
    it("has Chromium and code-server", () => {
      throw new Error(`the ${what} end-to-end test cannot run: ${skip}`);
    });
  });
}

/** User settings that keep the workbench still and offline for a test: no tips, updates, telemetry or minimap. */
export const QUIET_SETTINGS: Readonly<Record<string, unknown>> = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.colorTheme": "Default Light Modern",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.commandCenter.enabled": false,
  "editor.minimap.enabled": false,
  "editor.hover.delay": 200,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
};

export interface CodeServerDirs {
  config: string;
  userData: string;
  extensions: string;
}

/** A folder for one isolated code-server: its config, user data (with SETTINGS) and extensions. */
export function codeServerDirs(root: string, settings: Record<string, unknown>): CodeServerDirs {
  const dirs = { config: join(root, "config.yaml"), userData: join(root, "user-data"), extensions: join(root, "extensions") };
  mkdirSync(join(dirs.userData, "User"), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  writeFileSync(dirs.config, "auth: none\ncert: false\n");
  writeFileSync(join(dirs.userData, "User", "settings.json"), JSON.stringify(settings, null, 2));
  return dirs;
}

function isolation(dirs: CodeServerDirs): string[] {
  return ["--config", dirs.config, "--user-data-dir", dirs.userData, "--extensions-dir", dirs.extensions];
}

/** `code-server --install-extension VSIX` into the isolated extensions folder. */
export function installExtension(bin: string, dirs: CodeServerDirs, vsix: string): string {
  const run = spawnSync(bin, [...isolation(dirs), "--install-extension", vsix], { encoding: "utf8", timeout: 120000 });
  const output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`code-server --install-extension failed (${run.status ?? run.signal}):\n${output}`);
  return output;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface RunningCodeServer {
  url: string;
  /** Stops code-server and everything it started (its process group); waits for the main process to exit. */
  stop(): Promise<void>;
}

/** Starts code-server on WORKSPACE; resolves once it answers HTTP. Its output goes to LOG. */
export async function startCodeServer(bin: string, dirs: CodeServerDirs, workspace: string, log: string): Promise<RunningCodeServer> {
  const port = await freePort();
  const out = createWriteStream(log);
  const args = [
    ...isolation(dirs),
    "--auth", "none",
    "--bind-addr", `127.0.0.1:${port}`,
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    workspace,
  ];
  // detached: setsid(), so the whole group can be killed at the end.
  const child: ChildProcess = spawn(bin, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.pid === undefined) return;
    for (const [signal, wait] of [["SIGTERM", 5000], ["SIGKILL", 5000]] as const) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        return; // the group is gone
      }
      if (await Promise.race([exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), wait))])) {
        // The main process is gone; whatever else is left in its group goes too.
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          /* nothing left */
        }
        return;
      }
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}) before answering; see ${log}`);
    try {
      const response = await fetch(`${url}healthz`);
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within 60 s; see ${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop };
}
