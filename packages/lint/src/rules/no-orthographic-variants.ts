/**
 * no-orthographic-variants: 表記ゆれ found without a dictionary — the same word
 * written two ways anywhere in the plan (overview, body and glossary together,
 * which is what per-paragraph checkers miss). The document's own majority
 * decides, or in 公用文 the 公用文 form when the convention is settled; the drafter
 * chooses in the editor, so these are suggestions, never fixes.
 *
 * There is no tokenizer (a kuromoji dictionary would blow the start-up budget),
 * so every family of variants is recognised by its shape and compared like with
 * like: nouns with nouns, verbs with verbs, the last component of a katakana
 * compound with the same word standing alone. One pass over the text collects
 * everything; only the few spellings that turn out to have a rival are looked
 * at again.
 */
import { toSourceRange, type RuleSuggestion } from "@planlint/core";
import { collectKanaKanji } from "../orthography/kana-kanji.js";
import { collectKatakana } from "../orthography/katakana.js";
import { collectLatin, latinKind } from "../orthography/latin.js";
import { collectOkurigana } from "../orthography/okurigana.js";
import { inBrackets, scanText } from "../orthography/scan.js";
import type { Group, Occurrence } from "../orthography/variant-groups.js";
import { reportsOverPlan } from "../plan/plan-as-one-text.js";
import { planText, seedPlanText, sourceEdit } from "../plan/plan-text.js";
import { defineRule } from "../rule.js";

// ---------------------------------------------------------------------------
// The rule: which spelling of a group to propose. The scanners are in
// ../orthography/ (one pass over the text, then one collector per family).
// ---------------------------------------------------------------------------

interface Target {
  form: string;
  advice: (preferredWord: string) => string;
}

/**
 * In 公用文 (style "official"), the 公用文 form when the convention settles it and
 * the document uses it; otherwise a strict majority. A general document (a
 * です・ます guidebook, a manifesto) is not bound by 公用文: only its own majority
 * speaks, and the advice never cites 公用文. A tie proposes nothing, except for
 * long vowels where 「外来語の表記」 (a 内閣告示 for all writing, not only 公用文) decides.
 */
function chooseTarget(group: Group, counts: Map<string, number>, official: boolean): Target | undefined {
  const present = [...counts].filter(([, n]) => n > 0);
  if (present.length === 0) return undefined;
  if (official && group.koyo !== undefined && (counts.get(group.koyo) ?? 0) > 0) {
    const note = group.koyoNote ?? "";
    return { form: group.koyo, advice: (w) => `公用文では「${w}」と書きます${note}。` };
  }
  present.sort((a, b) => b[1] - a[1]);
  const [top, second] = present;
  if (second && second[1] === top![1]) {
    if (group.onTie !== undefined && (counts.get(group.onTie) ?? 0) > 0) {
      return { form: group.onTie, advice: (w) => `同数のため、語末の長音を書く「外来語の表記」に従い「${w}」を提案します。` };
    }
    return undefined;
  }
  return { form: top![0], advice: (w) => `多い方の「${w}」に揃えることを検討してください。` };
}

export const noOrthographicVariants = defineRule({
  id: "no-orthographic-variants",
  meta: {
    description: "The same word written two ways in one plan (送り仮名, 長音, 全角・半角, 大文字・小文字, スペース, かな・漢字): each minority spelling is reported.",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      variant: "「{{found}}」（{{foundCount}}回）と「{{preferred}}」（{{preferredCount}}回）が混在しています（{{kind}}）。{{advice}}",
      variantInWord: "「{{word}}」の「{{found}}」: 「{{found}}」（{{foundCount}}回）と「{{preferred}}」（{{preferredCount}}回）が混在しています（{{kind}}）。{{advice}}",
      replace: "「{{replacement}}」に置き換える",
    },
    docs: "docs/rules/no-orthographic-variants.md",
  },
  create(context) {
    // A plan kept in several files: 表記ゆれ is counted over the whole plan, read as one text.
    if (context.plan.members.length > 1) {
      for (const report of reportsOverPlan(context, noOrthographicVariants, planText, seedPlanText, (whole) => noOrthographicVariants.create(whole))) context.report(report);
      return;
    }
    const joined = planText(context);
    const text = joined.text;
    const scan = scanText(text);
    const groups = new Map<string, Group>();
    collectKatakana(scan.katakana, groups);
    collectLatin(scan, joined, groups);
    collectOkurigana(text, scan, groups);
    collectKanaKanji(text, scan, groups);

    // Occurrences found by comparing word pairs inside names wait until every other finding
    // is made: one overlapping it is the same defect (Internet Of in Internet Of Things), and
    // where a name's whole spelling is settled, that verdict stands (no contradicting advice).
    const made: Occurrence[] = [];
    const later: { o: Occurrence; report: (o: Occurrence) => void }[] = [];
    for (const group of groups.values()) {
      if (group.forms.size < 2) continue;
      // A quoted title is another document's wording (世界最先端ＩＴ国家創造宣言 is its official
      // spelling): it neither votes nor is reported.
      const counts = new Map<string, number>();
      for (const [form, occs] of group.forms) {
        let n = 0;
        for (const o of occs) {
          o.quoted = inBrackets(scan.brackets, o.wordStart) && context.isQuotation(toSourceRange(joined, o.wordStart, o.wordEnd));
          if (!o.quoted) n++;
        }
        counts.set(form, n);
      }
      const target = chooseTarget(group, counts, context.style === "official");
      if (!target) continue;
      if (group.names) for (const occs of group.forms.values()) for (const o of occs) if (!o.deferred) made.push(o);
      const preferredCount = counts.get(target.form)!;
      for (const [form, occs] of group.forms) {
        if (form === target.form) continue;
        const foundCount = counts.get(form)!;
        const report = (o: Occurrence): void => {
          const range = toSourceRange(joined, o.wordStart, o.wordEnd);
          const word = text.slice(o.wordStart, o.wordEnd);
          const replacement = text.slice(o.wordStart, o.formStart) + target.form + text.slice(o.formEnd, o.wordEnd);
          const kind = group.kind ?? latinKind(form, target.form);
          const data = { foundCount, preferredCount, kind: group.countsNote ? `${kind}、${group.countsNote}` : kind, advice: target.advice(replacement) };
          const suggestions: RuleSuggestion[] = [{ messageId: "replace", data: { replacement }, fix: sourceEdit(context.text, joined, o.wordStart, o.wordEnd, replacement) }];
          if (o.formStart !== o.wordStart && group.kind === "語末の長音") {
            context.report({ range, messageId: "variantInWord", data: { ...data, word, found: form, preferred: target.form }, suggestions });
          } else {
            context.report({ range, messageId: "variant", data: { ...data, found: word, preferred: replacement }, suggestions });
          }
        };
        for (const o of occs) {
          if (o.quoted) continue;
          if (o.deferred) {
            later.push({ o, report });
            continue;
          }
          if (!group.names) made.push(o);
          report(o);
        }
      }
    }
    for (const { o, report } of later) {
      if (made.some((m) => m.wordStart < o.wordEnd && o.wordStart < m.wordEnd)) continue;
      made.push(o);
      report(o);
    }
  },
});
