/**
 * The numbering label at the start of a Markdown heading's text. A Markdown
 * heading is structure whatever it says, so any label 「公用文作成の考え方」 or a
 * guidebook uses is read here: 「1.」, 「1.1.」, 「2.2.3.1.」, 「第１部」, 「第１章」,
 * 「第１節」, 「第１」, 「１」, 「（１）」, 「①」, 「ア」, 「（ア）」, 「Ａ．」, 「○」.
 */
import { isDigitCode } from "../characters.js";
import { digitsValue, KATAKANA_ORDER, katakanaValue, numberValue } from "../labels.js";
import type { PlanNodeKind } from "../types.js";

export interface HeadingLabel {
  kind: PlanNodeKind;
  /** Length of the label at the start of the text. */
  length: number;
  numbers: number[];
}

const SPACE = "[ \\t\\u3000]";
/** 1. / 1.1. / 2.2.3.1. / 1.1 (the final dot is sometimes left out) / １ */
const DOTTED = /^[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})*[.．]?/;
const DAI = new RegExp(`^第([0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})([部章節編])?(?=${SPACE}|$|(?<=[部章節編]))`);
const ITEM = /^[(（]([0-9０-９]{1,3})[)）]/;
const KANA_ITEM = new RegExp(`^[(（]([${KATAKANA_ORDER}])[)）]`);
const KANA = new RegExp(`^([${KATAKANA_ORDER}])(?=${SPACE})`);
const CIRCLED = /^[\u2460-\u2473]/;
const LETTER = /^([A-Za-zＡ-Ｚａ-ｚ])[.．](?![A-Za-zＡ-Ｚａ-ｚ])/;
const MARK = /^[○◯]/;
const FOLLOWED_BY_SPACE_OR_END = new RegExp(`^(?:${SPACE}|$)`);

export function readHeadingLabel(text: string): HeadingLabel | undefined {
  const first = text.charCodeAt(0);
  if (isDigitCode(first)) {
    const m = DOTTED.exec(text)!;
    const label = m[0];
    const numbers = label.split(/[.．]/).filter((s) => s !== "").map(digitsValue);
    const endsWithDot = /[.．]$/.test(label);
    // 「2024年度」, 「1.5倍」: a number that runs into words is not a label.
    if (!endsWithDot && !FOLLOWED_BY_SPACE_OR_END.test(text.slice(label.length))) return undefined;
    const kind: PlanNodeKind = numbers.length === 1 ? (endsWithDot ? "chapter" : "item") : numbers.length === 2 ? "section" : "item";
    return { kind, length: label.length, numbers };
  }
  let m: RegExpExecArray | null;
  if ((m = DAI.exec(text))) {
    const value = numberValue(m[1]!);
    if (value === 0) return undefined;
    const kind: PlanNodeKind = m[2] === "部" ? "part" : m[2] === "節" ? "section" : "chapter";
    return { kind, length: m[0].length, numbers: kind === "section" ? [0, value] : [value] };
  }
  if ((m = ITEM.exec(text))) return { kind: "item", length: m[0].length, numbers: [digitsValue(m[1]!)] };
  if ((m = KANA_ITEM.exec(text))) return { kind: "measure", length: m[0].length, numbers: [katakanaValue(m[1]!)] };
  if ((m = KANA.exec(text))) return { kind: "measure", length: 1, numbers: [katakanaValue(m[1]!)] };
  if (CIRCLED.test(text)) return { kind: "item", length: 1, numbers: [first - 0x2460 + 1] };
  if ((m = LETTER.exec(text))) {
    const c = m[1]!.normalize("NFKC").toUpperCase();
    return { kind: "item", length: m[0].length, numbers: [c.charCodeAt(0) - 0x40] };
  }
  if (MARK.test(text)) return { kind: "heading", length: 1, numbers: [] };
  return undefined;
}
