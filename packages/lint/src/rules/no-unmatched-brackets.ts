/**
 * no-unmatched-brackets: a bracket opened and never closed (「…の取組について、…」 with no
 * 」), closed without being opened, or left open inside another pair (「（…」」: the
 * pairs cross). JIS X 4051 and 「公用文作成の考え方」 treat brackets as pairs; a lone half of
 * a pair is what a deleted or pasted fragment leaves behind.
 *
 * Width is not this rule's concern: （ and ( close each other here, because a pair
 * whose halves differ in width (「（LGWAN-SOC)」) breaks the document's width
 * convention and `consistent-width` reports it with a fix.
 *
 * Extracted text breaks paragraphs where the page or the layout did, not where the
 * writer did: a quotation or a parenthesis may run on into the next paragraph
 * (「（「Forced」 / 「Localization Measures」）」 across a PDF line break). So an opener
 * stays open across one paragraph break; it is unclosed only when neither its own
 * paragraph nor the next one closes it (and within a length no aside reaches), or
 * when the next paragraph starts a new item (「(イ)」, 「・」, 「1.」).
 *
 * Left alone:
 * - a closing parenthesis that ends a list label: 「1)」, 「a)」, 「ア）」, 「注）」 at the
 *   start of a line, and 「1)」 / 「a)」 after a space or punctuation inside a sentence
 *   (「…を行う。1) 調査、2) 分析」);
 * - text that is not prose: Markdown link targets, code and HTML never reach the rule
 *   (core's joined prose leaves them out), and the commenters' column of a public
 *   comment table is out of scope like for every rule.
 * No fix: which half is missing, and where, is the writer's to decide.
 */
import { defineRule } from "../rule.js";
import { proseText, sourceRange } from "../terms/prose-text.js";

/** Each opener with the closer that ends it; full- and half-width halves close each other. */
const PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  // [kind, openers, closers]
  ["paren", "（(", "）)"],
  ["corner", "「", "」"],
  ["white-corner", "『", "』"],
  ["lenticular", "【", "】"],
  ["square", "［[", "］]"],
  ["tortoise", "〔", "〕"],
  ["angle", "〈", "〉"],
  ["double-angle", "《", "》"],
  ["curly", "｛{", "｝}"],
];
const OPEN = new Map<string, string>();
const CLOSE = new Map<string, string>();
for (const [kind, openers, closers] of PAIRS) {
  for (const c of openers) OPEN.set(c, kind);
  for (const c of closers) CLOSE.set(c, kind);
}
/**
 * The characters the scan acts on: every bracket and the paragraph break. A native
 * search jumps from one to the next; a loop over every character of the text cost
 * about 3 ms on the seed in a CLI run, where V8 never optimises it (about 1 in 30 characters is one of these).
 */
const ROLE_CHAR = new RegExp(`[${[...OPEN.keys(), ...CLOSE.keys()].map((c) => c.replace(/[\]\[\\^-]/g, "\\$&")).join("")}\n]`, "g");
/** The other half shown in messages (the full-width form: the form plans use). */
const CLOSER_OF = new Map<string, string>(PAIRS.map(([kind, , closers]) => [kind, closers[0]!]));
const OPENER_OF = new Map<string, string>(PAIRS.map(([kind, openers]) => [kind, openers[0]!]));

/** Beyond this many characters an opener is not waiting for its closer any more. */
const MAX_SPAN = 600;
/** A list label's text: 1–3 digits or Latin letters, or one kana or kanji (ア, 注, 甲). */
const LABEL_BODY = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{1,3}$/u;
/** What may stand before an inline label: nothing, a space or punctuation. */
const LABEL_BEFORE = /[\s　、。，．：:・；;]/u;
const LINE_START_LABEL = /^[\s　]*[※＊*]?[0-9A-Za-z０-９Ａ-Ｚａ-ｚ\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff]{1,3}$/u;

/** The start of a numbered item or a bullet: 「(イ)」, 「（１）」, 「1.」, 「・」, 「○」, 「第２章」. */
const NEW_ITEM = /(?:[（(][^（()）\n]{1,3}[）)]|[・○●◆◇■□]|[0-9０-９]{1,2}[.．)）]|第[0-9０-９一二三四五六七八九十]+[部章節])/y;

