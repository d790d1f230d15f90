/**
 * The reviewed copy of a .docx: planlint's fixes as tracked changes (w:del of the
 * old text, w:ins of the new, author 「planlint」) and its other findings as comments
 * anchored on their ranges. Only the runs a change or a comment touches are
 * rewritten, each split where the change starts and ends, every piece keeping the
 * run's w:rPr; every other byte of the part is copied as it was. Accepting every
 * change gives the fixed text; rejecting every change gives the original.
 *
 * A change is written only where the reader mapped each character to a plain run
 * of the main document (not inside an earlier tracked change, a field or a label
 * of automatic numbering); the caller gets the others back to report as comments.
 */
import { zipSync, type Zippable } from "fflate";
import type { Fix } from "../lint-types.js";
import type { TextRange } from "../types.js";
import type { DocxParagraph, DocxRun } from "./paragraphs.js";
import { paragraphAt, type DocxReading } from "./read-docx.js";
import { child, escapeAttr, escapeXml, type XmlElement } from "./xml.js";

export interface ReviewComment {
  range: TextRange;
  /** The comment's text: the finding's message and rule. */
  text: string;
}

export interface ReviewOptions {
  changes: readonly Fix[];
  comments: readonly ReviewComment[];
  author?: string;
  /** ISO date of the changes and comments (w:date); defaults to now, without milliseconds. */
  date?: string;
}

export interface ReviewResult {
  bytes: Uint8Array;
  /** Changes written as tracked changes. */
  changes: number;
  comments: number;
  /** Changes that could not be written as tracked changes (the caller comments on them). */
  unwritten: Fix[];
  /** Comments that had no place in the main document (in a footnote, say). */
  uncommented: ReviewComment[];
}

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

/** Something to place in a run at a text offset, in this order when several share one. */
type Marker =
  | { kind: "comment-end"; id: number; at: number }
  | { kind: "insert"; text: string; at: number }
  | { kind: "comment-start"; id: number; at: number };
const MARKER_ORDER = { "comment-end": 0, insert: 1, "comment-start": 2 } as const;

