import { readFileSync, existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { parsePlan } from "@planlint/core";
import { describe, expect, it } from "vitest";
import { tempFolder } from "../test/temp-files.js";
import { PARALLEL_MIN_CHARS, parseMarkdownInParallel } from "./parse-in-parallel.js";

const WORKER = fileURLToPath(new URL("../dist/cli-parse-worker.cjs", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));
const guidebook = `${CORPUS}digital_agency_datamanagement_guidebook_intro_2023.md`;

/** Real Markdown (a corpus guidebook when present) with made-up chapter syntax, over half the size that starts a worker. */
function chapter(n: number): string {
  let text = `# 第${n}章 施策\r\n\r\n- 取組を推進する𠮷野家の例。\n  1. 入れ子\n\n| 区分 | 内容 |\n|---|---|\n| Ａ | https://example.jp |\n\n[^1]: 注記\n\n`;
  const real = existsSync(guidebook) ? readFileSync(guidebook, "utf8") : "";
  while (text.length < PARALLEL_MIN_CHARS / 2) text += real || "本文は長い段落である。".repeat(400) + "\n\n";
  return text;
}

describe("parseMarkdownInParallel", () => {
  it.runIf(availableParallelism() >= 2 && existsSync(WORKER))("gives the documents parsePlan gives, for the Markdown files only", async () => {
    const files = [
      { fileName: "/plan/01_第1章.md", text: chapter(1) },
      { fileName: "/plan/02_第2章.txt", text: "第２章 総論\n本文です。\n" },
      { fileName: "/plan/03_第3章.md", text: chapter(3) },
    ];
    const documents = await parseMarkdownInParallel(files, { workerFile: WORKER, evenWhenBusy: true });
    expect(documents[1]).toBeUndefined();
    for (const i of [0, 2]) expect(documents[i]).toEqual(parsePlan(files[i]!.text, { fileName: files[i]!.fileName }));
  }, 120_000);

  it("leaves a small plan to lintPlan (no worker)", async () => {
    const files = [
      { fileName: "/plan/01.md", text: "# 第1章\n\n本文\n" },
      { fileName: "/plan/02.md", text: "# 第2章\n\n本文\n" },
    ];
    expect(await parseMarkdownInParallel(files, { workerFile: WORKER, evenWhenBusy: true })).toEqual([undefined, undefined]);
  });

  it("leaves the files to lintPlan when the worker cannot run", async () => {
    const dir = tempFolder({ "broken.cjs": "throw new Error('no worker here');\n" });
    const files = [1, 2].map((n) => ({ fileName: `/plan/0${n}.md`, text: chapter(n) }));
    const documents = await parseMarkdownInParallel(files, { workerFile: `${dir}/broken.cjs`, evenWhenBusy: true });
    // The main thread parses what it takes; nothing the worker took comes back.
    for (const [i, d] of documents.entries()) if (d) expect(d).toEqual(parsePlan(files[i]!.text, { fileName: files[i]!.fileName }));
  }, 120_000);
});
