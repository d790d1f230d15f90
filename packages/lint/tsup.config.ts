import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Script } from "node:vm";
import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";
import { bundle, library } from "../../tsup.presets";

/** The Markdown parser: the Markdown packages in one chunk, loaded when a Markdown file is first parsed. */
/** The .docx reader's zip and XML libraries: one chunk, loaded when a Word document is first read. */
const DOCX = { file: "cli-docx", entry: "scripts/cli-chunks/docx.mjs", proxy: "scripts/cli-chunks/docx-proxy.cjs" };
const MARKDOWN = { file: "cli-markdown", entry: "scripts/cli-chunks/markdown.mjs", proxy: "scripts/cli-chunks/markdown-proxy.cjs" };

/**
 * Libraries the CLI needs only in some runs (see scripts/cli-chunks/README.md):
 * each is bundled into dist/cli-<name>.cjs and loaded on first use.
 */
const CHUNKS: Record<string, { file: string; entry: string; proxy?: string }> = {
  yaml: { file: "cli-yaml", entry: "scripts/cli-chunks/yaml.cjs", proxy: "scripts/cli-chunks/yaml-proxy.cjs" },
  "fuse.js": { file: "cli-fuse", entry: "scripts/cli-chunks/fuse.mjs", proxy: "scripts/cli-chunks/fuse-proxy.cjs" },
  "safe-regex2": { file: "cli-safe-regex2", entry: "scripts/cli-chunks/safe-regex2.cjs", proxy: "scripts/cli-chunks/safe-regex2-proxy.cjs" },
  // Only ever import()ed: the dynamic import itself is the lazy load.
  picomatch: { file: "cli-picomatch", entry: "scripts/cli-chunks/picomatch.cjs" },
  "jsonc-parser": { file: "cli-jsonc-parser", entry: "scripts/cli-chunks/jsonc-parser.mjs" },
  fflate: DOCX,
  saxes: DOCX,
  "mdast-util-from-markdown": MARKDOWN,
  "micromark-extension-gfm-autolink-literal": MARKDOWN,
  "micromark-extension-gfm-footnote": MARKDOWN,
  "micromark-extension-gfm-strikethrough": MARKDOWN,
  "micromark-extension-gfm-table": MARKDOWN,
  "micromark-extension-gfm-task-list-item": MARKDOWN,
  "mdast-util-gfm-autolink-literal": MARKDOWN,
  "mdast-util-gfm-footnote": MARKDOWN,
  "mdast-util-gfm-strikethrough": MARKDOWN,
  "mdast-util-gfm-table": MARKDOWN,
  "mdast-util-gfm-task-list-item": MARKDOWN,
  "micromark-extension-frontmatter": MARKDOWN,
  "mdast-util-frontmatter": MARKDOWN,
};

/** In the CLI bundle: a statically imported library resolves to its proxy, an import()ed one to its chunk, required at run time. */
const lazyChunks: Plugin = {
  name: "lazy-chunks",
  setup(build) {
    const names = Object.keys(CHUNKS).map((n) => n.replace(/[.]/g, "\\.")).join("|");
    build.onResolve({ filter: new RegExp(`^(${names})$`) }, (args) => {
      const chunk = CHUNKS[args.path]!;
      return chunk.proxy ? { path: resolve(chunk.proxy) } : { path: `./${chunk.file}.cjs`, external: true };
    });
    // The proxies' require("./cli-<name>.cjs"): a file next to cli.cjs at run time.
    build.onResolve({ filter: /^\.\/cli-[\w-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * esbuild escapes the non-ASCII characters of strings and templates but writes
 * those of regexp literals as they are, and one such character makes Node decode
 * the whole program as UTF-8 and hold it as a two-byte string at every start.
 * Written as \uXXXX escapes they mean the same in a regexp: one code unit each
 * (with the u flag an escaped surrogate pair is still one code point). A backslash
 * right before such a character (an identity escape) becomes the escape's own.
 */
function asciiOnly(file: string): void {
  const source = readFileSync(file, "utf8");
  const ascii = source.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes: string, ch: string) => {
    const escape = `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escape;
  });
  // Still a valid script (compiled, not run), and now plain ASCII.
  new Script(ascii, { filename: file });
  if (/[^\x00-\x7f]/.test(ascii)) throw new Error(`${file}: non-ASCII characters left`);
  writeFileSync(file, ascii);
}

export default defineConfig([
  // The library: ESM + CJS + .d.ts, @planlint/core stays an external dependency.
  // `browser` is the entry with no Node module behind it (@planlint/lint/browser).
  {
    ...library,
    entry: { index: "src/index.ts", browser: "src/browser.ts" },
    // All configs build in parallel into dist/: this one must not delete the CLI
    // and its chunks (it does delete an old code cache: one is made after each build).
    clean: ["!cli*.cjs"],
  },
  // The `planlint` executable: a small launcher that starts the CLI program with
  // V8's code cache of it (see src/launcher.ts; the cache is made after the build
  // by scripts/build-cli-cache.mjs).
  {
    ...bundle,
    entry: { cli: "src/launcher.ts" },
    banner: { js: "#!/usr/bin/env node" },
    minify: true,
  },
  // The CLI program: one self-contained CommonJS file, so start-up resolves no
  // modules (every `require` of a package is a lookup through node_modules
  // folders). Commands are loaded with `import()`, which esbuild turns into lazily
  // run wrappers: `planlint --help` never evaluates @planlint/core. Libraries only
  // some runs need are loaded from the chunks next to it (lazyChunks).
  {
    ...bundle,
    entry: { "cli-program": "src/cli.ts" },
    minify: true,
    esbuildPlugins: [lazyChunks],
    async onSuccess() {
      asciiOnly("dist/cli-program.cjs");
    },
    esbuildOptions(options) {
      // jsonc-parser's "main" is a UMD build whose internal requires esbuild
      // cannot follow; its "module" build bundles cleanly.
      options.mainFields = ["module", "main"];
      // import() of a chunk becomes a promise of require(): a real import() would
      // start Node's ESM loader, which a CommonJS program otherwise never pays for
      // (and the launcher's vm.Script has no loader for it).
      options.supported = { ...options.supported, "dynamic-import": false };
    },
  },
  // The CLI's second thread for parsing a large Markdown plan (src/parse-in-parallel.ts):
  // core and nothing else, the Markdown parser from its chunk.
  {
    ...bundle,
    entry: { "cli-parse-worker": "src/parse-worker.ts" },
    minify: true,
    esbuildPlugins: [lazyChunks],
    async onSuccess() {
      asciiOnly("dist/cli-parse-worker.cjs");
    },
  },
  // The CLI's chunks: each library on its own, self-contained.
  {
    ...bundle,
    entry: Object.fromEntries(Object.values(CHUNKS).map((c) => [c.file, c.entry])),
    minify: true,
    esbuildOptions(options) {
      options.mainFields = ["module", "main"];
    },
  },
]);
