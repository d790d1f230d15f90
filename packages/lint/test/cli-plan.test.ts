/**
 * `planlint FOLDER` on a plan kept one chapter per file: the built CLI spawned on
 * temporary folders. A folder of numbered chapter files is one plan; a folder of
 * unrelated documents is not; the config's `plans` decides otherwise.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { encodeText } from "@planlint/core";
import { describe, expect, test } from "vitest";
import { distCli, runCli } from "./cli-harness.js";
import { tempFolder } from "./temp-files.js";

const planlint = (args: string[], cwd: string) => runCli(distCli, args, { cwd });

// Made-up chapters: CIP is spelled out in chapter 1 only; chapter 2 is numbered 2.
const CH1 = "1. 総論\n\n1.1. 基本方針\n\n(ア) 内閣官房において、重要インフラ防護（CIP）に関する行動計画に基づき、関係省庁と連携して取組を推進する。\n";
const CH2 = "2. 各論\n\n2.1. 重要インフラ\n\n(ア) 総務省において、CIPの取組を強化し、1.1(ア)に記載のとおり関係省庁と連携する。\n";
const CH3 = "3. おわりに\n\n3.1. 今後の進め方\n\n(ア) 内閣官房において、CIPの進捗を毎年度確認し、その結果を公表する。\n";

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; message: string; related?: { filePath?: string; line?: number }[] }[];
}
const json = (stdout: string): JsonFile[] => JSON.parse(stdout) as JsonFile[];
const rulesOf = (files: JsonFile[]) => files.map((f) => [f.filePath.replace(/^.*[\\/]/, ""), f.messages.map((m) => m.ruleId)]);

describe("a folder of numbered chapter files is one plan", () => {
  const dir = tempFolder({ "plan/01_総論.txt": CH1, "plan/02_各論.txt": CH2, "plan/10_おわりに.txt": CH3 });

  test("its files are linted together, each finding on its own file", () => {
    const r = planlint(["--format", "json", "plan"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(rulesOf(json(r.stdout))).toEqual([
      ["01_総論.txt", []],
      ["02_各論.txt", []],
      ["10_おわりに.txt", []],
    ]);
  });

  test("a chapter file named alone is linted alone", () => {
    const r = planlint(["--format", "json", "plan/02_各論.txt"], dir);
    // Alone, CIP is undefined (chapter 1 spells it out); its reference to chapter 1 is to a file it cannot see.
    expect(rulesOf(json(r.stdout))).toEqual([["02_各論.txt", ["no-undefined-acronym"]]]);
    expect(r.code).toBe(0); // warnings only
  });

  test("outline and glossary of the folder show the plan in plan order", () => {
    const r = planlint(["outline", "plan"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("=="))).toEqual(["== plan/01_総論.txt", "== plan/02_各論.txt", "== plan/10_おわりに.txt"]);
    const outline = JSON.parse(planlint(["outline", "--json", "plan"], dir).stdout) as { file: string; body: { label: string }[] }[];
    expect(outline.map((o) => o.body.map((n) => n.label))).toEqual([["1."], ["2."], ["3."]]);
  });
});

describe("which files make a plan", () => {
  test("a folder of unrelated documents is not one plan", () => {
    const dir = tempFolder({ "docs/guide.txt": CH2, "docs/2023_report.txt": CH3 });
    const r = planlint(["--format", "json", "docs"], dir);
    expect(rulesOf(json(r.stdout))).toEqual([
      ["2023_report.txt", ["no-undefined-acronym"]],
      ["guide.txt", ["no-undefined-acronym"]],
    ]);
  });

  test('"plans": "none" lints every file alone', () => {
    const dir = tempFolder({ "planlint.config.json": JSON.stringify({ extends: "planlint:recommended", plans: "none" }), "01.txt": CH1, "02.txt": CH2 });
    expect(rulesOf(json(planlint(["--format", "json", "."], dir).stdout))).toEqual([
      ["01.txt", []],
      ["02.txt", ["no-undefined-acronym"]],
    ]);
  });

  test('"plans" lists files without numbers as one plan, in natural order', () => {
    const config = { extends: "planlint:recommended", plans: [{ files: ["chapters/*.txt"] }] };
    const dir = tempFolder({ "planlint.config.json": JSON.stringify(config), "chapters/a.txt": CH1, "chapters/b.txt": CH2 });
    expect(rulesOf(json(planlint(["--format", "json", "chapters"], dir).stdout))).toEqual([
      ["a.txt", []],
      ["b.txt", []],
    ]);
  });

  test("a bad plans entry is a config error at its place", () => {
    const dir = tempFolder({ "planlint.config.json": '{ "plans": [{ "file": "*.md" }] }\n', "01.txt": CH1 });
    const r = planlint(["01.txt"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('planlint: planlint.config.json:1:15: plans[0]: unknown key "file" (did you mean "files"?); valid keys: files\n');
  });
});

describe("a plan's related locations and bad files", () => {
  test("a repeat in another file points there, in json and sarif", () => {
    const repeat = CH2.replace("(ア) 総務省において、CIPの取組を強化し、1.1(ア)に記載のとおり関係省庁と連携する。", CH1.split("\n")[4]!);
    const dir = tempFolder({ "p/01.txt": CH1, "p/02.txt": repeat });
    const files = json(planlint(["--format", "json", "p"], dir).stdout);
    const m = files[1]!.messages.find((x) => x.ruleId === "no-duplicate-measures")!;
    expect(m.related).toEqual([{ message: "1.1(ア) の施策", filePath: join(dir, "p/01.txt"), line: 5, column: 1, endLine: 5, endColumn: 57 }]);
    const sarif = JSON.parse(planlint(["--format", "sarif", "p"], dir).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === "no-duplicate-measures");
    expect(result.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe("p/01.txt");
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe("p/02.txt");
  });

  test("--fix fixes file by file, each with the plan's files as they are by then", () => {
    const measure = "(ア) 内閣官房において、重要インフラ防護（CIP）に関する行動計画に基づき、関係省庁と連携して多層防御の取組を推進する。";
    const first = CH1.replace(CH1.split("\n")[4]!, measure.replace("多層防御", "多重防御"));
    const second = CH2.replace("(ア) 総務省において、CIPの取組を強化し、1.1(ア)に記載のとおり関係省庁と連携する。", measure);
    const dir = tempFolder({ "p/01.txt": first, "p/02.txt": second });
    const r = planlint(["--fix", "--format", "json", "p"], dir);
    expect(readFileSync(join(dir, "p/01.txt"), "utf8")).toBe(first.replace("多重防御", "多層防御"));
    expect(readFileSync(join(dir, "p/02.txt"), "utf8")).toBe(second);
    // Chapter 2 is compared with chapter 1 as fixed: the same text now, not a near copy.
    const files = json(r.stdout);
    expect(files[1]!.messages.map((m) => m.message)).toEqual([expect.stringMatching(/^01\.txt 1\.1\(ア\) と同じ内容です/)]);
  });

  test("a folder mixing UTF-8, Shift_JIS and UTF-16 is one plan", () => {
    const dir = tempFolder({
      "p/01.txt": CH1,
      "p/02.txt": encodeText(CH2, { encoding: "shift_jis", bom: false }),
      "p/03.txt": encodeText(CH3, { encoding: "utf-16le", bom: true }),
    });
    const r = planlint(["--format", "json", "p"], dir);
    expect(r.stderr).toBe("");
    expect(rulesOf(json(r.stdout))).toEqual([
      ["01.txt", []],
      ["02.txt", []],
      ["03.txt", []],
    ]);
  });

  test("an undecodable file is named, the others are linted, exit 2", () => {
    const dir = tempFolder({ "p/01.txt": CH1, "p/02.txt": Uint8Array.of(0x31, 0x2e, 0x20, 0x82, 0xff, 0xfe, 0x0a), "p/03.txt": CH3.replace(/^3/, "2").replace("3.1.", "2.1.") });
    const r = planlint(["--format", "json", "p"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^planlint: p\/02\.txt:1: p\/02\.txt cannot be decoded: .+ \(left out of the plan p; its other files are linted\)\n$/);
    expect(rulesOf(json(r.stdout))).toEqual([
      ["01.txt", []],
      ["03.txt", []],
    ]);
    expect(readFileSync(join(dir, "p/01.txt"), "utf8")).toBe(CH1);
  });

  test("a file over --max-file-size is named and left out of the plan, the others are linted, exit 2", () => {
    const big = CH2 + "。".repeat(2000) + "\n";
    const dir = tempFolder({ "p/01.txt": CH1, "p/02.txt": big, "p/03.txt": CH3.replace(/^3/, "2").replace("3.1.", "2.1.") });
    const r = planlint(["--format", "json", "--max-file-size", "0.004", "p"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^planlint: p\/02\.txt is .+ over the limit of 0\.004 MB for one file; it was not linted.* \(left out of the plan p; its other files are linted\)\n$/);
    expect(rulesOf(json(r.stdout)).map(([name]) => name)).toEqual(["01.txt", "03.txt"]);
  });
});
