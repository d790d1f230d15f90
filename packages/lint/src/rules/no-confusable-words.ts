/**
 * no-confusable-words: curated 同音異義語 and 誤変換 that the words around them
 * prove wrong (多用な人材 → 多様な人材, 有意な人材 → 有為な人材, 安全補償 →
 * 安全保障). The list is `src/dictionaries/confusable-words.ts`; it runs over the
 * same joined prose as `consistent-terms`, so a word wrapped by the PDF
 * extraction is still checked in its context.
 */
import { confusableWords, type ConfusableWord } from "../dictionaries/confusable-words.js";
import { defineRule } from "../rule.js";
import { ParagraphMemo } from "../memo/paragraph-memo.js";
import { staysInParagraph } from "../terms/paragraph-local.js";
import { minimalFix, proseText, sourceRange } from "../terms/prose-text.js";
import { forEachPrefixedMatch, literalPrefix } from "../terms/term-dictionary.js";

interface Compiled {
  entry: ConfusableWord;
  re: RegExp;
}

// Compiled on first use, not at import: loading the CLI should not pay for rules it may not run.
let compiled: Compiled[] | undefined;
function patterns(): Compiled[] {
  return (compiled ??= confusableWords.map((entry) => ({ entry, re: new RegExp(entry.pattern, "gu") })));
}

interface Found {
  start: number;
  end: number;
  entry: ConfusableWord;
  /** The entry's place in the list: on one span the first listed speaks. */
  index: number;
}

interface Indexed extends Compiled {
  index: number;
}

let parts: { local: Indexed[]; whole: Indexed[] } | undefined;
/** The list split into patterns that read one paragraph (terms/paragraph-local.ts) and the others. */
function split(): { local: Indexed[]; whole: Indexed[] } {
  if (!parts) {
    const all = patterns().map((c, index) => ({ ...c, index }));
    parts = { local: all.filter((c) => staysInParagraph(c.re)), whole: all.filter((c) => !staysInParagraph(c.re)) };
  }
  return parts;
}

/** The matches of `list` in `text`, none across a paragraph break ("\n"). */
function matchesIn(text: string, list: readonly Indexed[]): Found[] {
  const found: Found[] = [];
  const crosses = (start: number, end: number): boolean => {
    const nl = text.indexOf("\n", start);
    return nl >= 0 && nl < end;
  };
  /** Where each literal prefix first stands (-1: nowhere; most of the list's words are absent from a given plan). */
  const firstAt = new Map<string, number>();
  for (const { entry, re, index } of list) {
    const prefix = literalPrefix(re);
    if (prefix) {
      let at = firstAt.get(prefix);
      if (at === undefined) firstAt.set(prefix, (at = text.indexOf(prefix)));
      if (at < 0) continue;
      forEachPrefixedMatch(
        text,
        re,
        prefix,
        (m) => {
          const end = m.index + m[0].length;
          if (!crosses(m.index, end)) found.push({ start: m.index, end, entry, index });
        },
        at,
      );
      continue;
    }
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (!crosses(m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, entry, index });
    }
  }
  return found;
}

/** Matches per paragraph of the joined prose: in the language server an edit re-scans only its paragraph. */
const keptMatches = new ParagraphMemo<Found>(1 << 14);

export const noConfusableWords = defineRule({
  id: "no-confusable-words",
  meta: {
    description: "Finds homophones and conversion slips (同音異義語・誤変換) that their context shows to be wrong, such as 多用な人材 for 多様な人材.",
    recommended: "warn",
    fixable: true,
    hasSuggestions: true,
    messages: {
      confusable: "「{{found}}」は「{{expected}}」の誤りではありませんか（{{reason}}）。",
      replaceWith: "「{{expected}}」に直す",
    },
    docs: "docs/rules/no-confusable-words.md",
  },
  create(context) {
    const joined = proseText(context);
    const { local, whole } = split();
    // The paragraph-local patterns' matches (kept per paragraph in the server), then the others'.
    const found: Found[] = [];
    keptMatches.find(joined.text, "", (text) => matchesIn(text, local), (f, offset) => found.push({ start: f.start + offset, end: f.end + offset, entry: f.entry, index: f.index }));
    for (const m of matchesIn(joined.text, whole)) found.push(m);
    found.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
    let lastEnd = -1;
    for (const f of found) {
      // Two entries on one word: the first listed speaks.
      if (f.start < lastEnd) continue;
      lastEnd = f.end;
      const word = joined.text.slice(f.start, f.end);
      const range = sourceRange(joined, f.start, f.end);
      const { candidates, reason } = f.entry;
      const data = { found: word, expected: candidates.join("」か「"), reason };
      // A fix that would have to remove a line break is no fix: then only suggestions.
      const exact = candidates.map((c) => minimalFix(context.text, joined, f.start, f.end, c));
      if (f.entry.fix && candidates.length === 1 && exact[0]) {
        context.report({ range, messageId: "confusable", data, fix: exact[0] });
      } else {
        context.report({
          range,
          messageId: "confusable",
          data,
          suggestions: candidates.map((c, i) => ({ messageId: "replaceWith", data: { expected: c }, fix: exact[i] ?? { range, text: c } })),
        });
      }
    }
  },
});
