/**
 * `planlint [paths]` end to end: the built CLI spawned on temporary folders.
 * Failures, config errors and `init` run the real dist/cli.cjs; tests that need
 * predictable findings run the same source bundled with test/test-rules.ts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeText, encodeText } from "@planlint/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildTestCli, distCli, runCli, seedPath, type RunOptions } from "./cli-harness.js";
import { sarifSchemaErrors, uriReferenceProblems } from "./sarif-schema.js";
import { tempFolder, writeFiles } from "./temp-files.js";
import { findQuotations } from "../src/quotations.js";

let testCli = "";
let cleanup = () => {};
beforeAll(async () => {
  ({ cli: testCli, cleanup } = await buildTestCli());
});
afterAll(() => cleanup());

const planlint = (args: string[], options?: RunOptions) => runCli(distCli, args, options);
const withTestRules = (args: string[], options?: RunOptions) => runCli(testCli, args, options);

/** A config that runs only the test rule. */
const TEST_CONFIG = JSON.stringify({ root: true, rules: { "test-words": "error" } });
const PLAN = "1. 総論\n多重防御を行う。\n";

describe("failures: exit 2, one line naming the file", () => {
  const dir = tempFolder({
    "binary/plan.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    "empty/data.csv": "x",
    "json/planlint.config.json": '{\n  "root": true\n  "rules": {}\n}\n',
    "json/plan.txt": PLAN,
    "big/plan.txt": PLAN,
    "yaml/planlint.config.yaml": "root: true\nrules:\n  consistent-terms: [warn\n",
    "yaml/plan.txt": PLAN,
    "rule/planlint.config.json": '{ "rules": { "consistent-term": "warn" } }',
    "rule/plan.txt": PLAN,
    "glossary/planlint.config.yml": "glossary:\n  - missing.yml\n",
    "glossary/plan.txt": PLAN,
    "unsafe/planlint.config.json": '{ "terms": ["prh.yml"] }',
    "unsafe/prh.yml": "version: 1\nrules:\n  - expected: a\n    pattern: /(a+)+$/\n",
    "unsafe/plan.txt": PLAN,
  });
  const fails = (args: string[], stderr: string | RegExp) => {
    const run = planlint(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    if (typeof stderr === "string") expect(run.stderr).toBe(stderr);
    else expect(run.stderr).toMatch(stderr);
    expect(run.stderr.split("\n")).toHaveLength(2);
  };

  test("a missing path, a folder with nothing to lint, a glob matching nothing", () => {
    fails(["missing.txt"], "planlint: cannot read missing.txt: no such file or folder\n");
    fails(["empty"], "planlint: empty: no .txt, .md, .markdown or .docx file to lint in this folder\n");
    fails(["*.nothing"], 'planlint: no file matches "*.nothing"\n');
  });

  test("a binary file", () => {
    fails(["binary/plan.txt"], /^planlint: .*binary\/plan\.txt.*\n$/);
  });

  test("a file over the size limit is refused, saying how to raise it; a bad limit is a usage error", () => {
    // PLAN is 31 bytes: 0.00002 MB is 20 bytes.
    fails(["big/plan.txt", "--max-file-size", "0.00002"], "planlint: big/plan.txt is 0.0 MB, over the limit of 0.00002 MB for one file; it was not linted (split the plan into several files, or raise the limit with --max-file-size 1)\n");
    fails(["big/plan.txt", "--max-file-size", "0"], 'planlint: --max-file-size takes a size in megabytes, such as 128, not "0" (see "planlint --help")\n');
    const stdin = planlint(["--stdin", "--max-file-size", "0.00002"], { cwd: dir, input: PLAN });
    expect([stdin.code, stdin.stderr]).toEqual([2, "planlint: <stdin> is 0.0 MB, over the limit of 0.00002 MB for one file; it was not linted (split the plan into several files, or raise the limit with --max-file-size 1)\n"]);
  });

  test("malformed JSON and YAML configs", () => {
    fails(["json/plan.txt"], "planlint: json/planlint.config.json:3:3: invalid JSON: expected a comma\n");
    fails(["yaml"], /^planlint: yaml\/planlint\.config\.yaml:4:1: invalid YAML: .+\n$/);
  });

  test("an unknown rule lists the valid ones", () => {
    fails(["rule/plan.txt"], /^planlint: rule\/planlint\.config\.json:1:14: unknown rule "consistent-term" \(did you mean "consistent-terms"\?\); valid rules: consistent-counts, consistent-dates, .*, valid-numbering\n$/);
  });

  test("an unreadable glossary file, a dangerous dictionary pattern", () => {
    fails(["glossary/plan.txt"], 'planlint: glossary/planlint.config.yml:2:5: cannot read glossary file "missing.yml": no such file\n');
    fails(["unsafe/plan.txt"], /^planlint: unsafe\/prh\.yml:4:\d+: pattern \/\(a\+\)\+\$\/ can backtrack catastrophically.*\n$/);
  });

  test("usage mistakes point to --help", () => {
    fails(["--format", "xml", "a.txt"], 'planlint: unknown format "xml"; valid formats: stylish, json, sarif, github, html (see "planlint --help")\n');
    fails(["--max-warnings", "many", "a.txt"], 'planlint: --max-warnings takes a whole number, not "many" (see "planlint --help")\n');
    fails(["--fix", "--fix-dry-run", "a.txt"], 'planlint: --fix and --fix-dry-run cannot be used together (see "planlint --help")\n');
    fails(["--json", "a.txt"], 'planlint: option --json is for planlint outline/glossary, not for linting (see "planlint --help")\n');
    fails(["outline", "--fix", "a.txt"], 'planlint: option --fix is not for planlint outline (see "planlint --help")\n');
    fails(["--rule", "nope: warn", "a.txt"], /^planlint: --rule "nope: warn": unknown rule "nope"; valid rules: .*\(see "planlint --help"\)\n$/);
  });

  test("--config with a missing file", () => {
    fails(["--config", "nope.json", "json/plan.txt"], "planlint: cannot read config file nope.json: no such file\n");
  });

  test("--debug adds the stack trace", () => {
    const run = planlint(["--debug", "json/plan.txt"], { cwd: dir });
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("planlint: json/planlint.config.json:3:3: invalid JSON: expected a comma");
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[1]).toMatch(/PlanlintError/);
  });
});

