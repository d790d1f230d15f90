/**
 * no-missing-particle: the particle of a compound particle (複合辞) dropped —
 * 「ご意見ついては」 for 「ご意見については」, 「場合おいて」, 「方針基づき」,
 * 「老若男女問わず」 for 「老若男女を問わず」, 「図られるともに」 for 「図られるとともに」.
 *
 * The rule is grammar, not a word list of sentences: 「について」「において」「に対して」
 * 「に関して」「に際して」「に当たって」「に基づいて」「に向けて」「に伴って」「に応じて」
 * 「に沿って」「にわたって」「に係る」 and 「を問わず」「を踏まえ」 are fixed forms whose verb
 * part never follows a noun directly. So the verb part right after a noun — a kanji,
 * a katakana word, a Latin word or a closing bracket — is a dropped particle.
 *
 * What real Japanese needs left alone:
 * - a verb part that starts a sentence or follows kana: the conjunction 「ついては、」,
 *   「さておいて」, 「差しあたって」, 「結びついて」 (only kanji, katakana, Latin letters
 *   and closing brackets count as a noun's end);
 * - verbs that end in the same kanji: 「反対して」「相対する」「応対する」「敵対して」,
 *   「相関する」「連関して」, 「交際して」, 「相伴って」, 「相応じて」, 「仕向けて」「手向ける」,
 *   「見当たって」, 「傷ついて」「根ついて」「寝ついて」「居ついて」, 「一息ついて」;
 * - 「おいて」 of 置く after a span of time: 「一日おいて」「間おいて」;
 * - suffixes that look like the verb part: 「一人当たり」「条件付き」「若者向け」
 *   (only the て/た/る/き forms that cannot be a suffix are read).
 *
 * 「とともに」 joins a clause to the next by its verb: 「ともに」 right after the end of a verb
 * or adjective (る, う, す, ぬ, む, ぶ, ぐ, い, た) has lost its と. Left alone: 「名実ともに」
 * and 「両者ともに」 (after nouns), 「二つともに」 (a count: つ is not read), 「仲良く共に」
 * (an adverb in く: く is not read), 「また共に」「お互い共に」 (adverbs).
 * The finding covers the verb part; a suggestion inserts the particle (never a fix:
 * 「ご意見につきましては」 may be what was meant).
 */
import { defineRule } from "../rule.js";
import { crossesParagraph, minimalFix, proseText, sourceRange } from "../terms/prose-text.js";

interface CompoundParticle {
  /** The particle that belongs before the verb part. */
  particle: "に" | "を";
  /** The verb part, in the forms that cannot be a suffix. */
  forms: readonly string[];
  /** Last characters of words that end in the verb part's kanji and are words of their own. */
  wordEnds?: readonly string[];
}

const COMPOUNDS: readonly CompoundParticle[] = [
  // 傷つく, 根付く, 寝付く, 居着く, 一息つく, 嘘をつく, 底をつく, 杖をつく, 手をつく, 膝をつく, 火がつく, 味がつく, 目がつく, 板につく, 癖がつく, 錆つく.
  { particle: "に", forms: ["ついて", "ついての"], wordEnds: ["傷", "根", "寝", "居", "息", "嘘", "底", "杖", "手", "膝", "火", "味", "目", "板", "癖", "錆", "凍", "片"] },
  { particle: "に", forms: ["おいて", "おける"] },
  // 反対する, 敵対する, 相対する, 応対する, 正対する, 絶対.
  { particle: "に", forms: ["対して", "対する", "対し、"], wordEnds: ["反", "敵", "相", "応", "正", "絶", "対"] },
  // 相関する, 連関する.
  { particle: "に", forms: ["関して", "関する", "関し、"], wordEnds: ["相", "連"] },
  // 交際する.
  { particle: "に", forms: ["際して", "際し、"], wordEnds: ["交"] },
  // 見当たる, 突き当たる, 心当たり, 罰当たり, 行き当たる, 体当たり, 差し当たって, 場当たり, 日当たり.
  { particle: "に", forms: ["当たって", "当たり、", "あたって", "あたり、"], wordEnds: ["見", "突", "心", "罰", "行", "体", "差", "場", "日"] },
  { particle: "に", forms: ["基づいて", "基づき", "基づく", "基づいた"] },
  // 仕向ける, 手向ける, 差し向ける, 振り向ける, 背向ける.
  { particle: "に", forms: ["向けて", "向けた"], wordEnds: ["仕", "手", "差", "振", "背", "目", "顔"] },
  // 相伴う, 同伴, 随伴.
  { particle: "に", forms: ["伴って", "伴い", "伴う"], wordEnds: ["相", "同", "随"] },
  // 相応じる, 呼応.
  { particle: "に", forms: ["応じて", "応じた"], wordEnds: ["相", "呼", "反", "対", "即", "適", "順"] },
  { particle: "に", forms: ["沿って", "沿った"], wordEnds: ["寄"] },
  { particle: "に", forms: ["わたって", "わたり、", "わたる"] },
  { particle: "に", forms: ["係る"], wordEnds: ["関"] },
  { particle: "を", forms: ["問わず"] },
  { particle: "を", forms: ["踏まえ"] },
];

