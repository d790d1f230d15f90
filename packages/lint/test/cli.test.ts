import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";

// These run the built, bundled CLI (turbo builds before testing), as users do.
const here = dirname(fileURLToPath(import.meta.url));
const cli = resolve(here, "../dist/cli.cjs");
const seed = resolve(here, "../../../seeds/cybersecurity-2017-draft.txt");
const seedLines = readFileSync(seed, "utf8").split(/\r\n|\r|\n/);
const scratch = mkdtempSync(join(tmpdir(), "planlint-cli-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function planlint(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Loc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}
interface JsonNode {
  kind: string;
  label: string;
  title: string;
  text: string;
  range: { start: number; end: number };
  loc: Loc;
  children: JsonNode[];
}

describe("planlint outline", () => {
  const run = planlint("outline", seed, "--json");
  const json = JSON.parse(run.stdout) as {
    file: string;
    encoding: string;
    parts: { kind: string; range: { start: number; end: number }; loc: Loc }[];
    body: JsonNode[];
  };

  test("--json prints the plan model with 5 chapters in the body part", () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(json.file).toBe(seed);
    expect(json.encoding).toMatch(/utf-?8/i);
    const body = json.parts.find((part) => part.kind === "body");
    expect(body).toBeDefined();
    const chapters = json.body.filter(
      (node) => node.kind === "chapter" && node.range.start >= body!.range.start && node.range.start < body!.range.end,
    );
    expect(chapters.map((chapter) => chapter.label)).toHaveLength(5);
  });

  test("--json gives each node a 1-based loc that points at its label", () => {
    const all: JsonNode[] = [];
    const walk = (nodes: JsonNode[]) => nodes.forEach((node) => (all.push(node), walk(node.children)));
    walk(json.body);
    expect(all.length).toBeGreaterThan(50);
    for (const node of all.filter((n) => n.kind !== "preface")) {
      const line = seedLines[node.loc.start.line - 1]!;
      expect(line.slice(node.loc.start.column - 1)).toMatch(/^\S/);
      expect(line).toContain(node.label.trim().slice(0, 2));
    }
    for (const part of json.parts) expect(part.loc.start.line).toBeGreaterThanOrEqual(1);
  });

  test("--json leaves out the joined-text maps unless --verbose", () => {
    expect(run.stdout).not.toContain('"pieces"');
    expect(typeof json.body[0]!.text).toBe("string");
    const verbose = planlint("outline", seed, "--json", "--verbose");
    expect(verbose.code).toBe(0);
    // A large output through a pipe arrives whole.
    const parsed = JSON.parse(verbose.stdout) as { body: { text: { text: string; pieces: unknown[] } }[] };
    expect(Array.isArray(parsed.body[0]!.text.pieces)).toBe(true);
  });

  test("prints a readable tree with the line numbers of the --json locs", () => {
    const text = planlint("outline", seed);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain("\u001b[");
    const chapters = json.body.filter((node) => node.kind === "chapter");
    const rows = text.stdout.split("\n");
    for (const chapter of chapters) {
      expect(rows.some((row) => row.trimStart().startsWith(`${chapter.loc.start.line}  `) && row.includes(chapter.title))).toBe(true);
    }
  });
});

describe("planlint outline on a plan in 部, 章, 節 and every 公用文 level", () => {
  const plan = resolve(here, "../../core/test/fixtures/made-up/kihon-keikaku.txt");

  test("prints parts, ○ and bracketed headings and Ａ． items, indented by depth", () => {
    const run = planlint("outline", plan);
    expect(run.code).toBe(0);
    const rows = run.stdout.split("\n").map((row) => row.replace(/^ *\d+ {2}/, ""));
    expect(rows).toContain("  第２部 講じようとする施策");
    expect(rows).toContain("      第１節 道路交通環境の整備");
    expect(rows).toContain("      （基本的な考え方）");
    expect(rows).toContain("        ○ 生活道路における安全の確保");
    expect(rows).toContain("              Ａ． 幅の広い歩道の整備");
    expect(rows.some((row) => row.includes("第１章で述べた") || row.includes("第４部に記述"))).toBe(false);
  });

  test("--json gives each node its kind, family and depth", () => {
    const run = planlint("outline", plan, "--json");
    const body = (JSON.parse(run.stdout) as { body: { kind: string; family: string; depth: number; children: unknown[] }[] }).body;
    expect(body.map((n) => [n.kind, n.family, n.depth])).toEqual([
      ["part", "第N部", 0],
      ["part", "第N部", 0],
      ["part", "第N部", 0],
    ]);
  });
});

describe("planlint glossary", () => {
  test("--json prints the document's 136 entries with locs", () => {
    const run = planlint("glossary", seed, "--json");
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as { headword: string; loc: Loc }[];
    expect(entries).toHaveLength(136);
    const aist = entries.find((entry) => entry.headword === "AIST");
    expect(aist).toBeDefined();
    expect(seedLines[aist!.loc.start.line - 1]).toContain("AIST");
  });

  test("prints one line per entry", () => {
    const run = planlint("glossary", seed);
    expect(run.code).toBe(0);
    const rows = run.stdout.trimEnd().split("\n");
    expect(rows).toHaveLength(136);
    expect(rows.find((row) => row.startsWith("AIST  "))).toMatch(/^AIST {2}national institute of Advanced Industrial Science and Technology {2}.*line \d+$/);
  });
});

describe("failures exit 2 with one line on stderr", () => {
  test("a missing file", () => {
    const missing = join(scratch, "no-such-plan.txt");
    const run = planlint("outline", missing);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`planlint: cannot read ${missing}: no such file\n`);
  });

  test("a folder with no plan file in it", () => {
    // A folder is read as a plan (its files in plan order); one without plan files is an error.
    const empty = join(scratch, "empty-folder");
    mkdirSync(empty, { recursive: true });
    const run = planlint("glossary", empty);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`planlint: ${empty}: no .txt, .md, .markdown or .docx file to lint in this folder\n`);
  });

  test("a binary file", () => {
    const binary = join(scratch, "image.png");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0xff, 0xfe]));
    const run = planlint("outline", binary);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")).toHaveLength(2); // one line and its newline
    expect(run.stderr).toMatch(/^planlint: /);
    expect(run.stderr).toContain(binary);
  });

  test("a word that is neither a command nor a file", () => {
    // Linting is the default command, so an unknown word is a path that does not exist.
    const run = planlint("frobnicate", seed);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("planlint: cannot read frobnicate: no such file or folder\n");
  });

  test("an unknown option", () => {
    const run = planlint("outline", seed, "--jsno");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe('planlint: unknown option --jsno (see "planlint --help")\n');
  });

  test("a missing FILE or command", () => {
    expect(planlint("outline")).toMatchObject({ code: 2, stderr: 'planlint: outline: missing FILE (see "planlint --help")\n' });
    expect(planlint()).toMatchObject({ code: 2, stderr: 'planlint: nothing to lint: give files, folders or globs (or a command: init, outline, glossary, review) (see "planlint --help")\n' });
  });
});

describe("help and version", () => {
  test("--help prints usage and exits 0", () => {
    const run = planlint("--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: planlint \[options\] <files, folders or globs>/);
    expect(run.stdout).toContain("outline FILE");
    expect(run.stderr).toBe("");
  });

  test("a command's --help", () => {
    const run = planlint("glossary", "--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: planlint glossary FILE/);
  });

  test("--version prints the package version", () => {
    const { version } = JSON.parse(readFileSync(resolve(here, "../package.json"), "utf8")) as { version: string };
    expect(planlint("--version")).toMatchObject({ code: 0, stdout: `${version}\n` });
  });
});

test("a reader that closes the pipe early is not an error", async () => {
  const child = spawn(process.execPath, [cli, "outline", seed, "--json", "--verbose"]);
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((done) => child.on("close", done));
  expect(stderr).toBe("");
  expect(code).toBe(0);
});
