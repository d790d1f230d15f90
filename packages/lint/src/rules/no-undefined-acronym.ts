/**
 * Latin acronyms (NISC, J-CRAT, JPCERT/CC, IoT, M2M) in the overview and body that
 * neither a glossary nor the text itself explains, inline expansions that say
 * something else than the glossary, and glossary entries the plan never uses.
 *
 * Everything is read from the plan model's joined texts (wrapped lines glued, page
 * headers dropped), so 「J-」⏎⏎「CRAT」 is one token and offsets map back through
 * the joined pieces.
 */
import { JAPANESE_CHAR, toHalfWidth, type Footnote, type Glossary, type GlossaryEntry, type JoinedText, type RuleSuggestion, type TextRange } from "@planlint/core";
import { definitionAround, definitionText, isExpansion } from "../acronyms/definitions.js";
import { PlanText, SegmentedText, keywordList, planSegments } from "../acronyms/segments.js";
import { FOOTNOTE_MARK, HAS_LETTER, HYPHEN_OR_AMPERSAND, NearHeadwords, SINGLE_TOKEN, SPACES, acronymLike, asWritten, followsNumber, isRedirect, looseKey, partOfCompanyName, partOfDottedName, urlSpans } from "../acronyms/shapes.js";
import { defineRule, type RuleContext } from "../rule.js";

export interface NoUndefinedAcronymOptions {
  /** Acronyms that need no definition in this project, in addition to the well-known ones. */
  allow?: string[];
  /** Accept the short built-in list of acronyms that Japanese official texts use without definition (IT, EU, NPO…). */
  wellKnown?: boolean;
}

/**
 * Acronyms a general reader of Japanese reads as words, so no plan, guidebook
 * or manifesto has to spell them out. The criterion (see the rule's doc): a
 * headword of general Japanese dictionaries (『広辞苑』, 『大辞林』, 『三省堂国語辞典』) with one everyday
 * meaning, that government texts for the public write without expansion —
 * devices and services of daily life (PC, USB, QR, PDF, SNS), the economy's and
 * diplomacy's standing names (GDP, EU, UN, OECD, G7, G20) and Japan's own
 * standards (JIS). Not here: acronyms with two everyday meanings (HP, IP) and
 * bodies a reader knows only from the field (IEC, JICA, NATO as a defence
 * partner): a plan explains those, and a glossary can list them.
 */
const WELL_KNOWN = [
  // Information technology in daily life
  "AI", "IT", "ICT", "IoT", "DX", "API", "SNS", "PC", "OS", "URL", "PDF", "CSV", "QR", "ID", "USB", "LAN", "GPS", "IC", "TV", "DVD", "LED",
  // Economy, society and diplomacy
  "GDP", "EU", "UN", "OECD", "WTO", "WHO", "ODA", "G7", "G20", "NPO", "NGO", "SDGs", "LGBT", "LGBTQ", "ATM", "NHK",
  // Executive titles (dictionary headwords; 「政府CIO」 is a post's official name)
  "CEO", "CIO",
  // Standards
  "ISO", "JIS",
];

const TOKEN = /[A-Za-z0-9]+(?:[-/&][A-Za-z0-9]+)*/g;
/**
 * A token with a number is a designation, not an acronym to spell out: a document
 * or standard number (DS-410, ISO27001), a formula (CO2), a scenario (RCP8.5), a
 * generation (5G, IMI2), an era year (H26). A digit standing for a word inside an
 * acronym (M2M, P2P, W3C) is not a number. Those the glossary knows are still looked up.
 */
