// Benchmark: the language server end to end, as an editor sees it. Spawns the
// built server over stdio, opens the seed, makes single-character incremental
// edits and times edit → publishDiagnostics (for that version) and hover.
// Runs the server as our launchers start it (SERVER_NODE_FLAGS on Node's
// command line, the server's own run-time V8 flags) with debounce 0 (the
// server's own cost) and the default debounce (what a user waits), and once
// more on V8's defaults (`--max-opt=999` makes the server leave its flags
// alone) to show what the flags trade. Also the server's RSS
// (/proc/PID/status VmRSS) after the first lint and after 1,000 edits, and its
// CPU time per edit (/proc/PID/stat), steadier than wall time on a busy machine.
// Numbers, not a pass/fail test.
//
// Bars (PRODUCT.md): edit → diagnostics ≤ 50 ms p95, hover ≤ 10 ms p95,
// memory after 1,000 edits within 20% of after the first lint.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generatePlan } from "./plan-fixture.mjs";

const serverDir = new URL("../packages/language-server/", import.meta.url);
const require = createRequire(new URL("package.json", serverDir));
const rpc = require("vscode-languageserver-protocol/node");
const { decodeText } = require("@planlint/core");
const SERVER = fileURLToPath(new URL("dist/server.cjs", serverDir));
const { SERVER_NODE_FLAGS } = require("@planlint/language-server/node-flags");
const V8_DEFAULTS = ["--max-opt=999"];
const seedPath = fileURLToPath(new URL("../seeds/cybersecurity-2017-draft.txt", import.meta.url));
const seed = decodeText(readFileSync(seedPath), seedPath).text;
const uri = pathToFileURL(seedPath).href;

const EDITS = 200;
const MEMORY_EDITS = 1000;

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/**
 * The server's CPU time so far (user + system, all its threads), in ms: on the
 * shared two-core machine the wall time of an edit swings with the others' load,
 * its CPU time much less.
 */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
}

function position(text, needle, delta = 0) {
  const at = text.indexOf(needle) + delta;
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

async function session(debounce, { memory, nodeFlags }) {
  const child = spawn(process.execPath, [...nodeFlags, SERVER, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiting = new Map();
  let lastVersion = 0;
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
    if (p.uri !== uri) return;
    lastVersion = p.version ?? lastVersion;
    const resolve = waiting.get(p.version);
    if (resolve) {
      waiting.delete(p.version);
      resolve(performance.now());
    }
  });
  connection.listen();
  const diagnosticsFor = (version) => new Promise((resolve) => waiting.set(version, resolve));

  await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ["markdown"] } } },
    initializationOptions: { debounce },
  });
  await connection.sendNotification(rpc.InitializedNotification.type, {});

  const opened = diagnosticsFor(1);
  const tOpen = performance.now();
  await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "plaintext", version: 1, text: seed } });
  const firstLintMs = (await opened) - tOpen;
  await new Promise((r) => setTimeout(r, 200));
  const rssFirst = rssMb(child.pid);

  // Type 「あ」 and delete it again, alternately, in the middle of the body.
  const at = position(seed, "多重防御の取組");
  let version = 1;
  const edit = async () => {
    const insert = version % 2 === 1;
    version++;
    const range = insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
    const published = diagnosticsFor(version);
    const t0 = performance.now();
    await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text: insert ? "あ" : "" }],
    });
    return (await published) - t0;
  };

  for (let i = 0; i < 10; i++) await edit(); // warm-up
  const editTimes = [];
  const cpuBefore = cpuMs(child.pid);
  for (let i = 0; i < EDITS; i++) editTimes.push(await edit());
  const cpuPerEdit = (cpuMs(child.pid) - cpuBefore) / EDITS;
  const rssWarm = rssMb(child.pid);

  const hoverAt = position(seed, "NISCをはじめとする", 1);
  const hoverTimes = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    const hover = await connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: hoverAt });
    hoverTimes.push(performance.now() - t0);
    if (!hover) throw new Error("hover on NISC returned nothing");
  }

  let rssAfter;
  if (memory) {
    while (version - 1 < MEMORY_EDITS) await edit();
    await new Promise((r) => setTimeout(r, 200));
    rssAfter = rssMb(child.pid);
  }

  await connection.sendRequest(rpc.ShutdownRequest.type);
  await connection.sendNotification(rpc.ExitNotification.type);
  await new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill();
      resolve();
    }, 3000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  connection.dispose();
  return { debounce, firstLintMs, editTimes, cpuPerEdit, hoverTimes, rssFirst, rssWarm, warmEdits: EDITS + 10, rssAfter, edits: version - 1, lastVersion };
}

