/**
 * Kana and kanji for the same word: a short curated list, because without a
 * tokenizer only words whose both spellings are unmistakable can be compared.
 */
import { isHiraganaCode } from "@planlint/core";

interface KanaKanjiWord {
  id: string;
  /** Spellings [kanji, kana]; a conjugated word lists one pair per ending. */
  pairs: [string, string][];
  /** The spelling 公用文 uses. */
  koyo?: "kanji" | "kana";
  koyoNote?: string;
  /** Splits uses that are different words (副詞 更に, 接続詞 さらに); undefined leaves the use uncounted. */
  use?: (prev: number, next: number) => string | undefined;
  /** The spelling carries its own left boundary (とともに): the character before is not checked. */
  anchored?: boolean;
  /** The kana spelling also ends other words (ことさらに): after a verb or adjective it is not this word. */
  strictStart?: boolean;
  /** A conjunction follows a noun directly (機関及び): a kanji before it is no boundary problem. */
  afterNoun?: boolean;
}

const WO = "を".charCodeAt(0);
const TO = "と".charCodeAt(0);
const NI = "に".charCodeAt(0);
const KE = "け".charCodeAt(0);
const KU = "く".charCodeAt(0);
/** A noun follows: kanji or katakana. */
function isNounStart(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30a1 && c <= 0x30fa);
}
/** First characters of what 掛かる/罹る take (費用, 経費, 時間, 期間, 日数, 手間, 負担, 労力, 金額, 料金, 税, コスト, 人件費, 患者, 病). */
const NOT_RELATING = new Set([..."費経時期日手負労金額料税コ人患病"].map((c) => c.charCodeAt(0)));
const SENTENCE_START = new Set([..."\n。「（）　 "].map((c) => c.charCodeAt(0)));
export const COMMA = 0x3001;

const KANA_KANJI: readonly KanaKanjiWord[] = [
  { id: "様々", pairs: [["様々", "さまざま"]], koyo: "kanji" },
  {
    id: "更に",
    pairs: [["更に", "さらに"]],
    strictStart: true,
    // 接続詞は平仮名（さらに、）, 副詞は漢字（更に推進する）: two words, two conventions.
    use: (prev, next) => {
      if (next === COMMA || Number.isNaN(prev) || SENTENCE_START.has(prev)) return "conjunction";
      if (prev === COMMA) return undefined;
      return "adverb";
    },
  },
  { id: "既に", pairs: [["既に", "すでに"]], koyo: "kanji" },
  { id: "全て", pairs: [["全て", "すべて"]], koyo: "kanji" },
  { id: "及び", afterNoun: true, pairs: [["及び", "および"]], koyo: "kanji" },
  { id: "又は", afterNoun: true, pairs: [["又は", "または"]], koyo: "kanji" },
  { id: "並びに", afterNoun: true, pairs: [["並びに", "ならびに"]], koyo: "kanji" },
  { id: "若しくは", afterNoun: true, pairs: [["若しくは", "もしくは"]], koyo: "kanji" },
  { id: "我が国", afterNoun: true, pairs: [["我が国", "わが国"]], koyo: "kanji" },
  { id: "例えば", pairs: [["例えば", "たとえば"]], koyo: "kanji" },
  { id: "直ちに", pairs: [["直ちに", "ただちに"]], koyo: "kanji" },
  { id: "速やかに", pairs: [["速やかに", "すみやかに"]], koyo: "kanji" },
  { id: "極めて", pairs: [["極めて", "きわめて"]], koyo: "kanji" },
  { id: "互いに", pairs: [["互いに", "たがいに"]], koyo: "kanji" },
  { id: "必ず", pairs: [["必ず", "かならず"]], koyo: "kanji" },
  { id: "一層", pairs: [["一層", "いっそう"]], koyo: "kanji" },
  { id: "一つ", pairs: [["一つ", "ひとつ"]], koyo: "kanji" },
  { id: "予め", pairs: [["予め", "あらかじめ"]], koyo: "kana" },
  { id: "概ね", pairs: [["概ね", "おおむね"]], koyo: "kana" },
  { id: "殆ど", pairs: [["殆ど", "ほとんど"]], koyo: "kana" },
  { id: "何れ", pairs: [["何れ", "いずれ"]], koyo: "kana" },
  {
    id: "と共に",
    pairs: [["と共に", "とともに"]],
    koyo: "kana",
    anchored: true,
    // Only after a verb (強化すると共に); 「国民と共に」 (together with) is the adverb 共に.
    use: (prev) => (isHiraganaCode(prev) ? "conjunction" : undefined),
  },
  {
    id: "関わる",
    // Not かかわらず: that is 「にかかわらず」 (regardless), another word.
    pairs: [["関わる", "かかわる"], ["関わり", "かかわり"], ["関わっ", "かかわっ"], ["関われ", "かかわれ"]],
    koyo: "kanji",
  },
  {
    id: "始め",
    // 「…を始め(と)」 "and, above all": only after を and before と or 、 — not the verb
    // (事業を始めた) nor the heading はじめに. 公用文 sources differ (文部科学省用字用語例 writes
    // 「…を始め」, many ministries 「…をはじめ」): the document's majority decides.
    pairs: [["始め", "はじめ"]],
    use: (prev, next) => (prev === WO && (next === TO || next === COMMA) ? "including" : undefined),
  },
  {
    id: "係る",
    // 「…に係る＋名詞」 "relating to" (法令 and 公用文 write 係る). 「にかかる」 before a cost,
    // a time or a burden is 掛かる (運用にかかる費用), before a patient 罹る: not this word.
    pairs: [["係る", "かかる"]],
    use: (prev, next) => (prev === NI && isNounStart(next) && !NOT_RELATING.has(next) ? "relating" : undefined),
  },
  {
    id: "当たって",
    // 「…に当たって／に当たり」 (on the occasion of): 公用文 writes 当たる in kanji (常用漢字表の訓;
    // 「公用文における漢字使用等について」). Only after に: 「1人当たり」, 「差し当たって」 are other words.
    pairs: [["当たっ", "あたっ"], ["当たり", "あたり"]],
    koyo: "kanji",
    anchored: true,
    use: (prev) => (prev === NI ? "occasion" : undefined),
  },
  {
    id: "更なる",
    // 連体詞 「更なる」 is written both ways in 公用文 usage: the document's majority decides.
    pairs: [["更なる", "さらなる"]],
    strictStart: true,
  },
  {
    id: "分かる",
    // 「分かる」 is a 常用漢字表 reading; 「公用文作成の考え方」 writes 「分かりやすい」.
    pairs: [["分かりやす", "わかりやす"], ["分かりにく", "わかりにく"], ["分かる", "わかる"], ["分かっ", "わかっ"], ["分から", "わから"], ["分かり", "わかり"]],
    koyo: "kanji",
    strictStart: true,
  },
  // 〜付け nouns: 「公用文における漢字使用等について」 (and its 送り仮名 rules) write 位置付け,
  // 義務付け; 「づけ」 in kana is the same word. Whole words only, so 「名付け親」 or
  // 「受付」 are never touched.
  ...["位置", "義務", "関連"].map((head): KanaKanjiWord => ({
    id: `${head}付け`,
    pairs: [[`${head}付`, `${head}づ`]],
    koyo: "kanji",
    use: (_prev, next) => (next === KE || next === KU ? "" : undefined),
  })),
  {
    id: "繋ぐ",
    pairs: [["繋が", "つなが"], ["繋げ", "つなげ"], ["繋ぐ", "つなぐ"], ["繋ぎ", "つなぎ"], ["繋い", "つない"]],
    koyo: "kana",
    koyoNote: "（「繋」は常用漢字表にない字）",
  },
];

