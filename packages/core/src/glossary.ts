/**
 * The glossary a lint run checks against: the plan's own 用語解説 plus glossary files.
 */
import Fuse, { type FuseOptionKey, type IFuseOptions } from "fuse.js";
import { JAPANESE_CHAR } from "./characters.js";
import type { GlossaryEntry } from "./types.js";

export interface GlossarySearchResult {
  entry: GlossaryEntry;
  /** Fuse.js score: 0 is a perfect match, 1 no match at all. Results come best first. */
  score: number;
}

/**
 * Lookup key: NFKC folds full-width ＣＳＩＲＴ and half-width ｼｰｻｰﾄ; case folds only
 * for Latin-only terms, where 「IoT」 and 「IOT」 mean the same thing.
 */
function keyOf(term: string): string {
  const k = term.normalize("NFKC").trim().replace(/\s+/g, " ");
  return JAPANESE_CHAR.test(k) ? k : k.toLowerCase();
}

function isLatinTerm(term: string): boolean {
  return /[A-Za-z]/.test(term) && !JAPANESE_CHAR.test(term);
}

export class Glossary {
  /** Entries in the order given (after {@link Glossary.merge}: the document's first, then files in order). */
  readonly entries: readonly GlossaryEntry[];
  private readonly byHeadword = new Map<string, GlossaryEntry>();
  private readonly byAlias = new Map<string, GlossaryEntry>();
  private readonly byAlternative = new Map<string, GlossaryEntry>();
  private readonly headwordCounts = new Map<string, number>();
  private fuse: Fuse<GlossaryEntry> | undefined;

  /**
   * When a headword is defined more than once, lookups return the document's own
   * entry first, then the earliest file entry: the plan's text is what readers see.
   */
  constructor(entries: readonly GlossaryEntry[]) {
    this.entries = Object.freeze([...entries]);
    const prioritised = [
      ...entries.filter((e) => e.source.kind === "document"),
      ...entries.filter((e) => e.source.kind !== "document"),
    ];
    for (const e of prioritised) {
      const key = keyOf(e.headword);
      this.headwordCounts.set(key, (this.headwordCounts.get(key) ?? 0) + 1);
      if (!this.byHeadword.has(key)) this.byHeadword.set(key, e);
      for (const alias of e.aliases ?? []) {
        const k = keyOf(alias);
        if (!this.byAlias.has(k)) this.byAlias.set(k, e);
      }
      for (const alt of alternatives(e.headword)) {
        const k = keyOf(alt);
        if (!this.byAlternative.has(k)) this.byAlternative.set(k, e);
      }
    }
  }

  /** One glossary from several lists; document entries are moved ahead of file entries, each group keeping its order. */
  static merge(...lists: readonly (readonly GlossaryEntry[])[]): Glossary {
    const all = lists.flat();
    return new Glossary([...all.filter((e) => e.source.kind === "document"), ...all.filter((e) => e.source.kind !== "document")]);
  }

  /** Exact headword (then alias) match after NFKC, and ignoring case for Latin-only terms. */
  lookup(term: string): GlossaryEntry | undefined {
    if (typeof term !== "string") return undefined;
    const key = keyOf(term);
    if (!key) return undefined;
    return this.byHeadword.get(key) ?? this.byAlias.get(key);
  }

  has(term: string): boolean {
    return this.lookup(term) !== undefined;
  }

  /**
   * A Latin acronym: an exact headword or alias, else an entry that lists it among
   * alternatives — 「G8」 finds 「G7/G8」, 「BCP」 finds 「事業継続計画（BCP）」.
   */
  lookupAcronym(acronym: string): GlossaryEntry | undefined {
    const exact = this.lookup(acronym);
    if (exact || typeof acronym !== "string" || !isLatinTerm(acronym.normalize("NFKC"))) return exact;
    return this.byAlternative.get(keyOf(acronym));
  }

  /** Fuzzy matches on headword, expansion, reading and aliases, best first. */
  search(query: string, limit = 10): GlossarySearchResult[] {
    if (typeof query !== "string") return [];
    const q = query.normalize("NFKC").trim();
    const max = Math.floor(limit);
    if (!q || !(max > 0)) return [];
    this.fuse ??= new Fuse([...this.entries], FUSE_OPTIONS);
    return this.fuse.search(q, { limit: max }).map((r) => ({ entry: r.item, score: r.score ?? 0 }));
  }

  /** Headwords defined more than once (across all sources), as first written, in order of first definition. */
  duplicates(): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const e of this.entries) {
      const key = keyOf(e.headword);
      if (seen.has(key) || (this.headwordCounts.get(key) ?? 0) < 2) continue;
      seen.add(key);
      out.push(e.headword);
    }
    return out;
  }
}

/** 「G7/G8」 → G7, G8; 「事業継続計画（BCP）」 → BCP. Only Latin parts: kana alternatives are readings, not acronyms. */
function alternatives(headword: string): string[] {
  const out: string[] = [];
  const h = headword.normalize("NFKC");
  if (h.includes("/")) {
    for (const part of h.split("/")) {
      const p = part.trim();
      if (p && isLatinTerm(p)) out.push(p);
    }
  }
  const paren = /\(([^()]+)\)\s*$/.exec(h);
  if (paren && isLatinTerm(paren[1]!)) out.push(paren[1]!.trim());
  return out;
}

const KEYS: FuseOptionKey<GlossaryEntry>[] = [
  { name: "headword", weight: 3 },
  { name: "aliases", weight: 2 },
  { name: "expansion", weight: 1 },
  { name: "reading", weight: 1 },
];

const FUSE_OPTIONS: IFuseOptions<GlossaryEntry> = {
  keys: KEYS,
  includeScore: true,
  // Japanese terms have no word boundaries to anchor on; match anywhere in the field.
  ignoreLocation: true,
  threshold: 0.4,
  getFn: (entry, path) => {
    const value = Fuse.config.getFn(entry, path);
    if (typeof value === "string") return value.normalize("NFKC");
    if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v.normalize("NFKC") : v));
    return value;
  },
};
