/**
 * The offline page and the HTML report in Debian's Chromium (playwright-core,
 * never a downloaded browser), opened from file://:
 * - the seed, chosen with the file input, gives exactly the CLI's findings (rule
 *   and line), with no network request and no page error; how long the page took
 *   from chosen to shown is printed (never asserted: timing is for bench/);
 * - fix all + download gives the bytes `planlint --fix` writes, for a UTF-8 LF
 *   copy and a Shift_JIS CRLF copy of the seed;
 * - `planlint --format html` on the seed lists exactly the CLI's findings and
 *   opens without errors or requests;
 * - filters, keyboard, language switch, rule docs, glossary search and paste work.
 *
 * Skipped, saying so, without Chromium (PLANLINT_CHROMIUM, else `chromium` on
 * PATH or /usr/bin/chromium); PLANLINT_E2E_REQUIRED=1 (set by .ci/run) turns the
 * skip into a failure. PLANLINT_E2E_UPDATE_IMAGE=1 refreshes the README's
 * screenshot docs/images/planlint-web.png.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { encodeText } from "@planlint/core";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumFor, cliFindings } from "../../../tests/e2e/chromium.js";
import { pastedDocx, writtenDocx } from "../../lint/test/docx/seed-docx.js";

const here = resolve(import.meta.dirname);
const ROOT = resolve(here, "../../..");
const PAGE = resolve(here, "../dist/planlint.html");
const CLI = resolve(ROOT, "packages/lint/dist/cli.cjs");
const SEED = resolve(ROOT, "seeds/cybersecurity-2017-draft.txt");
const IMAGE = resolve(ROOT, "docs/images/planlint-web.png");

const CHROMIUM = chromiumFor("web page end-to-end test", "apt-get install -y chromium fonts-noto-cjk");

interface Watched {
  page: Page;
  requests: string[];
  errors: string[];
}

/** The page's finding items as "rule:line", in document order. */
async function pageFindings(page: Page): Promise<string[]> {
  return page.$$eval(".pl-finding", (items) => items.map((li) => `${li.getAttribute("data-rule")}:${li.getAttribute("data-line")}`));
}

