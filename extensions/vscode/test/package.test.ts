/**
 * What the .vsix holds and whether it runs on its own: the desktop bundle needs
 * only `vscode` and Node, the web bundle only `vscode`, the copied servers are
 * the built ones (the Node one starts over IPC from a folder without
 * node_modules; the web-worker one is run in Chromium by the language server's
 * test/web-worker.e2e.test.ts), and vsce packages exactly the files that run.
 * (test/e2e/ installs the .vsix into a real VS Code.)
 */
import { fork } from "node:child_process";
import { builtinModules } from "node:module";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIAGNOSTIC_SOURCE } from "@planlint/language-server/protocol";
import { afterAll, describe, expect, it } from "vitest";
import { createProtocolConnection, InitializeRequest, IPCMessageReader, IPCMessageWriter, ExitNotification, ShutdownRequest } from "vscode-languageserver-protocol/node";
import manifest from "../package.json";
import { EXTENSION_DIR, REPO_DIR, packageExtension, vsce } from "./extension-dir.js";

const dist = (name: string) => join(EXTENSION_DIR, "dist", name);
const work = mkdtempSync(join(tmpdir(), "planlint-vscode-pack-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the built extension", () => {
  it("requires nothing but vscode and Node's own modules", () => {
    const bundle = readFileSync(dist("extension.cjs"), "utf8");
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
    const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect([...required].filter((m) => m !== "vscode" && !node.has(m))).toEqual([]);
    expect(required).toContain("vscode");
  });

  it("for the web requires nothing but vscode (no Node module: a web extension host has none)", () => {
    const bundle = readFileSync(dist("browser.js"), "utf8");
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
    expect([...required]).toEqual(["vscode"]);
    expect(bundle).not.toMatch(/["'`]node:[a-z_/]+["'`]/);
    // It starts the web-worker server with vscode-languageclient's browser client.
    expect(bundle).toContain("dist/server-browser.js");
    expect(bundle).toContain("BrowserMessageReader");
  });

  it("names both entries in package.json: main for the desktop, browser for the web", () => {
    expect(manifest.main).toBe("./dist/extension.cjs");
    expect(manifest.browser).toBe("./dist/browser.js");
  });

  it("carries the language servers as built (Node and web worker)", () => {
    expect(readFileSync(dist("server.cjs")).equals(readFileSync(join(REPO_DIR, "packages/language-server/dist/server.cjs")))).toBe(true);
    expect(readFileSync(dist("server-browser.js")).equals(readFileSync(join(REPO_DIR, "packages/language-server/dist/server-browser.js")))).toBe(true);
  });

  it("starts its server over IPC from a folder without node_modules", async () => {
    const alone = join(work, "alone");
    const server = join(mkdtempSync(alone), "server.cjs");
    copyFileSync(dist("server.cjs"), server);
    // As vscode-languageclient starts it for TransportKind.ipc.
    const child = fork(server, ["--node-ipc", `--clientProcessId=${process.pid}`], { cwd: join(server, ".."), stdio: ["ignore", "ignore", "pipe", "ipc"] });
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
      expect(result.serverInfo?.name, stderr).toBe(DIAGNOSTIC_SOURCE);
      expect(result.capabilities.hoverProvider).toBeTruthy();
      expect(result.capabilities.codeActionProvider).toBeTruthy();
      await connection.sendRequest(ShutdownRequest.type);
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      await connection.sendNotification(ExitNotification.type);
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});

describe("the .vsix", () => {
  it("holds exactly what runs and the docs", () => {
    const files = vsce("ls", "--no-dependencies").trim().split("\n").sort();
    expect(files).toEqual(
      [
        "CHANGELOG.md",
        "LICENSE",
        "README.md",
        "dist/browser.js",
        "dist/extension.cjs",
        "dist/planlint.config.schema.json",
        "dist/server-browser.js",
        "dist/server.cjs",
        "package.json",
      ].sort(),
    );
  });

  it("has the README's image (made by the end-to-end test) in the repository", () => {
    const image = /\]\((images\/[^)]+\.png)\)/.exec(readFileSync(join(EXTENSION_DIR, "README.md"), "utf8"))?.[1];
    expect(image).toBeDefined();
    expect(statSync(join(EXTENSION_DIR, image!)).size).toBeGreaterThan(10000);
  });

  it(`packages as ${manifest.name}-${manifest.version}.vsix`, () => {
    const vsix = join(work, `${manifest.name}-${manifest.version}.vsix`);
    packageExtension(vsix);
    const size = statSync(vsix).size;
    console.log(`${manifest.name}-${manifest.version}.vsix: ${(size / 1024).toFixed(0)} KiB`);
    expect(size).toBeGreaterThan(0);
  });
});
