/**
 * The HTML view of linted plan documents: the text with findings highlighted
 * and glossary terms defined on hover, the findings list (filterable, each item
 * jumps to its place), the outline, the glossary, and two pictures — chapters ×
 * owning ministries, findings per chapter. One pure function from data to an
 * HTML string: `planlint --format html` and the offline page (packages/web) both
 * render with it, and the view script (view-script.ts) makes it interactive.
 *
 * Test hooks: every finding's list item carries `data-rule` and `data-line`
 * (1-based, as in every other report).
 */
import { LineIndex, type LintMessage, type PlanDocument, type PlanNode, type Severity } from "@planlint/core";
import { markdownToHtml } from "./markdown-to-html.js";
import { escapeHtml } from "./escape-html.js";
import { VIEW_TEXTS, type ViewTextKey } from "./view-texts.js";

export interface ViewFile {
  /** The name shown for the file. */
  name: string;
  /** The text the messages' offsets refer to. */
  text: string;
  document: PlanDocument;
  messages: readonly LintMessage[];
}

/** What the view shows about a rule. */
export interface ViewRule {
  description: string;
  fixable: boolean;
  /** The rule's documentation (docs/rules/<id>.md), shown on demand when given. */
  doc?: string;
  /** A link to the documentation, when its text is not embedded. */
  docsUrl?: string;
}

export interface ViewInput {
  files: readonly ViewFile[];
  rules: Readonly<Record<string, ViewRule>>;
  /** A fix button on each fixable finding (the offline page applies them; a report cannot). */
  fixButtons?: boolean;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
/** The matrix shows the owners of most measures; the rest share one column. */
const MATRIX_COLUMNS = 12;
const LINE_BREAK = /\r\n|\r|\n/g;
/** Lines are grouped in blocks the browser lays out only when scrolled to (content-visibility). */
const LINES_PER_BLOCK = 100;

function t(key: ViewTextKey): string {
  return `<span data-i18n="${key}">${escapeHtml(VIEW_TEXTS.ja[key])}</span>`;
}

export function renderView(input: ViewInput): string {
  let out = "";
  for (const chunk of renderViewChunks(input)) out += chunk;
  return out;
}

/** The view a file at a time, for reports of many or large files (one string of all can exceed V8's limit). */
export function* renderViewChunks(input: ViewInput): Generator<string> {
  yield `<div class="pl-view">`;
  for (let index = 0; index < input.files.length; index++) yield renderFile(input.files[index]!, index, input);
  yield renderRuleDocs(input) + `</div>`;
}

function renderFile(file: ViewFile, fileIndex: number, input: ViewInput): string {
  const lines = new LineIndex(file.text);
  const lineOf = (offset: number) => lines.positionAt(offset).line + 1;
  const id = `f${fileIndex}`;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const m of file.messages) counts[m.severity]++;
  let out = `<section class="pl-file" data-file="${fileIndex}" id="${id}">`;
  out += `<header class="pl-file-head"><h2 class="pl-file-name">${escapeHtml(file.name)}</h2>`;
  out += `<p class="pl-counts">`;
  for (const s of SEVERITIES) out += `<span class="pl-count sev-${s}">${t(s)} <b>${counts[s]}</b></span> `;
  out += `</p></header>`;
  out += `<div class="pl-panes">`;
  out += `<nav class="pl-side">`;
  out += `<details class="pl-panel" open><summary>${t("outline")}</summary>${renderOutline(file.document.body, id, lineOf)}</details>`;
  // Closed until opened: its definitions are long, and the first view of a document is the text and its findings.
  out += `<details class="pl-panel pl-glossary-panel"><summary>${t("glossary")} (${file.document.glossary.length})</summary>${renderGlossary(file, id, lineOf)}</details>`;
  out += `<details class="pl-panel" open><summary>${t("charts")}</summary>${renderMatrix(file.document, id, lineOf)}${renderFindingsPerChapter(file, id, lineOf)}</details>`;
  out += `</nav>`;
  out += `<div class="pl-text-pane" role="region" aria-label="${escapeHtml(VIEW_TEXTS.ja.text)}" data-i18n-label="text"><div class="pl-text">${renderText(file, id)}</div></div>`;
  out += renderFindings(file, fileIndex, input, lineOf);
  out += `</div></section>`;
  return out;
}