const DESIGNATION_WITH_NUMBER = /^[0-9]|[0-9]$|(?:^|-)[0-9]+(?:-|$)/;
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
/** A numbered sub-body such as SC27 in ISO/IEC JTC1/SC27 or SG17 in ITU-T SG17. */
const DESIGNATION = /^[A-Z]{1,5}[0-9]+$/;
const STEM_AND_NUMBER = /^([A-Z]{2,})[0-9]+$/;
const ALTERNATIVE_IN_PARENS = /^(.+?)\s*\((.+)\)$/;
/** A definition that may spell an acronym out in a parenthesis. */
const PAREN_NEXT_TO_LATIN = /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９][ 　]?[（(]|[（(][ 　「『]?[A-Za-zＡ-Ｚａ-ｚ]/;
const NO_SPANS: readonly [number, number][] = [];
// Regexps of the checks below, made once: a literal in a function is a new object
// at every call, and some of these run for every token of the plan.
const SPACE = /\s/;
const JOINERS = /[-/&]/;
const ABBREVIATION_OF = /^(.+?)の略/;

export const noUndefinedAcronym = defineRule<NoUndefinedAcronymOptions>({
  id: "no-undefined-acronym",
  meta: {
    description: "Latin acronyms used without a glossary entry or an expansion at first use, expansions that contradict the glossary, and glossary entries never used",
    recommended: "warn",
    fixable: false,
    hasSuggestions: true,
    messages: {
      undefinedAcronym: "「{{acronym}}」は用語解説になく、初出でも正式名称が示されていません",
      usedBeforeDefinition: "「{{acronym}}」の正式名称が後の箇所でしか示されていません。初出で示してください",
      contradictsGlossary: "「{{acronym}}」がここでは「{{expansion}}」、用語解説では「{{glossaryExpansion}}」とされています",
      unusedEntry: "用語解説の「{{headword}}」は概要にも本文にも使われていません",
      useHeadword: "用語解説の見出し語「{{headword}}」に直す",
    },
    docs: "docs/rules/no-undefined-acronym.md",
    optionsSchema: {
      type: "object",
      properties: {
        allow: { type: "array", items: { type: "string", minLength: 1 }, description: "Acronyms that need no definition." },
        wellKnown: { type: "boolean", description: "Accept the built-in list of everyday acronyms (AI, IT, IoT, API, SNS, PDF, EU, G7, ISO, …; see the rule's doc)." },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { allow: [], wellKnown: true },
  create(context) {
    new AcronymCheck(context).run();
  },
});

interface Occurrence {
  range: TextRange;
  defining: boolean;
  /** Defined only by 「ACR（日本語…）」, which may as well be a remark: enough not to call it undefined, not enough to call an earlier use premature. */
  weak?: boolean;
}

/** What one file of a plan defines and uses, for the plan's other files. */
interface AcronymSummary {
  acronyms: ReadonlyMap<string, Acronym>;
  usedTokens: ReadonlySet<string>;
  text: PlanText;
}

interface Acronym {
  /** As first written (width-folded). */
  written: string;
  first: Occurrence;
  /** The first use in running text, where the expansion belongs. */
  firstInText?: Occurrence;
  definedAt?: TextRange;
  /** Where a weak definition (see Occurrence.weak) stands, when no unambiguous one does. */
  weaklyDefinedAt?: TextRange;
}

class AcronymCheck {
  private readonly text: string;
  private readonly glossary: Glossary;
  private readonly allowed = new Set<string>();
  /** Tokens of Latin multi-word headwords (「SECCON CTF2017」 covers SECCON). */
  private readonly headwordTokens = new Set<string>();
  private readonly footnotes = new Map<string, Footnote>();
  /** Upper-cased Latin tokens seen in the overview and body, for "is this entry used". */
  private readonly usedTokens = new Set<string>();
  private readonly acronyms = new Map<string, Acronym>();
  /** Glossary look-ups by token as written: a plan repeats its acronyms hundreds of times, and each look-up normalises. */
  private readonly lookups = new Map<string, GlossaryEntry | null>();
  /** Footnote label → the acronym its mark follows (「IoT※１」). */
  private readonly markedAcronyms = new Map<string, string>();
  /** The plan's other files, in order, and those before this one (a plan kept in several files). */
  private others: (AcronymSummary & { file: string })[] = [];
  private earlier: AcronymSummary[] = [];

  constructor(private readonly context: RuleContext<NoUndefinedAcronymOptions>) {
    this.text = context.text;
    this.glossary = context.glossary;
    const { options } = context;
    if (options.wellKnown !== false) for (const a of WELL_KNOWN) this.allowed.add(a.toUpperCase());
    for (const a of options.allow ?? []) if (typeof a === "string") this.allowed.add(toHalfWidth(a).toUpperCase());
    for (const e of this.glossary.entries) {
      for (const term of [e.headword, ...(e.aliases ?? [])]) {
        const t = toHalfWidth(term.normalize("NFKC"));
        if (JAPANESE_CHAR.test(t) || !SPACE.test(t.trim())) continue;
        for (const w of t.split(SPACES)) if (w) this.headwordTokens.add(w.toUpperCase());
      }
    }
    for (const f of context.document.footnotes) {
      const m = FOOTNOTE_MARK.exec(toHalfWidth(f.label));
      if (m) this.footnotes.set(m[1]!, f);
    }
  }

  run(): void {
    const plan = new SegmentedText(planSegments(this.context));
    this.scan(plan, true);
    // A plan kept in several files: what the other files define and use.
    const { members, index } = this.context.plan;
    if (members.length > 1) {
      const all = this.context.plan.perMember("acronyms", (m) => new AcronymCheck(m).summarise());
      this.others = all.map((s, i) => ({ ...s, file: members[i]!.fileName })).filter((_, i) => i !== index);
      this.earlier = this.others.slice(0, index);
    }
    for (const entry of this.glossary.entries) {
      // Only a parenthesis next to Latin can hold an expansion: most definitions are skipped unread.
      if (entry.source.kind !== "document" || !PAREN_NEXT_TO_LATIN.test(entry.definition)) continue;
      const def = definitionText(this.text, this.context.document, entry);
      if (def) this.scan(new SegmentedText([{ joined: def, start: def.pieces[0]!.source }]), false, entry);
    }
    this.checkFootnoteExpansions();
    this.reportAcronyms();
    this.reportUnusedEntries(plan.text);
  }

  /** The scan alone, for the plan's other files: what this file defines and uses. */
  summarise(): AcronymSummary {
    const plan = new SegmentedText(planSegments(this.context));
    this.scan(plan, true);
    return { acronyms: this.acronyms, usedTokens: this.usedTokens, text: new PlanText(plan.text) };
  }

  /** Whether an earlier file of the plan already uses (or spells out) this acronym. */
  private inEarlierFile(key: string): boolean {
    return this.earlier.some((s) => s.acronyms.has(key));
  }

  /**
   * One pass over the tokens of the segments, read as one string. In the plan
   * (`inPlan`) tokens count as uses and definitions; in a glossary definition only
   * contradictions are looked for.
   */
  private scan(segmented: SegmentedText, inPlan: boolean, ownEntry?: GlossaryEntry): void {
    const s = segmented.text;
    const excluded = s.includes("@") || s.includes("://") ? urlSpans(s) : NO_SPANS;
    let prevEnd = -1;
    let definedUntil = -1;
    // The previous one and two tokens when they stand next to this one, upper-cased.
    let last = "";
    let lastTwo = "";
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
      const token = m[0];
      const start = m.index;
      const end = start + token.length;
      const adjacentToPrevious = prevEnd === start - 1 && s.charCodeAt(start - 1) === 0x20;
      prevEnd = end;
      if (inPlan) {
        // 「SECCON CTF 2017」 uses the headword 「SECCON CTF2017」: runs of neighbouring tokens are uses too.
        const upper = token.toUpperCase();
        if (adjacentToPrevious) {
          this.usedTokens.add(last + upper);
          if (lastTwo) this.usedTokens.add(lastTwo + upper);
          lastTwo = last + upper;
        } else lastTwo = "";
        last = upper;
      }
      if (excluded.length && excluded.some(([a, b]) => a <= start && start < b)) continue;
      if (partOfDottedName(s, start, end) || !HAS_LETTER.test(token)) continue;
      const def = definitionAround(s, start, end, this.footnotes);
      if (!inPlan) {
        // In a glossary definition only an expansion next to a known acronym matters.
        const entry = def.expansion ? this.lookupAcronym(token) : undefined;
        if (entry && entry !== ownEntry) this.checkExpansion(token, entry, def.expansion!, segmented);
        continue;
      }
      this.recordUse(token);
      if (def.footnote) this.markedAcronyms.set(def.footnote, token);
      if (def.until > definedUntil) definedUntil = def.until;
      const inName = start < definedUntil;
      const defining = def.defining || inName;
      const weak = def.weak === true && !inName;

      const whole = this.lookupAcronym(token);
      if (whole) {
        if (def.expansion) this.checkExpansion(token, whole, def.expansion, segmented);
        continue;
      }
      const units = token.split("/");
      let offset = start;
      for (let u = 0; u < units.length; u++) {
        const unit = units[u]!;
        const unitStart = offset;
        offset += unit.length + 1;
        // ISO/IEC: each side of a slash is an acronym of its own.
        if (units.length > 1 && this.lookupAcronym(unit)) continue;
        if (!acronymLike(unit) || DESIGNATION_WITH_NUMBER.test(unit)) continue;
        if (DESIGNATION.test(unit) && (u > 0 || adjacentToPrevious)) continue;
        if (ROMAN_NUMERAL.test(unit)) continue;
        if (u === 0 && followsNumber(s, start)) continue;
        if (this.isKnown(unit) || partOfCompanyName(s, start, end)) continue;
        const seg = segmented.segmentAt(unitStart);
        const range = segmented.toSourceRange(unitStart, unitStart + unit.length);
        this.recordOccurrence(unit, weak ? { range, defining, weak } : { range, defining }, seg.heading === true || keywordList(seg));
      }
    }
  }

  private lookupAcronym(term: string): GlossaryEntry | undefined {
    let e = this.lookups.get(term);
    if (e === undefined) {
      e = this.glossary.lookupAcronym(term) ?? null;
      this.lookups.set(term, e);
    }
    return e ?? undefined;
  }

  private recordUse(token: string): void {
    const key = token.toUpperCase();
    if (this.usedTokens.has(key)) return;
    this.usedTokens.add(key);
    for (const part of key.split(JOINERS)) {
      this.usedTokens.add(part);
      const stem = STEM_AND_NUMBER.exec(part);
      if (stem) this.usedTokens.add(stem[1]!);
    }
    if (key.includes("/")) for (const unit of key.split("/")) this.usedTokens.add(unit);
  }

  private isKnown(unit: string): boolean {
    const key = unit.toUpperCase();
    if (this.allowed.has(key) || this.headwordTokens.has(key)) return true;
    // ISO27001 is ISO with a number.
    const stem = STEM_AND_NUMBER.exec(unit);
    if (stem && this.lookupAcronym(stem[1]!)) return true;
    // ICT-ISAC and LGWAN-SOC are made of defined acronyms.
    if (unit.includes("-") || unit.includes("&")) {
      const parts = unit.split(HYPHEN_OR_AMPERSAND).filter(acronymLike);
      if (parts.length > 0 && parts.every((p) => this.lookupAcronym(p) || this.allowed.has(p.toUpperCase()))) return true;
    }
    return false;
  }

  private recordOccurrence(unit: string, occurrence: Occurrence, inHeading: boolean): void {
    const key = unit.toUpperCase();
    let a = this.acronyms.get(key);
    if (!a) {
      a = { written: unit, first: occurrence };
      this.acronyms.set(key, a);
    }
    if (!inHeading) a.firstInText ??= occurrence;
    if (occurrence.defining && !occurrence.weak) a.definedAt ??= occurrence.range;
    else if (occurrence.defining) a.weaklyDefinedAt ??= occurrence.range;
  }

  private checkExpansion(acronym: string, entry: GlossaryEntry, expansion: { text: string; at: number }, segmented: SegmentedText): void {
    if (!entry.expansion) return;
    const inline = looseKey(expansion.text);
    const known = looseKey(entry.expansion);
    if (!inline || !known || inline.includes(known) || known.includes(inline)) return;
    const related = entry.source.kind === "document" ? [{ range: entry.headwordRange, message: `glossary entry 「${entry.headword}」` }] : undefined;
    this.context.report({
      range: segmented.toSourceRange(expansion.at, expansion.at + expansion.text.length),
      messageId: "contradictsGlossary",
      data: { acronym, expansion: expansion.text, glossaryExpansion: entry.expansion },
      ...(related ? { related } : {}),
    });
  }

  /** 「※１：Internet of Thingsの略」 spells out the acronym the mark follows. */
  private checkFootnoteExpansions(): void {
    for (const f of this.context.document.footnotes) {
      const folded = toHalfWidth(f.text);
      const m = ABBREVIATION_OF.exec(folded);
      if (!m || !isExpansion(m[1]!.trim())) continue;
      const label = FOOTNOTE_MARK.exec(toHalfWidth(f.label))?.[1];
      if (!label) continue;
      const acronym = this.markedAcronyms.get(label);
      if (!acronym) continue;
      const entry = this.glossary.lookupAcronym(acronym);
      const at = this.text.indexOf(f.text, f.range.start);
      if (!entry || at < 0) continue;
      const phrase = m[1]!.trim();
      const joined: JoinedText = { text: f.text, pieces: [{ at: 0, source: at, length: f.text.length }] };
      this.checkExpansion(acronym, entry, { text: phrase, at: folded.indexOf(phrase) }, new SegmentedText([{ joined, start: at }]));
    }
  }

  private reportAcronyms(): void {
    let suggester: NearHeadwords | undefined;
    for (const [key, a] of this.acronyms) {
      // In a plan of several files, the plan's first use is where the finding belongs.
      if (this.others.length > 0 && this.inEarlierFile(key)) continue;
      if (a.definedAt) {
        // Spelled out somewhere: it must be at (or before) the first use in running text.
        const first = a.firstInText ?? a.first;
        if (first.defining || a.definedAt.start < first.range.start) continue;
        this.context.report({
          range: first.range,
          messageId: "usedBeforeDefinition",
          data: { acronym: a.written },
          related: [{ range: a.definedAt, message: `「${a.written}」 is spelled out here` }],
        });
        continue;
      }
      // Defined here only weakly: not undefined, and not enough to call this use premature.
      if (a.weaklyDefinedAt) continue;
      // DCAT-GOJ beside DCAT: a variant of an acronym the plan uses on its own is
      // that acronym's business (one finding, on the base, when it is undefined).
      const base = HYPHEN_OR_AMPERSAND.test(a.written) ? a.written.split(HYPHEN_OR_AMPERSAND)[0]! : "";
      if (base && base !== a.written && this.acronyms.has(base.toUpperCase())) continue;
      const later = this.others.find((s) => s.acronyms.get(key)?.definedAt);
      if (later) {
        // Spelled out only in a later file of the plan.
        this.context.report({
          range: (a.firstInText ?? a.first).range,
          messageId: "usedBeforeDefinition",
          data: { acronym: a.written },
          related: [{ range: later.acronyms.get(key)!.definedAt!, message: `「${a.written}」 is spelled out here`, file: later.file }],
        });
        continue;
      }
      suggester ??= new NearHeadwords(this.glossary);
      const suggestions: RuleSuggestion[] = suggester.near(a.written).map((headword) => ({
        messageId: "useHeadword",
        data: { headword },
        fix: { range: a.first.range, text: headword },
      }));
      this.context.report({
        range: a.first.range,
        messageId: "undefinedAcronym",
        data: { acronym: asWritten(this.context.text, a.first.range, a.written) },
        ...(suggestions.length ? { suggestions } : {}),
      });
    }
  }

  private reportUnusedEntries(planText: string): void {
    const entries = this.glossary.entries;
    const haystack = new PlanText(planText);
    const used = new Set<GlossaryEntry>();
    for (const e of entries) if (this.isUsed(e, haystack) || this.others.some((o) => this.isUsed(e, o.text, o.usedTokens))) used.add(e);
    // A see-also reference carries a use over: 「事業継続計画 BCPを参照」 is needed when
    // BCP is used, and 暗号モジュール試験及び認証制度 is needed when JCMVP points to it.
    for (const e of entries) {
      for (const target of e.seeAlso) {
        const t = this.glossary.lookup(target) ?? this.lookupAcronym(target);
        if (!t) continue;
        if (used.has(e)) used.add(t);
        else if (used.has(t) && isRedirect(e)) used.add(e);
      }
    }
    for (const e of entries) {
      if (e.source.kind !== "document" || used.has(e)) continue;
      this.context.report({ range: e.headwordRange, messageId: "unusedEntry", data: { headword: e.headword }, severity: "info" });
    }
  }

  private isUsed(e: GlossaryEntry, plan: PlanText, tokens: ReadonlySet<string> = this.usedTokens): boolean {
    for (const term of e.aliases ? [e.headword, ...e.aliases] : [e.headword]) {
      const t = term.trim();
      if (this.termUsed(t, plan, tokens)) return true;
      // 「G7/G8」 and 「事業継続計画（BCP）」 are used by either of their forms.
      const alternatives = t.includes("/") ? t.split("/") : (ALTERNATIVE_IN_PARENS.exec(t)?.slice(1) ?? []);
      for (const alt of alternatives) if (this.termUsed(alt.trim(), plan, tokens)) return true;
    }
    if (e.reading && e.reading.length >= 3 && plan.includes(e.reading)) return true;
    return e.expansion !== undefined && e.expansion.length >= 8 && plan.includes(e.expansion);
  }

  /**
   * Latin terms by token boundaries (NII is not used by 「NIIT」; 「SECCON CTF2017」 is
   * used by 「SECCON CTF 2017」), Japanese terms anywhere in the text.
   */
  private termUsed(term: string, plan: PlanText, tokens: ReadonlySet<string>): boolean {
    if (!term) return false;
    if (!JAPANESE_CHAR.test(term)) {
      const words = toHalfWidth(term).split(SPACES);
      if (words.every((w) => SINGLE_TOKEN.test(w))) return tokens.has(words.join("").toUpperCase());
    }
    return plan.includes(term);
  }
}
