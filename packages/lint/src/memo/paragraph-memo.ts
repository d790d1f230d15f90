/**
 * Findings kept per paragraph across lints, for the language server. An edit
 * changes one paragraph of the joined prose, yet a word-level rule scans all of
 * it again on every keystroke. A rule whose findings in a paragraph depend on
 * that paragraph's text alone (and on what its `key` names: options, dictionary
 * set, style) scans only the paragraphs it has not seen, and the findings of the
 * others are its findings of last time, moved to where the paragraph stands now.
 *
 * The contract a scan must keep to be used here (the rule says so at the call):
 * - `text` is joined prose whose paragraphs are separated by "\n" (core's
 *   proseText), and no finding contains a "\n";
 * - what it finds in a paragraph does not depend on any character outside it,
 *   lookarounds included, apart from the "\n" or the text edge around it;
 * - it finds the same in a paragraph wherever the paragraph stands (no state
 *   carried from one paragraph into the next, no `^`/`$` of the whole text).
 * The unseen paragraphs are scanned together, as one text joined by "\n": under
 * the contract each one is read exactly as in the whole text.
 * `paragraph-memo.test.ts` edits the seed and a corpus Markdown document at
 * random and checks, after every edit, that the kept findings equal a fresh lint's.
 *
 * Off unless {@link keepParagraphWork} turns it on (the language server does): a
 * CLI run lints each text once, so keeping costs and never pays, and the library's
 * and the benchmarks' timings stay the cost of linting a text from scratch.
 * {@link forgetKeptWork} empties every memo.
 */
import { onForgetKeptWork } from "./text-memo.js";

/** A finding of a scan: [start, end) in the text scanned. */
export interface Spanned {
  start: number;
  end: number;
}

let enabled = false;

/**
 * Turns keeping per-paragraph findings across lints on or off (off by default; the
 * language server turns it on). Off, every scan reads the whole text and the kept
 * findings are left alone (forgetKeptWork empties them).
 */
export function keepParagraphWork(on: boolean): void {
  enabled = on;
}

const memos = new Set<ParagraphMemo<Spanned>>();
onForgetKeptWork(() => {
  for (const memo of memos) memo.clear();
});

/**
 * Paragraph text → its findings, relative to the paragraph's start. Two
 * generations: a hit in the older one moves to the newer, and when the newer
 * one holds `limit` paragraphs the older is dropped. A document being edited
 * keeps every paragraph it still has (each lint moves them forward) and lets go
 * of the texts it no longer has, so memory follows the open documents, not the
 * length of the session.
 */
/** The paragraphs of the last text split: every memo of one lint reads the same joined prose. */
let lastSplit: { text: string; starts: number[]; ends: number[]; keys: string[] } | undefined;

function paragraphsOf(text: string): { starts: number[]; ends: number[]; keys: string[] } {
  if (lastSplit?.text === text) return lastSplit;
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    if (end > at) {
      starts.push(at);
      ends.push(end);
      // A kept key must not hold the whole joined text of an old version alive, as a
      // slice of it does, and so does a concatenation with one (V8 hashes it for a Map
      // without flattening: 200 versions of a 400 KB text stayed in the heap). Reading a
      // character flattens it into a string of its own. One per paragraph for every memo.
      const key = `\0${text.slice(at, end)}`;
      key.charCodeAt(1);
      keys.push(key);
    }
    at = end + 1;
  }
  lastSplit = { text, starts, ends, keys };
  return lastSplit;
}

/**
 * Paragraph text → its findings, relative to the paragraph's start, one table per
 * key. Two generations: a hit in the older one moves to the newer, and when the
 * newer one holds `limit` paragraphs the older is dropped. A document being edited
 * keeps every paragraph it still has (each lint moves them forward) and lets go
 * of the texts it no longer has, so memory follows the open documents, not the
 * length of the session.
 */
export class ParagraphMemo<T extends Spanned> {
  private readonly tables = new Map<string, Table<T>>();

  constructor(private readonly limit: number) {
    memos.add(this as unknown as ParagraphMemo<Spanned>);
  }

  clear(): void {
    this.tables.clear();
    lastSplit = undefined;
  }

  /**
   * Calls `visit` with each finding `scan` makes in `text` and the offset to add to
   * its start and end, in paragraph order (within a paragraph in the scan's order).
   * `key` names everything besides the paragraph's text that the scan's findings
   * depend on. Kept findings are never copied: a finding is the scan's object, with
   * its offsets in the text that scan read, and the offset says where that is now.
   */
  find(text: string, key: string, scan: (text: string) => readonly T[], visit: (item: T, offset: number) => void): void {
    if (!enabled) {
      for (const item of scan(text)) visit(item, 0);
      return;
    }
    let table = this.tables.get(key);
    if (!table) this.tables.set(key, (table = { current: new Map(), previous: new Map() }));
    const { starts, ends, keys } = paragraphsOf(text);
    // Paragraphs not kept: where each starts in the text scanned for them.
    const missing: { key: string; found: Kept<T> }[] = [];
    const unseen: string[] = [];
    let scanLength = 0;
    const slots: Kept<T>[] = [];
    for (let i = 0; i < keys.length; i++) {
      const memoKey = keys[i]!;
      let kept = table.current.get(memoKey);
      if (kept === undefined) {
        kept = table.previous.get(memoKey);
        if (kept !== undefined) this.remember(table, memoKey, kept);
      }
      if (kept === undefined) {
        if (unseen.length > 0) scanLength++;
        kept = { items: [], base: scanLength };
        missing.push({ key: memoKey, found: kept });
        unseen.push(text.slice(starts[i]!, ends[i]!));
        scanLength += ends[i]! - starts[i]!;
      }
      slots.push(kept);
    }
    if (missing.length > 0) {
      // Each finding lies inside one paragraph (the contract): the last one starting at or
      // before it. A scan need not give its findings in text order (one pass per pattern).
      for (const item of scan(unseen.join("\n"))) {
        let lo = 0;
        let hi = missing.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (missing[mid]!.found.base <= item.start) lo = mid;
          else hi = mid - 1;
        }
        missing[lo]!.found.items.push(item);
      }
      for (const m of missing) this.remember(table, m.key, m.found);
    }
    for (let i = 0; i < slots.length; i++) {
      const { items, base } = slots[i]!;
      const offset = starts[i]! - base;
      for (let k = 0; k < items.length; k++) visit(items[k]!, offset);
    }
  }

  private remember(table: Table<T>, key: string, kept: Kept<T>): void {
    if (table.current.size >= this.limit) {
      table.previous = table.current;
      table.current = new Map();
    }
    table.current.set(key, kept);
  }
}

/** A paragraph's findings as its scan made them: offsets in the scanned text, where the paragraph started at `base`. */
interface Kept<T> {
  items: T[];
  base: number;
}

interface Table<T> {
  current: Map<string, Kept<T>>;
  previous: Map<string, Kept<T>>;
}
