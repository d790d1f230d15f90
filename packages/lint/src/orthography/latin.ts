/**
 * Latin words and names: ＩＴ/IT, IoT/IOT, e-Gov/eGov, Internet Of Things/Internet of Things,
 * Cyber Security/CyberSecurity, and two words inside a longer or cut name (JVN iPedia
 * in 「MyJVN JVN iPedia」, 「Internet Of」 before a paragraph end). Single letters are
 * consistent-width's (a character convention, not a word).
 */
import { LATIN_LETTER, toHalfWidth, type JoinedText } from "@planlint/core";
import { withinOnePiece } from "../plan/plan-text.js";
import { concatFold, type Scan, type Spelled } from "./scan.js";
import { addOccurrence, occurrence, type Group, type VariantKind } from "./variant-groups.js";

const SPACING = /[ \-]/g;

/** Mixed case inside a word (IoT, JVNiPedia) or two capitals (IOT): the case is part of the spelling. */
function caseIsSpelling(word: string): boolean {
  return /[a-z][A-Z]/.test(word) || /[A-Z].*[A-Z]/.test(word);
}

/**
 * Whether two spellings that share a key are variants a careful editor would
 * unify. Words: width (ＩＴ/IT), and case or hyphens where they are part of the
 * spelling of an acronym or brand (IoT/IOT, e-Gov/eGov) — not NATIONAL/National,
 * which is typography, nor Co-operation/Cooperation, which differ between names.
 * Names: spacing (Cyber Security/CyberSecurity) and case across several words
 * (Internet Of Things); their width is left to the words.
 */
function latinComparable(level: "word" | "phrase", a: string, b: string): boolean {
  const ha = toHalfWidth(a);
  const hb = toHalfWidth(b);
  if (ha === hb) return level === "word";
  // Ordinary words differ legitimately between names (OECD's Co-operation, APEC's Cooperation).
  if (level === "word") return caseIsSpelling(ha) && caseIsSpelling(hb);
  if (ha.replace(SPACING, "") === hb.replace(SPACING, "")) return true;
  if (ha.toLowerCase() !== hb.toLowerCase()) return false;
  return ha.includes(" ") && hb.includes(" ") && ha !== ha.toUpperCase() && hb !== hb.toUpperCase();
}

export function latinKind(found: string, preferred: string): VariantKind {
  const hf = toHalfWidth(found);
  const hp = toHalfWidth(preferred);
  if (hf === hp) return "全角・半角";
  if (hf.replace(SPACING, "") === hp.replace(SPACING, "")) return found === hf && preferred === hp ? "スペース・ハイフン" : "表記";
  return found === hf && preferred === hp ? "大文字・小文字" : "表記";
}

/** A Latin spelling to compare; `deferred` when it was found as two words inside a longer name (or competes with such). */
interface LatinCandidate {
  text: string;
  starts: readonly number[];
  deferred?: boolean;
}

const HAS_LOWER = /[a-z\uff41-\uff5a]/;
/**
 * Words that title case leaves lower-case. Only their capital is compared between
 * names: a content word's differs legitimately between two official names (J-CSIP's
 * 「Information sharing Partnership」, ISAC's 「Information Sharing and Analysis
 * Center」) and between a name and prose (「IT Security Policy」, 「IT security」).
 */
const MINOR_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "per", "the", "to", "via", "with"]);

function isUpperLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a);
}

/**
 * Two spellings of a pair of words (Internet Of / Internet of) a careful editor
 * would unify: the same first word, and a second word (a MINOR_WORDS one) that
 * differs only in its capital. Candidates start with a capital, so both stand
 * inside a name — not 「cyber security」 in prose beside 「Cyber Security
 * Strategy」. Case inside a word (IoT/IOT) is the word's own spelling, compared
 * with the words; ALL-CAPS (NATIONAL/National, OF/of) is typography.
 */
function pairCaseComparable(a: string, b: string): boolean {
  if (a === b) return true;
  const space = a.indexOf(" ");
  if (a.length !== b.length || b.charCodeAt(space) !== 0x20) return false;
  if (a.slice(0, space + 1) !== b.slice(0, space + 1) || a.slice(space + 2) !== b.slice(space + 2)) return false;
  return HAS_LOWER.test(a) && HAS_LOWER.test(b);
}