interface Open {
  kind: string;
  char: string;
  at: number;
  /** Paragraph breaks crossed since the opener. */
  breaks: number;
}

export const noUnmatchedBrackets = defineRule({
  id: "no-unmatched-brackets",
  meta: {
    description: "Finds a bracket opened and never closed, closed without being opened, or left open inside another pair (「（…」」).",
    recommended: "warn",
    fixable: false,
    hasSuggestions: false,
    messages: {
      unclosed: "「{{open}}」が閉じられていません（対応する「{{close}}」がありません）。",
      unopened: "「{{close}}」に対応する「{{open}}」がありません。",
    },
    docs: "docs/rules/no-unmatched-brackets.md",
  },
  create(context) {
    const joined = proseText(context);
    const text = joined.text;
    const source = context.text;
    const report = (at: number, messageId: "unclosed" | "unopened", data: Record<string, string>): void => {
      context.report({ range: sourceRange(joined, at, at + 1), messageId, data });
    };
    const reportUnclosed = (o: Open): void =>
      report(o.at, "unclosed", { open: o.char, close: CLOSER_OF.get(o.kind)! });

    /** A closing parenthesis that ends a list label (「1)」, 「注）」), not a pair. */
    const isLabel = (at: number): boolean => {
      const body = LABEL_BODY.exec(text.slice(Math.max(0, at - 3), at));
      if (body) {
        const start = at - body[0].length;
        if (start === 0 || LABEL_BEFORE.test(text[start - 1]!)) return true;
      }
      // At the start of a source line: whatever 1–3 characters stand before it there.
      const start = sourceRange(joined, at, at + 1).start;
      const lineStart = source.lastIndexOf("\n", start - 1) + 1;
      return LINE_START_LABEL.test(source.slice(lineStart, start));
    };

    const stack: Open[] = [];
    /** The innermost opener a closer of another kind just closed over, and where. */
    let swapped: { kind: string; at: number } | undefined;
    /** Unclosed openers of paragraphs already left behind twice, or too long ago. */
    const expire = (now: number): void => {
      while (stack.length > 0) {
        const bottom = stack[0]!;
        if (bottom.breaks < 2 && now - bottom.at <= MAX_SPAN) break;
        stack.shift();
        reportUnclosed(bottom);
      }
    };
    ROLE_CHAR.lastIndex = 0;
    while (ROLE_CHAR.test(text)) {
      const i = ROLE_CHAR.lastIndex - 1;
      const c = text[i]!;
      if (c === "\n") {
        for (const o of stack) o.breaks++;
        // A paragraph that opens with a label or a bullet starts a new item: nothing
        // left open before it can be closed in it.
        NEW_ITEM.lastIndex = i + 1;
        if (NEW_ITEM.test(text)) for (const o of stack) o.breaks = 2;
        expire(i);
        continue;
      }
      const opens = OPEN.get(c);
      if (opens !== undefined) {
        expire(i);
        stack.push({ kind: opens, char: c, at: i, breaks: 0 });
        continue;
      }
      const closes = CLOSE.get(c);
      if (closes === undefined) continue;
      expire(i);
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth]!.kind !== closes) depth--;
      // A label (「1)」) closes nothing, unless its own paragraph opened a parenthesis
      // that is still waiting (「（1)」 typed with one half-width half).
      if (closes === "paren" && (depth < 0 || stack[depth]!.breaks > 0) && isLabel(i)) continue;
      if (depth < 0) {
        // 「（タクテック」）」: the two closers swapped. The （ was reported when 」 closed
        // over it; its own closer right behind is the same slip, not a second one.
        if (swapped !== undefined && swapped.kind === closes && i === swapped.at + 1) {
          swapped = undefined;
          continue;
        }
        report(i, "unopened", { open: OPENER_OF.get(closes)!, close: c });
        continue;
      }
      if (depth === stack.length - 1) {
        stack.pop();
        continue;
      }
      // Pairs crossed: 「（…」 closes the 「 while the （ is still open; the openers
      // inside are the ones left without their closers.
      const inner = stack.splice(depth + 1);
      for (const o of inner) reportUnclosed(o);
      swapped = { kind: inner[inner.length - 1]!.kind, at: i };
      stack.pop();
    }
    for (const o of stack) reportUnclosed(o);
  },
});
