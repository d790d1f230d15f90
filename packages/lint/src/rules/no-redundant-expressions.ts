/**
 * no-redundant-expressions: 重言 (重複表現), a meaning said twice — 「まず最初に」,
 * 「あらかじめ予定する」, 「過半数を超える」, 「約３割程度」, 「第３回目」, and a verbal noun
 * taken as the object of itself: 「その確認を適時確認していく」.
 *
 * Two kinds, both from usage guides rather than from one document:
 * - the standard examples of 重複表現 that the usage guides of newspapers and
 *   broadcasters list and that no dictionary accepts. Doubtful ones that some guides
 *   accept (「従来から」「違和感を感じる」「被害を被る」「必ず必要」「各〜ごと」) are left
 *   out: a finding must be one an editor accepts;
 * - 「ＸをＹＸする」: the same verbal noun (two or more kanji) as the object and, within
 *   the same clause, as the verb. Nothing but an adverb may stand between them (no
 *   particle, no punctuation), so 「確認を要する事項を確認する」 (a clause of its own)
 *   and 「検討を再検討する」 (再検討 is a word) are left alone.
 * The finding covers the redundant phrase; no fix and no suggestion: which half to keep
 * is the drafter's choice.
 */
import { ParagraphMemo } from "../memo/paragraph-memo.js";
import { defineRule } from "../rule.js";
import { proseText, sourceRange } from "../terms/prose-text.js";

const NUMBER = "[0-9０-９〇一二三四五六七八九十百千万億.．]+";
/** Fixed 重言, each with what it says twice. */
const FIXED: readonly { pattern: string; why: string }[] = [
  { pattern: "まず(?:最初|初め|はじめ)に", why: "「まず」と「最初に」" },
  { pattern: "一番最[初後]", why: "「一番」と「最」" },
  { pattern: "最も最(?:適|善|良|高|大|小|低|重要)", why: "「最も」と「最」" },
  { pattern: "(?:あらかじめ|予め)予(?:定|約|測|想|告|見|期)", why: "「あらかじめ」と「予」" },
  { pattern: "過半数を(?:超え|超す|上回)", why: "「過半数」は半数を超えること" },
  { pattern: "今現在", why: "「今」と「現在」" },
  { pattern: "(?:後で|後から|あとで|あとから)後悔", why: "「後」と「後悔」" },
  { pattern: "(?:まだ|いまだ|未だ)未(?:定|了|完|確|解|実|着|整|提出|対応|整備|決)", why: "「まだ」と「未」" },
  { pattern: `第${NUMBER}(?:回|日|番)目`, why: "「第」と「目」（どちらも順序を表す）" },
  { pattern: `約${NUMBER}[^\\s、。，．0-9０-９]{0,3}?(?:程度|ほど|くらい|ぐらい)`, why: "「約」と「程度」（どちらも概数を表す）" },
  { pattern: "(?:日本|我が国|わが国)(?:に|へ)来日", why: "「来日」は日本に来ること" },
  { pattern: "新たに新(?:設|規)", why: "「新たに」と「新」" },
  { pattern: "(?:今|現在)の現状", why: "「現状」は今の状態" },
  { pattern: "はっきり(?:と)?明言", why: "「はっきり」と「明言」" },
  { pattern: "(?:等など|など等)", why: "「等」と「など」" },
  { pattern: "過信し(?:すぎ|過ぎ)", why: "「過」と「すぎ」" },
  { pattern: "内定が決ま", why: "「内定」と「決まる」" },
  { pattern: "炎天下の下", why: "「下」が二つ" },
  { pattern: "細かく細分", why: "「細かく」と「細分」（細かく分けること）" },
];
/** All of them in one scan, without capture groups (they slow the scan); a hit is matched to its entry afterwards. */
const FIXED_RE = new RegExp(FIXED.map((f) => f.pattern).join("|"), "g");
const FIXED_WHOLE = FIXED.map((f) => new RegExp(`^(?:${f.pattern})$`));

/**
 * A verbal noun as its own object: the noun (a whole kanji word of 2–6 kanji), を, an
 * adverb, the noun again, then a form of する. The adverb is kana and kanji without を,
 * が, は, の, に inside, punctuation or the endings of a verb (る, た, い: a relative clause
 * such as 「要する事項」 is a clause of its own); it may end in に (速やかに) and, when it
 * ends in kanji, is a word of two or more kanji (適時, 随時), so a one-kanji prefix
 * (再検討, 未確認) is never cut off as the adverb. Found from each を by hand: a regexp
 * with a back-reference tried every position of the text.
 */
const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || c === 0x3005 || (c >= 0xf900 && c <= 0xfaff);
/**
 * Sticky: tested at a position of the text (lastIndex), not on the character cut
 * out as a string — a new string per character read, for every を of the plan.
 */
