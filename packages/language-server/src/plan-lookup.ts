/**
 * What stands at an offset of a plan — a glossary term, a cross-reference, a
 * node's label — and where a glossary term is used. Shared by hover,
 * definition, references and completion.
 */
import { findNodeAt, JAPANESE_CHAR, pieceIndexAt, toHalfWidth, toSourceRange, walkPlan, type CrossReference, type Glossary, type GlossaryEntry, type JoinedText, type PlanDocument, type PlanNode, type TextRange } from "@planlint/core";
import type { Analysis } from "./documents.js";

export interface TermHit {
  entry: GlossaryEntry;
  range: TextRange;
}

const LATIN_CHAR = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
/** Inside an acronym-like word: 「e-Gov」, 「G7/G8」, 「R&D」. */
const LATIN_INNER = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\-&/.]/;

const folded = new WeakMap<Analysis, { text: string; lower: string }>();

/** The document text with full-width ASCII folded (and a lower-cased copy for Latin-only terms). */
function foldedText(analysis: Analysis): { text: string; lower: string } {
  let f = folded.get(analysis);
  if (!f) {
    const text = toHalfWidth(analysis.text);
    f = { text, lower: text.toLowerCase() };
    folded.set(analysis, f);
  }
  return f;
}

function isLatinTerm(form: string): boolean {
  return /[A-Za-z]/.test(form) && !JAPANESE_CHAR.test(form);
}

/** Written forms of an entry to look for: the headword, its aliases and the parts of 「G7/G8」. */
function formsOf(entry: GlossaryEntry): string[] {
  const forms = new Set<string>();
  const add = (form: string): void => {
    const f = toHalfWidth(form.trim());
    if (f.length >= 2 || (f.length === 1 && JAPANESE_CHAR.test(f))) forms.add(f);
  };
  add(entry.headword);
  for (const alias of entry.aliases ?? []) add(alias);
  if (entry.headword.includes("/")) for (const part of entry.headword.split("/")) add(part);
  return [...forms];
}

/** True when a Latin form found at [start, end) is a whole word, not part of a longer one (「IT」 in 「ITU」). */
function isWholeWord(text: string, start: number, end: number): boolean {
  return !LATIN_CHAR.test(text[start - 1] ?? "") && !LATIN_CHAR.test(text[end] ?? "");
}

/** Every occurrence of `form` in the folded text (case-insensitive for Latin-only forms). */
function findForm(f: { text: string; lower: string }, form: string): TextRange[] {
  const latin = isLatinTerm(form);
  const haystack = latin ? f.lower : f.text;
  const needle = latin ? form.toLowerCase() : form;
  const out: TextRange[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!latin || isWholeWord(haystack, at, at + needle.length)) out.push({ start: at, end: at + needle.length });
  }
  return out;
}

/** The glossary term at `offset` (the longest one when terms overlap). */
export function termAt(analysis: Analysis, glossary: Glossary, offset: number): TermHit | undefined {
  const text = analysis.text;
  // On a headword where the glossary defines it (it may be wrapped over lines there).
  for (const entry of glossary.entries) {
    if (entry.source.kind === "document" && entry.headwordRange.start <= offset && offset < entry.headwordRange.end) {
      return { entry, range: entry.headwordRange };
    }
  }
  let best: TermHit | undefined;
  // An acronym-like word under the cursor: 「NISC」, 「ＣＳＩＲＴ」, 「G8」 in 「G7/G8」.
  const word = latinWordAt(text, offset);
  if (word) {
    const whole = text.slice(word.start, word.end).replace(/[-&/.]+$/, "");
    const entry = glossary.lookupAcronym(whole) ?? glossary.lookupAcronym(toHalfWidth(whole));
    if (entry) best = { entry, range: { start: word.start, end: word.start + whole.length } };
    else if (whole.includes("/")) {
      // 「IoT/AI」 is no term, but the piece under the cursor may be.
      let start = word.start;
      for (const piece of whole.split("/")) {
        const end = start + piece.length;
        if (start <= offset && offset < end) {
          const e = glossary.lookupAcronym(piece) ?? glossary.lookupAcronym(toHalfWidth(piece));
          if (e) best = { entry: e, range: { start, end } };
        }
        start = end + 1;
      }
    }
  }
  // Any written form of any entry that covers the offset (searched in a window around it only).
  const f = foldedText(analysis);
  let bestLength = best ? best.range.end - best.range.start : 0;
  for (const entry of glossary.entries) {
    for (const form of formsOf(entry)) {
      if (form.length <= bestLength) continue;
      const hit = formAt(f, form, offset);
      if (hit) {
        best = { entry, range: hit };
        bestLength = form.length;
      }
    }
  }
  // A form a PDF extraction wrapped over a line break (「重要イン」 / 「フラ」), read in
  // the joined text of the measure or overview entry under the cursor.
  const wrapped = joinedAt(analysis, offset);
  if (wrapped) {
    const jf = { text: toHalfWidth(wrapped.joined.text), lower: toHalfWidth(wrapped.joined.text).toLowerCase() };
    for (const entry of glossary.entries) {
      for (const form of formsOf(entry)) {
        if (form.length <= bestLength) continue;
        const hit = formAt(jf, form, wrapped.offset);
        // Only a form that spans the wrap: one on a single line was found above.
        if (hit && pieceIndexAt(wrapped.joined.pieces, hit.start) !== pieceIndexAt(wrapped.joined.pieces, hit.end - 1)) {
          best = { entry, range: toSourceRange(wrapped.joined, hit.start, hit.end) };
          bestLength = form.length;
        }
      }
    }
  }
  return best;
}