interface RunEdit {
  run: DocxRun;
  deletions: TextRange[];
  markers: Marker[];
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** A text item of a run (w:t) can be cut anywhere; tabs and breaks only whole. */
const isText = (node: XmlElement) => node.name === "w:t";

export function writeReview(reading: DocxReading, options: ReviewOptions): ReviewResult {
  const author = options.author ?? "planlint";
  const date = options.date ?? new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const main = reading.parts.get(reading.mainPart)!;
  const runEdits = new Map<DocxRun, RunEdit>();
  const edit = (run: DocxRun): RunEdit => {
    let e = runEdits.get(run);
    if (!e) runEdits.set(run, (e = { run, deletions: [], markers: [] }));
    return e;
  };
  const paragraphSplices: Splice[] = [];
  const unwritten: Fix[] = [];
  const uncommented: ReviewComment[] = [];
  let changes = 0;

  for (const change of [...options.changes].sort((a, b) => a.range.start - b.range.start)) {
    const pieces = piecesOf(reading.text, change);
    const plans = pieces.map((piece) => planChange(reading, piece));
    if (plans.some((plan) => !plan)) {
      unwritten.push(change);
      continue;
    }
    for (let i = 0; i < pieces.length; i++) {
      const plan = plans[i]!;
      for (const [run, range] of plan.deletions) edit(run).deletions.push(range);
      if (pieces[i]!.text !== "") edit(plan.insertRun).markers.push({ kind: "insert", text: pieces[i]!.text, at: pieces[i]!.range.end });
    }
    changes++;
  }

  // Comments: ids after those the document has.
  const commentsName = relatedName(reading, COMMENTS_TYPE) ?? "word/comments.xml";
  const existing = reading.archive.text(commentsName);
  let nextId = 0;
  if (existing !== undefined) for (const m of existing.matchAll(/<w:comment\b[^>]*\bw:id="(\d+)"/g)) nextId = Math.max(nextId, Number(m[1]) + 1);
  let commentXml = "";
  let comments = 0;
  for (const comment of options.comments) {
    const start = anchor(reading, comment.range.start, true);
    const end = anchor(reading, Math.max(comment.range.start, comment.range.end), false);
    if (!start || !end) {
      uncommented.push(comment);
      continue;
    }
    const id = nextId++;
    if (start.run) edit(start.run).markers.push({ kind: "comment-start", id, at: start.at });
    else paragraphSplices.push({ start: start.at, end: start.at, text: `<w:commentRangeStart w:id="${id}"/>` });
    if (end.run) edit(end.run).markers.push({ kind: "comment-end", id, at: end.at });
    else paragraphSplices.push({ start: end.at, end: end.at, text: commentEndXml(id) });
    commentXml += `<w:comment w:id="${id}" w:author="${escapeAttr(author)}" w:date="${date}" w:initials="PL">${comment.text
      .split("\n")
      .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
      .join("")}</w:comment>`;
    comments++;
  }

  let revision = 900000;
  const splices: Splice[] = [...paragraphSplices];
  for (const e of runEdits.values()) splices.push({ start: e.run.element.start, end: e.run.element.end, text: rebuildRun(main.source, e, () => revision++, author, date) });
  // Insertions at a point go before a run rewritten from that point on.
  splices.sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
  let out = "";
  let at = 0;
  for (const s of splices) {
    out += main.source.slice(at, s.start) + s.text;
    at = s.end;
  }
  out += main.source.slice(at);

  const replaced = new Map<string, string>([[reading.mainPart, out]]);
  if (comments > 0) {
    if (existing !== undefined) {
      replaced.set(commentsName, existing.replace(/<\/w:comments>\s*$/, `${commentXml}</w:comments>`));
    } else {
      replaced.set(commentsName, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W_NS}">${commentXml}</w:comments>`);
      addCommentsPart(reading, commentsName, replaced);
    }
  }
  return { bytes: repack(reading, replaced), changes, comments, unwritten, uncommented };
}

function commentEndXml(id: number): string {
  return `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
}

/**
 * A change as the smallest edits that make it: the text it keeps at either end is
 * left alone, and a change over several paragraphs that keeps their line breaks
 * (「取り\n組み」 → 「取\n組」, a word wrapped over two lines) is one edit per paragraph.
 */
function piecesOf(text: string, change: Fix): Fix[] {
  const old = text.slice(change.range.start, change.range.end);
  const oldLines = old.split("\n");
  const newLines = change.text.split("\n");
  if (oldLines.length !== newLines.length) return [trimmed(change.range.start, old, change.text)];
  const out: Fix[] = [];
  let at = change.range.start;
  for (let i = 0; i < oldLines.length; i++) {
    if (oldLines[i] !== newLines[i]) out.push(trimmed(at, oldLines[i]!, newLines[i]!));
    at += oldLines[i]!.length + 1;
  }
  return out;
}

function trimmed(start: number, old: string, text: string): Fix {
  let head = 0;
  while (head < old.length && head < text.length && old.charCodeAt(head) === text.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < old.length - head && tail < text.length - head && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  // A surrogate pair is never cut in two.
  if (head > 0 && isHighSurrogate(old.charCodeAt(head - 1))) head--;
  if (tail > 0 && isLowSurrogate(old.charCodeAt(old.length - tail))) tail--;
  return { range: { start: start + head, end: start + old.length - tail }, text: text.slice(head, text.length - tail) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The runs a change deletes from, and the run its new text goes into; undefined when it cannot be written. */
function planChange(reading: DocxReading, change: Fix): { deletions: [DocxRun, TextRange][]; insertRun: DocxRun } | undefined {
  const { start, end } = change.range;
  const p = paragraphAt(reading, start);
  if (!p || p.part !== reading.mainPart || end > p.range.end || start < p.range.start + p.labelLength) return undefined;
  const deletions: [DocxRun, TextRange][] = [];
  let covered = start;
  let last: DocxRun | undefined;
  for (const run of p.runs) {
    if (run.length === 0) continue;
    const s = Math.max(start, run.at);
    const e = Math.min(end, run.at + run.length);
    if (s >= e) continue;
    if (!run.editable || s !== covered || !cutsCleanly(run, s, e)) return undefined;
    deletions.push([run, { start: s, end: e }]);
    covered = e;
    last = run;
  }
  if (covered !== end) return undefined;
  if (!last) {
    // A pure insertion: into the run that ends at or holds the point, else the one that starts there.
    last = p.runs.find((r) => r.editable && r.length > 0 && r.at < start && start <= r.at + r.length) ?? p.runs.find((r) => r.editable && r.length > 0 && r.at === start);
    if (!last || !cutsCleanly(last, start, start)) return undefined;
  }
  return { deletions, insertRun: last };
}

/** A range of a run can be cut out when it cuts only w:t texts, never through a tab or a break. */
function cutsCleanly(run: DocxRun, start: number, end: number): boolean {
  for (const item of run.items) {
    if (item.text === "" || isText(item.node)) continue;
    const a = item.at;
    const b = item.at + item.text.length;
    if ((start > a && start < b) || (end > a && end < b)) return false;
  }
  return true;
}

/** Where a comment's start or end goes: in a plain run, or else at its paragraph's start or end. */
function anchor(reading: DocxReading, offset: number, isStart: boolean): { run?: DocxRun; at: number } | undefined {
  let p = paragraphAt(reading, offset);
  // The end of a range that stops at a line break belongs to the paragraph before it.
  if (!isStart && p && offset === p.range.start && offset > 0) p = paragraphAt(reading, offset - 1) ?? p;
  // A self-closing <w:p/> has no inside to put a mark in.
  if (!p || p.part !== reading.mainPart || p.element.openEnd === p.element.end) return undefined;
  const run = p.runs.find((r) => r.editable && r.length > 0 && (isStart ? r.at <= offset && offset < r.at + r.length : r.at < offset && offset <= r.at + r.length));
  if (run && cutsCleanly(run, offset, offset)) return { run, at: offset };
  return { at: isStart ? paragraphStart(p) : p.element.closeStart };
}

function paragraphStart(p: DocxParagraph): number {
  const pPr = child(p.element, "w:pPr");
  return pPr ? pPr.end : p.element.openEnd;
}

/** The run rewritten as pieces: kept text, deleted text (w:del), inserted text (w:ins), comment marks. */
function rebuildRun(source: string, e: RunEdit, nextRevision: () => number, author: string, date: string): string {
  const run = e.run;
  const rPrEl = child(run.element, "w:rPr");
  const rPr = rPrEl ? source.slice(rPrEl.start, rPrEl.end) : "";
  const runOpen = source.slice(run.element.start, run.element.openEnd).replace(/\/>$/, ">");
  const markers = [...e.markers].sort((a, b) => a.at - b.at || MARKER_ORDER[a.kind] - MARKER_ORDER[b.kind]);
  const deleted = (offset: number) => e.deletions.some((d) => d.start <= offset && offset < d.end);
  const attrs = () => `w:id="${nextRevision()}" w:author="${escapeAttr(author)}" w:date="${date}"`;
  let out = "";
  let keep = "";
  let del = "";
  const flushKeep = () => {
    if (keep) out += `${runOpen}${rPr}<w:t xml:space="preserve">${escapeXml(keep)}</w:t></w:r>`;
    keep = "";
  };
  const flushDel = () => {
    if (del) out += `<w:del ${attrs()}>${runOpen}${rPr}${del}</w:r></w:del>`;
    del = "";
  };
  const flush = () => {
    flushKeep();
    flushDel();
  };
  let m = 0;
  const placeMarkers = (offset: number) => {
    while (m < markers.length && markers[m]!.at <= offset) {
      const marker = markers[m++]!;
      flush();
      if (marker.kind === "insert") out += `<w:ins ${attrs()}>${runOpen}${rPr}<w:t xml:space="preserve">${escapeXml(marker.text)}</w:t></w:r></w:ins>`;
      else if (marker.kind === "comment-start") out += `<w:commentRangeStart w:id="${marker.id}"/>`;
      else out += commentEndXml(marker.id);
    }
  };
  for (const item of run.items) {
    const node = item.node;
    if (isText(node)) {
      for (let i = 0; i < item.text.length; i++) {
        const offset = item.at + i;
        placeMarkers(offset);
        const ch = item.text[i]!;
        if (deleted(offset)) {
          flushKeep();
          // Consecutive deleted characters share one w:delText.
          del = del.endsWith("</w:delText>") ? del.slice(0, -"</w:delText>".length) + escapeXml(ch) + "</w:delText>" : del + `<w:delText xml:space="preserve">${escapeXml(ch)}</w:delText>`;
        } else {
          flushDel();
          keep += ch;
        }
      }
      continue;
    }
    placeMarkers(item.at);
    const xml = source.slice(node.start, node.end);
    if (item.text !== "" && deleted(item.at)) {
      flushKeep();
      del += xml;
    } else {
      flush();
      out += `${runOpen}${rPr}${xml}</w:r>`;
    }
  }
  placeMarkers(Infinity);
  flush();
  return out;
}

function relatedName(reading: DocxReading, type: string): string | undefined {
  const relsName = relsOf(reading.mainPart);
  const rels = reading.archive.text(relsName);
  if (rels === undefined) return undefined;
  const re = /<Relationship\b[^>]*>/g;
  for (const m of rels.matchAll(re)) {
    if (!m[0].includes(`Type="${type}"`)) continue;
    const target = /Target="([^"]*)"/.exec(m[0])?.[1];
    if (target === undefined) continue;
    const dir = reading.mainPart.slice(0, reading.mainPart.lastIndexOf("/") + 1);
    return target.startsWith("/") ? target.slice(1) : dir + target;
  }
  return undefined;
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A new comments part: its relationship from the main part, its content type. */
function addCommentsPart(reading: DocxReading, name: string, replaced: Map<string, string>): void {
  const relsName = relsOf(reading.mainPart);
  const rels = reading.archive.text(relsName) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const ids = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rIdPlanlint${n}`)) n++;
  const dir = reading.mainPart.slice(0, reading.mainPart.lastIndexOf("/") + 1);
  const target = name.startsWith(dir) ? name.slice(dir.length) : `/${name}`;
  replaced.set(relsName, rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="rIdPlanlint${n}" Type="${COMMENTS_TYPE}" Target="${target}"/></Relationships>`));
  const types = reading.archive.text("[Content_Types].xml") ?? "";
  if (!types.includes(`PartName="/${name}"`)) {
    replaced.set("[Content_Types].xml", types.replace(/<\/Types>\s*$/, `<Override PartName="/${name}" ContentType="${COMMENTS_CONTENT_TYPE}"/></Types>`));
  }
}

const utf8 = new TextEncoder();

/** The archive again, entries in their order, the replaced parts in UTF-8. */
function repack(reading: DocxReading, replaced: Map<string, string>): Uint8Array {
  const files: Zippable = {};
  for (const entry of reading.archive.entries) {
    if (entry.name.endsWith("/")) continue;
    const text = replaced.get(entry.name);
    files[entry.name] = text !== undefined ? utf8.encode(text) : reading.archive.read(entry.name)!;
    replaced.delete(entry.name);
  }
  for (const [name, text] of replaced) files[name] = utf8.encode(text);
  // Stored parts stay readable by the most tolerant and the strictest readers alike; level 6 is Word's own.
  return zipSync(files, { level: 6 });
}

