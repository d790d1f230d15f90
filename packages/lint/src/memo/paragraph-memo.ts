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
export class ParagraphMemo<T extends Spanned> {
  private current = new Map<string, readonly T[]>();
  private previous = new Map<string, readonly T[]>();

  constructor(private readonly limit: number) {
    memos.add(this as unknown as ParagraphMemo<Spanned>);
  }

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
  }

  /**
   * What `scan` finds in `text`, in paragraph order (within a paragraph in the
   * scan's order). `key` names everything besides the paragraph's text that the
   * scan's findings depend on; `move` returns a finding shifted by `delta`.
   */
  find(text: string, key: string, scan: (text: string) => T[], move: (item: T, delta: number) => T): T[] {
    if (!enabled) return scan(text);
    const out: T[] = [];
    // Paragraphs not kept: where each starts in `text` and in the text scanned for them.
    const missing: { at: number; end: number; key: string; inScan: number }[] = [];
    const unseen: string[] = [];
    let scanLength = 0;
    // Kept findings are placed after the scan, in paragraph order: remember where.
    const slots: (readonly T[] | number)[] = [];
    const starts: number[] = [];
    for (let at = 0; at <= text.length; ) {
      let end = text.indexOf("\n", at);
      if (end < 0) end = text.length;
      if (end > at) {
        const paragraph = text.slice(at, end);
        // A new string (not a slice of `text`): a kept key must not hold the whole joined text alive.
        const memoKey = `${key}\0${paragraph}`;
        let kept = this.current.get(memoKey);
        if (kept === undefined) {
          kept = this.previous.get(memoKey);
          if (kept !== undefined) this.remember(memoKey, kept);
        }
        starts.push(at);
        if (kept !== undefined) slots.push(kept);
        else {
          slots.push(missing.length);
          if (unseen.length > 0) scanLength++;
          missing.push({ at, end, key: memoKey, inScan: scanLength });
          unseen.push(paragraph);
          scanLength += end - at;
        }
      }
      at = end + 1;
    }
    const found: T[][] = missing.map(() => []);
    if (missing.length > 0) {
      // Each finding lies inside one paragraph (the contract): the last one starting at or
      // before it. A scan need not give its findings in text order (one pass per pattern).
      for (const item of scan(unseen.join("\n"))) {
        let lo = 0;
        let hi = missing.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (missing[mid]!.inScan <= item.start) lo = mid;
          else hi = mid - 1;
        }
        found[lo]!.push(move(item, -missing[lo]!.inScan));
      }
      for (let i = 0; i < missing.length; i++) this.remember(missing[i]!.key, found[i]!);
    }
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      const items = typeof slot === "number" ? found[slot]! : slot;
      for (const item of items) out.push(move(item, starts[i]!));
    }
    return out;
  }

  private remember(key: string, items: readonly T[]): void {
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, items);
  }
}
