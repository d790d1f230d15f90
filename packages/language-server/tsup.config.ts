import { defineConfig } from "tsup";

export default defineConfig([
  // The library: `startServer(connection)` for tests and embedders, and the
  // protocol types the VS Code extension imports (`./protocol` pulls in no lint code).
  {
    entry: { index: "src/index.ts", protocol: "src/protocol.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // Both configs build in parallel into dist/: this one must not delete the server.
    clean: ["!server.cjs"],
    target: "node20",
    platform: "node",
  },
  // The server: one self-contained CommonJS file (lint, core and
  // vscode-languageserver inside), so the extension ships it without node_modules.
  // Not minified: stack traces in an editor's LSP log should stay readable.
  {
    entry: { server: "src/main.ts" },
    format: ["cjs"],
    outExtension: () => ({ js: ".cjs" }),
    noExternal: [/.*/],
    banner: { js: "#!/usr/bin/env node" },
    minify: false,
    sourcemap: false,
    dts: false,
    clean: false,
    target: "node20",
    platform: "node",
  },
]);
