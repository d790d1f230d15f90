/**
 * core and lint run in a browser as they are: the browser entry, bundled by
 * esbuild for the browser platform with core's source, reaches no Node module.
 * A `node:` import (or a bare built-in such as "fs") anywhere behind
 * src/browser.ts fails here, naming the file that imports it.
 */
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { describe, expect, test } from "vitest";

const LINT_SRC = fileURLToPath(new URL("../src/", import.meta.url));
const CORE_SRC = fileURLToPath(new URL("../../core/src/index.ts", import.meta.url));

interface NodeImport {
  path: string;
  importer: string;
}

async function bundleForBrowser(entry: string): Promise<{ nodeImports: NodeImport[]; code: string }> {
  const nodeImports: NodeImport[] = [];
  const builtins = new Set(builtinModules);
  const findNode: Plugin = {
    name: "find-node-imports",
    setup(b) {
      b.onResolve({ filter: /^@planlint\/core$/ }, () => ({ path: CORE_SRC }));
      b.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.split("/")[0]!;
        if (args.path.startsWith("node:") || builtins.has(args.path) || builtins.has(bare)) {
          nodeImports.push({ path: args.path, importer: args.importer.replace(/.*\/packages\//, "packages/") });
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
    plugins: [findNode],
  });
  return { nodeImports, code: result.outputFiles[0]!.text };
}

describe("the browser entry", () => {
  test("bundles for the browser without any node: module", async () => {
    const { nodeImports, code } = await bundleForBrowser(`${LINT_SRC}browser.ts`);
    expect(nodeImports).toEqual([]);
    // The rules and core's parser are really in it (not tree-shaken away).
    expect(code).toContain("consistent-terms");
    expect(code).toContain("parsePlan");
  }, 60000);

  test("the check catches a node: import (it can fail)", async () => {
    const { nodeImports } = await bundleForBrowser(`${LINT_SRC}read-file.ts`);
    expect(nodeImports).toContainEqual({ path: "node:fs", importer: "packages/lint/src/read-file.ts" });
  }, 60000);
});