function renderFindings(file: ViewFile, fileIndex: number, input: ViewInput, lineOf: (offset: number) => number): string {
  const id = `f${fileIndex}`;
  const ruleIds = [...new Set(file.messages.map((m) => m.ruleId))].sort();
  let out = `<div class="pl-findings-pane"><div class="pl-filters">`;
  out += `<h3>${t("findings")} <span class="pl-shown">${file.messages.length}</span></h3>`;
  out += `<select class="pl-filter-rule" aria-label="${escapeHtml(VIEW_TEXTS.ja.filterRule)}" data-i18n-label="filterRule"><option value="" data-i18n="allRules">${escapeHtml(VIEW_TEXTS.ja.allRules)}</option>`;
  for (const rule of ruleIds) out += `<option value="${escapeHtml(rule)}">${escapeHtml(rule)}</option>`;
  out += `</select> <select class="pl-filter-severity" aria-label="${escapeHtml(VIEW_TEXTS.ja.filterSeverity)}" data-i18n-label="filterSeverity"><option value="" data-i18n="allSeverities">${escapeHtml(VIEW_TEXTS.ja.allSeverities)}</option>`;
  for (const s of SEVERITIES) out += `<option value="${s}" data-i18n="${s}">${escapeHtml(VIEW_TEXTS.ja[s])}</option>`;
  out += `</select></div>`;
  if (file.messages.length === 0) out += `<p class="pl-empty">${t("noFindings")}</p>`;
  out += `<ol class="pl-findings">`;
  file.messages.forEach((m, i) => {
    const line = lineOf(m.range.start);
    const column = m.range.start - lineStart(file.text, m.range.start) + 1;
    const rule = input.rules[m.ruleId];
    out += `<li class="pl-finding sev-${m.severity}" tabindex="0" data-rule="${escapeHtml(m.ruleId)}" data-line="${line}" data-severity="${m.severity}" data-index="${i}" data-target="${id}-m${i}">`;
    out += `<span class="pl-where">${line}:${column}</span> <span class="pl-sev" data-i18n="${m.severity}">${escapeHtml(VIEW_TEXTS.ja[m.severity])}</span> `;
    out += `<span class="pl-message">${escapeHtml(m.message)}</span> `;
    out += `<span class="pl-rule-line"><code class="pl-rule">${escapeHtml(m.ruleId)}</code>`;
    if (rule) out += ` <button type="button" class="pl-doc-button" data-doc="${escapeHtml(m.ruleId)}" aria-label="${escapeHtml(VIEW_TEXTS.ja.ruleDoc)}" data-i18n-label="ruleDoc">?</button>`;
    if (m.fix && input.fixButtons) out += ` <button type="button" class="pl-fix-button" data-fix="${i}" data-file="${fileIndex}" data-i18n="fix">${escapeHtml(VIEW_TEXTS.ja.fix)}</button>`;
    else if (m.fix) out += ` <span class="pl-fixable" title="${escapeHtml(VIEW_TEXTS.ja.fixable)}">✓</span>`;
    out += `</span></li>`;
  });
  out += `</ol></div>`;
  return out;
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}

/** Spans of the text, in order: findings, glossary terms. */
interface Mark {
  start: number;
  end: number;
  finding?: number;
  term?: number;
}

/**
 * The text line by line; findings and glossary terms as flat segments (a finding
 * may overlap another or a term, and HTML elements must nest). The first segment
 * of finding i carries id `<file>-m<i>`; a finding with an empty range is an
 * empty mark at its offset.
 */
