/**
 * The two kinds of build every package's tsup.config.ts makes, so that their
 * settings cannot drift apart: a library (ESM + CJS with types) and a bundle
 * (one self-contained CommonJS file, for bins and the editor extension).
 */
import type { Options } from "tsup";

/** A library entry: ESM and CommonJS, .d.ts/.d.cts and source maps, for Node 20. */
export const library: Options = {
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  target: "node20",
  platform: "node",
};

/**
 * One CommonJS file with its dependencies inside (`noExternal`), so it runs
 * without resolving modules: `.cjs`, no types or maps. Several bundles of a
 * package build in parallel into its dist/, so none cleans it.
 */
export const bundle: Options = {
  format: ["cjs"],
  outExtension: () => ({ js: ".cjs" }),
  noExternal: [/.*/],
  sourcemap: false,
  dts: false,
  clean: false,
  target: "node20",
  platform: "node",
};