/**
 * A plan in 31 files (plan-fixture.mjs): chapters 1 and 16 open, the others read
 * from disk. Times edit → diagnostics for the edited chapter (16), and an edit
 * in chapter 1 → chapter 16 re-linted (its findings depend on chapter 1).
 */
async function planSession(debounce, nodeFlags) {
  const dir = mkdtempSync(join(tmpdir(), "planlint-lsp-plan-"));
  try {
    const names = generatePlan(dir);
    const uris = names.map((n) => pathToFileURL(join(dir, n)).href);
    const texts = names.map((n) => readFileSync(join(dir, n), "utf8"));
    const edited = 15;
    const child = spawn(process.execPath, [...nodeFlags, SERVER, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
    const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
    const waiting = new Map();
    connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
      const key = `${p.uri}@${p.version}`;
      const resolve = waiting.get(key);
      if (resolve) {
        waiting.delete(key);
        resolve(performance.now());
      }
    });
    connection.listen();
    const diagnosticsFor = (uri, version) => new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve));
    await connection.sendRequest(rpc.InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: "plan" }],
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { debounce },
    });
    await connection.sendNotification(rpc.InitializedNotification.type, {});
    const versions = new Map();
    const open = async (i) => {
      versions.set(i, 1);
      const done = diagnosticsFor(uris[i], 1);
      const t0 = performance.now();
      await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri: uris[i], languageId: "markdown", version: 1, text: texts[i] } });
      return (await done) - t0;
    };
    const firstLintMs = await open(edited);
    await open(0);
    // Type 「あ」 and delete it again at the end of the chapter's first paragraph.
    const edit = async (i, waitFor) => {
      const v = versions.get(i) + 1;
      versions.set(i, v);
      const at = { line: 2, character: 0 };
      const insert = v % 2 === 0;
      const range = insert ? { start: at, end: at } : { start: at, end: { line: 2, character: 1 } };
      const published = waitFor === "self" ? diagnosticsFor(uris[i], v) : diagnosticsFor(uris[edited], versions.get(edited));
      const t0 = performance.now();
      await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri: uris[i], version: v }, contentChanges: [{ range, text: insert ? "あ" : "" }] });
      return (await published) - t0;
    };
    for (let i = 0; i < 6; i++) await edit(edited, "self");
    const editTimes = [];
    // CPU per edit counts what each edit causes: the edited chapter and the re-lint of the chapter that depends on it.
    await new Promise((r) => setTimeout(r, 300));
    let cpuBefore = cpuMs(child.pid);
    for (let i = 0; i < 60; i++) editTimes.push(await edit(edited, "self"));
    await new Promise((r) => setTimeout(r, 300));
    const cpuPerEdit = (cpuMs(child.pid) - cpuBefore) / 60;
    const dependentTimes = [];
    cpuBefore = cpuMs(child.pid);
    for (let i = 0; i < 20; i++) dependentTimes.push(await edit(0, "dependent"));
    await new Promise((r) => setTimeout(r, 300));
    const cpuPerDependentEdit = (cpuMs(child.pid) - cpuBefore) / 20;
    await connection.sendRequest(rpc.ShutdownRequest.type);
    await connection.sendNotification(rpc.ExitNotification.type);
    await new Promise((resolve) => {
      const timer = setTimeout(() => (child.kill(), resolve()), 3000);
      child.once("exit", () => (clearTimeout(timer), resolve()));
    });
    connection.dispose();
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    return { files: names.length, bytes, firstLintMs, editTimes, cpuPerEdit, dependentTimes, cpuPerDependentEdit };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchLsp() {
  const immediate = await session(0, { memory: true, nodeFlags: SERVER_NODE_FLAGS });
  const debounced = await session(150, { memory: false, nodeFlags: SERVER_NODE_FLAGS });
  const defaults = await session(0, { memory: true, nodeFlags: V8_DEFAULTS });
  const plan = await planSession(0, SERVER_NODE_FLAGS);
  return { immediate, debounced, defaults, plan };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { immediate, debounced, defaults, plan } = await benchLsp();
  const line = (label, xs, bar) => `  ${label.padEnd(34)} p50 ${pct(xs, 50).toFixed(1).padStart(6)} ms   p95 ${pct(xs, 95).toFixed(1).padStart(6)} ms${bar ? `   (bar ≤ ${bar} ms p95)` : ""}`;
  console.log(`lsp: the built server over stdio (node ${SERVER_NODE_FLAGS.join(" ")}), seed open, ${EDITS} single-character incremental edits`);
  console.log(`  first lint after didOpen           ${immediate.firstLintMs.toFixed(1)} ms`);
  console.log(line("edit → diagnostics (debounce 0)", immediate.editTimes, 50));
  console.log(`  server CPU per edit (debounce 0)   ${immediate.cpuPerEdit.toFixed(1)} ms`);
  console.log(line("edit → diagnostics (debounce 150)", debounced.editTimes));
  console.log(line("hover on NISC", immediate.hoverTimes, 10));
  const growth = (immediate.rssAfter / immediate.rssFirst - 1) * 100;
  console.log(`  RSS after first lint               ${immediate.rssFirst.toFixed(1)} MB`);
  const sinceWarm = (immediate.rssAfter / immediate.rssWarm - 1) * 100;
  const signed = (x) => `${x >= 0 ? "+" : ""}${x.toFixed(1)}%`;
  console.log(`  RSS after ${immediate.warmEdits} edits                ${immediate.rssWarm.toFixed(1)} MB`);
  console.log(`  RSS after ${immediate.edits} edits               ${immediate.rssAfter.toFixed(1)} MB  (${signed(growth)} vs first lint, bar within 20%; ${signed(sinceWarm)} vs after ${immediate.warmEdits} edits)`);
  const plainGrowth = (defaults.rssAfter / defaults.rssFirst - 1) * 100;
  console.log(`  on V8's defaults (node ${V8_DEFAULTS.join(" ")}): edit → diagnostics p50 ${pct(defaults.editTimes, 50).toFixed(1)} ms, p95 ${pct(defaults.editTimes, 95).toFixed(1)} ms; RSS ${defaults.rssFirst.toFixed(1)} → ${defaults.rssAfter.toFixed(1)} MB after ${defaults.edits} edits (${signed(plainGrowth)})`);
  console.log(`lsp: a plan in ${plan.files} Markdown files (${plan.bytes} bytes), chapters 1 and 16 open, the rest on disk; debounce 0`);
  console.log(`  first lint of chapter 16 after didOpen ${plan.firstLintMs.toFixed(1)} ms`);
  console.log(line("edit in 16 → diagnostics of 16", plan.editTimes, 50));
  console.log(`  server CPU per edit in 16          ${plan.cpuPerEdit.toFixed(1)} ms (with chapter 1's re-lint)`);
  console.log(line("edit in 1 → 16 re-linted", plan.dependentTimes));
  console.log(`  server CPU per edit in 1           ${plan.cpuPerDependentEdit.toFixed(1)} ms`);
}