function renderText(file: ViewFile, id: string): string {
  const { text } = file;
  const marks: Mark[] = [];
  file.messages.forEach((m, i) => marks.push({ start: m.range.start, end: m.range.end, finding: i }));
  for (const span of termSpans(file)) marks.push(span);
  // Boundaries: where a mark starts or ends, by offset.
  const starts = new Map<number, Mark[]>();
  const ends = new Map<number, Mark[]>();
  const points = new Set<number>();
  for (const mark of marks) {
    push(starts, mark.start, mark);
    push(ends, mark.end, mark);
    points.add(mark.start);
    points.add(mark.end);
  }
  const lineStarts: number[] = [0];
  const lineEnds: number[] = [];
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    lineEnds.push(m.index);
    lineStarts.push(m.index + m[0].length);
  }
  lineEnds.push(text.length);
  for (const p of lineStarts) points.add(p);
  for (const p of lineEnds) points.add(p);
  const sorted = [...points].sort((a, b) => a - b);

  const activeFindings = new Set<number>();
  const activeTerms = new Set<number>();
  const started = new Set<number>();
  let out = "";
  let line = 0;
  let inLine = false;
  for (let k = 0; k < sorted.length; k++) {
    const at = sorted[k]!;
    for (const mark of ends.get(at) ?? []) {
      if (mark.finding !== undefined) activeFindings.delete(mark.finding);
      if (mark.term !== undefined) activeTerms.delete(mark.term);
    }
    if (line < lineStarts.length && at === lineStarts[line] && !inLine) {
      if (line % LINES_PER_BLOCK === 0) out += `${line > 0 ? "</div>" : ""}<div class="pl-block">`;
      out += `<div class="pl-line" id="${id}-L${line + 1}" data-n="${line + 1}">`;
      inLine = true;
    }
    for (const mark of starts.get(at) ?? []) {
      if (mark.end > mark.start) {
        if (mark.finding !== undefined) activeFindings.add(mark.finding);
        if (mark.term !== undefined) activeTerms.add(mark.term);
      } else if (mark.finding !== undefined && inLine) {
        out += `<mark class="pl-hit pl-point sev-${file.messages[mark.finding]!.severity}" id="${id}-m${mark.finding}" data-findings="${mark.finding}"></mark>`;
        started.add(mark.finding);
      }
    }
    if (inLine && at === lineEnds[line]) {
      out += `</div>`;
      inLine = false;
      line++;
      continue;
    }
    const next = sorted[k + 1];
    if (next === undefined || !inLine) continue;
    const piece = escapeHtml(text.slice(at, Math.min(next, lineEnds[line]!)));
    if (piece === "") continue;
    let inner = piece;
    if (activeTerms.size > 0) {
      // The definition is the glossary entry's: the view script puts it in the title on hover.
      inner = `<span class="pl-term" data-term="${Math.min(...activeTerms)}">${inner}</span>`;
    }
    if (activeFindings.size > 0) {
      const ids = [...activeFindings].sort((a, b) => a - b);
      let severity: Severity = "info";
      for (const i of ids) if (SEVERITY_RANK[file.messages[i]!.severity] > SEVERITY_RANK[severity]) severity = file.messages[i]!.severity;
      const first = ids.find((i) => !started.has(i));
      for (const i of ids) started.add(i);
      inner = `<mark class="pl-hit sev-${severity}"${first !== undefined ? ` id="${id}-m${first}"` : ""} data-findings="${ids.join(" ")}">${inner}</mark>`;
    }
    out += inner;
  }
  if (inLine) out += `</div>`;
  return out + `</div>`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Where the glossary's headwords occur in the text outside the glossary itself,
 * longest headwords first and never overlapping, for hover definitions.
 */
function termSpans(file: ViewFile): Mark[] {
  const { text, document } = file;
  const glossaryParts = document.parts.filter((p) => p.kind === "glossary").map((p) => p.range);
  const inGlossary = (offset: number) => glossaryParts.some((r) => offset >= r.start && offset < r.end);
  const order = document.glossary
    .map((entry, index) => ({ headword: entry.headword, index }))
    .filter((e) => e.headword.length >= 2)
    .sort((a, b) => b.headword.length - a.headword.length);
  const taken: boolean[] = [];
  const spans: Mark[] = [];
  for (const { headword, index } of order) {
    for (let at = text.indexOf(headword); at !== -1; at = text.indexOf(headword, at + headword.length)) {
      if (inGlossary(at)) continue;
      let free = true;
      for (let i = at; i < at + headword.length && free; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = at; i < at + headword.length; i++) taken[i] = true;
      spans.push({ start: at, end: at + headword.length, term: index });
    }
  }
  return spans;
}

