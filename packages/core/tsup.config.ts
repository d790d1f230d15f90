import { defineConfig } from "tsup";
import { library } from "../../tsup.presets";

/**
 * The ESM build imports its dependencies; the CommonJS build carries the Markdown
 * parser inside it: micromark and mdast are ES modules only, and `require()` of an
 * ES module works only from Node 20.19, while we promise Node 20. yaml and
 * fuse.js ship CommonJS builds of their own and stay external. The two builds run
 * in parallel into dist/, so each cleans only its own files.
 */
export default defineConfig([
  { ...library, format: ["esm"], entry: ["src/index.ts"], clean: ["*.js", "*.js.map", "*.d.ts"] },
  { ...library, format: ["cjs"], entry: ["src/index.ts"], clean: ["*.cjs", "*.cjs.map", "*.d.cts"], noExternal: [/^(?!yaml$|fuse\.js$)/] },
]);
