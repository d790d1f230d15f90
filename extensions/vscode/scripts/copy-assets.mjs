// After tsup: copies into dist/ what the extension ships beside its own bundles —
// the language server (one self-contained file for Node, one for a web worker)
// and the config JSON schema lint generates — so the .vsix needs nothing outside itself.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const assets = {
  "server.cjs": require.resolve("@planlint/language-server/server.cjs"),
  "server-browser.js": require.resolve("@planlint/language-server/server-browser.js"),
  "planlint.config.schema.json": require.resolve("@planlint/lint/planlint.config.schema.json"),
};
mkdirSync(dist, { recursive: true });
for (const [name, from] of Object.entries(assets)) copyFileSync(from, join(dist, name));
