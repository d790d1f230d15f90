import { defineConfig } from "tsup";
import { bundle } from "../../tsup.presets";

// One CommonJS file per extension host, with vscode-languageclient and the protocol
// inside: the .vsix ships no node_modules. `vscode` is provided by the editor at run time.
// Not minified, like the servers: stack traces in the extension host log stay readable.
const extension = {
  ...bundle,
  external: ["vscode"],
  // Everything but `vscode`: tsup would otherwise leave package.json dependencies external.
  noExternal: [/^(?!vscode$)/],
  minify: false,
};

export default defineConfig([
  // The desktop (package.json `main`). The two builds run in parallel into dist/: this one
  // cleans it, leaving the web one.
  { ...extension, entry: { extension: "src/extension.ts" }, clean: ["!browser.js"] },
  // VS Code for the web (package.json `browser`): the web extension host loads CommonJS too;
  // the browser platform takes vscode-languageclient's browser build (its `browser` field).
  {
    ...extension,
    entry: { browser: "src/browser.ts" },
    platform: "browser",
    target: ["chrome109", "edge109", "firefox115", "safari16"],
    outExtension: () => ({ js: ".js" }),
  },
]);
