import { defineConfig } from "tsup";
import { bundle, library } from "../../tsup.presets";
import { SERVER_NODE_FLAGS } from "./src/node-flags";

export default defineConfig([
  // The library: `startServer(connection)` for tests and embedders, and the
  // protocol types and Node flags the VS Code extension imports (`./protocol`
  // and `./node-flags` pull in no lint code).
  {
    ...library,
    entry: { index: "src/index.ts", protocol: "src/protocol.ts", "node-flags": "src/node-flags.ts" },
    // Both configs build in parallel into dist/: this one must not delete the server.
    clean: ["!server.cjs"],
  },
  // The server: one self-contained CommonJS file (lint, core and
  // vscode-languageserver inside), so the extension ships it without node_modules.
  // Not minified: stack traces in an editor's LSP log should stay readable.
  {
    ...bundle,
    entry: { server: "src/main.ts" },
    // `env -S` splits the line, so the bin starts Node with the flags V8 only
    // accepts at start-up (see src/node-flags.ts); npm's Windows shims read it too.
    banner: { js: `#!/usr/bin/env -S node ${SERVER_NODE_FLAGS.join(" ")}` },
    minify: false,
  },
]);
