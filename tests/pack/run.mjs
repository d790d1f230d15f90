// Pack test: what npm users get. Packs @planlint/core, @planlint/lint and
// @planlint/language-server (run after the build), installs the tarballs into an
// empty project outside the workspace, and uses them there: ESM and CJS entries,
// the `planlint` and `planlint-language-server` bins, and the .d.ts/.d.cts types
// under moduleResolution NodeNext.
//
// Usage: node tests/pack/run.mjs [--keep]   (--keep leaves the temp project for a look)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const tsc = join(repo, "node_modules", "typescript", "bin", "tsc");
const NAMES = ["core", "lint", "language-server"];
const keep = process.argv.includes("--keep");
const work = mkdtempSync(join(tmpdir(), "planlint-pack-"));
const tarballs = join(work, "tarballs");
const project = join(work, "project");
mkdirSync(tarballs);
mkdirSync(project);

// `npm test` at the root exports its own npm_config_* (workspace selection among
// them); the temp project must not inherit them.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_config_(workspaces?|include_workspace_root)$/i.test(key)),
);

const PLAN = `資料１－２
サイバーセキュリティ2017（案）

1. 経済社会の活力の向上及び持続的発展
1.1. 安全なIoTシステムの創出
(1) 新たなIoTシステムの創出
(ア) 総務省及び経済産業省において、IoT推進コンソーシアムを通じ、IoTセキュリティガイドラインを普及する。
2. 国民が安全で安心して暮らせる社会の実現
2.1. 国民・社会を守るための取組
(1) 重要インフラの防護
(ア) 内閣官房において、重要インフラの情報共有体制を強化する。
`;

let passed = 0;
let failed = 0;
let broken = false; // a setup step failed: later checks cannot run

