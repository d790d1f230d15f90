/**
 * The overview (資料１－１): ■ headings, each with entries that end in the owning
 * bodies in 【】 — 「金融業界横断的な演習を実施 【金融庁】」. Entries wrap, and so
 * do the brackets (「【内\n閣官房、関係各省】」). Lines that never reach a 【】 are
 * figure labels of the page and are not entries.
 */
import { joinSpans, toSourceRange } from "./joined-text.js";
import type { SourceLine } from "./source-lines.js";
import type { NamedSpan, OverviewEntry, OverviewHeading, TextRange } from "./types.js";

const OWNERS = /【([^【】]+)】/;
/** Lines that end an entry without being one: 〜 taglines, ※ notes, 資料 labels. */
const NOT_ENTRY = /^(?:[～〜~]|※|資料[ 　]*[0-9０-９])/;
const OWNER_SEPARATOR = /(、|，|及び|並びに)/;
const ONLY_SEPARATOR = /^(、|，|及び|並びに)$/;
const SPACE = /\s/;

export function parseOverview(text: string, lines: readonly SourceLine[]): OverviewHeading[] {
  const headings: OverviewHeading[] = [];
  let current: OverviewHeading | undefined;
  let pending: TextRange[] = [];

  const flush = (): void => {
    if (!current || pending.length === 0) {
      pending = [];
      return;
    }
    const joined = joinSpans(text, pending);
    const m = OWNERS.exec(joined.text);
    if (m) {
      const ownersStart = m.index + 1;
      const owners: NamedSpan[] = [];
      let at = 0;
      for (const part of m[1]!.split(OWNER_SEPARATOR)) {
        if (part && !ONLY_SEPARATOR.test(part)) {
          const lead = part.length - part.trimStart().length;
          const name = part.trim();
          if (name) owners.push({ name, range: toSourceRange(joined, ownersStart + at + lead, ownersStart + at + lead + name.length) });
        }
        at += part.length;
      }
      let end = m.index;
      while (end > 0 && SPACE.test(joined.text[end - 1]!)) end--;
      const entryText = joinSpans(text, clipSpans(joined, end));
      const entry: OverviewEntry = { text: entryText, owners, range: { start: pending[0]!.start, end: pending[pending.length - 1]!.end } };
      current.entries.push(entry);
      current.range.end = Math.max(current.range.end, entry.range.end);
    }
    pending = [];
  };

  // Indexed rather than for-of: in a cold run the array iterator costs more than this loop's body.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.ignored) continue;
    const c = line.content;
    if (!c) {
      // A blank line ends an entry unless its 【 is still open.
      if (!openBracket(text, pending)) flush();
      continue;
    }
    if (c.startsWith("■")) {
      flush();
      const titleStart = line.contentStart + 1;
      const title = text.slice(titleStart, line.contentEnd).trim();
      current = { title, range: { start: line.contentStart, end: line.contentEnd }, entries: [] };
      headings.push(current);
      continue;
    }
    if (NOT_ENTRY.test(c)) {
      flush();
      continue;
    }
    pending.push({ start: line.contentStart, end: line.contentEnd });
    if (OWNERS.test(c) && !c.trimEnd().endsWith("、")) flush();
  }
  flush();
  return headings;
}

function openBracket(text: string, spans: readonly TextRange[]): boolean {
  let depth = 0;
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) {
      const ch = text[i];
      if (ch === "【") depth++;
      else if (ch === "】") depth = Math.max(0, depth - 1);
    }
  }
  return depth > 0;
}

/** Source spans covering the joined text up to `end`. */
function clipSpans(joined: ReturnType<typeof joinSpans>, end: number): TextRange[] {
  const out: TextRange[] = [];
  for (const p of joined.pieces) {
    if (p.at >= end) break;
    const len = Math.min(p.length, end - p.at);
    out.push({ start: p.source, end: p.source + len });
  }
  return out;
}
