/** The built-in rules, by id. Each lives in the file named after its id. */
import type { Rule } from "../rule.js";
import { consistentCounts } from "./consistent-counts.js";
import { consistentDates } from "./consistent-dates.js";
import { consistentNames } from "./consistent-names.js";
import { consistentTerms } from "./consistent-terms.js";
import { consistentWidth } from "./consistent-width.js";
import { definitionPeriod } from "./definition-period.js";
import { glossaryIntegrity } from "./glossary-integrity.js";
import { noConfusableWords } from "./no-confusable-words.js";
import { noDoubledWords } from "./no-doubled-words.js";
import { noLookalikeCharacters } from "./no-lookalike-characters.js";
import { noMissingParticle } from "./no-missing-particle.js";
import { noRedundantExpressions } from "./no-redundant-expressions.js";
import { noRenamedBodies } from "./no-renamed-bodies.js";
import { noRepeatedPassages } from "./no-repeated-passages.js";
import { noSpokenVerbForms } from "./no-spoken-verb-forms.js";
import { noStrayPunctuation } from "./no-stray-punctuation.js";
import { noDuplicateMeasures } from "./no-duplicate-measures.js";
import { noOrthographicVariants } from "./no-orthographic-variants.js";
import { noUnmatchedEmphasis } from "./no-unmatched-emphasis.js";
import { noUnrenderedHeading } from "./no-unrendered-heading.js";
import { noSpaceBeforeParticle } from "./no-space-before-particle.js";
import { noKanjiFormalIu } from "./no-kanji-formal-iu.js";
import { noUndefinedAcronym } from "./no-undefined-acronym.js";
import { noUnmatchedBrackets } from "./no-unmatched-brackets.js";
import { overviewMatchesBody } from "./overview-matches-body.js";
import { validCrossReference } from "./valid-cross-reference.js";
import { validFootnotes } from "./valid-footnotes.js";
import { validNumbering } from "./valid-numbering.js";

export const builtinRules: Readonly<Record<string, Rule<any>>> = Object.freeze({
  "consistent-terms": consistentTerms,
  "no-orthographic-variants": noOrthographicVariants,
  "no-undefined-acronym": noUndefinedAcronym,
  "no-duplicate-measures": noDuplicateMeasures,
  "valid-numbering": validNumbering,
  "valid-cross-reference": validCrossReference,
  "consistent-dates": consistentDates,
  "consistent-width": consistentWidth,
  "glossary-integrity": glossaryIntegrity,
  "no-confusable-words": noConfusableWords,
  "no-doubled-words": noDoubledWords,
  "valid-footnotes": validFootnotes,
  "no-repeated-passages": noRepeatedPassages,
  "overview-matches-body": overviewMatchesBody,
  "consistent-counts": consistentCounts,
  "consistent-names": consistentNames,
  "no-renamed-bodies": noRenamedBodies,
  "no-unmatched-brackets": noUnmatchedBrackets,
  "no-stray-punctuation": noStrayPunctuation,
  "definition-period": definitionPeriod,
  "no-missing-particle": noMissingParticle,
  "no-redundant-expressions": noRedundantExpressions,
  "no-lookalike-characters": noLookalikeCharacters,
  "no-spoken-verb-forms": noSpokenVerbForms,
  "no-unmatched-emphasis": noUnmatchedEmphasis,
  "no-unrendered-heading": noUnrenderedHeading,
  "no-space-before-particle": noSpaceBeforeParticle,
  "no-kanji-formal-iu": noKanjiFormalIu,
});
