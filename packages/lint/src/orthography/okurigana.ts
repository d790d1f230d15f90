/**
 * Okurigana: 取組 / 取組み / 取り組み (nouns), 取り組む / 取組む (verbs).
 */
import { isHiraganaCode, isKanjiCode, KANJI_RANGE } from "@planlint/core";
import { FLAGS, NOUN_ENDING } from "./okurigana-kana.js";
import { COMMA } from "./kana-kanji-words.js";
import type { Scan } from "./scan.js";
import { addOccurrence, occurrence, type Group } from "./variant-groups.js";

const PARTICLE_AFTER = /^(?:など|から|まで|より|[をがのはへとでにやも])/;
/** After a particle-looking kana these continue a verb (見積もり, 値下がり, 見落とし): the kana was okurigana. */
const VERB_CONTINUES = new Set([..."りるれろらっしさすせ"]);
/** Skeletons whose bare and okurigana forms are different words. */
const HOMOGRAPHS = new Set(["組合", "手当"]);

/**
 * 公用文 forms of compound nouns (「公用文における漢字使用等について」 2(2)): the
 * okurigana that cannot be misread is left out (取扱い, 受入れ, 申込み), and where
 * usage has fixed it none is written (取組, 受付, 手続). Either way the form is
 * given, not derived: 取扱い keeps its い.
 */
const KOYO_NOUNS: Readonly<Record<string, string>> = {
  取組: "取組",
  取扱: "取扱い",
  受付: "受付",
  受入: "受入れ",
  申込: "申込み",
  引継: "引継ぎ",
  取消: "取消し",
  取決: "取決め",
  見積: "見積り",
  切替: "切替え",
  書換: "書換え",
  差押: "差押え",
  引渡: "引渡し",
  貸付: "貸付け",
  借入: "借入れ",
  繰越: "繰越し",
  取締: "取締り",
  取調: "取調べ",
  立入: "立入り",
  払込: "払込み",
  売上: "売上げ",
  手続: "手続",
  引換: "引換え",
  買取: "買取り",
  呼出: "呼出し",
  乗換: "乗換え",
};

interface CompoundUse {
  cls: "noun" | "verb";
  /** The compared form: the whole noun, or the verb's stem up to its second kanji. */
  form: string;
  formEnd: number;
  wordEnd: number;
}

/**
 * Reads what follows the second kanji to tell a noun (取組を, 取り組みの,
 * 組込みソフトウェア) from a verb (取り組む, 取組む, 取り組ま). Anything doubtful
 * — 「取り組み、」 can be the verb's continuative form — is left uncounted.
 */
function classifyCompound(text: string, start: number, k2: number, withOkurigana: boolean): CompoundUse | undefined {
  const afterK2 = k2 + 1;
  let tailEnd = afterK2;
  while (tailEnd < text.length && tailEnd - afterK2 < 4 && isHiraganaCode(text.charCodeAt(tailEnd))) tailEnd++;
  const stem = text.slice(start, afterK2);
  if (tailEnd === afterK2) {
    // 取組（: a bare noun. 取り組 with nothing after it is no word. Inside a longer
    // compound (取扱状況, 取扱所, 申込書) the okurigana is left out by custom
    // (送り仮名の付け方 通則7), whatever the word alone is written: 取扱状況 beside
    // 取扱い is no variant, so a bare stem followed by a kanji is not counted.
    if (withOkurigana || isKanjiCode(text.charCodeAt(afterK2))) return undefined;
    return { cls: "noun", form: stem, formEnd: afterK2, wordEnd: afterK2 };
  }
  const tail = text.slice(afterK2, tailEnd);
  if (PARTICLE_AFTER.test(tail)) {
    if (withOkurigana || VERB_CONTINUES.has(tail[1] ?? "")) return undefined;
    return { cls: "noun", form: stem, formEnd: afterK2, wordEnd: afterK2 };
  }
  const first = tail.charCodeAt(0);
  if (FLAGS[first]! & NOUN_ENDING) {
    const noun = { cls: "noun" as const, form: stem + tail[0], formEnd: afterK2 + 1, wordEnd: afterK2 + 1 };
    if (tail.length > 1) {
      if (PARTICLE_AFTER.test(tail.slice(1))) return noun;
    } else {
      const next = text.charCodeAt(afterK2 + 1);
      if (next === COMMA || next === 0x3002 || next === 10 || Number.isNaN(next)) return undefined;
      // 取り組み始める: a kanji with okurigana after it continues a compound verb.
      if (isKanjiCode(next) && isHiraganaCode(text.charCodeAt(afterK2 + 2)) && !PARTICLE_AFTER.test(text.slice(afterK2 + 2, afterK2 + 4))) return undefined;
      return noun;
    }
  }
  // A verb: 取り組む, 取り組ま(れる), 取り組みます. A bare stem before サ行 kana is a する-verb (受付する), not 受け付ける.
  if (!withOkurigana && first >= 0x3055 && first <= 0x305b) return undefined;
  return { cls: "verb", form: stem, formEnd: afterK2, wordEnd: tailEnd };
}

