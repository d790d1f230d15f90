/**
 * Work kept across lints, by text. The language server re-lints a whole plan on
 * every keystroke and an edit changes one measure, so a rule that derives
 * something costly from a piece of text (a measure's normalised form, a
 * headword's sort key, an answer's topical units) keeps it here and looks it up
 * on the next lint instead of deriving it again.
 *
 * Only for pure functions of the text: a kept value is the value. Each memo is
 * bounded: past its limit it is emptied and starts again, so a long session or
 * a huge plan never keeps every text it has seen (emptying costs only the
 * re-derivation, never a different result).
 *
 * {@link forgetKeptWork} empties every memo: for a library user who wants the
 * memory back, and for the benchmark that times a lint from scratch (a memo hit
 * is not the cost of linting a new document).
 */

const memos = new Set<{ clear(): void }>();
const forgetHooks = new Set<() => void>();

export class TextMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit: number) {
    memos.add(this);
  }

  get(text: string): V | undefined {
    return this.values.get(text);
  }

  set(text: string, value: V): void {
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(text, value);
  }

  /** The kept value of `text`, or `derive(text)` kept for next time. */
  of(text: string, derive: (text: string) => V): V {
    let value = this.values.get(text);
    if (value === undefined && !this.values.has(text)) {
      value = derive(text);
      this.set(text, value);
    }
    return value as V;
  }

  clear(): void {
    this.values.clear();
  }
}

/** Registers state kept across lints that is not a TextMemo (e.g. the last plan's counts), to be dropped by forgetKeptWork. */
export function onForgetKeptWork(forget: () => void): void {
  forgetHooks.add(forget);
}

/** Empties everything the rules keep across lints. The next lint derives it again; its findings are the same. */
export function forgetKeptWork(): void {
  for (const memo of memos) memo.clear();
  for (const forget of forgetHooks) forget();
}