export interface Spelling {
  text: string;
  word: KanaKanjiWord;
  /** The word's stems on both sides, for the group's 公用文 form. */
  stems: { kanji: string; kana: string };
  kanji: boolean;
  /** The part shared by all of the word's spellings on this side (関わ / かかわ): what is counted and replaced. */
  stem: string;
  second: number;
}

export const SPELLINGS: Spelling[] = [];
/** Spellings by first character, longest first; FIRST_INDEX maps a character to 1 + its list's index. */
export const SPELLINGS_BY_FIRST: Spelling[][] = [];
const FIRST_INDEX = new Uint8Array(0x10000);
for (const word of KANA_KANJI) {
  const common = (all: string[]): string => {
    let n = all[0]!.length;
    for (const s of all) {
      let i = 0;
      while (i < n && i < s.length && s[i] === all[0]![i]) i++;
      n = i;
    }
    return all[0]!.slice(0, n);
  };
  const stems = { kanji: common(word.pairs.map((p) => p[0])), kana: common(word.pairs.map((p) => p[1])) };
  for (const side of [0, 1] as const) {
    for (const text of word.pairs.map((p) => p[side])) {
      const sp: Spelling = { text, word, stems, kanji: side === 0, stem: side === 0 ? stems.kanji : stems.kana, second: text.charCodeAt(1) };
      SPELLINGS.push(sp);
      const first = text.charCodeAt(0);
      if (FIRST_INDEX[first] === 0) FIRST_INDEX[first] = SPELLINGS_BY_FIRST.push([]);
      const list = SPELLINGS_BY_FIRST[FIRST_INDEX[first]! - 1]!;
      list.push(sp);
      list.sort((a, b) => b.text.length - a.text.length);
    }
  }
}
/** Particles after which a kana word may start (をさらに, がすでに). */
export const PARTICLE_BEFORE = new Set([..."をにがはもでへやの"].map((c) => c.charCodeAt(0)));
