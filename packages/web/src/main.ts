/**
 * The offline page: a file (picked, dropped) or pasted text is read by a reader
 * (readers/), linted with planlint:recommended by lint's own engine, and shown
 * by lint's HTML view (the same renderer as `planlint --format html`). Fixes use
 * lint's fix loop and core's encoder, so the downloaded file has the bytes
 * `planlint --fix` writes. Nothing leaves the page: the page's CSP forbids every
 * request, and files are read with the File API.
 *
 * Test hooks: `<body data-state>` is "empty", "loading", "done" or "error";
 * `data-ready-ms` is how long the last document took from chosen to shown, and
 * `performance.measure` entries planlint:read/parse/lint/render/paint split it.
 */
import { detectLineEndings, encodeText, parsePlan, PlanlintError, type LintMessage, type PlanDocument } from "@planlint/core";
import { applyFixes, builtinRules, lintAndFix, lintText, recommendedConfig, renderView, viewRules } from "@planlint/lint/browser";
import { acceptedTypes, readerFor, type LoadedDocument } from "./readers/index.js";

/** docs/rules/*.md by rule id, put in by the build (scripts/build.mjs). */
declare const PLANLINT_RULE_DOCS: Record<string, string>;

interface PlanlintView {
  refresh(root?: ParentNode): void;
  language(): "ja" | "en";
}
declare global {
  interface Window {
    planlintView?: PlanlintView;
  }
}

interface Shown {
  loaded: LoadedDocument;
  /** The current text: the loaded one with the fixes applied so far. */
  text: string;
  document: PlanDocument;
  messages: LintMessage[];
  fixedCount: number;
}

const config = recommendedConfig(builtinRules);
const rules = viewRules(builtinRules, PLANLINT_RULE_DOCS);
let shown: Shown | undefined;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const fileInput = $<HTMLInputElement>("pl-file-input");
const dropZone = $<HTMLElement>("pl-drop");
const pasteForm = $<HTMLFormElement>("pl-paste-form");
const pasteText = $<HTMLTextAreaElement>("pl-paste-text");
const fixAllButton = $<HTMLButtonElement>("pl-fix-all");
const downloadButton = $<HTMLButtonElement>("pl-download");
const status = $<HTMLElement>("pl-status");
const start = $<HTMLElement>("pl-start");
const viewRoot = $<HTMLElement>("pl-view-root");

fileInput.accept = acceptedTypes();

function setState(state: "empty" | "loading" | "done" | "error"): void {
  document.body.dataset.state = state;
}

/** A status line: a text key of the page's words, with a number or a name after it. */
function say(key: string, detail = ""): void {
  status.innerHTML = "";
  const words = document.createElement("span");
  words.dataset.i18n = key;
  status.append(words);
  if (detail) status.append(` ${detail}`);
  window.planlintView?.refresh(status);
}

function lint(text: string, loaded: LoadedDocument): { document: PlanDocument; messages: LintMessage[] } {
  const { fileName } = loaded;
  const t0 = performance.now();
  const document = parsePlan(text, { fileName, ...loaded.parseOptions });
  const t1 = performance.now();
  const messages = lintText(text, { fileName, config, document }).messages;
  performance.measure("planlint:parse", { start: t0, end: t1 });
  performance.measure("planlint:lint", { start: t1 });
  return { document, messages };
}

function render(): void {
  if (!shown) return;
  const t0 = performance.now();
  // Keep the reader where they were: a fix re-renders the whole view.
  const panes = [...viewRoot.querySelectorAll<HTMLElement>(".pl-text-pane, .pl-findings-pane, .pl-side")].map((p) => p.scrollTop);
  viewRoot.innerHTML = renderView({
    files: [{ name: shown.loaded.fileName, text: shown.text, document: shown.document, messages: shown.messages }],
    rules,
    fixButtons: true,
  });
  viewRoot.querySelectorAll<HTMLElement>(".pl-text-pane, .pl-findings-pane, .pl-side").forEach((p, i) => {
    if (panes[i] !== undefined) p.scrollTop = panes[i]!;
  });
  window.planlintView?.refresh(viewRoot);
  performance.measure("planlint:render", { start: t0 });
  const fixable = shown.messages.some((m) => m.fix);
  fixAllButton.disabled = !fixable;
  downloadButton.disabled = false;
}

function showError(error: unknown): void {
  setState("error");
  const message = error instanceof PlanlintError ? error.message + (error.hint ? ` (${error.hint})` : "") : String(error);
  say("failed", message);
  status.setAttribute("role", "alert");
}