/** The joined text (of a measure, bullet or overview entry) that holds source offset `offset` on one of its wrapped lines. */
function joinedAt(analysis: Analysis, offset: number): { joined: JoinedText; offset: number } | undefined {
  const plan = analysis.plan;
  const candidates: JoinedText[] = [];
  const node = findNodeAt(plan, offset);
  if (node) candidates.push(node.text);
  for (const heading of plan.overview) for (const e of heading.entries) if (e.range.start <= offset && offset < e.range.end) candidates.push(e.text);
  for (const joined of candidates) {
    if (joined.pieces.length < 2) continue;
    for (const p of joined.pieces) {
      if (p.source <= offset && offset < p.source + p.length) return { joined, offset: p.at + (offset - p.source) };
    }
  }
  return undefined;
}

function formAt(f: { text: string; lower: string }, form: string, offset: number): TextRange | undefined {
  const latin = isLatinTerm(form);
  const from = Math.max(0, offset - form.length + 1);
  const window = (latin ? f.lower : f.text).slice(from, offset + form.length);
  const needle = latin ? form.toLowerCase() : form;
  const at = window.indexOf(needle);
  if (at === -1) return undefined;
  const start = from + at;
  const end = start + needle.length;
  if (offset < start || offset >= end) return undefined;
  if (latin && !isWholeWord(f.lower, start, end)) return undefined;
  return { start, end };
}

function latinWordAt(text: string, offset: number): TextRange | undefined {
  let at = offset;
  if (!LATIN_CHAR.test(text[at] ?? "") && LATIN_CHAR.test(text[at - 1] ?? "")) at--; // cursor just after the word
  if (!LATIN_CHAR.test(text[at] ?? "")) return undefined;
  let start = at;
  while (start > 0 && LATIN_INNER.test(text[start - 1]!)) start--;
  while (start < at && !LATIN_CHAR.test(text[start]!)) start++;
  let end = at + 1;
  while (end < text.length && LATIN_INNER.test(text[end]!)) end++;
  return { start, end };
}

/**
 * Every use of an entry in the document: its forms on one line, and forms a
 * PDF extraction wrapped over a line break inside measures and overview entries
 * (found in their joined text and mapped back).
 */
export function occurrencesOf(analysis: Analysis, entry: GlossaryEntry): TextRange[] {
  const f = foldedText(analysis);
  const forms = formsOf(entry);
  const found = new Map<number, TextRange>();
  for (const form of forms) for (const r of findForm(f, form)) found.set(r.start, r);
  const joinedTexts: JoinedText[] = [];
  walkPlan(analysis.plan, (node) => joinedTexts.push(node.text));
  for (const heading of analysis.plan.overview) for (const e of heading.entries) joinedTexts.push(e.text);
  for (const joined of joinedTexts) {
    if (joined.pieces.length < 2) continue;
    const jf = { text: toHalfWidth(joined.text), lower: toHalfWidth(joined.text).toLowerCase() };
    for (const form of forms) {
      for (const r of findForm(jf, form)) {
        const source = toSourceRange(joined, r.start, r.end);
        if (!found.has(source.start)) found.set(source.start, source);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** The cross-reference (「2.2(2)(ア)」) at `offset`, in a measure or bullet. */
export function crossReferenceAt(plan: PlanDocument, offset: number): CrossReference | undefined {
  const node = findNodeAt(plan, offset);
  return node?.crossReferences?.find((r) => r.range.start <= offset && offset < r.range.end);
}

/** The node whose label (「(ア)」, 「2.1.」) is at `offset`. */
export function labelAt(plan: PlanDocument, offset: number): PlanNode | undefined {
  // A label starts its node, before any child: the innermost node at the offset is the one.
  const node = findNodeAt(plan, offset);
  return node && node.labelRange.start <= offset && offset < node.labelRange.end ? node : undefined;
}

/** The first characters of a text (code points, so no surrogate pair is split). */
export function excerpt(text: string, length = 40): string {
  const chars = Array.from(text);
  return chars.length > length ? chars.slice(0, length).join("") + "…" : text;
}