const NOT_IN_ADVERB = /[\s、。，．をがはにのるたい「」『』（）()]/y;
const NOT_ADVERB_END = new Set([..."をがはのるたい"].map((c) => c.charCodeAt(0)));
const isHiragana = (c: number): boolean => c >= 0x3041 && c <= 0x3096;
const NI = 0x306b;
const SURU_FORM = /^(?:す[るれ]|し[てたまつな、。]|さ[れせ]|でき|いたし)/;
const MAX_ADVERB = 9;

/** Where a 「ＸをＹＸする」 starts and ends, for the を at `wo`; undefined when there is none. */
function selfObjectAt(text: string, wo: number): { start: number; end: number; noun: string } | undefined {
  let start = wo;
  while (start > 0 && wo - start <= 6 && isHan(text.charCodeAt(start - 1))) start--;
  const length = wo - start;
  if (length < 2 || length > 6) return undefined;
  const noun = text.slice(start, wo);
  const verbAt = (j: number): boolean => text.startsWith(noun, j) && SURU_FORM.test(text.slice(j + length, j + length + 3));
  if (verbAt(wo + 1)) return { start, end: wo + 1 + length, noun };
  // The adverb is text[wo + 1, j): try each end j, stopping at what no adverb holds.
  for (let j = wo + 2; j <= wo + 1 + MAX_ADVERB && j <= text.length; j++) {
    const last = text.charCodeAt(j - 1);
    if (last === NI) return verbAt(j) && j - 1 > wo + 1 ? { start, end: j + length, noun } : undefined;
    NOT_IN_ADVERB.lastIndex = j - 1;
    if (NOT_IN_ADVERB.test(text)) return undefined;
    const endsWell = isHiragana(last) ? !NOT_ADVERB_END.has(last) : isHan(last) && j - 2 > wo && isHan(text.charCodeAt(j - 2));
    if (endsWell && verbAt(j)) return { start, end: j + length, noun };
  }
  return undefined;
}

const FIXED_KIND = 0;
const SELF_OBJECT_KIND = 1;

interface Redundancy {
  start: number;
  end: number;
  kind: typeof FIXED_KIND | typeof SELF_OBJECT_KIND;
  found: string;
  /** The reason of a fixed phrase, the noun of a self-object. */
  detail: string;
}

/**
 * The redundancies of `text`, none across a paragraph break. Paragraph-local (see
 * memo/paragraph-memo.ts): the fixed phrases hold no space or "\n", and a
 * self-object is read back over kanji and forward over a noun, an adverb that
 * stops at a space and a verb form with no "\n" in it. The language server keeps
 * them per paragraph.
 */
function redundanciesIn(text: string): Redundancy[] {
  const out: Redundancy[] = [];
  const crosses = (start: number, end: number): boolean => {
    const nl = text.indexOf("\n", start);
    return nl >= 0 && nl < end;
  };
  FIXED_RE.lastIndex = 0;
  for (let m = FIXED_RE.exec(text); m !== null; m = FIXED_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (crosses(m.index, end)) continue;
    const which = FIXED_WHOLE.findIndex((re) => re.test(m![0]));
    out.push({ start: m.index, end, kind: FIXED_KIND, found: m[0], detail: FIXED[which]!.why });
  }
  for (let wo = text.indexOf("を"); wo >= 0; wo = text.indexOf("を", wo + 1)) {
    const hit = selfObjectAt(text, wo);
    if (!hit || crosses(hit.start, hit.end)) continue;
    out.push({ start: hit.start, end: hit.end, kind: SELF_OBJECT_KIND, found: text.slice(hit.start, hit.end), detail: hit.noun });
  }
  return out;
}

const redundancies = new ParagraphMemo<Redundancy>(1 << 14);

export const noRedundantExpressions = defineRule({
  id: "no-redundant-expressions",
  meta: {
    description: "Finds a meaning said twice (重言): 「まず最初に」, 「過半数を超える」, 「約３割程度」, 「確認を適時確認する」.",
    recommended: "warn",
    fixable: false,
    hasSuggestions: false,
    messages: {
      fixed: "「{{found}}」は重複表現です（{{why}}）。",
      selfObject: "「{{found}}」: 「{{noun}}」が目的語と動詞で重複しています。",
    },
    docs: "docs/rules/no-redundant-expressions.md",
  },
  create(context) {
    const joined = proseText(context);
    const found: Redundancy[] = [];
    redundancies.find(joined.text, "", redundanciesIn, (r, offset) => found.push({ ...r, start: r.start + offset, end: r.end + offset }));
    // Fixed phrases first, then self-objects, each in text order (as one pass of each found them).
    found.sort((a, b) => a.kind - b.kind);
    for (const f of found) {
      const range = sourceRange(joined, f.start, f.end);
      const data: Record<string, string> = f.kind === FIXED_KIND ? { found: f.found, why: f.detail } : { found: f.found, noun: f.detail };
      context.report({ range, messageId: f.kind === FIXED_KIND ? "fixed" : "selfObject", data });
    }
  },
});
