/** Variant groups: the spellings of one word found in the plan, each with where it occurs. */

export type VariantKind = "送り仮名" | "語末の長音" | "全角・半角" | "大文字・小文字" | "スペース・ハイフン" | "かな・漢字" | "表記";

export interface Occurrence {
  /** The whole word as written (the finding's range), in joined-text offsets. */
  wordStart: number;
  wordEnd: number;
  /** The part that varies (a katakana compound's last component, a verb's stem); the rest is kept. */
  formStart: number;
  formEnd: number;
  quoted?: boolean;
  /**
   * Found by comparing two words inside Latin names (or a word with such a pair):
   * reported only where no other finding overlaps it and no comparison of the whole
   * name settled its spelling, since that is the same defect.
   */
  deferred?: boolean;
}

export interface Group {
  /** Fixed kind, or undefined to work it out per pair of spellings (Latin). */
  kind?: VariantKind;
  forms: Map<string, Occurrence[]>;
  /** The 公用文 form, when the convention settles the choice. */
  koyo?: string;
  /** Why the 公用文 form, appended to the advice. */
  koyoNote?: string;
  /** The form to propose when the counts tie (long vowels: 「外来語の表記」). */
  onTie?: string;
  /** The counts add up conjugations or compounds. */
  countsNote?: string;
  /** Compares whole Latin names: where it settles a name's spelling, pairs of words inside that name are not compared again. */
  names?: boolean;
}

export function occurrence(wordStart: number, wordEnd: number, formStart = wordStart, formEnd = wordEnd, deferred = false): Occurrence {
  return deferred ? { wordStart, wordEnd, formStart, formEnd, deferred } : { wordStart, wordEnd, formStart, formEnd };
}

export function addOccurrence(groups: Map<string, Group>, key: string, make: () => Group, form: string, occ: Occurrence): void {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = make()));
  let list = g.forms.get(form);
  if (!list) g.forms.set(form, (list = []));
  list.push(occ);
}
