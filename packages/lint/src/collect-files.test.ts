import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { builtinRules } from "../test/test-rules.js";
import { shown, tempFolder } from "../test/temp-files.js";
import { collectFiles } from "./collect-files.js";
import { ConfigResolver } from "./config/resolve-config.js";

const dir = tempFolder({
  "planlint.config.json": JSON.stringify({ root: true, ignore: ["drafts/old", "*.bak.md"] }),
  "a.txt": "x",
  "b.md": "x",
  "c.markdown": "x",
  "d.json": "{}",
  "e.bak.md": "x",
  "plans/2017/f.TXT": "x",
  "plans/2017/g.md": "x",
  "drafts/old/h.txt": "x",
  "drafts/new/i.txt": "x",
  "node_modules/pkg/readme.md": "x",
  ".git/notes.txt": "x",
  "empty/data.csv": "x",
  "ignored-only/x.bak.md": "x",
});
const resolver = new ConfigResolver({ cwd: dir, rules: builtinRules });
const collect = (patterns: string[]) => collectFiles(patterns, { cwd: dir, isIgnored: (p, folder) => resolver.isIgnored(p, folder) });
const rel = (files: string[]) => files.map((f) => f.slice(dir.length + 1));
const failure = (patterns: string[]) => collect(patterns).then(
  () => "no error",
  (error: unknown) => shown(error, dir),
);

describe("collectFiles", () => {
  test("folders: plan files at any depth, not node_modules, .git or what ignore lists", async () => {
    expect(rel((await collect(["."])).files)).toEqual(["a.txt", "b.md", "c.markdown", "drafts/new/i.txt", "plans/2017/f.TXT", "plans/2017/g.md"]);
  });

  test("files named explicitly are linted whatever their extension; ignored ones are set aside", async () => {
    const { files, ignored } = await collect(["d.json", "a.txt", "e.bak.md", "./a.txt"]);
    expect(rel(files)).toEqual(["a.txt", "d.json"]);
    expect(ignored).toEqual(["e.bak.md"]);
  });

  test("globs", async () => {
    expect(rel((await collect(["plans/**/*.md"])).files)).toEqual(["plans/2017/g.md"]);
    expect(rel((await collect(["*.{txt,md}"])).files)).toEqual(["a.txt", "b.md"]);
    expect(rel((await collect([join(dir, "drafts/*/*.txt")])).files)).toEqual(["drafts/new/i.txt"]);
  });

  test("a path or glob that gives nothing is an error", async () => {
    expect(await failure(["missing.txt"])).toBe("cannot read missing.txt: no such file or folder");
    expect(await failure(["empty"])).toBe("empty: no .txt, .md, .markdown or .docx file to lint in this folder");
    expect(await failure(["ignored-only"])).toBe("ignored-only: no .txt, .md, .markdown or .docx file to lint in this folder (1 ignored by the config)");
    expect(await failure(["nothing/**/*.txt"])).toBe('no file matches "nothing/**/*.txt"');
  });
});
