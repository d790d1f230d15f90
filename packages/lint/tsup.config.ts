import { defineConfig } from "tsup";

export default defineConfig([
  // The library: ESM + CJS + .d.ts, @planlint/core stays an external dependency.
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // Both configs build in parallel into dist/: this one must not delete the CLI.
    clean: ["!cli.cjs"],
    target: "node20",
    platform: "node",
  },
  // The CLI: one self-contained CommonJS file, so start-up resolves no modules
  // (every `require` of a package is a lookup through node_modules folders).
  // Commands are loaded with `import()`, which esbuild turns into lazily run
  // wrappers: `planlint --help` never evaluates @planlint/core.
  {
    entry: { cli: "src/cli.ts" },
    format: ["cjs"],
    outExtension: () => ({ js: ".cjs" }),
    noExternal: [/.*/],
    banner: { js: "#!/usr/bin/env node" },
    minify: true,
    sourcemap: false,
    dts: false,
    clean: false,
    target: "node20",
    platform: "node",
    // jsonc-parser's "main" is a UMD build whose internal requires esbuild
    // cannot follow; its "module" build bundles cleanly.
    esbuildOptions(options) {
      options.mainFields = ["module", "main"];
    },
  },
]);
