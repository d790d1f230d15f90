import { defineConfig } from "tsup";
import { bundle } from "../../tsup.presets";

// One CommonJS file with vscode-languageclient and the protocol inside: the .vsix
// ships no node_modules. `vscode` is provided by the editor at run time.
// Not minified, like the server: stack traces in the extension host log stay readable.
export default defineConfig({
  ...bundle,
  entry: { extension: "src/extension.ts" },
  external: ["vscode"],
  // Everything but `vscode`: tsup would otherwise leave package.json dependencies external.
  noExternal: [/^(?!vscode$)/],
  minify: false,
  // The only build into this dist/.
  clean: true,
});
