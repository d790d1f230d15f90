import { describe, expect, it } from "vitest";
import { confusableWords } from "../dictionaries/confusable-words.js";
import { builtinDictionary, BUILTIN_DICTIONARY_NAMES } from "../dictionaries/index.js";
import { staysInParagraph } from "./paragraph-local.js";

describe("staysInParagraph", () => {
  it("accepts literals, kana and kanji classes, lookarounds of them, \\d \\w \\b", () => {
    for (const re of [/多重防御/g, /取組(?!み)/g, /(?<![ぁ-ん])及び/g, /[０-９0-9]+年/g, /\d+\w/g, /\bIoT\b/g, /[-ア]/g, /a.b/g]) expect(staysInParagraph(re), re.source).toBe(true);
  });
  it("refuses what may match a line break or a text edge", () => {
    for (const re of [/a\sb/g, /[^あ]取組/g, /a\nb/g, /\x0a/g, /\u3041/g, /\p{Script=Han}/gu, /^取組/g, /取組$/g, /a.b/gs, /[\t-\r]/g, /[\0-z]/g, /a\Wb/g, /\Dx/g, new RegExp("a\nb", "g"), /\cJ/g]) {
      expect(staysInParagraph(re), re.source).toBe(false);
    }
  });
  it("passes most built-in dictionary patterns", () => {
    for (const name of BUILTIN_DICTIONARY_NAMES) {
      const rules = builtinDictionary(name).rules;
      const safe = rules.filter((r) => r.patterns.every(staysInParagraph)).length;
      // Numbers, not a bar: the refused ones still run on the whole text.
      console.log(`${name}: ${safe}/${rules.length} patterns read one paragraph`);
      expect(safe).toBeGreaterThan(rules.length / 2);
    }
    const confusable = confusableWords.filter((w) => staysInParagraph(new RegExp(w.pattern, "gu"))).length;
    console.log(`confusable words: ${confusable}/${confusableWords.length} patterns read one paragraph`);
    expect(confusable).toBeGreaterThan(confusableWords.length / 2);
  });
});