async function open(loadedPromise: LoadedDocument | Promise<LoadedDocument>, chosenAt: number): Promise<void> {
  setState("loading");
  status.removeAttribute("role");
  say("reading");
  try {
    const loaded = await loadedPromise;
    performance.measure("planlint:read", { start: chosenAt });
    const { document: doc, messages } = lint(loaded.text, loaded);
    shown = { loaded, text: loaded.text, document: doc, messages, fixedCount: 0 };
    start.hidden = true;
    render();
    say("findingsCount", String(messages.length));
    // Done once the view is on screen: after the next frame has been laid out and painted.
    const painting = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    performance.measure("planlint:paint", { start: painting });
    document.body.dataset.readyMs = String(Math.round(performance.now() - chosenAt));
    setState("done");
  } catch (error) {
    showError(error);
  }
}

async function openFile(file: File): Promise<void> {
  const chosenAt = performance.now();
  const reader = readerFor(file.name);
  await open(
    file.arrayBuffer().then((buffer) => reader.read(new Uint8Array(buffer), file.name)),
    chosenAt,
  );
}

/** A line break inside a fix's text follows the file's convention, as `planlint --fix` does. */
function eolOf(loaded: LoadedDocument): "\n" | "\r\n" | "\r" | undefined {
  return loaded.writeBack && !loaded.writeBack.mixedEol ? loaded.writeBack.eol : undefined;
}

function fixOne(index: number): void {
  if (!shown) return;
  const fix = shown.messages[index]?.fix;
  if (!fix) return;
  const eol = eolOf(shown.loaded);
  const text = eol && /[\r\n]/.test(fix.text) ? fix.text.replace(/\r\n|\r|\n/g, eol) : fix.text;
  const { output } = applyFixes(shown.text, [{ range: fix.range, text }]);
  const { document: doc, messages } = lint(output, shown.loaded);
  shown = { ...shown, text: output, document: doc, messages, fixedCount: shown.fixedCount + 1 };
  render();
  say("fixedOne", String(messages.length));
}

function fixAll(): void {
  if (!shown) return;
  const { fileName } = shown.loaded;
  let lastDocument = shown.document;
  const fixed = lintAndFix(
    shown.text,
    (text) => {
      const result = lintText(text, { fileName, config, document: (lastDocument = parsePlan(text, { fileName, ...shown!.loaded.parseOptions })) });
      return result;
    },
    eolOf(shown.loaded),
  );
  shown = { ...shown, text: fixed.text, document: lastDocument, messages: fixed.result.messages, fixedCount: shown.fixedCount + fixed.edits.length };
  render();
  say("fixedAll", String(fixed.result.messages.length));
}

/** The current text in the file's own encoding, BOM and line endings (UTF-8 for what cannot be written back). */
function download(): void {
  if (!shown) return;
  try {
    const how = shown.loaded.writeBack ?? { encoding: "utf-8" as const, bom: false };
    const bytes = encodeText(shown.text, how);
    const name = shown.loaded.writeBack ? shown.loaded.fileName : shown.loaded.fileName.replace(/\.[^.]*$/, "") + ".txt";
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/octet-stream" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (error) {
    showError(error);
  }
}

fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file) void openFile(file);
});

// Dropping works anywhere on the page; the drop zone says so and opens the picker on Enter.
document.addEventListener("dragover", (event) => {
  event.preventDefault();
  dropZone.classList.add("pl-dragging");
});
document.addEventListener("dragleave", () => dropZone.classList.remove("pl-dragging"));
document.addEventListener("drop", (event) => {
  event.preventDefault();
  dropZone.classList.remove("pl-dragging");
  const file = event.dataTransfer?.files[0];
  if (file) void openFile(file);
});
dropZone.addEventListener("click", () => fileInput.click());
dropZone.addEventListener("keydown", (event) => {
  if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    fileInput.click();
  }
});

pasteForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = pasteText.value;
  if (text.trim() === "") return;
  const chosenAt = performance.now();
  // Pasted text has no file: it is saved as UTF-8 with the line endings it came with.
  void open({ text, fileName: "pasted.txt", writeBack: { encoding: "utf-8", bom: false, ...detectLineEndings(text) } }, chosenAt);
});

fixAllButton.addEventListener("click", fixAll);
downloadButton.addEventListener("click", download);
viewRoot.addEventListener("click", (event) => {
  const button = (event.target as Element).closest<HTMLElement>(".pl-fix-button");
  if (button) fixOne(Number(button.dataset.fix));
});
$<HTMLButtonElement>("pl-new").addEventListener("click", () => {
  start.hidden = false;
  fileInput.focus();
});

setState("empty");

// V8 compiles a function when it first runs: lint a small made-up plan while the
// page waits for a file, so the drafter's document meets code compiled already.
const WARM_UP = "1. 計画の推進\n1.1. 体制の整備\n(1) 情報共有の強化\n(ア) 内閣官房及び総務省において、ＩＴを活用したＡＩ（人工知能）の取組を2017年度中に推進する。\n";
setTimeout(() => {
  if (document.body.dataset.state === "empty") lint(WARM_UP, { text: WARM_UP, fileName: "warm-up.txt" });
}, 0);