describe.skipIf(!CHROMIUM)("planlint in Chromium from file://", () => {
  let browser: Browser;
  let work: string;

  async function open(url: string): Promise<Watched> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "ja-JP", acceptDownloads: true });
    const page = await context.newPage();
    const watched: Watched = { page, requests: [], errors: [] };
    // Anything but the page's own file, data: and blob: is a request the page must never make.
    context.on("request", (request) => {
      const url = request.url();
      if (!/^(?:file|data|blob):/.test(url)) watched.requests.push(url);
    });
    page.on("pageerror", (error) => watched.errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") watched.errors.push(message.text());
    });
    await page.goto(url);
    return watched;
  }

  /** Chooses `file` with the page's file input; resolves when the page says it is done, with the milliseconds it took. */
  async function choose(page: Page, file: string): Promise<number> {
    const started = performance.now();
    await page.setInputFiles("#pl-file-input", file);
    await page.waitForSelector('body[data-state="done"]', { timeout: 30000 });
    return performance.now() - started;
  }

  /** Fix all, then download: the downloaded bytes. */
  async function fixAllAndDownload(page: Page, name: string): Promise<Buffer> {
    await page.click("#pl-fix-all");
    await page.waitForSelector("#pl-status [data-i18n=fixedAll]");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#pl-download")]);
    expect(download.suggestedFilename()).toBe(name);
    const saved = join(work, `downloaded-${name}`);
    await download.saveAs(saved);
    return readFileSync(saved);
  }

  /** What `planlint --fix` writes to a copy of `bytes` named `name`. */
  function cliFix(bytes: Uint8Array, name: string): Buffer {
    const dir = join(work, `cli-${name}`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, name);
    writeFileSync(file, bytes);
    spawnSync(process.execPath, [CLI, "--fix", file], { encoding: "utf8" });
    return readFileSync(file);
  }

  beforeAll(async () => {
    if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run npm run build -w @planlint/web first`);
    work = mkdtempSync(join(tmpdir(), "planlint-web-e2e-"));
    browser = await chromium.launch({
      executablePath: CHROMIUM!,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("is one file of at most 1.5 MB that loads nothing", () => {
    const html = readFileSync(PAGE, "utf8");
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|<script[^>]+\bsrc=/);
    console.log(`dist/planlint.html: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB`);
  });

  it("shows the seed with exactly the CLI's findings, no request, no error", async () => {
    const { page, requests, errors } = await open(pathToFileURL(PAGE).href);
    await page.waitForSelector('body[data-state="empty"]');
    const elapsed = await choose(page, SEED);
    const readyMs = await page.getAttribute("body", "data-ready-ms");
    console.log(`seed: shown ${elapsed.toFixed(0)} ms after the file was chosen (the page's own measure: ${readyMs} ms)`);
    const expected = cliFindings(CLI, SEED);
    expect(expected.length).toBeGreaterThan(10);
    expect(await pageFindings(page)).toEqual(expected);
    // The outline, the glossary and the pictures are there.
    expect(await page.locator(".pl-outline .pl-jump").count()).toBeGreaterThan(200);
    expect(await page.locator(".pl-entry").count()).toBe(136);
    expect(await page.locator(".pl-matrix tbody tr").count()).toBe(5);
    expect(await page.locator(".pl-bar-row").count()).toBe(6);
    if (process.env.PLANLINT_E2E_UPDATE_IMAGE === "1") {
      // The outline folded, so that the picture shows the charts below it.
      await page.click(".pl-side .pl-panel:first-child summary");
      mkdirSync(resolve(IMAGE, ".."), { recursive: true });
      await page.screenshot({ path: IMAGE });
    }
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("filters, jumps with the keyboard, switches language, shows rule docs and searches the glossary", async () => {
    const { page, requests, errors } = await open(pathToFileURL(PAGE).href);
    await choose(page, SEED);
    const all = await pageFindings(page);
    const rule = all[0]!.split(":")[0]!;
    await page.selectOption(".pl-filter-rule", rule);
    expect(await page.locator(".pl-finding:visible").count()).toBe(all.filter((f) => f.startsWith(`${rule}:`)).length);
    await page.selectOption(".pl-filter-rule", "");
    await page.selectOption(".pl-filter-severity", "info");
    expect(await page.locator(".pl-finding:visible").count()).toBe(await page.locator('.pl-finding[data-severity="info"]').count());
    await page.selectOption(".pl-filter-severity", "");

    // Keyboard: focus the first finding, Enter jumps to its mark in the text.
    await page.focus(".pl-finding");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const target = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.target!);
    await page.waitForSelector(`#${target}.pl-flash`);

    // The rule's doc on demand, closed with Escape.
    await page.click(".pl-doc-button");
    await page.waitForSelector(".pl-doc-panel:not([hidden]) h3");
    await page.keyboard.press("Escape");
    await page.waitForSelector(".pl-doc-panel", { state: "hidden" });

    // English and back.
    await page.click(".pl-lang");
    expect(await page.textContent("#pl-fix-all")).toBe("Fix all");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.click(".pl-lang");
    expect(await page.textContent("#pl-fix-all")).toBe("すべて修正");

    await page.click(".pl-glossary-panel summary");
    await page.fill(".pl-glossary-search", "cyber");
    const visible = await page.locator(".pl-entry:visible").count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(136);

    // Hover definitions: a glossary term in the text gets its entry's definition.
    const term = page.locator(".pl-term").first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    expect(await term.getAttribute("title")).toMatch(/^[^:（]+(?:（[^）]+）)?: .+/);

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("reads Markdown as Markdown: a .md file gives the CLI's findings", async () => {
    const file = join(work, "chapter.md");
    writeFileSync(file, "# サイバーセキュリティ計画\n\n## 1. 取組\n\n標的型攻撃に対する多重防御の取組を進める。[NISC](https://www.nisc.go.jp/)と連携し、ＩＴとITを使う。\n\n```\n多重防御\n```\n");
    const { page, requests, errors } = await open(pathToFileURL(PAGE).href);
    await choose(page, file);
    const expected = cliFindings(CLI, file);
    expect(expected.length).toBeGreaterThan(0);
    expect(await pageFindings(page)).toEqual(expected);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("reads Word documents through core's reader: the seed as .docx (pasted and written with heading styles and numbering) gives the CLI's findings, and the fixed text downloads as .txt", async () => {
    const seedText = readFileSync(SEED, "utf8");
    for (const [name, bytes] of [["seed-pasted.docx", pastedDocx(seedText)], ["seed-written.docx", writtenDocx(seedText)]] as const) {
      const file = join(work, name);
      writeFileSync(file, bytes);
      const { page, requests, errors } = await open(pathToFileURL(PAGE).href);
      await choose(page, file);
      const expected = cliFindings(CLI, file);
      expect(expected.length).toBeGreaterThan(50);
      expect(await pageFindings(page), name).toEqual(expected);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      if (name === "seed-pasted.docx") {
        // The fixed text, as UTF-8 .txt: what the CLI's --fix-dry-run gives for the .docx.
        const downloaded = await fixAllAndDownload(page, "seed-pasted.txt");
        const dry = JSON.parse(spawnSync(process.execPath, [CLI, "--fix-dry-run", "--format", "json", file], { encoding: "utf8" }).stdout) as { output?: string }[];
        expect(dry[0]!.output).toBeDefined();
        expect(downloaded.toString("utf8")).toBe(dry[0]!.output);
      }
      await page.context().close();
    }
  });

  it("lints pasted text", async () => {
    const { page, errors } = await open(pathToFileURL(PAGE).href);
    await page.fill("#pl-paste-text", "標的型攻撃に対する多重防御の取組を進める。\n");
    await page.click("#pl-paste-form button[type=submit]");
    await page.waitForSelector('body[data-state="done"]');
    expect(await pageFindings(page)).toContain("consistent-terms:1");
    expect(errors).toEqual([]);
  });

  const seedText = readFileSync(SEED, "utf8");
  const copies: [string, string, Uint8Array][] = [
    ["UTF-8 LF", "plan-utf8.txt", encodeText(seedText, { encoding: "utf-8", bom: false })],
    // CP932 has no U+2022 BULLET; a real Shift_JIS original has KATAKANA MIDDLE DOT there.
    ["Shift_JIS CRLF", "plan-sjis.txt", encodeText(seedText.replaceAll("\u2022", "\u30fb").replaceAll("\n", "\r\n"), { encoding: "shift_jis", bom: false })],
  ];
  it.each(copies)("fix all + download of a %s copy gives the bytes planlint --fix writes", async (_, name, bytes) => {
    const expected = cliFix(bytes, name);
    expect(expected.equals(Buffer.from(bytes))).toBe(false);
    const file = join(work, name);
    writeFileSync(file, bytes);
    const { page, requests, errors } = await open(pathToFileURL(PAGE).href);
    await choose(page, file);
    const downloaded = await fixAllAndDownload(page, name);
    expect(downloaded.equals(expected)).toBe(true);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("fixes one finding with its button", async () => {
    const { page, errors } = await open(pathToFileURL(PAGE).href);
    await choose(page, SEED);
    const before = (await pageFindings(page)).length;
    await page.click(".pl-fix-button");
    await page.waitForSelector("#pl-status [data-i18n=fixedOne]");
    expect((await pageFindings(page)).length).toBe(before - 1);
    expect(errors).toEqual([]);
  });

  it("planlint --format html on the seed lists exactly the CLI's findings and opens cleanly", async () => {
    const report = join(work, "report.html");
    execFileSync(process.execPath, [CLI, "--format", "html", "--output-file", report, SEED], { stdio: "ignore" });
    const html = readFileSync(report, "utf8");
    const listed = [...html.matchAll(/<li class="pl-finding[^"]*"[^>]* data-rule="([^"]*)" data-line="(\d+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(listed).toEqual(cliFindings(CLI, SEED));
    const { page, requests, errors } = await open(pathToFileURL(report).href);
    await page.waitForSelector('body[data-state="done"]');
    expect(await pageFindings(page)).toEqual(listed);
    await page.click(".pl-lang");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