describe("reports and exit codes", () => {
  const dir = tempFolder({
    "planlint.config.json": TEST_CONFIG,
    "plan.txt": PLAN,
    "clean.txt": "1. 総論\n多層防御を行う。\n",
    "warn/planlint.config.json": JSON.stringify({ rules: { "test-words": ["warn", { fix: false }] } }),
    "warn/plan.md": "# 総論\n\n多重防御を行う。\n",
  });

  test("stylish by default; lint errors exit 1", () => {
    const run = withTestRules(["plan.txt", "clean.txt"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      [
        "plan.txt",
        "  2:1  error  「多重防御」ではなく「多層防御」と書きます。  test-words",
        "",
        "✖ 1 problem (1 error, 0 warnings)",
        "  1 error and 0 warnings potentially fixable with the `--fix` option.",
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(1);
  });

  test("a clean file prints nothing and exits 0", () => {
    expect(withTestRules(["clean.txt"], { cwd: dir })).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  test("warnings alone exit 0, unless more than --max-warnings", () => {
    expect(withTestRules(["warn"], { cwd: dir })).toMatchObject({ code: 0 });
    const strict = withTestRules(["warn", "--max-warnings", "0"], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe("planlint: too many warnings (1; --max-warnings allows 0)\n");
    expect(withTestRules(["warn", "--max-warnings", "1"], { cwd: dir }).code).toBe(0);
  });

  test("--quiet reports errors only", () => {
    expect(withTestRules(["warn", "--quiet", "--max-warnings", "0"], { cwd: dir })).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(withTestRules([".", "--quiet", "--format", "json"], { cwd: dir }).stdout).toContain('"errorCount":1');
  });

  test("--rule comes after the configs", () => {
    const run = withTestRules(["plan.txt", "--rule", "test-words: warn", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ errorCount: 0, warningCount: 1 });
    const opts = withTestRules(["plan.txt", "--rule", 'test-words: ["error", {"words": {"総論": "概要"}}]', "--format", "json"], { cwd: dir });
    expect(JSON.parse(opts.stdout)[0].messages.map((m: { message: string }) => m.message)).toEqual(["「総論」ではなく「概要」と書きます。"]);
  });

  test("a bad rule option names what is valid", () => {
    const run = withTestRules(["plan.txt", "--rule", 'test-words: ["error", {"fixes": true}]'], { cwd: dir });
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe(
      'planlint: --rule "test-words: [\\"error\\", {\\"fixes\\": true}]": rule "test-words": unknown option "fixes"; valid options: words, fix (see "planlint --help")\n',
    );
    const inConfig = tempFolder({ "planlint.config.yaml": "rules:\n  test-words:\n    - error\n    - words: [多重防御]\n", "plan.txt": PLAN });
    expect(withTestRules(["plan.txt"], { cwd: inConfig })).toMatchObject({
      code: 2,
      stderr: 'planlint: planlint.config.yaml:4:14: rule "test-words" option "words" must be a mapping, not a list\n',
    });
  });

  test("json: ESLint's shape, with paths as given to the tools", () => {
    const run = withTestRules(["plan.txt", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(1);
    const [file] = JSON.parse(run.stdout);
    expect(file).toMatchObject({ filePath: join(dir, "plan.txt"), errorCount: 1, fixableErrorCount: 1, source: PLAN });
    expect(file.messages).toEqual([
      { ruleId: "test-words", messageId: "replace", severity: 2, message: "「多重防御」ではなく「多層防御」と書きます。", line: 2, column: 1, endLine: 2, endColumn: 5, fix: { range: [6, 10], text: "多層防御" } },
    ]);
  });

  test("sarif is valid SARIF 2.1.0", () => {
    const run = withTestRules([".", "--format", "sarif"], { cwd: dir });
    const log = JSON.parse(run.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(uriReferenceProblems(log)).toEqual([]);
    expect(log.runs[0].results.map((r: any) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
      ["test-words", "error", "plan.txt"],
      ["test-words", "warning", "warn/plan.md"],
    ]);
  });

  test("github prints workflow commands", () => {
    const run = withTestRules([".", "--format", "github"], { cwd: dir });
    expect(run.stdout).toBe(
      "::error file=plan.txt,line=2,col=1,endLine=2,endColumn=5,title=planlint test-words::「多重防御」ではなく「多層防御」と書きます。\n" +
        "::warning file=warn/plan.md,line=3,col=1,endLine=3,endColumn=5,title=planlint test-words::「多重防御」ではなく「多層防御」と書きます。\n",
    );
  });

  test("--output-file writes the report there", () => {
    const out = join(dir, "reports/planlint.json");
    const run = withTestRules(["plan.txt", "-f", "json", "-o", "reports/planlint.json"], { cwd: dir });
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(JSON.parse(readFileSync(out, "utf8"))[0].errorCount).toBe(1);
  });
});

describe("config behaviour seen from the CLI", () => {
  test("an explicitly named ignored file is skipped with a warning", () => {
    const dir = tempFolder({ "planlint.config.json": JSON.stringify({ root: true, rules: { "test-words": "error" }, ignore: ["old/**"] }), "old/plan.txt": PLAN, "plan.txt": "x\n" });
    const run = withTestRules(["old/plan.txt", "plan.txt"], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stdout: "" });
    expect(run.stderr).toBe('planlint: warning: old/plan.txt is ignored by the config\'s "ignore" patterns; not linted\n');
  });

  test("unused exceptions are reported, naming the config file", () => {
    const dir = tempFolder({
      "planlint.config.json": JSON.stringify(
        { root: true, rules: { "test-words": "error" }, exceptions: [{ text: "多重防御を行う", reason: "引用" }, { text: "もう使われない文", rule: "test-words" }] },
        null,
        2,
      ),
      "plan.txt": PLAN,
    });
    const run = withTestRules(["plan.txt"], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stdout: "" });
    expect(run.stderr).toBe('planlint: warning: planlint.config.json:11:5: exceptions[1] "もう使われない文" for test-words silenced nothing in the linted files; remove it if it is no longer needed\n');
  });

  test("a config that turns no rule on is pointed out", () => {
    const dir = tempFolder({ "planlint.config.json": '{ "root": true, "glossary": [] }', "plan.txt": PLAN });
    expect(withTestRules(["plan.txt"], { cwd: dir })).toMatchObject({
      code: 0,
      stderr: 'planlint: warning: planlint.config.json turns no rule on; add "extends": "planlint:recommended" or some "rules"\n',
    });
  });
});

describe("--fix", () => {
  test("writes safe fixes back; a second --fix changes nothing; --fix-dry-run writes nothing", () => {
    const dir = tempFolder({ "planlint.config.json": TEST_CONFIG, "plan.txt": PLAN, "b.md": "多重防御と多重防御\n" });
    const dry = withTestRules([".", "--fix-dry-run", "--format", "json"], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout).map((f: { output?: string; messages: unknown[] }) => [f.output, f.messages.length])).toEqual([
      ["多層防御と多層防御\n", 0],
      ["1. 総論\n多層防御を行う。\n", 0],
    ]);
    expect(readFileSync(join(dir, "plan.txt"), "utf8")).toBe(PLAN);

    const fix = withTestRules([".", "--fix"], { cwd: dir });
    expect(fix).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(dir, "plan.txt"), "utf8")).toBe("1. 総論\n多層防御を行う。\n");
    expect(readFileSync(join(dir, "b.md"), "utf8")).toBe("多層防御と多層防御\n");
    const mtime = statSync(join(dir, "plan.txt")).mtimeMs;
    expect(withTestRules([".", "--fix"], { cwd: dir })).toMatchObject({ code: 0, stdout: "" });
    expect(statSync(join(dir, "plan.txt")).mtimeMs).toBe(mtime);
    expect(readdirSync(dir).sort()).toEqual(["b.md", "plan.txt", "planlint.config.json"]);
  });

  test("suggestions are never applied", () => {
    const dir = tempFolder({ "planlint.config.json": JSON.stringify({ root: true, rules: { "test-words": ["error", { fix: false }] } }), "plan.txt": PLAN });
    const run = withTestRules(["plan.txt", "--fix"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, "plan.txt"), "utf8")).toBe(PLAN);
  });

  test("the seed as Shift_JIS with CRLF: written back as Shift_JIS CRLF, bytes outside the fixes unchanged, idempotent", () => {
    // CP932 lacks a few characters of the seed; they become their CP932 look-alikes.
    const text = readFileSync(seedPath, "utf8").replace(/\u2022/g, "\u30fb").replace(/\n/g, "\r\n");
    const original = encodeText(text, { encoding: "shift_jis", bom: false });
    const dir = tempFolder({ "planlint.config.json": TEST_CONFIG, "seed.txt": original });

    const run = withTestRules(["seed.txt", "--fix"], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const written = new Uint8Array(readFileSync(join(dir, "seed.txt")));
    const decoded = decodeText(written);
    expect(decoded).toMatchObject({ encoding: "shift_jis", bom: false, eol: "\r\n", mixedEol: false });

    // Every 多重防御 became 多層防御 and nothing else changed: compare the bytes between the fixed spans.
    // (Not the one an answer to a comment quotes word for word from the dated strategy: no rule reports there.)
    const passages = findQuotations(text).passages;
    const spans: [number, number][] = [];
    for (let at = text.indexOf("多重防御"); at >= 0; at = text.indexOf("多重防御", at + 4)) if (!passages.some((p) => p.start <= at && at < p.end)) spans.push([at, at + 4]);
    expect(passages.length).toBeGreaterThan(0);
    expect(spans.length).toBeGreaterThan(0);
    const sjis = (s: string) => encodeText(s, { encoding: "shift_jis", bom: false });
    let before = 0;
    let after = 0;
    for (const [start, end] of spans) {
      const gap = sjis(text.slice(before, start)).length;
      expect(written.subarray(after, after + gap)).toEqual(original.subarray(sjis(text.slice(0, before)).length, sjis(text.slice(0, start)).length));
      after += gap;
      expect(Buffer.from(written.subarray(after, after + 8)).equals(Buffer.from(sjis("多層防御")))).toBe(true);
      after += 8;
      before = end;
    }
    expect(written.subarray(after)).toEqual(original.subarray(sjis(text.slice(0, before)).length));
    expect(decoded.text).toBe(spans.reduceRight((t, [start, end]) => t.slice(0, start) + "多層防御" + t.slice(end), text));

    expect(withTestRules(["seed.txt", "--fix"], { cwd: dir })).toMatchObject({ code: 0, stdout: "" });
    expect(new Uint8Array(readFileSync(join(dir, "seed.txt")))).toEqual(written);
  });
});

describe("--stdin", () => {
  const dir = tempFolder({ "plans/planlint.config.json": TEST_CONFIG, "other/x": "" });

  test("lints standard input with the config of --stdin-filename's folder", () => {
    const run = withTestRules(["--stdin", "--stdin-filename", "plans/draft.txt", "--format", "json"], { cwd: dir, input: PLAN });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ filePath: join(dir, "plans/draft.txt"), errorCount: 1 });
  });

  test("with --fix prints the fixed text in the input's encoding; the report goes to stderr", () => {
    const input = encodeText("多重防御を行う。\r\n", { encoding: "shift_jis", bom: false });
    const run = withTestRules(["--stdin", "--stdin-filename", "plans/draft.txt", "--fix"], { cwd: dir, input });
    expect(run.code).toBe(0);
    expect(new Uint8Array(run.stdoutBytes)).toEqual(encodeText("多層防御を行う。\r\n", { encoding: "shift_jis", bom: false }));
    expect(run.stderr).toBe("");
  });

  test("paths and --stdin do not go together", () => {
    expect(withTestRules(["--stdin", "a.txt"], { cwd: dir, input: "" })).toMatchObject({
      code: 2,
      stderr: 'planlint: --stdin lints standard input: give no paths with it (see "planlint --help")\n',
    });
  });
});

describe("planlint init", () => {
  test("writes a commented config extending planlint:recommended, which then lints; never overwrites", () => {
    const dir = tempFolder({ "plan.txt": "1. 総論\n" });
    const run = planlint(["init"], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "Wrote planlint.config.jsonc: it extends planlint:recommended; edit it to tune the rules.\n" });
    const text = readFileSync(join(dir, "planlint.config.jsonc"), "utf8");
    expect(text).toContain('"extends": "planlint:recommended"');
    expect(text).toContain("// ");
    expect(planlint(["plan.txt"], { cwd: dir }).code).not.toBe(2);

    const again = planlint(["init"], { cwd: dir });
    expect(again).toMatchObject({ code: 2, stdout: "", stderr: "planlint: planlint.config.jsonc already exists; planlint init never overwrites a config (edit it, or delete it and run planlint init again)\n" });
    writeFiles(dir, { "sub/package.json": '{ "planlint": { "root": true } }' });
    expect(planlint(["init", "sub"], { cwd: dir }).stderr).toBe(
      "planlint: sub/package.json already exists; planlint init never overwrites a config (edit it, or delete it and run planlint init again)\n",
    );
  });
});

describe("the real rules on the seed", () => {
  test("json and sarif are well-formed and the exit code matches the errors", () => {
    const dir = tempFolder({ "planlint.config.json": '{ "root": true, "extends": "planlint:recommended" }' });
    writeFileSync(join(dir, "seed.txt"), readFileSync(seedPath));
    const json = planlint(["seed.txt", "--format", "json"], { cwd: dir });
    const [file] = JSON.parse(json.stdout);
    expect(json.code).toBe(file.errorCount > 0 ? 1 : 0);
    for (const m of file.messages) {
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect([0, 1, 2]).toContain(m.severity);
    }
    const sarif = JSON.parse(planlint(["seed.txt", "--format", "sarif"], { cwd: dir }).stdout);
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(file.messages.length);
  });
});

describe("progress", () => {
  // `script` (util-linux) gives the CLI a terminal for stdout and stderr alike.
  test.skipIf(!existsSync("/usr/bin/script"))("a terminal's stderr shows a progress line when many files are linted, erased at the end", () => {
    const files: Record<string, string> = { "planlint.config.json": TEST_CONFIG };
    for (let i = 0; i < 25; i++) files[`p${String(i).padStart(2, "0")}.txt`] = "1. 総論\n";
    const dir = tempFolder(files);
    const result = spawnSync("/usr/bin/script", ["-qec", `${process.execPath} ${testCli} .`, "/dev/null"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" }, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("planlint: 25/25 files linted");
    expect(result.stdout).toMatch(/files linted\r\u001b\[2K/);
  });

  test("no progress line when stderr is not a terminal", () => {
    const files: Record<string, string> = { "planlint.config.json": TEST_CONFIG };
    for (let i = 0; i < 25; i++) files[`p${String(i).padStart(2, "0")}.txt`] = "1. 総論\n";
    expect(withTestRules(["."], { cwd: tempFolder(files) })).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });
});
