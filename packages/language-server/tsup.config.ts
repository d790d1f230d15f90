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
    // The configs build in parallel into dist/: this one must not delete the servers.
    clean: ["!server.cjs", "!server-browser.js"],
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
  // The server for a web worker (VS Code for the web): one self-contained
  // script, no `node:` module in it (test/browser-bundle.test.ts). An IIFE, so
  // that `new Worker(url)` runs it as a classic worker script in any browser.
  {
    entry: { "server-browser": "src/browser.ts" },
    format: ["iife"],
    outExtension: () => ({ js: ".js" }),
    platform: "browser",
    target: ["chrome109", "edge109", "firefox115", "safari16"],
    noExternal: [/.*/],
    sourcemap: false,
    dts: false,
    clean: false,
    // Shipped in the .vsix and fetched by vscode.dev: minified, but with names kept for readable stack traces.
    minify: true,
    keepNames: true,
    // A worker has no DOM: packages that offer a "worker" build (micromark's entity decoder
    // has a "browser" one that decodes with document.createElement) must give that one.
    esbuildOptions(options) {
      options.conditions = ["worker"];
    },
  },
]);
