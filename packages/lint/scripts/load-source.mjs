// Loads a TypeScript module of src/ from a plain node script (the build scripts
// run before tsup, so there is no dist/ to import): esbuild bundles the entry
// into a temporary .mjs inside this package, so that package imports resolve.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const packageDir = fileURLToPath(new URL("../", import.meta.url));

/** Imports `src/<entry>` (a path relative to the package, e.g. "src/rules/index.ts"). */
export async function loadSource(entry) {
  const result = await build({
    entryPoints: [new URL(entry, new URL("../", import.meta.url)).pathname],
    absWorkingDir: packageDir,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "error",
  });
  const dir = new URL("../node_modules/.cache/planlint-scripts/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${entry.replace(/[^A-Za-z0-9]+/g, "-")}-${process.pid}.mjs`, dir);
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(fileURLToPath(file)).href);
  } finally {
    rmSync(file, { force: true });
  }
}
