// The many-file plan the benchmarks lint (many-files.mjs, lsp.mjs): generated,
// never committed, from the real text we have — the seed and the three corpus
// documents — laid out as 31 chapter files `NN_第N章.md`, each opening with
// `# 第N章 …` and its text in paragraphs, repeated until about 600 KB.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CORPUS = join(ROOT, "../shared/corpus");
const SOURCES = [join(ROOT, "seeds/cybersecurity-2017-draft.txt"), ...["ppc_basic_policy_on_personal_information_protection_2022.txt", "digital_agency_gif_overview_2022.md", "digital_agency_datamanagement_guidebook_intro_2023.md"].map((f) => join(CORPUS, f))];
const FILES = 31;
const TARGET_BYTES = 600 * 1024;

/** The chapter files: paragraphs of the sources dealt out in order, 31 chapters, ~600 KB in all. */
export function generatePlan(dir) {
  const paragraphs = [];
  for (const source of SOURCES) {
    if (!existsSync(source)) continue;
    const text = readFileSync(source, "utf8");
    // Markdown headings of the sources become plain paragraphs' headings one level down; blank-line blocks are paragraphs.
    for (const block of text.split(/\r?\n\s*\r?\n/)) {
      const p = block.trim();
      if (p) paragraphs.push(p.replace(/^#+ /gm, "### "));
    }
  }
  const plan = [];
  let bytes = 0;
  for (let round = 0; bytes < TARGET_BYTES; round++) {
    for (const p of paragraphs) {
      plan.push(p);
      bytes += Buffer.byteLength(p) + 2;
      if (bytes >= TARGET_BYTES) break;
    }
  }
  mkdirSync(dir, { recursive: true });
  const per = Math.ceil(plan.length / FILES);
  const names = [];
  for (let i = 0; i < FILES; i++) {
    const name = `${String(i).padStart(2, "0")}_第${i + 1}章.md`;
    const body = plan.slice(i * per, (i + 1) * per);
    writeFileSync(join(dir, name), `# 第${i + 1}章 第${i + 1}章の施策\n\n${body.join("\n\n")}\n`);
    names.push(name);
  }
  return names;
}

