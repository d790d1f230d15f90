/**
 * The web-worker server (dist/server-browser.js) is one script that loads no
 * Node module: no `require(…)` of a built-in or of anything else, no
 * `import`/`from "node:…"`. (core's decode.ts asks `globalThis.process` for
 * Node's buffer when there is one; that is a lookup, not an import.) Running it
 * in Chromium is test/web-worker.e2e.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const BROWSER_SERVER = join(DIST, "server-browser.js");

/** Every module the bundle would load: require("x"), import("x"), and an ES import of a "node:…" module. */
function moduleLoads(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) found.add(`require(${m[1]})`);
  for (const m of code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) found.add(`import(${m[1]})`);
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](node:[^"'`]+)["'`]/g)) found.add(`import ${m[1]}`);
  return [...found];
}

describe("dist/server-browser.js", () => {
  it("is built", () => {
    expect(existsSync(BROWSER_SERVER), "run `npx turbo run build` first").toBe(true);
  });

  it("loads no module at all, Node's or other", () => {
    const code = readFileSync(BROWSER_SERVER, "utf8");
    expect(moduleLoads(code)).toEqual([]);
    // The only "node:" string left is core's optional lookup of Node's buffer through globalThis.process.
    const nodeSpecifiers = [...code.matchAll(/.{0,60}["'`]node:[a-z_/]+["'`]\)?/g)].map((m) => m[0]);
    expect(nodeSpecifiers.every((s) => /globalThis\.process\?\.getBuiltinModule\?\.\("node:buffer"\)$/.test(s)), nodeSpecifiers.join("\n")).toBe(true);
    // A worker has no DOM (micromark's entity decoder has a DOM build for pages: the bundle must take its "worker" one).
    expect(code).not.toMatch(/\bdocument\.createElement\b/);
    // The server is really in it: the rules, core's parser, the browser transport.
    expect(code).toContain("consistent-terms");
    expect(code).toContain("parsePlan");
    expect(code).toContain("BrowserMessageReader");
  });

  it("the check finds what the Node server loads (it can fail)", () => {
    const loads = moduleLoads(readFileSync(join(DIST, "server.cjs"), "utf8"));
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(loads).toContain("require(fs)");
    expect(loads.some((l) => builtins.has(l.replace(/^require\((.*)\)$/, "$1")))).toBe(true);
  });
});
