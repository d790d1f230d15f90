// Large plans (issue 12's bars): a plan of short measures at 22 MB lints in every
// format, 50 MB within 30 s and 2 GB, and a file over the size limit (64 MB by
// default) is refused with a clear message and exit 2. Numbers, not pass/fail: the
// bars are printed beside them. Each run goes through /usr/bin/time -v (peak RSS,
// CPU) when it exists; the files are generated into a temp folder and removed.
//
//   node bench/large-plans.mjs              22 MB .txt and .md in every format, 50 MB .txt, 66 MB refused
//   node bench/large-plans.mjs --quick      22 MB .txt in stylish only (a smoke run)
//   node bench/large-plans.mjs --off a,b    with these rules off (to measure the rest when a rule is slow)
//   node bench/large-plans.mjs --keep       keep the generated files (path printed)
// Each run stops after 10 minutes (exit 124), so that one slow rule cannot hang the bench.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "packages/lint/dist/cli.cjs");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const MB = 1024 * 1024;

const MINISTRIES = ["内閣官房", "内閣府", "警察庁", "総務省", "外務省", "文部科学省", "厚生労働省", "経済産業省", "国土交通省", "防衛省"];
const ACTIONS = ["普及・啓発を行う。", "取組を推進する。", "体制を整備する。", "検討を進める。", "周知を図る。", "支援を行う。"];
const KANA = "アイウエオカキクケコ";
/** Words dealt out by the measure's number, so that no two measures read nearly the same (no-duplicate-measures would rightly report them). */
const WORDS = ["情報共有", "人材育成", "研究開発", "国際連携", "普及啓発", "制度整備", "技術基盤", "重要インフラ", "中小企業", "地方公共団体", "教育機関", "医療分野", "金融分野", "電力分野", "通信事業者", "監視体制", "演習訓練", "脆弱性対策", "標準化", "認証制度", "調達基準", "事案対処", "情報収集", "分析能力", "広報活動", "相談窓口", "資格制度", "産学連携", "官民協力", "評価手法", "指針策定", "実態調査", "試験運用", "検証環境", "防護措置", "復旧計画", "被害防止", "早期警戒", "意識向上", "利用促進"];

/**
 * A plan in the seed's numbering (1. / 1.1. / (1) / (ア)) whose body is `measures`
 * short measures, ten to an item, ten items to a section, thirty sections to a
 * chapter: the shape that once overflowed the stack (300,000 short measures).
 * Markdown: the headings as #, ##, ### and the measures as list items.
 */
export function generate(measures, markdown) {
  const out = [markdown ? "# サイバーセキュリティ計画（案）\n\n## はじめに\n\n" : "サイバーセキュリティ計画（案）\nはじめに\n"];
  out.push(`本計画は、政府が実施する具体的な取組を示したものである。${markdown ? "\n\n" : "\n"}`);
  let n = 0;
  for (let c = 1; n < measures; c++) {
    out.push(markdown ? `## ${c}. 第${c}の柱\n\n` : `${c}. 第${c}の柱\n`);
    for (let s = 1; s <= 30 && n < measures; s++) {
      out.push(markdown ? `### ${c}.${s}. 施策群${c}-${s}\n\n` : `${c}.${s}. 施策群${c}-${s}\n`);
      for (let i = 1; i <= 10 && n < measures; i++) {
        out.push(markdown ? `(${i}) 項目${c}-${s}-${i}\n\n` : `(${i}) 項目${c}-${s}-${i}\n`);
        for (let k = 0; k < 10 && n < measures; k++, n++) {
          const w = (i) => WORDS[Math.floor(n / WORDS.length ** i) % WORDS.length];
          // Four words: 40⁴ combinations, so no two measures of a 50 MB plan (~470,000) are the same (three words repeated every 64,000 measures: the 50 MB report was 274,000 exact-duplicate findings).
          const line = `(${KANA[k]})${MINISTRIES[n % MINISTRIES.length]}において、${w(0)}と${w(1)}に関する${w(3)}${w(2)}の${ACTIONS[n % ACTIONS.length]}`;
          out.push(markdown ? `- ${line}\n` : `${line}\n`);
        }
        if (markdown) out.push("\n");
      }
    }
  }
  return out.join("");
}