/** Headings and measures as nested lists; bullets are left out (a list of lines, not the plan's structure). */
function renderOutline(nodes: readonly PlanNode[], id: string, lineOf: (offset: number) => number): string {
  const shown = nodes.filter((n) => n.kind !== "bullet");
  if (shown.length === 0) return "";
  let out = `<ol class="pl-outline">`;
  // Iterative over the outline's depth (never its breadth): an explicit stack.
  const stack: { nodes: PlanNode[]; i: number }[] = [{ nodes: shown, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.nodes.length) {
      stack.pop();
      out += stack.length > 0 ? `</ol></li>` : `</ol>`;
      continue;
    }
    const node = top.nodes[top.i++]!;
    const line = lineOf(node.headRange.start);
    const name = node.title || node.text.text;
    const short = name.length > 40 ? `${name.slice(0, 40)}…` : name;
    out += `<li><a class="pl-jump pl-node-${node.kind}" href="#${id}-L${line}" data-line="${line}">${escapeHtml(`${node.label} ${short}`.trim())}</a>`;
    const children = node.children.filter((n) => n.kind !== "bullet");
    if (children.length > 0) {
      out += `<ol>`;
      stack.push({ nodes: children, i: 0 });
    } else out += `</li>`;
  }
  return out;
}

function renderGlossary(file: ViewFile, id: string, lineOf: (offset: number) => number): string {
  const entries = file.document.glossary;
  if (entries.length === 0) return "";
  let out = `<input type="search" class="pl-glossary-search" placeholder="${escapeHtml(VIEW_TEXTS.ja.glossarySearch)}" aria-label="${escapeHtml(VIEW_TEXTS.ja.glossarySearch)}" data-i18n-placeholder="glossarySearch" data-i18n-label="glossarySearch"><dl class="pl-glossary">`;
  for (const [i, e] of entries.entries()) {
    const search = [e.headword, e.expansion ?? "", e.reading ?? "", e.definition].join(" ").toLowerCase();
    const line = lineOf(e.headwordRange.start);
    out += `<div class="pl-entry" data-entry="${i}" data-search="${escapeHtml(search)}"><dt><a class="pl-jump" href="#${id}-L${line}" data-line="${line}">${escapeHtml(e.headword)}</a>`;
    if (e.expansion) out += ` <span class="pl-expansion">${escapeHtml(e.expansion)}</span>`;
    out += `</dt><dd>${escapeHtml(e.definition)}</dd></div>`;
  }
  return out + `</dl>`;
}

/** The top of the outline that a chart has one row for: chapters (or parts), not a preface. */
function chartRows(document: PlanDocument): PlanNode[] {
  return document.body.filter((n) => n.kind !== "preface" && n.kind !== "bullet");
}

/** Counts of measures per chapter and owner (a measure with two owners counts for both). */
export function ownerMatrix(document: PlanDocument): { rows: PlanNode[]; owners: string[]; counts: Map<string, number>[] } {
  const rows = chartRows(document);
  const counts = rows.map(() => new Map<string, number>());
  const totals = new Map<string, number>();
  rows.forEach((row, r) => {
    const stack = [...row.children];
    while (stack.length > 0) {
      const node = stack.pop()!;
      for (const child of node.children) stack.push(child);
      if (node.kind !== "measure" || !node.owners) continue;
      for (const name of new Set(node.owners.map((o) => o.name))) {
        counts[r]!.set(name, (counts[r]!.get(name) ?? 0) + 1);
        totals.set(name, (totals.get(name) ?? 0) + 1);
      }
    }
  });
  const owners = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  return { rows, owners, counts };
}

