/** How a cited document's title and date are written: 「title」（date…決定）, 「title」をdateに…決定. */

const WHITESPACE_G = /\s+/g;

export const normaliseTitle = (t: string): string => t.normalize("NFKC").replace(WHITESPACE_G, "");

/** The 「…」 title that ends at `close` (the index of its 」), nesting counted. */
export function titleEndingAt(s: string, close: number): { title: string; start: number } | undefined {
  let depth = 0;
  for (let i = close - 1; i >= 0 && close - i <= 160; i--) {
    const c = s[i];
    if (c === "」") depth++;
    else if (c === "「") {
      if (depth === 0) return { title: s.slice(i + 1, close), start: i + 1 };
      depth--;
    }
  }
  return undefined;
}