/** Measures for about `mb` megabytes (a measure line is ~124 bytes with its share of headings). */
const measuresFor = (mb) => Math.round((mb * MB) / 124);

const offAt = process.argv.indexOf("--off");
const OFF = offAt > 0 ? process.argv[offAt + 1].split(",").flatMap((id) => ["--rule", `${id}: off`]) : [];
const LIMIT = existsSync("/usr/bin/timeout") ? ["/usr/bin/timeout", "600"] : [];

function run(args, label) {
  const cli = [...LIMIT, process.execPath, CLI, ...OFF, ...args];
  const command = TIME ? [TIME, "-v", ...cli] : cli;
  // The report goes to a file, as in CI: it can be far larger than the plan.
  const outFile = join(dir, "report.out");
  const fd = openSync(outFile, "w");
  const started = process.hrtime.bigint();
  const r = spawnSync(command[0], command.slice(1), { stdio: ["ignore", fd, "pipe"], maxBuffer: 64 * MB, encoding: "buffer" });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(fd);
  const outBytes = statSync(outFile).size;
  rmSync(outFile);
  const stderr = r.stderr.toString("utf8");
  const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
  const rss = field("Maximum resident set size \\(kbytes\\)") / 1024;
  const cpu = field("User time \\(seconds\\)") + field("System time \\(seconds\\)");
  const firstErr = stderr.split("\n").find((l) => l.startsWith("planlint:")) ?? "";
  console.log(
    `${label.padEnd(28)} exit ${String(r.status).padEnd(3)} wall ${wall.toFixed(1).padStart(6)} s  cpu ${Number.isNaN(cpu) ? "   ?" : cpu.toFixed(1).padStart(6)} s  peak RSS ${Number.isNaN(rss) ? "   ?" : rss.toFixed(0).padStart(5)} MB  output ${(outBytes / MB).toFixed(1)} MB${firstErr ? `  ${firstErr.slice(0, 200)}` : ""}`,
  );
  return { status: r.status, wall, rss };
}

const quick = process.argv.includes("--quick");
const main = import.meta.url === pathToFileURL(process.argv[1] ?? "").href;
const dir = main ? mkdtempSync(join(tmpdir(), "planlint-large-")) : "";
if (main) try {
  console.log(`large plans (bars: 22 MB in every format; 50 MB ≤ 30 s and ≤ 2048 MB; over 64 MB exit 2)${TIME ? "" : " — /usr/bin/time missing: no RSS or CPU"}`);
  const files = [];
  const write = (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    files.push(path);
    return path;
  };
  const txt22 = write("plan-22mb.txt", generate(measuresFor(22), false));
  console.log(`plan-22mb.txt: ${(statSync(txt22).size / MB).toFixed(1)} MB, ${measuresFor(22)} measures${OFF.length ? `; ${OFF.filter((a) => a !== "--rule").join(", ")}` : ""}`);
  const formats = quick ? ["stylish"] : ["stylish", "json", "sarif", "github", "html"];
  for (const format of formats) run(["--format", format, txt22], `22 MB .txt ${format}`);
  if (!quick) {
    const md22 = write("plan-22mb.md", generate(Math.round(measuresFor(22) * 0.95), true));
    console.log(`plan-22mb.md: ${(statSync(md22).size / MB).toFixed(1)} MB`);
    for (const format of formats) run(["--format", format, md22], `22 MB .md ${format}`);
    const txt50 = write("plan-50mb.txt", generate(measuresFor(50), false));
    console.log(`plan-50mb.txt: ${(statSync(txt50).size / MB).toFixed(1)} MB`);
    for (const format of ["json", "stylish"]) run(["--format", format, txt50], `50 MB .txt ${format}`);
    const txt66 = write("plan-66mb.txt", generate(measuresFor(66), false));
    console.log(`plan-66mb.txt: ${(statSync(txt66).size / MB).toFixed(1)} MB`);
    run([txt66], "66 MB .txt (over the limit)");
    run(["--max-file-size", "128", "--format", "json", txt66], "66 MB .txt --max-file-size 128");
  }
} finally {
  if (process.argv.includes("--keep")) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
