import { defineConfig } from "tsup";

// One CommonJS file with vscode-languageclient and the protocol inside: the .vsix
// ships no node_modules. `vscode` is provided by the editor at run time.
// Not minified, like the server: stack traces in the extension host log stay readable.
export default defineConfig({
  entry: { extension: "src/extension.ts" },
  format: ["cjs"],
  outExtension: () => ({ js: ".cjs" }),
  external: ["vscode"],
  // Everything but `vscode`: tsup would otherwise leave package.json dependencies external.
  noExternal: [/^(?!vscode$)/],
  platform: "node",
  target: "node20",
  minify: false,
  sourcemap: false,
  dts: false,
  clean: true,
});
