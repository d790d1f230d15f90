/**
 * Latin acronyms (NISC, J-CRAT, JPCERT/CC, IoT, M2M) in the overview and body that
 * neither a glossary nor the text itself explains, inline expansions that say
 * something else than the glossary, and glossary entries the plan never uses.
 *
 * Everything is read from the plan model's joined texts (wrapped lines glued, page
 * headers dropped), so 「J-」⏎⏎「CRAT」 is one token and offsets map back through
 * the joined pieces.
 */
import { toSourceRange, walkPlan, type Footnote, type GlossaryEntry, type JoinedPiece, type JoinedText, type PageArtifact, type PartKind, type PlanDocument, type PlanNodeKind, type RuleSuggestion, type TextRange } from "@planlint/core";
import type { Glossary } from "@planlint/core";
import { LineBreakCursor } from "../line-breaks.js";
import { joinProse } from "../terms/prose-text.js";
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

/** A line the model did not join that names rather than explains: 「■安全なIoTシステムの創出」, 「(ア)」, a short title. */
const HEADING_LINE = /^(?:[■□◆◇●○◎【]|[0-9０-９]+[.．]|[（(][0-9０-９ア-ン]{1,3}[）)]|[^、。，．]{1,30}$)/;
const HEADING_KINDS: ReadonlySet<PlanNodeKind> = new Set(["chapter", "section", "item"]);

/** The parts whose text counts as "the plan" for uses and definitions. */
const USE_PARTS: readonly PartKind[] = ["overview", "body"];

/** Full-width ASCII forms, folded by subtracting 0xFEE0 (same length: offsets stay valid). */
const FULLWIDTH = /[\uFF01-\uFF5E]/;
const FULLWIDTH_G = /[\uFF01-\uFF5E]/g;
const HALFWIDTH_G = /[\x21-\x7e]/g;
/** Letters, digits and ASCII symbols: written in either width. */
const WIDTH_VARIABLE = /[\x21-\x7e\uFF01-\uFF5E]/;
/** Full-width letters, the only full-width forms a token needs folded: ＩＴ, Ｇ７, ＪＰＣＥＲＴ／ＣＣ. */
const FULLWIDTH_LETTER = /[Ａ-Ｚａ-ｚ]/;
const FULLWIDTH_WORD_G = /[Ａ-Ｚａ-ｚ][Ａ-Ｚａ-ｚ０-９－／＆]*/g;
const TOKEN = /[A-Za-z0-9]+(?:[-/&][A-Za-z0-9]+)*/g;
const SINGLE_TOKEN = /^[A-Za-z0-9]+(?:[-/&][A-Za-z0-9]+)*$/;
const HAS_LETTER = /[A-Za-z]/;
/**
 * A token with a number is a designation, not an acronym to spell out: a document
 * or standard number (DS-410, ISO27001), a formula (CO2), a scenario (RCP8.5), a
 * generation (5G, IMI2), an era year (H26). A digit standing for a word inside an
 * acronym (M2M, P2P, W3C) is not a number. Those the glossary knows are still looked up.
 */