/** A noun's last character: kanji (with 々), katakana (with ー), a Latin letter of either width, a closing bracket. */
const NOUN_END = /[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30a1-\u30fa\u30fcA-Za-zＡ-Ｚａ-ｚ」』）)]/;
/** A span of time or of things skipped, or a count: 一日おいて, 二人おいて, 一呼吸おいて, 一目おいて, 間おいて. */
const SPAN_BEFORE_OKU = /(?:[0-9０-９一二三四五六七八九十百数幾][^\s、。]{0,2}|間|分|秒)$/;

const SCRIPT_CLASSES = [/[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/, /[\u30a1-\u30fa\u30fc]/, /[\u3041-\u3096]/, /[A-Za-zＡ-Ｚａ-ｚ]/];

/** The word before `at` as the message shows it: the run of characters of one script (at most 8) that ends there. */
function wordBefore(text: string, at: number): string {
  const last = text[at - 1]!;
  const script = SCRIPT_CLASSES.find((re) => re.test(last));
  if (!script) return last;
  let start = at - 1;
  while (start > 0 && at - start < 8 && script.test(text[start - 1]!)) start--;
  return text.slice(start, at);
}

/** 「ともに」 after a verb's or adjective's end: the と of 「とともに」 dropped. */
const TOMONI_AFTER_VERB = /(?:ともに|共に)(?<=[るうすぬむぶぐいた](?:ともに|共に))/g;
/** Adverbs before the adverb 共に: 「また共に」「お互い共に」. */
const ADVERB_BEFORE_TOMONI = /(?:また|互い)$/;

/** Each form with its compound. */
const COMPOUND_OF = new Map<string, CompoundParticle>();
for (const compound of COMPOUNDS) for (const form of compound.forms) COMPOUND_OF.set(form, compound);
/**
 * Every form after a noun's end, longest first. The lookbehind comes after the form: in
 * front it would be tried at every position of the text, and most forms follow に.
 */
const ALTERNATIVES = [...COMPOUND_OF.keys()].sort((a, b) => b.length - a.length).join("|");
const AFTER_NOUN = new RegExp(`(?:${ALTERNATIVES})(?<=${NOUN_END.source}(?:${ALTERNATIVES}))`, "g");

/** The verb part's first kanji, whose compounds wordEnds lists. */
function isOwnWord(text: string, at: number, compound: CompoundParticle): boolean {
  const before = text[at - 1]!;
  if (compound.wordEnds?.includes(before)) return true;
  return compound.forms[0] === "おいて" && SPAN_BEFORE_OKU.test(text.slice(Math.max(0, at - 3), at));
}

export const noMissingParticle = defineRule({
  id: "no-missing-particle",
  meta: {
    description: "Finds the particle of a compound particle dropped after a noun (「ご意見ついては」, 「場合おいて」, 「老若男女問わず」).",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      missing: "「{{found}}」: 「{{particle}}」が抜けています（「{{before}}{{particle}}{{form}}」）。",
      insert: "「{{particle}}」を補う",
    },
    docs: "docs/rules/no-missing-particle.md",
  },
  create(context) {
    const joined = proseText(context);
    const text = joined.text;
    AFTER_NOUN.lastIndex = 0;
    for (let m = AFTER_NOUN.exec(text); m !== null; m = AFTER_NOUN.exec(text)) {
      const at = m.index;
      const compound = COMPOUND_OF.get(m[0])!;
      if (isOwnWord(text, at, compound) || crossesParagraph(joined, at - 1, at + m[0].length)) continue;
      const form = m[0].replace(/、$/, "");
      const before = wordBefore(text, at);
      const { particle } = compound;
      const fix = minimalFix(context.text, joined, at, at, particle);
      context.report({
        range: sourceRange(joined, at, at + form.length),
        messageId: "missing",
        data: { found: before + form, particle, before, form },
        ...(fix ? { suggestions: [{ messageId: "insert", data: { particle }, fix }] } : {}),
      });
    }
    TOMONI_AFTER_VERB.lastIndex = 0;
    for (let m = TOMONI_AFTER_VERB.exec(text); m !== null; m = TOMONI_AFTER_VERB.exec(text)) {
      const at = m.index;
      if (ADVERB_BEFORE_TOMONI.test(text.slice(Math.max(0, at - 2), at)) || crossesParagraph(joined, at - 1, at + m[0].length)) continue;
      const fix = minimalFix(context.text, joined, at, at, "と");
      context.report({
        range: sourceRange(joined, at, at + m[0].length),
        messageId: "missing",
        data: { found: wordBefore(text, at) + m[0], particle: "と", before: wordBefore(text, at), form: m[0] },
        ...(fix ? { suggestions: [{ messageId: "insert", data: { particle: "と" }, fix }] } : {}),
      });
    }
  },
});
