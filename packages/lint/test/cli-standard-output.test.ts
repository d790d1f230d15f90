/**
 * The CLI writes its report to a file or pipe with write(2) (src/standard-output.ts),
 * not through process.stdout. Whatever standard output is, the report arrives
 * whole: a file, a pipe left non-blocking by whoever made it and read only after
 * a second (the seed's JSON is several pipe buffers, so write(2) meets EAGAIN and
 * the rest goes through process.stdout), and a reader that stops early (EPIPE:
 * the run ends quietly).
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { distCli, runCli, seedPath } from "./cli-harness.js";

const work = mkdtempSync(join(tmpdir(), "planlint-stdout-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const args = [distCli, "--format", "json", seedPath];
const expected = runCli(distCli, ["--format", "json", seedPath]).stdoutBytes;

describe("the CLI's report reaches standard output whole", () => {
  it("is larger than a pipe buffer (so the pipe cases below mean something)", () => {
    expect(expected.length).toBeGreaterThan(2 * 65536);
    expect(JSON.parse(expected.toString("utf8"))[0].messages.length).toBeGreaterThan(50);
  });

  it("to a file", () => {
    const file = join(work, "report.json");
    const fd = openSync(file, "w");
    const run = spawnSync(process.execPath, args, { stdio: ["ignore", fd, "pipe"] });
    closeSync(fd);
    expect(run.status).toBe(0);
    expect(readFileSync(file).equals(expected)).toBe(true);
  }, 60_000);

  it("to a reader that stops after the first bytes: the run ends without an error", async () => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const closed = new Promise<number | null>((r) => child.on("close", r));
    child.stdout.once("data", () => child.stdout.destroy());
    expect(await closed).toBe(0);
    expect(stderr).toBe("");
  }, 60_000);

  // A pipe whose write end is non-blocking can only be made outside Node (which never hands one to a child).
  const python = spawnSync("python3", ["--version"]).status === 0;
  it.skipIf(!python)("to a pipe left non-blocking (EAGAIN), read after a second", () => {
    const script = `
import os, fcntl, subprocess, sys, time
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
p = subprocess.Popen(sys.argv[1:], stdout=w)
os.close(w)
time.sleep(1.0)
out = b""
while True:
    chunk = os.read(r, 65536)
    if not chunk: break
    out += chunk
sys.exit(p.wait() or sys.stdout.buffer.write(out) and 0)
`;
    const run = spawnSync("python3", ["-c", script, process.execPath, ...args], { maxBuffer: 64 * 1024 * 1024 });
    expect(run.status).toBe(0);
    expect(run.stdout.equals(expected)).toBe(true);
  }, 60_000);
});
