/**
 * Splits a plan bundle into its parts: overview (資料１－１), body (資料１－２),
 * glossary (参考 用語解説) and public comments (資料１－３/１－４). Parts are found
 * by what their headings say, never by line numbers: PDF extractions put the 資料
 * labels wherever the page had them (the overview's label is at its end).
 */
import { CHAPTER_RE, DAI_CHAPTER_RE, DAI_PART_RE, DAI_RE, digitsValue, looksLikeHeadingTitle, numberValue, PREFACE_RE, ROMAN_CHAPTER_RE } from "./labels.js";
import type { SourceLine } from "./source-lines.js";
import type { Part, PartKind } from "./types.js";

const GLOSSARY_HEADING = /^(?:参考|［参考］|\[参考\]|【参考】|別紙|別添)?[ 　]*(?:用語解説|用語集|用語の解説|用語一覧)$/;
const PUBLIC_COMMENTS_HEADING = /(?:意見募集の結果|パブリック・?コメント(?:の結果)?|意見公募の結果)/;
const MATERIAL_LABEL = /資料[ 　]*([0-9０-９]+)(?:[ 　]*[－\-−‐ー][ 　]*([0-9０-９]+))?/;
const MATERIAL_LINE = /^資料[ 　]*[0-9０-９]/;
const SPACES = /[ 　]/g;
const DASH = /[－\-−‐ー]/;
const HEADING_NUMBER = /^(?:[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})*[.．]?|第[0-9０-９一二三四五六七八九十]{1,3}[章節]?|[(（][0-9０-９]{1,3}[)）])[ 　]*/;
const OVERVIEW_LEAD = /^■|概要/;

interface PartStart {
  kind: PartKind;
  line: number;
}

/** Label with its numbers normalised, so 「資料 １-３」 and 「資料１－３」 compare equal. */
function normalisedLabel(m: RegExpExecArray): string {
  return m[2] === undefined ? `${digitsValue(m[1]!)}` : `${digitsValue(m[1]!)}-${digitsValue(m[2])}`;
}

function findPartStarts(lines: readonly SourceLine[]): PartStart[] {
  const starts: PartStart[] = [];
  let bodyStart = -1;
  let glossaryStart = -1;
  const commentLabels = new Set<string>();
  let sawComments = false;
  let inMaterialsList = false;
  // Indexed rather than for-of: in a cold run the array iterator costs more than this loop's body.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const c = line.content;
    if (!c) continue;
    if (MATERIAL_LINE.test(c)) {
      // A list of the bundle's materials (資料１ …, 資料１－１ …, …) closes it: it is
      // a table of contents, not the materials themselves.
      if (!inMaterialsList && (bodyStart >= 0 || glossaryStart >= 0) && startsMaterialsList(lines, line.index)) {
        inMaterialsList = true;
        starts.push({ kind: "other", line: line.index });
      }
      if (inMaterialsList) continue;
    } else if (inMaterialsList) {
      inMaterialsList = false;
    }
    if (bodyStart < 0 && glossaryStart < 0) {
      const chapter = CHAPTER_RE.exec(c);
      // 第１部 opens the body of a plan in parts, as 第１章 does one in chapters.
      const daiChapter = chapter ? null : (DAI_PART_RE.exec(c) ?? DAI_CHAPTER_RE.exec(c) ?? DAI_RE.exec(c));
      // Ⅰ opens the body of a plan whose top level is in roman numerals.
      const roman = chapter || daiChapter ? null : ROMAN_CHAPTER_RE.exec(c);
      const isFirstChapter =
        (roman !== null && roman[1] === "\u2160" && looksLikeHeadingTitle(roman[2]!.trim())) ||
        (chapter !== null && digitsValue(chapter[1]!) === 1 && looksLikeHeadingTitle(chapter[2]!.trim())) ||
        (daiChapter !== null && numberValue(daiChapter[1]!) === 1 && (daiChapter[2]!.trim() === "" || looksLikeHeadingTitle(daiChapter[2]!.trim())));
      if (PREFACE_RE.test(c.replace(SPACES, "")) || isFirstChapter) {
        bodyStart = line.index;
        starts.push({ kind: "body", line: line.index });
        continue;
      }
    }
    // A Markdown heading may carry its number: 「### 8.3. 用語集」.
    const heading = line.markdownHeading ? c.replace(HEADING_NUMBER, "") : c;
    if (glossaryStart < 0 && heading.length <= 20 && GLOSSARY_HEADING.test(heading)) {
      glossaryStart = line.index;
      starts.push({ kind: "glossary", line: line.index });
      continue;
    }
    if (c.length <= 100 && PUBLIC_COMMENTS_HEADING.test(c) && (bodyStart >= 0 || glossaryStart >= 0)) {
      const m = MATERIAL_LABEL.exec(c);
      const label = m ? normalisedLabel(m) : undefined;
      // The same heading again on a later page is a running header, not a new part.
      if (label !== undefined ? commentLabels.has(label) : sawComments) continue;
      if (label !== undefined) commentLabels.add(label);
      sawComments = true;
      starts.push({ kind: "public-comments", line: line.index });
    }
  }
  return starts;
}

export function buildParts(lines: readonly SourceLine[], textLength: number): Part[] {
  const starts = findPartStarts(lines);
  const parts: Part[] = [];
  const firstStart = starts[0]?.line ?? lines.length;
  if (firstStart > 0) {
    const lead = lines.slice(0, firstStart);
    if (lead.some((l) => l.content)) {
      // Text with no recognised part at all is still the drafter's own prose:
      // treat it as body so that it is linted; before a body it is the overview
      // (資料１－１) when it looks like one, else a cover or preamble.
      const isOverview = lead.some((l) => OVERVIEW_LEAD.test(l.content));
      const kind = starts.length === 0 ? "body" : isOverview ? "overview" : "other";
      parts.push(makePart(kind, lead, 0, offsetOfLine(lines, firstStart, textLength)));
    }
  }
  starts.forEach((s, i) => {
    const endLine = starts[i + 1]?.line ?? lines.length;
    const start = lines[s.line]!.start;
    const end = offsetOfLine(lines, endLine, textLength);
    parts.push(makePart(s.kind, lines.slice(s.line, endLine), start, end));
  });
  return parts;
}

function offsetOfLine(lines: readonly SourceLine[], index: number, textLength: number): number {
  return index < lines.length ? lines[index]!.start : textLength;
}

function makePart(kind: PartKind, lines: readonly SourceLine[], start: number, end: number): Part {
  let label: string | undefined;
  let title = "";
  // Indexed rather than for-of: in a cold run the array iterator costs more than this loop's body.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.content) continue;
    // Most lines hold no label: a plain search rules them out before the regexp.
    const m = l.content.includes("資料") ? MATERIAL_LABEL.exec(l.content) : null;
    if (m && (label === undefined || (!DASH.test(label) && m[2] !== undefined))) label = m[0];
    // Only the first line with text besides its label makes the title: later lines are not read for it.
    if (!title) title = (m ? l.content.replace(MATERIAL_LABEL, "") : l.content).trim();
  }
  const part: Part = { kind, title, range: { start, end } };
  if (label !== undefined) part.label = label;
  return part;
}

/** Three or more lines in a row that each start with a 資料 label. */
function startsMaterialsList(lines: readonly SourceLine[], from: number): boolean {
  let count = 0;
  for (let i = from; i < lines.length && count < 3; i++) {
    const c = lines[i]!.content;
    if (!c) continue;
    if (!MATERIAL_LINE.test(c)) return false;
    count++;
  }
  return count >= 3;
}
