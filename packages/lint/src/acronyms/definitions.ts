/**
 * Whether an acronym is spelled out where it stands: 「正式名称（ACR）」, 「ACR（正式名称）」,
 * 「以下「ACR」という」, a footnote; and the definition texts of glossary entries.
 */
import { toHalfWidth, type Footnote, type GlossaryEntry, type JoinedText, type PlanDocument } from "@planlint/core";
import { joinProse } from "../terms/prose-text.js";
import { FOOTNOTE_MARK, MAX_PAREN, SINGLE_TOKEN, SPACES, isClose, isColon, isOpen, matchingClose, matchingOpen } from "./shapes.js";

/** 「（以下「NISC」という。）」: the 「 that opens the acronym, after 以下 (「以下、」「以下単に」). */
const HEREINAFTER_BEFORE = /以下[、，]?(?:単に)?[「『]$/;
const HEREINAFTER_AFTER = /^[」』](?:と(?:いう|言う|称する|略す|略記する|する))/;
/** 「（通称IMI）」, 「（略称：PPC）」: the acronym named as the short name of what precedes. */
const SHORT_NAME_BEFORE = /(?:^|[（(、，,\s])(?:通称|略称)[：:]?[ 　]?[「『]?$/;
/**
 * A name introduced by what it is, as Japanese introduces a proper name:
 * 「国際標準化団体のW3C」, 「カタログソフトウェアであるCKAN」, 「認証基盤というGビズID」.
 * The classifier tells the reader what the name stands for; its letters need no
 * spelling out (they are often no acronym at all).
 */
const CLASSIFIER_BEFORE =
  /(?:団体|機関|組織|法人|企業|会社|協会|委員会|会議|フォーラム|コンソーシアム|プロジェクト|ソフトウェア|ソフト|オープンソース|アプリ|システム|サービス|ツール|製品|プラットフォーム|フレームワーク|データベース|サイト|規格|仕様|標準|基準|形式|方式|言語|プロトコル)(?:の|である|のである|という|と呼ばれる)$/;
/** The separator before an acronym that ends a parenthesis: 「（Personal Information Protection Commission：PPC）」, 「（英語名、ACR）」. */
const LIST_SEPARATOR_BEFORE = /[：:、，,][ 　]?$/;
const EXPANSION_WORD = /^[A-Za-z0-9][A-Za-z0-9'’\-&.,/]*$/;
/** Characters of an English name written before its acronym: 「Computer Security Incident Response Team（CSIRT）」. */
const LATIN_RUN_CHAR = /[A-Za-z0-9 ,.'&\-Ａ-Ｚａ-ｚ０-９，．＆－]/;
/** Characters of the Latin name itself inside 「正式名称（略称…）」. */
const LATIN_STRETCH = /^[「『]?[A-Za-z0-9 \-/&.:,'()（）：，．　]*[」』]?/;
/** 「（AIPセンター）」: a short tail of kanji or katakana after the acronym still names the same thing. */
const MAX_NAME_TAIL = 6;
const NAME_TAIL = /^(?![等他])[\u30a0-\u30ff\u3400-\u9fff」』]*$/;
const NAME_END = /[A-Za-z0-9\u30a0-\u30ff\u3400-\u9fff\uff21-\uff3a\uff41-\uff5a」』)）]/;
const STARTS_WITH_DIGIT = /^[0-9]/;
const STARTS_WITH_LETTER = /^[A-Za-z]/;
const LOWER_CASE = /[a-z]/;
/**
 * The definition of a glossary entry as joined text: the entry's lines after its
 * headword, as core's proseText reads them. The model keeps the definition only as
 * a string, without offsets.
 */
export function definitionText(text: string, document: PlanDocument, entry: GlossaryEntry): JoinedText | undefined {
  const from = entry.headwordRange.end;
  const to = entry.range.end;
  if (!(to > from) || to > text.length) return undefined;
  const joined = joinProse(text, document, [{ start: from, end: to }]);
  return joined.pieces.length ? joined : undefined;
}

interface DefinitionFacts {
  /** This occurrence is spelled out (or footnoted) here. */
  defining: boolean;
  /** Only by 「ACR（日本語…）」, which may be a remark rather than the name (「API（詳細は後述）」). */
  weak?: boolean;
  /** Offset up to which following tokens are part of the same defined name (「（NATIONAL 318(CYBER) EKIDEN）」). */
  until: number;
  /** A Latin expansion given here, with its offset in the segment. */
  expansion?: { text: string; at: number };
  /** The label of the footnote whose mark follows the token. */
  footnote?: string;
}

/**
 * Whether the token at `start..end` is spelled out where it stands:
 * 「略称（正式名称）」, 「正式名称（略称）」, 「（略称：正式名称）」 or a footnote mark 「略称※１」.
 */
export function definitionAround(s: string, start: number, end: number, footnotes: ReadonlyMap<string, Footnote>): DefinitionFacts {
  let after = end;
  while (after < s.length && s.charCodeAt(after) === 0x20) after++;
  const next = s.charCodeAt(after);
  let p = start - 1;
  while (p >= 0 && (s[p] === " " || s[p] === "「" || s[p] === "『")) p--;
  const inParen = isOpen(s.charCodeAt(p));
  const prev = s.charCodeAt(start - 1);
  // Nearly every token has plain text on both sides: answer without allocating.
  // 「以下「ACR」」, 「通称ACR」, 「略称：ACR」, 「…：ACR）」 are told by the character before or after.
  const special = prev === 0x300c || prev === 0x300e || prev === 0x79f0 || isColon(prev) || isClose(next);
  // の / である / という before the token: perhaps a classifier names what it is.
  if ((prev === 0x306e || prev === 0x308b || prev === 0x3046) && CLASSIFIER_BEFORE.test(s.slice(Math.max(0, start - 16), start))) {
    return { defining: true, weak: true, until: -1 };
  }
  if (!isOpen(next) && next !== 0x203b && !inParen && !special) return NOT_DEFINING;
  const facts: DefinitionFacts = { defining: false, until: -1 };
  // 「（以下「NISC」という。）」
  if ((prev === 0x300c || prev === 0x300e) && HEREINAFTER_BEFORE.test(s.slice(Math.max(0, start - 6), start)) && HEREINAFTER_AFTER.test(s.slice(end, end + 6))) {
    facts.defining = true;
    return facts;
  }
  // 「共通語彙基盤（通称IMI）」, 「（略称：PPC）」
  if (SHORT_NAME_BEFORE.test(s.slice(Math.max(0, start - 7), start))) {
    facts.defining = true;
    return facts;
  }
  // 「（Personal Information Protection Commission：PPC）」, 「（…, ACR）」: the acronym closes a
  // parenthesis after its English name. Only an English name makes it one: 「（担当：NISC）」 is a remark.
  if (isClose(next) && LIST_SEPARATOR_BEFORE.test(s.slice(Math.max(0, start - 2), start))) {
    const open = matchingOpen(s, after);
    if (open >= 0) {
      const inner = s.slice(open + 1, start).replace(LIST_SEPARATOR_BEFORE, "");
      const name = toHalfWidth(inner).trim();
      if (isExpansion(name)) {
        facts.defining = true;
        facts.expansion = { text: name, at: open + 1 + (inner.length - inner.trimStart().length) };
        return facts;
      }
    }
  }
  if (next === 0x203b) {
    const mark = FOOTNOTE_MARK.exec(toHalfWidth(s.slice(after, after + 6)));
    if (mark && footnotes.has(mark[1]!)) {
      facts.footnote = mark[1]!;
      facts.defining = true;
      return facts;
    }
  }
  // 略称（正式名称）
  if (isOpen(next)) {
    const close = matchingClose(s, after);
    const inner = close > after + 1 ? toHalfWidth(s.slice(after + 1, close)) : "";
    const lead = inner.length - inner.trimStart().length;
    const name = inner.trim();
    // Not a date or a number (「EDSA（2014年４月開始）」), not another acronym (「IT-BCP（ICT-BCP）」).
    if (name && !STARTS_WITH_DIGIT.test(name) && !SINGLE_TOKEN.test(name)) {
      facts.defining = true;
      if (isExpansion(name)) facts.expansion = { text: name, at: after + 1 + lead };
      else facts.weak = true;
      return facts;
    }
  }
  if (!inParen) return facts;
  const close = matchingClose(s, p);
  if (close < 0) return facts;
  // （略称：正式名称）
  if (isColon(next)) {
    const rest = toHalfWidth(s.slice(after + 1, close));
    const phrase = rest.trim();
    if (phrase) {
      facts.defining = true;
      facts.until = close;
      if (isExpansion(phrase)) facts.expansion = { text: phrase, at: after + 1 + (rest.length - rest.trimStart().length) };
    }
    return facts;
  }
  // 正式名称（略称）, also 「…（AIPセンター）」 and 「…（「SECCON CTF 2017」）」
  const inner = s.slice(p + 1, close);
  const stretch = LATIN_STRETCH.exec(inner)![0].length;
  const tail = inner.slice(stretch).trim();
  // A name ends where the parenthesis opens (「…隊（J-CRAT）」, 「「…ツール」（iLogScanner）」); after
  // a particle (「もっと（DCS以外の）」) the parenthesis is a remark, and so is 「（IPA等）」.
  if (!NAME_END.test(s[p - 1] ?? "") || tail.length > MAX_NAME_TAIL || !NAME_TAIL.test(tail)) return facts;
  facts.defining = true;
  facts.until = p + 1 + stretch;
  const before = latinRunBefore(s, p);
  if (before && isExpansion(before.text)) facts.expansion = before;
  return facts;
}

/**
 * English words spelling an acronym out: at least two words in lower case or
 * capitalised. 「ISO/IEC 15408」 or 「IEC 15408」 in a parenthesis are references, not expansions.
 */
export function isExpansion(s: string): boolean {
  const words = s.split(SPACES);
  if (words.length < 2 || !STARTS_WITH_LETTER.test(s)) return false;
  let worded = 0;
  for (const w of words) {
    if (!EXPANSION_WORD.test(w)) return false;
    if (LOWER_CASE.test(w)) worded++;
  }
  return worded >= 2;
}

/** The Latin words that end right before `end` (walked back, at most {@link MAX_PAREN} characters). */
function latinRunBefore(s: string, end: number): { text: string; at: number } | undefined {
  let a = end;
  const stop = Math.max(0, end - MAX_PAREN);
  while (a > stop && LATIN_RUN_CHAR.test(s[a - 1]!)) a--;
  const run = toHalfWidth(s.slice(a, end));
  const lead = run.search(/[A-Za-z]/);
  if (lead < 0) return undefined;
  const text = run.slice(lead).replace(/[ ,'&\-]+$/, "");
  return text ? { text, at: a + lead } : undefined;
}

const NOT_DEFINING: DefinitionFacts = Object.freeze({ defining: false, until: -1 });