function check(name, body) {
  if (broken) {
    failed++;
    console.log(`skip ${name}`);
    return;
  }
  try {
    body();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}\n${indent(error instanceof Error ? error.message : String(error))}`);
  }
}

function setup(name, body) {
  const before = failed;
  check(name, body);
  if (failed > before) broken = true;
}

/** The file paths an exports map points to (conditions and subpaths flattened). */
function targets(exportsMap) {
  if (typeof exportsMap === "string") return [exportsMap];
  if (exportsMap === null || typeof exportsMap !== "object") return [];
  return Object.values(exportsMap).flatMap(targets);
}

function indent(text) {
  return text.trimEnd().replace(/^/gm, "     ");
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    env,
    encoding: "utf8",
    timeout: 180_000,
    shell: process.platform === "win32" && command === "npm",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

function node(file) {
  return run(process.execPath, [file], project);
}

function write(name, text) {
  writeFileSync(join(project, name), text);
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const packed = {};
for (const name of NAMES) {
  const dir = join(repo, "packages", name);
  setup(`npm pack @planlint/${name}`, () => {
    assert(existsSync(join(dir, "dist")), `${dir}/dist is missing: build first (npm run build)`);
    const [info] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", tarballs], dir));
    packed[name] = { tarball: join(tarballs, info.filename), files: info.files.map((f) => f.path) };
  });
}

check("tarballs hold the built files and nothing from src/", () => {
  const want = {
    core: ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "package.json"],
    lint: ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/cli.cjs", "package.json"],
    "language-server": ["dist/server.cjs", "dist/server-browser.js", "dist/index.js", "dist/index.cjs", "dist/protocol.js", "dist/node-flags.js", "package.json"],
  };
  for (const [name, files] of Object.entries(want)) {
    for (const file of files) assert(packed[name].files.includes(file), `@planlint/${name} tarball lacks ${file}`);
    // Every path the exports map and bin promise must be in the tarball.
    const manifest = JSON.parse(readFileSync(join(repo, "packages", name, "package.json"), "utf8"));
    const promised = [...targets(manifest.exports), ...Object.values(manifest.bin ?? {}), manifest.main, manifest.module, manifest.types];
    for (const target of promised.filter(Boolean)) {
      const path = target.replace(/^\.\//, "");
      assert(packed[name].files.includes(path), `@planlint/${name} promises ${target} but its tarball lacks it`);
    }
    const stray = packed[name].files.filter((file) => file.startsWith("src/") || file.includes(".test."));
    assert(stray.length === 0, `@planlint/${name} tarball holds ${stray.join(", ")}`);
  }
});

setup("npm install the tarballs into an empty project", () => {
  write("package.json", JSON.stringify({ name: "planlint-pack-consumer", version: "0.0.0", private: true }, null, 2));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...NAMES.map((name) => packed[name].tarball)], project);
});

write("plan.txt", PLAN);

check("ESM: import { parsePlan, LineIndex } from @planlint/core", () => {
  write(
    "core-esm.mjs",
    `import { parsePlan, LineIndex } from "@planlint/core";
import { readFileSync } from "node:fs";
const text = readFileSync("plan.txt", "utf8");
const doc = parsePlan(text);
const chapters = doc.body.filter((node) => node.kind === "chapter");
if (chapters.length !== 2) throw new Error("expected 2 chapters, got " + JSON.stringify(doc.body.map((n) => n.label)));
const at = new LineIndex(text).positionAt(chapters[1].range.start);
if (at.line !== 7) throw new Error("chapter 2 at line " + at.line);
`,
  );
  node("core-esm.mjs");
});

check("CJS: require(@planlint/core)", () => {
  write(
    "core-cjs.cjs",
    `const { parsePlan, decodeText, PlanlintError } = require("@planlint/core");
const { text } = decodeText(new TextEncoder().encode("1. はじめに\\n"), "plan.txt");
if (parsePlan(text).body.length === 0) throw new Error("no outline");
if (typeof PlanlintError !== "function") throw new Error("no PlanlintError");
`,
  );
  node("core-cjs.cjs");
});

check("CJS: require(@planlint/lint)", () => {
  write(
    "lint-cjs.cjs",
    `const lint = require("@planlint/lint");
for (const name of ["outlineJson", "formatOutline", "glossaryJson", "formatGlossary"]) {
  if (typeof lint[name] !== "function") throw new Error(name + " is " + typeof lint[name]);
}
`,
  );
  node("lint-cjs.cjs");
});

check("ESM: import from @planlint/lint, working with @planlint/core", () => {
  write(
    "lint-esm.mjs",
    `import { outlineJson } from "@planlint/lint";
import { parsePlan, LineIndex } from "@planlint/core";
const text = "1. はじめに\\n";
const json = outlineJson(parsePlan(text), new LineIndex(text), { file: "x.txt", encoding: "utf-8" });
if (json.body[0]?.loc?.start.line !== 1) throw new Error(JSON.stringify(json.body));
`,
  );
  node("lint-esm.mjs");
});

check("the installed planlint bin runs outline", () => {
  const bin = join(project, "node_modules", ".bin", process.platform === "win32" ? "planlint.cmd" : "planlint");
  const out = run(bin, ["outline", "plan.txt"], project);
  assert(out.includes("経済社会の活力の向上及び持続的発展"), `unexpected outline:\n${out}`);
  const version = JSON.parse(readFileSync(join(repo, "packages", "lint", "package.json"), "utf8")).version;
  assert(run(bin, ["--version"], project).trim() === version, `planlint --version is not ${version}`);
});

check("the config schema is exported as @planlint/lint/planlint.config.schema.json", () => {
  write(
    "schema.cjs",
    `const schema = require("@planlint/lint/planlint.config.schema.json");
if (!schema.definitions || !schema.definitions.rules || !schema.properties.extends) throw new Error("not the config schema: " + Object.keys(schema));
`,
  );
  node("schema.cjs");
});

check("the installed planlint bin lints a plan and exits 0 or 1", () => {
  const bin = join(project, "node_modules", ".bin", process.platform === "win32" ? "planlint.cmd" : "planlint");
  const result = spawnSync(bin, ["--format", "json", "plan.txt"], { cwd: project, env, encoding: "utf8", shell: process.platform === "win32" });
  assert(result.status === 0 || result.status === 1, `planlint plan.txt exited ${result.status}: ${result.stderr}`);
  const [file] = JSON.parse(result.stdout);
  assert(file && Array.isArray(file.messages), `unexpected JSON: ${result.stdout.slice(0, 200)}`);
});

check("the installed planlint-language-server bin starts through its #! line (env -S node <flags>)", () => {
  const bin = join(project, "node_modules", ".bin", process.platform === "win32" ? "planlint-language-server.cmd" : "planlint-language-server");
  const version = JSON.parse(readFileSync(join(repo, "packages", "language-server", "package.json"), "utf8")).version;
  assert(run(bin, ["--version"], project).trim() === version, `planlint-language-server --version is not ${version}`);
  const noArgs = spawnSync(bin, [], { cwd: project, env, encoding: "utf8", shell: process.platform === "win32" });
  assert(noArgs.status === 2 && noArgs.stderr.includes("--stdio"), `without a transport it should print its usage and exit 2, got ${noArgs.status}: ${noArgs.stderr}`);
});

const TYPES_USE = (importLine) => `${importLine}
import type { PlanDocument, GlossaryEntry } from "@planlint/core";
import type { OutlineJson } from "@planlint/lint";

export function chapterTitles(doc: PlanDocument): string[] {
  return doc.body.filter((node) => node.kind === "chapter").map((node) => node.title);
}

export function headwords(entries: readonly GlossaryEntry[]): string[] {
  return entries.map((entry) => entry.headword + (entry.expansion ? " " + entry.expansion : ""));
}

export function firstLine(json: OutlineJson): number | undefined {
  return json.body[0]?.loc.start.line;
}

const doc: PlanDocument = parsePlan("1. はじめに", { fileName: "plan.md" });
chapterTitles(doc);
// The types must be real, not any: a title is no number.
// @ts-expect-error
const wrong: number = doc.body[0]!.title;
`;

for (const [ext, moduleKind] of [
  ["mts", "ESM"],
  ["cts", "CJS"],
]) {
  check(`types: an .${ext} file (${moduleKind}) type-checks under NodeNext`, () => {
    write(`types-check.${ext}`, TYPES_USE(`import { parsePlan } from "@planlint/core";`));
    write(
      `tsconfig.${ext}.json`,
      JSON.stringify(
        {
          compilerOptions: {
            module: "NodeNext",
            moduleResolution: "NodeNext",
            target: "ES2022",
            lib: ["ES2022"],
            types: [],
            strict: true,
            noEmit: true,
            skipLibCheck: false,
          },
          files: [`types-check.${ext}`],
        },
        null,
        2,
      ),
    );
    run(process.execPath, [tsc, "-p", `tsconfig.${ext}.json`], project);
  });
}

if (keep || failed > 0) console.log(`temp project kept at ${project}`);
else rmSync(work, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