const DESIGNATION_WITH_NUMBER = /^[0-9]|[0-9]$|(?:^|-)[0-9]+(?:-|$)/;
/** 「（以下「NISC」という。）」: the 「 that opens the acronym, after 以下 (「以下、」「以下単に」). */
const HEREINAFTER_BEFORE = /以下[、，]?(?:単に)?[「『]$/;
const HEREINAFTER_AFTER = /^[」』](?:と(?:いう|言う|称する|略す|略記する|する))/;
/** 「（通称IMI）」, 「（略称：PPC）」: the acronym named as the short name of what precedes. */
const SHORT_NAME_BEFORE = /(?:^|[（(、，,\s])(?:通称|略称)[：:]?[ 　]?[「『]?$/;
/**
 * A name introduced by what it is, as Japanese introduces a proper name:
 * 「国際標準化団体のW3C」, 「カタログソフトウェアであるCKAN」, 「認証基盤というGビズID」.
 * The classifier tells the reader what the name stands for; its letters need no
 * spelling out (they are often no acronym at all).
 */
const CLASSIFIER_BEFORE =
  /(?:団体|機関|組織|法人|企業|会社|協会|委員会|会議|フォーラム|コンソーシアム|プロジェクト|ソフトウェア|ソフト|オープンソース|アプリ|システム|サービス|ツール|製品|プラットフォーム|フレームワーク|データベース|サイト|規格|仕様|標準|基準|形式|方式|言語|プロトコル)(?:の|である|のである|という|と呼ばれる)$/;
/** The separator before an acronym that ends a parenthesis: 「（Personal Information Protection Commission：PPC）」, 「（英語名、ACR）」. */
const LIST_SEPARATOR_BEFORE = /[：:、，,][ 　]?$/;
/** What separates the items of a keyword list. */
const LIST_COMMA = /[、，,]/;
/** Dotted names (www.nisc.go.jp) need no span: their tokens touch a dot and are skipped one by one. */
const URL_OR_MAIL = /(?:https?|ftp):\/\/[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/;
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
/** A numbered sub-body such as SC27 in ISO/IEC JTC1/SC27 or SG17 in ITU-T SG17. */
const DESIGNATION = /^[A-Z]{1,5}[0-9]+$/;
const STEM_AND_NUMBER = /^([A-Z]{2,})[0-9]+$/;
const EXPANSION_WORD = /^[A-Za-z0-9][A-Za-z0-9'’\-&.,/]*$/;
/** Characters of an English name written before its acronym: 「Computer Security Incident Response Team（CSIRT）」. */
const LATIN_RUN_CHAR = /[A-Za-z0-9 ,.'&\-Ａ-Ｚａ-ｚ０-９，．＆－]/;
/** Characters of the Latin name itself inside 「正式名称（略称…）」. */
const LATIN_STRETCH = /^[「『]?[A-Za-z0-9 \-/&.:,'()（）：，．　]*[」』]?/;
/** 「（AIPセンター）」: a short tail of kanji or katakana after the acronym still names the same thing. */
const MAX_NAME_TAIL = 6;
const NAME_TAIL = /^(?![等他])[\u30a0-\u30ff\u3400-\u9fff」』]*$/;
const NAME_END = /[A-Za-z0-9\u30a0-\u30ff\u3400-\u9fff\uff21-\uff3a\uff41-\uff5a」』)）]/;
/** 「KPMGコンサルティング株式会社」, 「株式会社NTTドコモ」: a company's name is not spelled out. */
const COMPANY_AFTER = /^[\u30a0-\u30ff\u3400-\u9fff]{0,12}?(?:株式会社|有限会社|合同会社|[（(]株[）)])/;
const COMPANY_BEFORE = /(?:株式会社|有限会社|合同会社|[（(]株[）)])$/;
const MAX_PAREN = 200;
const ALTERNATIVE_IN_PARENS = /^(.+?)\s*\((.+)\)$/;
/** A definition that may spell an acronym out in a parenthesis. */
const PAREN_NEXT_TO_LATIN = /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９][ 　]?[（(]|[（(][ 　「『]?[A-Za-zＡ-Ｚａ-ｚ]/;
const NO_SPANS: readonly [number, number][] = [];
const FOOTNOTE_MARK = /^※[ 　]*([0-9]{1,3})/;
// Regexps of the checks below, made once: a literal in a function is a new object
// at every call, and some of these run for every token of the plan.
const SPACE = /\s/;
const SPACES = /\s+/;
const JOINERS = /[-/&]/;
const HYPHEN_OR_AMPERSAND = /[-&]/;
const STARTS_WITH_DIGIT = /^[0-9]/;
const STARTS_WITH_LETTER = /^[A-Za-z]/;
const LOWER_CASE = /[a-z]/;
const LETTER_OR_DIGIT = /[A-Za-z0-9]/;
const ENDS_WITH_SEE = /参照[。．.]?\s*$/;
const ABBREVIATION = /の略/;
const NOT_LETTER_OR_DIGIT_G = /[^a-z0-9]/g;
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

interface Segment {
  joined: JoinedText;
  /** Source offset of the first piece: segments are read in document order. */
  start: number;
  /**
   * A heading, a label or a loose line of the overview rather than running text:
   * 「■安全なIoTシステムの創出」 names IoT before the sentence that explains it.
   */
  heading?: boolean;
}

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
    for (const a of options.allow ?? []) if (typeof a === "string") this.allowed.add(foldWidth(a).toUpperCase());
    for (const e of this.glossary.entries) {
      for (const term of [e.headword, ...(e.aliases ?? [])]) {
        const t = foldWidth(term.normalize("NFKC"));
        if (CJK.test(t) || !SPACE.test(t.trim())) continue;
        for (const w of t.split(SPACES)) if (w) this.headwordTokens.add(w.toUpperCase());
      }
    }
    for (const f of context.document.footnotes) {
      const m = FOOTNOTE_MARK.exec(foldWidth(f.label));
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
      const folded = foldWidth(f.text);
      const m = ABBREVIATION_OF.exec(folded);
      if (!m || !isExpansion(m[1]!.trim())) continue;
      const label = FOOTNOTE_MARK.exec(foldWidth(f.label))?.[1];
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
    if (!CJK.test(term)) {
      const words = foldWidth(term).split(SPACES);
      if (words.every((w) => SINGLE_TOKEN.test(w))) return tokens.has(words.join("").toUpperCase());
    }
    return plan.includes(term);
  }
}

/**
 * The plan's text for substring look-ups. Folding the whole text costs more than
 * the look-ups, so a term is looked for in both widths instead (「第４次」, 「第4次」).
 */
class PlanText {
  constructor(private readonly text: string) {}

  includes(term: string): boolean {
    if (this.text.includes(term)) return true;
    if (!WIDTH_VARIABLE.test(term)) return false;
    const half = foldWidth(term);
    if (half !== term && this.text.includes(half)) return true;
    const full = unfoldWidth(half);
    return full !== term && this.text.includes(full);
  }
}

/**
 * Segments read as one string, one line each: a single regex pass instead of one
 * per segment, and offsets mapped back through the segment they fall in. Full-width
 * letters are folded (same length) so that ＩＴ is read as IT.
 */
class SegmentedText {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(private readonly segments: readonly Segment[]) {
    const texts: string[] = [];
    let at = 0;
    for (const seg of segments) {
      this.starts.push(at);
      texts.push(seg.joined.text);
      at += seg.joined.text.length + 1;
    }
    const joined = texts.join("\n");
    this.text = FULLWIDTH_LETTER.test(joined) ? joined.replace(FULLWIDTH_WORD_G, foldWidth) : joined;
  }

  segmentAt(offset: number): Segment {
    return this.segments[this.indexAt(offset)]!;
  }

  toSourceRange(start: number, end: number): TextRange {
    const k = this.indexAt(start);
    const base = this.starts[k]!;
    return toSourceRange(this.segments[k]!.joined, start - base, end - base);
  }

  private indexAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The overview's and body's texts in document order: the model's joined texts, plus any line the model left out. */
function planSegments(context: RuleContext<NoUndefinedAcronymOptions>): Segment[] {
  const { document, text } = context;
  const parts = document.parts.filter((p) => USE_PARTS.includes(p.kind));
  if (parts.length === 0) return [];
  const segments: Segment[] = [];
  const add = (joined: JoinedText, heading: boolean): void => {
    const first = joined.pieces[0];
    if (first) segments.push({ joined, start: first.source, heading });
  };
  for (const h of document.overview) for (const e of h.entries) add(e.text, false);
  walkPlan(document, (node) => add(node.text, HEADING_KINDS.has(node.kind)));
  const pieces: JoinedPiece[] = [];
  // (Indexed rather than for-of: in a cold run the array iterator costs more than the body.)
  for (let i = 0; i < segments.length; i++) {
    const segmentPieces = segments[i]!.joined.pieces;
    for (let k = 0; k < segmentPieces.length; k++) pieces.push(segmentPieces[k]!);
  }
  sortPieces(pieces);
  const artifacts = document.pageArtifacts;
  const breaks = new LineBreakCursor(text);
  // Labels, headings of the overview and loose lines: whatever the model did not
  // join is read line by line between its pieces, so no text of the plan goes unread.
  for (const part of parts) {
    let cursor = part.range.start;
    let k = lowerBound(pieces, cursor);
    for (; k <= pieces.length && cursor < part.range.end; k++) {
      const p = pieces[k];
      const gapEnd = p ? Math.min(p.source, part.range.end) : part.range.end;
      if (gapEnd > cursor) addLines(text, cursor, gapEnd, artifacts, segments, breaks);
      if (p) cursor = Math.max(cursor, p.source + p.length);
    }
  }
  return sortSegments(segments);
}

/**
 * The model lists its texts in document order already; sorting is only a safeguard,
 * so check first. (One function per kind of item: a shared one reading the key
 * through a closure cost more than the check, run cold over thousands of pieces.)
 */
function sortPieces(pieces: JoinedPiece[]): JoinedPiece[] {
  for (let i = 1; i < pieces.length; i++) if (pieces[i - 1]!.source > pieces[i]!.source) return pieces.sort((a, b) => a.source - b.source);
  return pieces;
}

function sortSegments(segments: Segment[]): Segment[] {
  for (let i = 1; i < segments.length; i++) if (segments[i - 1]!.start > segments[i]!.start) return segments.sort((a, b) => a.start - b.start);
  return segments;
}

function lowerBound(pieces: readonly { source: number }[], offset: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.source < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One segment per non-blank line run in `from..to`, page headers and numbers left out. */
function addLines(text: string, from: number, to: number, artifacts: readonly PageArtifact[], out: Segment[], breaks: LineBreakCursor): void {
  let i = from;
  while (i < to) {
    while (i < to && (isSpace(text.charCodeAt(i)) || isLineBreak(text.charCodeAt(i)))) i++;
    const br = breaks.next(i);
    const j = br < to ? br : to;
    let e = j;
    while (e > i && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > i && !isArtifact(artifacts, i)) {
      const line = text.slice(i, e);
      out.push({ joined: { text: line, pieces: [{ at: 0, source: i, length: e - i }] }, start: i, heading: HEADING_LINE.test(line) });
    }
    i = j;
  }
}

function isArtifact(artifacts: readonly PageArtifact[], offset: number): boolean {
  let lo = 0;
  let hi = artifacts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = artifacts[mid]!.range;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The definition of a glossary entry as joined text: the entry's lines after its
 * headword, as core's proseText reads them. The model keeps the definition only as
 * a string, without offsets.
 */
function definitionText(text: string, document: PlanDocument, entry: GlossaryEntry): JoinedText | undefined {
  const from = entry.headwordRange.end;
  const to = entry.range.end;
  if (!(to > from) || to > text.length) return undefined;
  const joined = joinProse(text, document, [{ start: from, end: to }]);
  return joined.pieces.length ? joined : undefined;
}

interface DefinitionFacts {
  /** This occurrence is spelled out (or footnoted) here. */
  defining: boolean;
  /** Only by 「ACR（日本語…）」, which may be a remark rather than the name (「API（詳細は後述）」). */
  weak?: boolean;
  /** Offset up to which following tokens are part of the same defined name (「（NATIONAL 318(CYBER) EKIDEN）」). */
  until: number;
  /** A Latin expansion given here, with its offset in the segment. */
  expansion?: { text: string; at: number };
  /** The label of the footnote whose mark follows the token. */
  footnote?: string;
}

/**
 * Whether the token at `start..end` is spelled out where it stands:
 * 「略称（正式名称）」, 「正式名称（略称）」, 「（略称：正式名称）」 or a footnote mark 「略称※１」.
 */
function definitionAround(s: string, start: number, end: number, footnotes: ReadonlyMap<string, Footnote>): DefinitionFacts {
  let after = end;
  while (after < s.length && s.charCodeAt(after) === 0x20) after++;
  const next = s.charCodeAt(after);
  let p = start - 1;
  while (p >= 0 && (s[p] === " " || s[p] === "「" || s[p] === "『")) p--;
  const inParen = isOpen(s.charCodeAt(p));
  const prev = s.charCodeAt(start - 1);
  // Nearly every token has plain text on both sides: answer without allocating.
  // 「以下「ACR」」, 「通称ACR」, 「略称：ACR」, 「…：ACR）」 are told by the character before or after.
  const special = prev === 0x300c || prev === 0x300e || prev === 0x79f0 || isColon(prev) || isClose(next);
  // の / である / という before the token: perhaps a classifier names what it is.
  if ((prev === 0x306e || prev === 0x308b || prev === 0x3046) && CLASSIFIER_BEFORE.test(s.slice(Math.max(0, start - 16), start))) {
    return { defining: true, weak: true, until: -1 };
  }
  if (!isOpen(next) && next !== 0x203b && !inParen && !special) return NOT_DEFINING;
  const facts: DefinitionFacts = { defining: false, until: -1 };
  // 「（以下「NISC」という。）」
  if ((prev === 0x300c || prev === 0x300e) && HEREINAFTER_BEFORE.test(s.slice(Math.max(0, start - 6), start)) && HEREINAFTER_AFTER.test(s.slice(end, end + 6))) {
    facts.defining = true;
    return facts;
  }
  // 「共通語彙基盤（通称IMI）」, 「（略称：PPC）」
  if (SHORT_NAME_BEFORE.test(s.slice(Math.max(0, start - 7), start))) {
    facts.defining = true;
    return facts;
  }
  // 「（Personal Information Protection Commission：PPC）」, 「（…, ACR）」: the acronym closes a
  // parenthesis after its English name. Only an English name makes it one: 「（担当：NISC）」 is a remark.
  if (isClose(next) && LIST_SEPARATOR_BEFORE.test(s.slice(Math.max(0, start - 2), start))) {
    const open = matchingOpen(s, after);
    if (open >= 0) {
      const inner = s.slice(open + 1, start).replace(LIST_SEPARATOR_BEFORE, "");
      const name = foldWidth(inner).trim();
      if (isExpansion(name)) {
        facts.defining = true;
        facts.expansion = { text: name, at: open + 1 + (inner.length - inner.trimStart().length) };
        return facts;
      }
    }
  }
  if (next === 0x203b) {
    const mark = FOOTNOTE_MARK.exec(foldWidth(s.slice(after, after + 6)));
    if (mark && footnotes.has(mark[1]!)) {
      facts.footnote = mark[1]!;
      facts.defining = true;
      return facts;
    }
  }
  // 略称（正式名称）
  if (isOpen(next)) {
    const close = matchingClose(s, after);
    const inner = close > after + 1 ? foldWidth(s.slice(after + 1, close)) : "";
    const lead = inner.length - inner.trimStart().length;
    const name = inner.trim();
    // Not a date or a number (「EDSA（2014年４月開始）」), not another acronym (「IT-BCP（ICT-BCP）」).
    if (name && !STARTS_WITH_DIGIT.test(name) && !SINGLE_TOKEN.test(name)) {
      facts.defining = true;
      if (isExpansion(name)) facts.expansion = { text: name, at: after + 1 + lead };
      else facts.weak = true;
      return facts;
    }
  }
  if (!inParen) return facts;
  const close = matchingClose(s, p);
  if (close < 0) return facts;
  // （略称：正式名称）
  if (isColon(next)) {
    const rest = foldWidth(s.slice(after + 1, close));
    const phrase = rest.trim();
    if (phrase) {
      facts.defining = true;
      facts.until = close;
      if (isExpansion(phrase)) facts.expansion = { text: phrase, at: after + 1 + (rest.length - rest.trimStart().length) };
    }
    return facts;
  }
  // 正式名称（略称）, also 「…（AIPセンター）」 and 「…（「SECCON CTF 2017」）」
  const inner = s.slice(p + 1, close);
  const stretch = LATIN_STRETCH.exec(inner)![0].length;
  const tail = inner.slice(stretch).trim();
  // A name ends where the parenthesis opens (「…隊（J-CRAT）」, 「「…ツール」（iLogScanner）」); after
  // a particle (「もっと（DCS以外の）」) the parenthesis is a remark, and so is 「（IPA等）」.
  if (!NAME_END.test(s[p - 1] ?? "") || tail.length > MAX_NAME_TAIL || !NAME_TAIL.test(tail)) return facts;
  facts.defining = true;
  facts.until = p + 1 + stretch;
  const before = latinRunBefore(s, p);
  if (before && isExpansion(before.text)) facts.expansion = before;
  return facts;
}

/**
 * English words spelling an acronym out: at least two words in lower case or
 * capitalised. 「ISO/IEC 15408」 or 「IEC 15408」 in a parenthesis are references, not expansions.
 */
function isExpansion(s: string): boolean {
  const words = s.split(SPACES);
  if (words.length < 2 || !STARTS_WITH_LETTER.test(s)) return false;
  let worded = 0;
  for (const w of words) {
    if (!EXPANSION_WORD.test(w)) return false;
    if (LOWER_CASE.test(w)) worded++;
  }
  return worded >= 2;
}

/** The Latin words that end right before `end` (walked back, at most {@link MAX_PAREN} characters). */
function latinRunBefore(s: string, end: number): { text: string; at: number } | undefined {
  let a = end;
  const stop = Math.max(0, end - MAX_PAREN);
  while (a > stop && LATIN_RUN_CHAR.test(s[a - 1]!)) a--;
  const run = foldWidth(s.slice(a, end));
  const lead = run.search(/[A-Za-z]/);
  if (lead < 0) return undefined;
  const text = run.slice(lead).replace(/[ ,'&\-]+$/, "");
  return text ? { text, at: a + lead } : undefined;
}

const NOT_DEFINING: DefinitionFacts = Object.freeze({ defining: false, until: -1 });

/** The token as the text writes it (ＩＳＡＣ, not ISAC), unless a line break runs through it. */
function asWritten(text: string, range: TextRange, folded: string): string {
  const s = text.slice(range.start, range.end);
  return s.length === folded.length ? s : folded;
}

function isOpen(c: number): boolean {
  return c === 0x28 || c === 0xff08;
}

function isClose(c: number): boolean {
  return c === 0x29 || c === 0xff09;
}

function isColon(c: number): boolean {
  return c === 0x3a || c === 0xff1a;
}

/** The bracket opening the one that closes at `close`, within the same segment; -1 if none. */
function matchingOpen(s: string, close: number): number {
  let depth = 0;
  const stop = Math.max(-1, close - MAX_PAREN);
  for (let i = close; i > stop; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x0a) return -1;
    if (isClose(c)) depth++;
    else if (isOpen(c) && --depth === 0) return i;
  }
  return -1;
}

/**
 * A list of keywords (「〔キーワード〕」 followed by 「データマネジメント、ＥＢＰＭ、ＫＰＩ」): short
 * items separated by 、 and no sentence. It names terms rather than explains them,
 * like a heading, so the expansion belongs to the first sentence after it.
 */
function keywordList(seg: Segment): boolean {
  const t = seg.joined.text;
  if (t.length > 300 || t.includes("。") || t.includes("．")) return false;
  const items = t.split(LIST_COMMA);
  return items.length >= 3 && items.every((item) => item.trim().length > 0 && item.trim().length <= 25);
}

/** The bracket closing the one at `open`; either width closes either (「（LGWAN-SOC)」 occurs). */
function matchingClose(s: string, open: number): number {
  let depth = 0;
  const stop = Math.min(s.length, open + MAX_PAREN);
  for (let i = open; i < stop; i++) {
    const c = s.charCodeAt(i);
    // Segments are joined with line breaks: a parenthesis never spans two.
    if (c === 0x0a) return -1;
    if (isOpen(c)) depth++;
    else if (isClose(c) && --depth === 0) return i;
  }
  return -1;
}

/**
 * Uppercase-led with at least two capitals and no more lower-case letters than
 * capitals: CSIRT, IoT, DoS, M2M, J-CRAT — but not WannaCry, AppGoat, Wi-Fi or Ver.
 */
function acronymLike(unit: string): boolean {
  for (const part of unit.split(HYPHEN_OR_AMPERSAND)) {
    const c = part.charCodeAt(0);
    if (!(c >= 0x41 && c <= 0x5a)) continue;
    let upper = 0;
    let lower = 0;
    for (let i = 0; i < part.length; i++) {
      const k = part.charCodeAt(i);
      if (k >= 0x41 && k <= 0x5a) upper++;
      else if (k >= 0x61 && k <= 0x7a) lower++;
    }
    if (upper >= 2 && lower <= upper) return true;
  }
  return false;
}

function partOfCompanyName(s: string, start: number, end: number): boolean {
  return COMPANY_AFTER.test(s.slice(end, end + 20)) || COMPANY_BEFORE.test(s.slice(Math.max(0, start - 6), start));
}

/** 「100 GB」, 「3D」: a unit or a size after a number, not an acronym. */
function followsNumber(s: string, start: number): boolean {
  let p = start - 1;
  if (s[p] === " ") p--;
  const c = s.charCodeAt(p);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** nisc.go.jp, Node.js: a token glued to a dot and more Latin is a name, not an acronym. */
function partOfDottedName(s: string, start: number, end: number): boolean {
  const before = s[start - 1];
  const after = s[end];
  if ((before === "." || before === "@" || before === "_") && LETTER_OR_DIGIT.test(s[start - 2] ?? "")) return true;
  return (after === "." || after === "@" || after === "_") && HAS_LETTER.test(s[end + 1] ?? "");
}

function urlSpans(s: string): [number, number][] {
  const out: [number, number][] = [];
  URL_OR_MAIL.lastIndex = 0;
  for (let m = URL_OR_MAIL.exec(s); m; m = URL_OR_MAIL.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** An entry whose definition only points to another (「BCPを参照。」). */
function isRedirect(e: GlossaryEntry): boolean {
  return e.seeAlso.length > 0 && e.definition.length <= 120 && ENDS_WITH_SEE.test(e.definition) && !ABBREVIATION.test(e.definition);
}

/** Half-width letters, digits and ASCII symbols for full-width ones; same length, so offsets stay valid. */
function foldWidth(s: string): string {
  return FULLWIDTH.test(s) ? s.replace(FULLWIDTH_G, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s;
}

function unfoldWidth(s: string): string {
  return s.replace(HALFWIDTH_G, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Case, width, spacing, hyphens and punctuation do not make two expansions differ. */
function looseKey(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(NOT_LETTER_OR_DIGIT_G, "");
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/**
 * Latin headwords one edit (or one swap of neighbours) away from an unknown
 * acronym: 「NSIC」 → NISC. Fuse.js scores a swap as two errors and costs
 * milliseconds a query, so this compares the few Latin headwords directly.
 */
class NearHeadwords {
  private readonly keys: { key: string; headword: string }[] = [];

  constructor(glossary: Glossary) {
    const seen = new Set<string>();
    for (const e of glossary.entries) {
      if (CJK.test(e.headword) && !e.aliases) continue;
      for (const term of [e.headword, ...e.headword.split("/"), ...(e.aliases ?? [])]) {
        const t = foldWidth(term).trim();
        if (t.length < 3 || !SINGLE_TOKEN.test(t)) continue;
        const key = t.toUpperCase();
        if (seen.has(key)) continue;
        seen.add(key);
        this.keys.push({ key, headword: t });
      }
    }
  }

  near(acronym: string): string[] {
    const a = acronym.toUpperCase();
    if (a.length < 3) return [];
    return this.keys.filter((k) => Math.abs(k.key.length - a.length) <= 1 && withinOneEdit(a, k.key)).map((k) => k.headword).slice(0, 3);
  }
}

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or adjacent swap). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ra = a.slice(i);
  const rb = b.slice(i);
  if (ra.length === rb.length) {
    if (ra.slice(1) === rb.slice(1)) return true;
    return ra.length >= 2 && ra[0] === rb[1] && ra[1] === rb[0] && ra.slice(2) === rb.slice(2);
  }
  return ra.length > rb.length ? ra.slice(1) === rb : rb.slice(1) === ra;
}