export function collectLatin(scan: Scan, joined: JoinedText, groups: Map<string, Group>): void {
  const keyOf = (s: string): string => {
    const k = toHalfWidth(s).toLowerCase();
    return k.includes(" ") || k.includes("-") ? k.replace(SPACING, "") : k;
  };
  // Most spellings have no rival: only those sharing a folded hash are compared as strings.
  const byFold = new Map<number, Spelled[]>();
  for (const sp of scan.words) {
    const list = byFold.get(sp.fold);
    if (list) list.push(sp);
    else byFold.set(sp.fold, [sp]);
  }
  const phraseFolds = new Map<number, Spelled[]>();
  for (const sp of scan.phrases) {
    const list = phraseFolds.get(sp.fold);
    if (list) list.push(sp);
    else phraseFolds.set(sp.fold, [sp]);
  }
  const add = (level: "word" | "phrase", candidates: readonly LatinCandidate[]): void => {
    const byKey = new Map<string, LatinCandidate[]>();
    for (const sp of candidates) {
      if (!LATIN_LETTER.test(sp.text)) continue;
      const k = keyOf(sp.text);
      const list = byKey.get(k);
      if (list) list.push(sp);
      else byKey.set(k, [sp]);
    }
    for (const [k, list] of byKey) {
      if (list.length < 2) continue;
      // A pair inside a name may be spelled like a whole name (Cyber Security): votes go by spelling.
      const votes = new Map<string, number>();
      for (const x of list) votes.set(x.text, (votes.get(x.text) ?? 0) + x.starts.length);
      if (votes.size < 2) continue;
      let head = "";
      let most = 0;
      for (const [text, n] of votes) {
        if (n > most) {
          head = text;
          most = n;
        }
      }
      const kept = new Set<string>();
      for (const text of votes.keys()) if (text === head || latinComparable(level, text, head)) kept.add(text);
      if (kept.size < 2) continue;
      const key = `latin-${level}:${k}`;
      const make = (): Group => (level === "phrase" ? { forms: new Map(), names: true } : { forms: new Map() });
      for (const { text: s, starts, deferred } of list) {
        if (!kept.has(s)) continue;
        for (const start of starts) {
          // Spacing and spelling across a PDF wrap are the extractor's, not the drafter's.
          if (!withinOnePiece(joined, start, start + s.length)) continue;
          addOccurrence(groups, key, make, s, occurrence(start, start + s.length, start, start + s.length, deferred));
        }
      }
    }
  };
  // Minor words the plan writes both with and without their capital (Of/of): only a
  // pair ending in one is compared for case.
  const flipped = new Set<Spelled>();
  for (const list of byFold.values()) {
    if (list.length < 2) continue;
    add("word", list);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!.text;
        const y = list[j]!.text;
        if (x.length === y.length && x[0] !== y[0] && x[0]!.toLowerCase() === y[0]!.toLowerCase() && x.slice(1) === y.slice(1) && MINOR_WORDS.has(x.toLowerCase())) {
          flipped.add(list[i]!);
          flipped.add(list[j]!);
        }
      }
    }
  }

  // Two adjacent words inside a longer name that the plan also writes as one word
  // (「JVN iPedia」 in the glossary's 「MyJVN JVN iPedia」, headword and definition
  // run together, beside 「JVNiPedia」): a spacing variant of that word. Only pairs
  // that are exactly a word once the space is dropped are taken, so a pair that merely
  // starts like a word (JVN in JVNiPedia) is never compared, and plans without such
  // pairs pay one hash per pair of words.
  const pairFolds = new Map<number, LatinCandidate[]>();
  for (const sp of scan.phrases) {
    const parts = sp.words!;
    // Two words are the name itself, compared below.
    if (parts.length < 3) continue;
    let at = 0;
    for (let k = 1; k < parts.length; k++) {
      const a = parts[k - 1]!;
      const b = parts[k]!;
      const start = at;
      at += a.text.length + 1;
      const fold = concatFold(a, b);
      const words = byFold.get(fold);
      if (words === undefined) continue;
      // The very letters, case included: APCERT's 「Asia Pacific」 is not APEC's 「Asia-Pacific」.
      const joinedPair = toHalfWidth(a.text + b.text);
      if (!words.some((w) => toHalfWidth(w.text) === joinedPair)) continue;
      const candidate = { text: `${a.text} ${b.text}`, starts: sp.starts.map((s) => s + start), deferred: true };
      const list = pairFolds.get(fold);
      if (list) list.push(candidate);
      else pairFolds.set(fold, [candidate]);
    }
  }
  const phraseGroup = (fold: number, phrases: readonly LatinCandidate[]): void => {
    const pairs = pairFolds.get(fold);
    const words: readonly LatinCandidate[] = byFold.get(fold) ?? [];
    // A one-word spelling of a name (CyberSecurity) competes with the spaced one. Where pairs
    // compete too, the word may stand in a name reported whole (CyberSecurity Strategy): it yields.
    const all = pairs ? [...phrases, ...pairs, ...words.map((w) => ({ text: w.text, starts: w.starts, deferred: true }))] : [...phrases, ...words];
    if (all.length > 1) add("phrase", all);
  };
  for (const [fold, list] of phraseFolds) phraseGroup(fold, list);
  for (const fold of pairFolds.keys()) if (!phraseFolds.has(fold)) phraseGroup(fold, []);

  // Case of two adjacent words inside names, compared across all of the plan's names:
  // a name cut by a paragraph end (「IoT（Internet Of 」 / 「Things）」: the PDF line
  // ends with a space) or inside a longer one is still compared with the plan's
  // 「Internet of Things」. Case is the drafter's even across a wrap.
  const casePairs = new Map<string, Map<string, number[]>>();
  if (flipped.size > 0) {
    for (const sp of scan.phrases) {
      const parts = sp.words!;
      let at = 0;
      for (let k = 1; k < parts.length; k++) {
        const a = parts[k - 1]!;
        const start = at;
        at += a.text.length + 1;
        if (!flipped.has(parts[k]!) || !isUpperLetter(a.text.charCodeAt(0))) continue;
        const pair = sp.text.slice(start, at + parts[k]!.text.length);
        const key = pair.toLowerCase();
        let spellings = casePairs.get(key);
        if (!spellings) casePairs.set(key, (spellings = new Map()));
        let starts = spellings.get(pair);
        if (!starts) spellings.set(pair, (starts = []));
        for (const s of sp.starts) starts.push(s + start);
      }
    }
  }
  for (const [k, spellings] of casePairs) {
    if (spellings.size < 2) continue;
    let head = "";
    let most = 0;
    for (const [text, starts] of spellings) {
      if (starts.length > most) {
        head = text;
        most = starts.length;
      }
    }
    const kept = [...spellings].filter(([text]) => pairCaseComparable(text, head));
    if (kept.length < 2) continue;
    for (const [text, starts] of kept) {
      for (const start of starts) addOccurrence(groups, `latin-pair:${k}`, () => ({ forms: new Map() }), text, occurrence(start, start + text.length, start, start + text.length, true));
    }
  }
}
