// Makes dist/cli-program.cache, V8's code cache of the CLI program, for the
// launcher (src/launcher.ts). Run after tsup (`npm run build`).
//
// A child process compiles dist/cli-program.cjs exactly as the launcher does
// (same V8 flags, same wrapper), lints a sample plan with it so that the code of
// a run gets compiled, and at exit writes the key (src/cli-cache-key.ts: the
// SHA-256 of the program, the program file's size and time) and V8's cached
// data. The launcher uses the cache only if that hash is its program's. A cache
// that V8 would reject is not kept.
//
// The cache is valid only for the Node.js (V8) version that made it; any other
// version compiles the program as usual.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSource } from "./load-source.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const program = join(dist, "cli-program.cjs");
const cache = join(dist, "cli-program.cache");

// The flags the launcher sets (src/optimisation.ts) when none are given: V8 takes a
// cache only under the flags it was made with.
const { cliV8Flags } = await loadSource("src/optimisation.ts");
const { CACHE_KEY_LENGTH, HASH_LENGTH } = await loadSource("src/cli-cache-key.ts");
const flags = cliV8Flags(Number(process.versions.v8.split(".")[0]));

// Any plan will do: the cache holds the code that a run compiles, whatever the text.
const SAMPLE = `資料１－２
サイバーセキュリティ2017（案）

1. 経済社会の活力の向上及び持続的発展
1.1. 安全なIoTシステムの創出
(1) 新たなIoTシステムの創出
(ア) 総務省及び経済産業省において、IoT推進コンソーシアムを通じ、IoTセキュリティガイドラインを普及する。
(イ) 内閣官房において、2017年７月13日（木）に演習を実施する。
2. 国民が安全で安心して暮らせる社会の実現
2.1. 国民・社会を守るための取組
(1) 重要インフラの防護
(ア) 内閣官房において、重要インフラの情報共有体制を強化する。

参考
用語解説
 IoT Internet of Thingsの略。
 NISC 内閣サイバーセキュリティセンター。
`;

const DRIVER = `
const { createHash } = require("node:crypto");
const { readFileSync, writeFileSync, renameSync, statSync } = require("node:fs");
const Module = require("node:module");
const { dirname } = require("node:path");
const { Script } = require("node:vm");
const [programPath, cachePath, flags, ...files] = process.argv.slice(1);
if (flags) require("node:v8").setFlagsFromString(flags);
const program = readFileSync(programPath);
const script = new Script(Module.wrap(program.toString("utf8")), { filename: programPath });
process.argv = [process.argv[0], programPath, ...files];
process.on("exit", () => {
  const key = Buffer.alloc(${CACHE_KEY_LENGTH});
  createHash("sha256").update(program).digest().copy(key, 0);
  const stat = statSync(programPath);
  key.writeDoubleLE(stat.size, ${HASH_LENGTH});
  key.writeDoubleLE(stat.mtimeMs, ${HASH_LENGTH} + 8);
  const tmp = cachePath + "." + process.pid + ".tmp";
  writeFileSync(tmp, Buffer.concat([key, script.createCachedData()]));
  renameSync(tmp, cachePath);
});
const m = new Module(programPath, module);
m.filename = programPath;
script.runInThisContext().call(m.exports, m.exports, Module.createRequire(programPath), m, programPath, dirname(programPath));
`;

const CHECK = `
const { readFileSync } = require("node:fs");
const Module = require("node:module");
const { Script } = require("node:vm");
const [programPath, cachePath, flags] = process.argv.slice(1);
if (flags) require("node:v8").setFlagsFromString(flags);
const program = readFileSync(programPath);
const cache = readFileSync(cachePath);
const script = new Script(Module.wrap(program.toString("utf8")), { filename: programPath, cachedData: cache.subarray(${CACHE_KEY_LENGTH}) });
process.stdout.write(script.cachedDataRejected ? "rejected" : "accepted");
`;

if (!existsSync(program)) {
  console.error(`build-cli-cache: ${program} is missing: run tsup first`);
  process.exit(1);
}
rmSync(cache, { force: true });

const work = mkdtempSync(join(tmpdir(), "planlint-cli-cache-"));
try {
  const seed = resolve(root, "../../seeds/cybersecurity-2017-draft.txt");
  const sample = join(work, "sample.txt");
  writeFileSync(sample, SAMPLE);
  const files = existsSync(seed) ? [seed, sample] : [sample];
  // No NODE_OPTIONS: the cache must be made under the flags a plain run has.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, ["-e", DRIVER, program, cache, flags, ...files], { cwd: work, env, stdio: ["ignore", "ignore", "inherit"] });
  if (run.error) throw run.error;
  if (!existsSync(cache)) {
    console.error(`build-cli-cache: no cache was written (the sample run exited ${run.status})`);
    process.exit(1);
  }
  const check = spawnSync(process.execPath, ["-e", CHECK, program, cache, flags], { env, encoding: "utf8" });
  if (check.stdout !== "accepted") {
    // Not fatal: the CLI works without it, only slower.
    rmSync(cache, { force: true });
    console.warn(`build-cli-cache: V8 ${check.stdout || "failed to check"} the code cache; the CLI will compile its program at each run`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