function renderMatrix(document: PlanDocument, id: string, lineOf: (offset: number) => number): string {
  const { rows, owners, counts } = ownerMatrix(document);
  let out = `<h4>${t("matrix")}</h4>`;
  if (owners.length === 0) return out + `<p class="pl-empty">${t("matrixEmpty")}</p>`;
  const shown = owners.slice(0, MATRIX_COLUMNS);
  const rest = owners.slice(MATRIX_COLUMNS);
  let max = 1;
  for (const row of counts) for (const n of row.values()) if (n > max) max = n;
  out += `<div class="pl-matrix-wrap"><table class="pl-matrix"><thead><tr><th>${t("chapter")}</th>`;
  for (const owner of shown) out += `<th scope="col"><span class="pl-col">${escapeHtml(owner)}</span></th>`;
  if (rest.length > 0) out += `<th scope="col" title="${escapeHtml(rest.join("、"))}"><span class="pl-col">${t("others")}</span></th>`;
  out += `</tr></thead><tbody>`;
  rows.forEach((row, r) => {
    const line = lineOf(row.headRange.start);
    out += `<tr><th scope="row"><a class="pl-jump" href="#${id}-L${line}" data-line="${line}">${escapeHtml(row.label || row.title)}</a></th>`;
    const cell = (n: number, title: string) => {
      const alpha = n === 0 ? 0 : 0.15 + (0.85 * n) / max;
      return `<td title="${escapeHtml(title)}: ${n}" style="background:rgba(37,99,235,${alpha.toFixed(2)})${alpha > 0.55 ? ";color:#fff" : ""}">${n === 0 ? "" : n}</td>`;
    };
    for (const owner of shown) out += cell(counts[r]!.get(owner) ?? 0, `${row.label} × ${owner}`);
    if (rest.length > 0) out += cell(rest.reduce((sum, o) => sum + (counts[r]!.get(o) ?? 0), 0), `${row.label} × ${VIEW_TEXTS.ja.others}`);
    out += `</tr>`;
  });
  return out + `</tbody></table></div>`;
}

/** Findings per top-level heading, and those outside the outline. */
export function findingsPerChapter(file: Pick<ViewFile, "document" | "messages">): { row: PlanNode | undefined; count: number }[] {
  const rows = chartRows(file.document);
  const result = rows.map((row) => ({ row: row as PlanNode | undefined, count: 0 }));
  let outside = 0;
  for (const m of file.messages) {
    const r = rows.findIndex((row) => m.range.start >= row.range.start && m.range.start < row.range.end);
    if (r === -1) outside++;
    else result[r]!.count++;
  }
  result.push({ row: undefined, count: outside });
  return result;
}

function renderFindingsPerChapter(file: ViewFile, id: string, lineOf: (offset: number) => number): string {
  const bars = findingsPerChapter(file);
  let max = 1;
  for (const b of bars) if (b.count > max) max = b.count;
  let out = `<h4>${t("findingsPerChapter")}</h4><div class="pl-bars">`;
  for (const { row, count } of bars) {
    const label = row
      ? `<a class="pl-jump" href="#${id}-L${lineOf(row.headRange.start)}" data-line="${lineOf(row.headRange.start)}">${escapeHtml(row.label || row.title)}</a>`
      : t("outsideBody");
    const title = row ? `${row.label} ${row.title}`.trim() : VIEW_TEXTS.ja.outsideBody;
    out += `<div class="pl-bar-row" title="${escapeHtml(title)}"><span class="pl-bar-label">${label}</span><span class="pl-bar-track"><span class="pl-bar" style="width:${((100 * count) / max).toFixed(1)}%"></span></span><span class="pl-bar-n">${count}</span></div>`;
  }
  return out + `</div>`;
}

/** Each rule's documentation once, hidden until asked for (the view script shows it in a panel). */
function renderRuleDocs(input: ViewInput): string {
  const used = new Set<string>();
  for (const f of input.files) for (const m of f.messages) used.add(m.ruleId);
  let out = `<div class="pl-rule-docs" hidden>`;
  for (const id of [...used].sort()) {
    const rule = input.rules[id];
    if (!rule) continue;
    out += `<section class="pl-rule-doc" data-rule-doc="${escapeHtml(id)}">`;
    if (rule.doc) out += markdownToHtml(rule.doc);
    else out += `<h1>${escapeHtml(id)}</h1><p>${escapeHtml(rule.description)}</p>`;
    if (rule.docsUrl) out += `<p><a href="${escapeHtml(rule.docsUrl)}" target="_blank" rel="noopener" data-i18n="docsLink">${escapeHtml(VIEW_TEXTS.ja.docsLink)}</a></p>`;
    out += `</section>`;
  }
  return out + `</div>`;
}
