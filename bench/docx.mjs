// Benchmark: linting a Word document vs the same text as .txt (issue 10's bar:
// the seed's .docx ≤ 2× the .txt, CLI, median). The .docx is made here (never
// committed): the seed pasted into Word one paragraph per line, written with
// fflate as Word lays out a package. Runs are interleaved (txt, docx, docx, txt, …)
// after warm-ups, so both see the same machine load: read the ratio.
//
// BENCH_DOCX_RUNS overrides N (default 15). Writes bench/results/docx.json (git-ignored).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { zipSync } = createRequire(join(ROOT, "packages/core/package.json"))("fflate");
const SEED = join(ROOT, "seeds/cybersecurity-2017-draft.txt");
const PLANLINT = join(ROOT, "packages/lint/dist/cli.cjs");
const RUNS = Number(process.env.BENCH_DOCX_RUNS) || 15;
const WARMUP = 2;

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const enc = (s) => new TextEncoder().encode(s);
function pastedDocx(text) {
  const body = text
    .split(/\r\n|\r|\n/)
    .map((line) => (line ? `<w:p><w:r><w:t xml:space="preserve">${esc(line)}</w:t></w:r></w:p>` : "<w:p/>"))
    .join("");
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zipSync({
    "[Content_Types].xml": enc(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
    "_rels/.rels": enc(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    "word/document.xml": enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${W}><w:body>${body}</w:body></w:document>`),
  });
}

const dir = mkdtempSync(join(tmpdir(), "planlint-bench-docx-"));
try {
  const txt = join(dir, "seed.txt");
  const docx = join(dir, "seed.docx");
  writeFileSync(txt, readFileSync(SEED));
  writeFileSync(docx, pastedDocx(readFileSync(SEED, "utf8")));
  const run = (file) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [PLANLINT, "--format", "json", file], { encoding: "utf8", maxBuffer: 1 << 28 });
    const ms = performance.now() - t;
    if (r.status !== 0 && r.status !== 1) throw new Error(`planlint ${file} exited ${r.status}: ${r.stderr}`);
    return { ms, findings: JSON.parse(r.stdout)[0].messages.length };
  };
  for (let i = 0; i < WARMUP; i++) run(txt), run(docx);
  const times = { txt: [], docx: [] };
  let findings;
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? ["txt", "docx"] : ["docx", "txt"];
    for (const kind of order) {
      const r = run(kind === "txt" ? txt : docx);
      times[kind].push(r.ms);
      (findings ??= {})[kind] = r.findings;
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const result = { runs: RUNS, load: loadavg()[0], txtMs: median(times.txt), docxMs: median(times.docx), ratio: median(times.docx) / median(times.txt), findings };
  const bar = result.ratio <= 2 ? "ok" : "MISS";
  console.log(`docx: seed .txt ${result.txtMs.toFixed(0)} ms, .docx ${result.docxMs.toFixed(0)} ms (median of ${RUNS} CLI runs), ratio ${result.ratio.toFixed(2)} (bar ≤ 2: ${bar}); findings txt ${findings.txt}, docx ${findings.docx}; load ${result.load.toFixed(1)}`);
  mkdirSync(join(ROOT, "bench/results"), { recursive: true });
  writeFileSync(join(ROOT, "bench/results/docx.json"), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
