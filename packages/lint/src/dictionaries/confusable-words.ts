/**
 * 同音異義語 and 誤変換 for `no-confusable-words`, each found by the context that
 * selects the right word, not by listed sentences. A homophone is only an error in
 * context (「多用な」 is fine in 「ご多用な折」, wrong in 「多用な人材」), so every
 * entry matches the mistaken word alone and proves the mistake with the words
 * around it, in lookarounds, built from the kinds of context that dictionaries'
 * usage notes and 文化庁's guidance give:
 *
 * - the noun a 「〜な」 form modifies (`modifying`: 多用な人材, 不振なメール);
 * - the object or owner of a verbal noun, written 「Nを」「Nの」「Nに対する」 or as a
 *   compound (`objectOf`: 責任を追求 / 責任の追求 / 責任追求 → 追及);
 * - the fixed collocation or compound (`compoundAfter`, `followedBy`: 安全補償 → 保障,
 *   収集がつかない → 収拾, 意志決定 → 意思決定).
 *
 * Word lists are the open classes those notes name (what one pursues: 利益・利潤・
 * 理想…; what one holds responsible: 責任・疑惑・不正…), so the entry fires on a
 * sentence it was never shown. Where the notes leave the choice to the writer
 * (体制 or 態勢 for 「受入れたいせい」, 原因の追及/追究) there is no entry: a
 * published plan must come out clean.
 *
 * `source` cites where the usage rule comes from. `examples` are the tests: each
 * `wrong` sentence gives exactly one finding whose first candidate turns it into
 * `right`; each `ok` sentence gives none.
 */
import { classicPairs } from "./confusable-words/classic-pairs.js";
import { ijiDokunPairs } from "./confusable-words/iji-dokun-pairs.js";
import { morePairs } from "./confusable-words/more-pairs.js";
import type { ConfusableWord } from "./confusable-words/contexts.js";

export type { ConfusableWord } from "./confusable-words/contexts.js";


export const confusableWords: readonly ConfusableWord[] = [...classicPairs, ...morePairs, ...ijiDokunPairs];
