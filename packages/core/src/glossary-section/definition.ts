/**
 * Definition analysis, shared by the glossary section and glossary files: the
 * expansion an entry spells out (「…の略」), its reading, and its 「…を参照」 targets.
 */
import { isSpaceCode } from "./lines.js";
import { CONNECTIVE_END, SEE_ALSO_LEAD_IN, WHITESPACE_RUN_G } from "./shapes.js";

const MAX_SEE_ALSO_LENGTH = 80;
/** How far back a 「（…）を参照」 parenthesis is looked for; bounds the work per reference. */
const MAX_PAREN_LENGTH = 400;

/** A 「…を参照」 target as written; quoted targets (「…」) are taken verbatim. */
export interface SeeAlsoRef {
  target: string;
  quoted: boolean;
}

export interface DefinitionFacts {
  expansion?: string;
  reading?: string;
  seeAlso: SeeAlsoRef[];
}

const READING_AFTER = /^[ \t\u3000]*[（(][ \t\u3000]*([\u3041-\u309F\u30A0-\u30FF\uFF66-\uFF9F]+)[ \t\u3000]*[）)]/;
const ABBREVIATION = /の略(?:称|語)?/;
// Only a reference that ends the clause counts: 「…を参照して策定」 is not a cross-reference.
const SEE_ALSO = /[をも]参照(?=[。．.）)」』、]|のこと|され|くださ|下さ|$|[ \t\u3000])/g;
const OPEN_BRACKETS = "（(「『[［【〔";
const CLOSE_BRACKETS = "）)」』]］】〕";

/** Expansion (「…の略」), reading (「の略（シーサート）」) and 「…を参照」 targets of a definition. */
export function describeDefinition(definition: string, headword: string): DefinitionFacts {
  const facts: DefinitionFacts = { seeAlso: [] };
  const first = firstSentence(definition);
  const abbr = ABBREVIATION.exec(first);
  if (abbr) {
    const expansion = cleanExpansion(first.slice(0, abbr.index), headword);
    if (expansion) facts.expansion = expansion;
    const reading = READING_AFTER.exec(definition.slice(abbr.index + abbr[0].length));
    if (reading) facts.reading = reading[1]!;
  }
  SEE_ALSO.lastIndex = 0;
  const seen = new Set<string>();
  for (let m = SEE_ALSO.exec(definition); m; m = SEE_ALSO.exec(definition)) {
    for (const ref of seeAlsoBefore(definition, m.index)) {
      if (seen.has(ref.target)) continue;
      seen.add(ref.target);
      facts.seeAlso.push(ref);
    }
  }
  return facts;
}

/**
 * Targets as headwords: an unquoted target that is not a headword is usually a
 * headword with a lead-in (「詳細はBCP」), so the longest headword it ends with wins.
 */
export function resolveSeeAlso(refs: readonly SeeAlsoRef[], headwords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const ref of refs) {
    let target = ref.target;
    if (!ref.quoted && !headwords.has(target)) {
      for (let i = 1; i < target.length - 1; i++) {
        const suffix = target.slice(i);
        if (headwords.has(suffix)) {
          target = suffix;
          break;
        }
      }
    }
    if (!out.includes(target)) out.push(target);
  }
  return out;
}

/** The characters firstSentence stops at: brackets and 。. */
const SENTENCE_MARKS = /[（(「『[［【〔）)」』\]］】〕。]/g;

function firstSentence(s: string): string {
  let depth = 0;
  // A regexp jumps from one bracket or 。 to the next: a loop over every character
  // of every definition costs more, run once and cold, than the marks are worth.
  SENTENCE_MARKS.lastIndex = 0;
  while (SENTENCE_MARKS.test(s)) {
    const i = SENTENCE_MARKS.lastIndex - 1;
    const ch = s[i]!;
    if (OPEN_BRACKETS.includes(ch)) depth++;
    else if (CLOSE_BRACKETS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0) return s.slice(0, i);
  }
  return s;
}

function cleanExpansion(raw: string, headword: string): string | undefined {
  let s = raw.trim();
  // 「SECCON CTF：SECurity CONtest …の略」 restates (part of) the headword before the colon.
  const colon = s.search(/[：:]/);
  if (colon > 0) {
    const before = fold(s.slice(0, colon).trim());
    const hw = fold(headword);
    if (before && (hw.startsWith(before) || before.startsWith(hw))) s = s.slice(colon + 1).trim();
  }
  if (s.startsWith("「") && s.endsWith("」")) s = s.slice(1, -1).trim();
  return s.length > 0 ? s : undefined;
}

function fold(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(WHITESPACE_RUN_G, " ");
}

function seeAlsoBefore(s: string, at: number): SeeAlsoRef[] {
  let end = skipSpaceBack(s, at);
  const last = s[end - 1];
  if (last === "」" || last === "』") return quotedTargetsBefore(s, end);
  if (last === "）" || last === ")") {
    // 「CEPTOAR （Capability for …）を参照」: the parenthesis glosses the target.
    const open = matchingOpenBefore(s, end - 1);
    if (open < 0) return [];
    end = skipSpaceBack(s, open);
  }
  let start = end;
  // Stop one past the longest target we would keep: each reference costs O(1), not O(definition).
  const limit = Math.max(0, end - MAX_SEE_ALSO_LENGTH - 1);
  while (start > limit && !"。．！？!?「」『』（）()、，,\n".includes(s[start - 1]!)) start--;
  if (start === limit && limit > 0) return [];
  let target = s.slice(start, end).trim();
  target = target.replace(SEE_ALSO_LEAD_IN, "").trim();
  if (!target || target.length > MAX_SEE_ALSO_LENGTH) return [];
  return [{ target, quoted: false }];
}

function quotedTargetsBefore(s: string, end: number): SeeAlsoRef[] {
  const found: SeeAlsoRef[] = [];
  let pos = end;
  for (;;) {
    const close = s[pos - 1];
    if (close !== "」" && close !== "』") break;
    const open = matchingOpenBefore(s, pos - 1);
    if (open < 0) break;
    const target = s.slice(open + 1, pos - 1).trim();
    if (target && target.length <= MAX_SEE_ALSO_LENGTH) found.unshift({ target, quoted: true });
    // 「A」及び「B」を参照: keep walking back over the connective.
    let p = skipSpaceBack(s, open);
    const conn = CONNECTIVE_END.exec(s.slice(Math.max(0, p - 3), p));
    if (!conn) break;
    p = skipSpaceBack(s, p - conn[0].length);
    pos = p;
  }
  return found;
}

/** Index of the bracket that opens the one closing at `close`, or -1. */
function matchingOpenBefore(s: string, close: number): number {
  const closeCh = s[close]!;
  const kind = CLOSE_BRACKETS.indexOf(closeCh);
  const openCh = OPEN_BRACKETS[kind]!;
  let depth = 0;
  for (let i = close, stop = Math.max(0, close - MAX_PAREN_LENGTH); i >= stop; i--) {
    const ch = s[i];
    if (ch === closeCh) depth++;
    else if (ch === openCh && --depth === 0) return i;
  }
  return -1;
}

export function skipSpaceBack(s: string, end: number): number {
  while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return end;
}
