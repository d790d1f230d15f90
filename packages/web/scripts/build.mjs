/**
 * Builds dist/planlint.html: the app (src/main.ts with core and lint) bundled by
 * esbuild for the browser and inlined, with lint's view styles and script, the
 * rule docs (docs/rules/*.md) and no external resource at all. Fails when the
 * page exceeds MAX_BYTES: it must stay small enough to mail and open at once.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { renderPage } from "@planlint/lint/browser";
import { SHELL, STYLE, TEXTS } from "./page-shell.mjs";

const MAX_BYTES = 1.5 * 1024 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const docsDir = join(root, "../../docs/rules");

const ruleDocs = {};
for (const name of readdirSync(docsDir).sort()) {
  if (name.endsWith(".md")) ruleDocs[name.slice(0, -3)] = readFileSync(join(docsDir, name), "utf8");
}

const bundle = await build({
  entryPoints: [join(root, "src/main.ts")],
  bundle: true,
  platform: "browser",
  format: "iife",
  target: ["chrome109", "edge109", "firefox115", "safari16"],
  minify: true,
  write: false,
  charset: "utf8",
  legalComments: "none",
  define: { PLANLINT_RULE_DOCS: JSON.stringify(ruleDocs) },
  logLevel: "warning",
  // lint's ESM chunks import one chunk for its side effects under "sideEffects": false; esbuild says so and drops it, rightly.
  logOverride: { "ignored-bare-import": "silent" },
});

const html = renderPage({
  title: "planlint",
  body: SHELL,
  style: STYLE,
  texts: TEXTS,
  scripts: [bundle.outputFiles[0].text],
  bodyAttributes: { "data-state": "empty" },
});
const bytes = Buffer.byteLength(html);
if (bytes > MAX_BYTES) throw new Error(`dist/planlint.html is ${bytes} bytes, over the limit of ${MAX_BYTES}`);
mkdirSync(join(root, "dist"), { recursive: true });
writeFileSync(join(root, "dist/planlint.html"), html);
console.log(`dist/planlint.html: ${(bytes / 1024).toFixed(0)} KB`);