export function collectOkurigana(text: string, scan: Scan, groups: Map<string, Group>): void {
  const uses = new Map<string, { start: number; use: CompoundUse }[]>();
  const record = (skeleton: string, start: number, use: CompoundUse | undefined): void => {
    if (!use) return;
    const list = uses.get(skeleton);
    if (list) list.push({ start, use });
    else uses.set(skeleton, [{ start, use }]);
  };
  for (const [skeleton, starts] of scan.withOkurigana) {
    if (HOMOGRAPHS.has(skeleton)) continue;
    for (const at of starts) record(skeleton, at, classifyCompound(text, at, at + 2, true));
  }
  // Only skeletons seen as a word with okurigana are looked for bare (取組 once 取り組み is seen).
  const skeletons = new Set(uses.keys());
  for (const s of scan.withEnding) if (!HOMOGRAPHS.has(s)) skeletons.add(s);
  if (skeletons.size === 0) return;
  // The skeletons written bare (取組) at the start of a kanji run, in text order:
  // one regexp of the skeletons themselves (two kanji each), the lookbehind after
  // them so that it is tried only where one stands. (Two characters are taken, but
  // no skeleton can start at the second: a kanji stands before it.)
  const bare = new RegExp(`(?:${[...skeletons].join("|")})(?<![${KANJI_RANGE}][\\s\\S]{2})`, "g");
  for (let m = bare.exec(text); m; m = bare.exec(text)) record(m[0], m.index, classifyCompound(text, m.index, m.index + 1, false));
  for (const [skeleton, list] of uses) {
    for (const cls of ["noun", "verb"] as const) {
      const mine = list.filter((u) => u.use.cls === cls);
      const forms = new Set(mine.map((u) => u.use.form));
      if (forms.size < 2) continue;
      let group: Group;
      if (cls === "noun") {
        const koyo = KOYO_NOUNS[skeleton];
        group = koyo ? { kind: "送り仮名", forms: new Map(), koyo, koyoNote: "（「公用文における漢字使用等について」が示す複合語の名詞の形）" } : { kind: "送り仮名", forms: new Map() };
      } else {
        // Verbs keep their okurigana in 公用文 (送り仮名の付け方の本則): 取り組む, not 取組む.
        const full = [...forms].filter((f) => f.length > 2);
        group = { kind: "送り仮名", forms: new Map(), countsNote: "活用形を合算", ...(full.length === 1 ? { koyo: full[0]!, koyoNote: "（動詞は送り仮名を省かない）" } : {}) };
      }
      for (const u of mine) addOccurrence(groups, `okuri-${cls}:${skeleton}`, () => group, u.use.form, occurrence(u.start, u.use.wordEnd, u.start, u.use.formEnd));
    }
  }
}
