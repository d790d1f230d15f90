/**
 * Whether a dictionary pattern reads one paragraph only: no part of it (lookarounds
 * included) can match the "\n" that separates the paragraphs of joined prose, and
 * it has no `^`/`$`, which tell the text's edges from a paragraph's. Such a
 * pattern finds the same in a paragraph whatever stands around it, so its matches
 * can be kept per paragraph across lints (memo/paragraph-memo.ts).
 *
 * Conservative, read from the source: anything that might match "\n" — a negated
 * class, \s \S \W \D, \p{…} \P{…}, an escape by code (\n \x.. \u.... \c. \0), a
 * class range starting at or below U+000A, `.` with the `s` flag — says no. A
 * pattern it refuses is still applied, to the whole text on every lint.
 */
const UNSAFE_ESCAPES = new Set([..."sSWDnrxuc0pPk"]);

const verdicts = new WeakMap<RegExp, boolean>();

export function staysInParagraph(re: RegExp): boolean {
  let verdict = verdicts.get(re);
  if (verdict === undefined) {
    verdict = readsOneParagraph(re.source, re.flags.includes("s"));
    verdicts.set(re, verdict);
  }
  return verdict;
}

function readsOneParagraph(src: string, dotAll: boolean): boolean {
  let inClass = false;
  /** In a class: the code of the last single character, for a range after it (-1: none or an escape). */
  let last = -1;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "\n" || ch === "\r") return false;
    if (ch === "\\") {
      const next = src[i + 1];
      if (next === undefined || UNSAFE_ESCAPES.has(next)) return false;
      i++;
      // \d \w \b \B and escaped literals cannot match "\n"; as a range's start they are not read.
      last = -1;
      continue;
    }
    if (inClass) {
      if (ch === "]") {
        inClass = false;
        continue;
      }
      if (ch === "-" && src[i + 1] !== "]" && last !== -2) {
        // A range: unsafe when it may start at or below "\n" (its start is an escape, or a code ≤ 0x0A).
        if (last === -1 || last <= 0x0a) return false;
        last = -2;
        continue;
      }
      last = ch.charCodeAt(0);
      continue;
    }
    if (ch === "[") {
      if (src[i + 1] === "^") return false;
      inClass = true;
      last = -2;
      continue;
    }
    if (ch === "^" || ch === "$") return false;
    if (ch === "." && dotAll) return false;
  }
  return true;
}
