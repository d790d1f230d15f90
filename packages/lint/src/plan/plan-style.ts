/**
 * The style of a plan kept in several files. Each file's style is detected from
 * its own sentence endings (document-style.ts), but a short chapter file of a
 * です・ます plan — a table of measures, a list of members — has too few sentences
 * to tell and would be taken as 公用文, so one plan would be checked by two sets of
 * spellings. The plan's files are one document: their evidence is added up.
 */
import { detectDocumentStyle, MIN_SENTENCES_FOR_STYLE, type DocumentStyle, type DocumentStyleEvidence, type PlanDocument } from "@planlint/core";
import type { PlanMember } from "../rule.js";

/**
 * Each file's evidence, kept with its parsed document: the editor lints the plan
 * again after every keystroke in one chapter, and counting the sentence ends of
 * every other chapter again was 5% of that lint.
 */
const evidenceOf = new WeakMap<PlanDocument, { text: string; evidence: DocumentStyleEvidence }>();

function memberEvidence(m: PlanMember): DocumentStyleEvidence {
  const hit = evidenceOf.get(m.document);
  if (hit && hit.text === m.text) return hit.evidence;
  const evidence = detectDocumentStyle(m.text, m.document.parts);
  evidenceOf.set(m.document, { text: m.text, evidence });
  return evidence;
}

/** The style of the plan's files read together; undefined for a plan of one file (its own style stands). */
export function planStyle(members: readonly PlanMember[]): DocumentStyle | undefined {
  if (members.length < 2) return undefined;
  let polite = 0;
  let plain = 0;
  for (const m of members) {
    const evidence = memberEvidence(m);
    polite += evidence.polite;
    plain += evidence.plain;
  }
  return polite + plain >= MIN_SENTENCES_FOR_STYLE && polite >= plain ? "general" : "official";
}
