/**
 * The style of a plan kept in several files. Each file's style is detected from
 * its own sentence endings (document-style.ts), but a short chapter file of a
 * です・ます plan — a table of measures, a list of members — has too few sentences
 * to tell and would be taken as 公用文, so one plan would be checked by two sets of
 * spellings. The plan's files are one document: their evidence is added up.
 */
import { detectDocumentStyle, MIN_SENTENCES_FOR_STYLE, type DocumentStyle } from "@planlint/core";
import type { PlanMember } from "../rule.js";

/** The style of the plan's files read together; undefined for a plan of one file (its own style stands). */
export function planStyle(members: readonly PlanMember[]): DocumentStyle | undefined {
  if (members.length < 2) return undefined;
  let polite = 0;
  let plain = 0;
  for (const m of members) {
    const evidence = detectDocumentStyle(m.text, m.document.parts);
    polite += evidence.polite;
    plain += evidence.plain;
  }
  return polite + plain >= MIN_SENTENCES_FOR_STYLE && polite >= plain ? "general" : "official";
}
