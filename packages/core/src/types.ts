/**
 * The plain-data types every layer of planlint speaks.
 *
 * Offsets are 0-based UTF-16 code-unit indexes into the JS string of the whole
 * document, as `[start, end)`. Lines and columns are computed only at the edges
 * (formatters, the language server) with {@link LineIndex}.
 */

/** A half-open `[start, end)` span of UTF-16 code units in the document text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Text joined from several source lines (wrapped lines and the blank lines a PDF
 * extraction puts between their halves are removed), with a map back to the source.
 */
export interface JoinedText {
  /** The joined text: no line breaks, each line's surrounding spaces trimmed. */
  text: string;
  /**
   * Pieces of `text` in order. Piece `i` covers `text.slice(p.at, p.at + p.length)`
   * and was copied verbatim from `source.slice(p.source, p.source + p.length)`.
   * A space inserted between two Latin words is not covered by any piece.
   */
  pieces: JoinedPiece[];
}

export interface JoinedPiece {
  /** Offset in the joined text. */
  at: number;
  /** Offset in the document text. */
  source: number;
  length: number;
}

/** The parts a plan bundle is made of. Rules check overview, body and glossary by default. */
export type PartKind = "overview" | "body" | "glossary" | "public-comments" | "other";

export interface Part {
  kind: PartKind;
  /** The part's heading as written (trimmed), e.g. 「参考 用語解説」. Empty if none. */
  title: string;
  /** The 資料 label found in the part, e.g. 「資料１－１」, if any. */
  label?: string;
  range: TextRange;
}

export type PlanNodeKind = "preface" | "part" | "chapter" | "section" | "item" | "measure" | "bullet" | "heading";

/**
 * One node of the plan body's outline: a part `第１部`, a chapter `1.`, a section
 * `1.1.`, an item `(1)`, a measure `(ア)` or a bullet `・`. A "preface" is an
 * unnumbered opening heading such as 「はじめに」; a "heading" is any other heading
 * without a number to check (○ 見出し, （基本的な考え方）, an unnumbered Markdown heading).
 * In 公用文 numbering a numbered heading is an "item" (「１ 見出し」 under a chapter,
 * 「（１）見出し」, 「① 見出し」, 「ア 見出し」, 「Ａ．見出し」) and a numbered statement a
 * "measure" (「(ア)内閣官房において、…」, 「① 市町村において、…する。」); 「１ 見出し」 at
 * the top of a body without chapters is a "chapter". How deep a node sits is `depth`,
 * worked out from the document's own use of its labels, not from its kind.
 */
export interface PlanNode {
  kind: PlanNodeKind;
  /** The label exactly as written: "1.", "1.1.", "第１章", "第１節", "１", "(1)", "ア", "(ア)", "・"; "" for a preface. */
  label: string;
  /**
   * The label's family, width-folded, with every number written N and every kana
   * written ア: "第N部", "第N章", "第N節", "第N", "N.", "N.N.", "N.N.N.", "N", "(N)",
   * "①", "ア", "(ア)", "A.", "a.", "・", "○"; for Markdown headings without a label
   * "#"; "" for a preface or an unnumbered heading. Siblings of one family are one
   * numbered sequence; the family, not the kind, is what valid-numbering compares.
   */
  family: string;
  /** Depth in the outline: 0 for a top-level node, its parent's depth + 1 otherwise. */
  depth: number;
  /**
   * The label's numbers, normalised: chapter 2 → [2]; section 2.2 → [2, 2];
   * item (3) → [3]; measure (ウ) → [3] (position in アイウエオ order); bullet → [n-th bullet].
   */
  numbers: number[];
  /** Heading title (chapter, section, item, preface); "" for measures and bullets. */
  title: string;
  /**
   * The node's own text, joined across line wraps: the title for headings, the
   * whole statement for measures and bullets (without the label, without children).
   */
  text: JoinedText;
  /** The node including its children. */
  range: TextRange;
  /** The label as written. Empty (start = end) for a preface. */
  labelRange: TextRange;
  /** The label and the title (headings) or the label and the statement (measures). */
  headRange: TextRange;
  /**
   * Where the node sits, e.g. "1.2(3)(サ)". Measures directly under a section: "5(ア)".
   * In 公用文 numbering (第１章 › 第１節 › １ › (1) › ア › (ア)): "1.1 1(1)ア(ア)".
   */
  path: string;
  children: PlanNode[];
  /** Measures and bullets only: the bodies responsible, from 「…において」. */
  owners?: NamedSpan[];
  /** Measures and bullets only: bodies the measure acts through, from 「…を通じ(て)」. */
  via?: NamedSpan[];
  /** Measures and bullets only: documents cited with a decision date. */
  citations?: Citation[];
  /** Measures and bullets only: references such as 「2.2(2)(ア)」. */
  crossReferences?: CrossReference[];
}

/** A name and where it stands in the document. */
export interface NamedSpan {
  name: string;
  range: TextRange;
}

/** A document cited as 「title」（date + deciding body + 決定）. */
export interface Citation {
  title: string;
  /** The title's range, without the brackets. */
  titleRange: TextRange;
  /** The whole 「…」（…） span. */
  range: TextRange;
  date?: PlanDate;
  /** e.g. 「閣議」 from 閣議決定, 「サイバーセキュリティ戦略本部」. */
  decidedBy?: string;
  /** The verb: 決定, 改定, 策定 … as written. */
  action?: string;
}

/** A calendar date as written, with its western-calendar value when computable. */
export interface PlanDate {
  /** As written, e.g. 「2015年９月４日」, 「平成29年5月30日」. */
  text: string;
  era?: string;
  /** Western year. */
  year: number;
  month?: number;
  day?: number;
}

/** A reference to another place in the plan, e.g. 「2.2(2)(ア)」. */
export interface CrossReference {
  text: string;
  range: TextRange;
  /** The numbers of the target: chapter, section, item, measure (ア=1). Missing levels undefined. */
  target: CrossReferenceTarget;
}

export interface CrossReferenceTarget {
  chapter?: number;
  section?: number;
  item?: number;
  measure?: number;
  /**
   * The whole path, level by level, when the reference is written in 公用文 labels:
   * 「第２章第１節１(1)ア」 → chapter 2, section 1, number 1, paren-number 1, kana 1.
   * Without it the path is chapter › section › item › measure from the fields above.
   */
  steps?: CrossReferenceStep[];
}

/** One level of a reference's path: which labels it matches, and the number. */
export interface CrossReferenceStep {
  /**
   * part 第N部; chapter 第N章, 第N or 1.; section 第N節 or 1.1.; number 「１ 見出し」 or
   * 「１．」; paren-number (1); circled ①; kana ア, (ア) or ア．.
   */
  level: "part" | "chapter" | "section" | "number" | "paren-number" | "circled" | "kana";
  value: number;
}

/** A ■ heading of the overview (資料１－１) with its lines and their 【owners】. */
export interface OverviewHeading {
  title: string;
  range: TextRange;
  entries: OverviewEntry[];
}

export interface OverviewEntry {
  /** The entry's text joined across wraps, without the 【owners】 bracket. */
  text: JoinedText;
  owners: NamedSpan[];
  range: TextRange;
}

/**
 * A footnote: 「※１：Internet of Thingsの略」, one line (and its wraps) of the
 * block a PDF extraction puts at a page's end (「1 本計画では…」), or a Markdown
 * footnote definition `[^1]: …` (label 「1」).
 */
export interface Footnote {
  /** The label as written: 「※１」, 「1」, 「注3」, 「*2」. */
  label: string;
  /** The label's number (width folded): 「※１」 → 1. */
  number: number;
  /** The footnote's text without its label, joined across its wraps. */
  text: string;
  /** The whole footnote, label and every wrapped line. */
  range: TextRange;
  /** From the first character of the text to the end of the footnote (the lines after the label). */
  textRange?: TextRange;
  /** True for a footnote of a page-end block (PDF-extracted text): its lines are no part of the running text. */
  block?: boolean;
}

/** Where the text refers to a footnote: a bare number stuck to a word (「課題3が」) or 「※１」. */
export interface FootnoteMark {
  number: number;
  /** The mark only: 「3」 of 「課題3が」, 「1」 of 「では12020 年」, 「※１」. */
  range: TextRange;
}

/** Lines that belong to the page layout, not to the plan: running headers and page numbers. */
export interface PageArtifact {
  kind: "page-number" | "running-header";
  text: string;
  range: TextRange;
}

/** Where a glossary entry came from. */
export type GlossarySource =
  | { kind: "document" }
  | { kind: "file"; file: string; line: number; column: number };

/** One entry of a glossary (用語解説), from the document or from a glossary file. */
export interface GlossaryEntry {
  /** Headword joined across line wraps, e.g. 「IoT推進コンソーシアム」. */
  headword: string;
  /** Spelled-out form from 「…の略」, e.g. 「Internet of Things」. */
  expansion?: string;
  /** Reading from 「（シーサート）」 after the expansion. */
  reading?: string;
  /** The definition joined across wraps. */
  definition: string;
  /** Targets of 「…を参照」. */
  seeAlso: string[];
  /** Other spellings that look the entry up too (glossary files' `aliases`). */
  aliases?: string[];
  /** The index letter or kana of the row that starts the entry (「A」, 「あ」), if any. */
  index?: string;
  /** The whole entry. For file entries: the entry's span in that file. */
  range: TextRange;
  headwordRange: TextRange;
  source: GlossarySource;
}

export type DocumentFormat = "text" | "markdown";

/**
 * What kind of document the text is, for the rules that enforce 公用文 spellings:
 * "official" (計画・基本方針 in である調, where 及び・又は・取組 are the rule) or
 * "general" (guidebooks, manifestos, FAQs in です・ます調, held only to their own
 * consistency). Detected by `detectDocumentStyle`; a config's `style` overrides it.
 */
export type DocumentStyle = "official" | "general";

/** The whole parsed plan: plain data, JSON-serialisable. */
export interface PlanDocument {
  format: DocumentFormat;
  /** Length of the text that was parsed (UTF-16 code units). */
  length: number;
  parts: Part[];
  /** The plan body's outline (preface, chapters, and their descendants). */
  body: PlanNode[];
  overview: OverviewHeading[];
  glossary: GlossaryEntry[];
  footnotes: Footnote[];
  /**
   * Footnote marks found in the text. Rules read a mark as a mark, never as part of a
   * number or date (「では12020 年」 is mark 1 and 2020); the prose text leaves bare
   * marks out. Absent when the document has no footnotes with numbers.
   */
  footnoteMarks?: FootnoteMark[];
  pageArtifacts: PageArtifact[];
  /**
   * What is not prose, sorted and non-overlapping (Markdown only): link targets
   * and titles, URLs, images, code, HTML and comments, front matter, definitions,
   * tables of contents, and the syntax characters themselves (heading and list
   * marks, emphasis marks, table pipes and delimiter rows, quote marks, footnote
   * marks). Link text, table cells and footnote text are prose.
   */
  nonProse?: TextRange[];
  /** The document's style as detected from its sentence endings (see document-style.ts). */
  style?: DocumentStyle;
  /**
   * Tables of a public-comment result (意見募集の結果): each row's commenters' text
   * (never linted: the public's words) and the government's answer (the drafters'
   * own text, linted like the body). Absent when the document has none.
   */
  commentTables?: CommentTable[];
  /**
   * Parts the parser failed on (a bug in planlint, never the drafter's fault):
   * the rest of the document is still parsed, and lint reports each problem.
   * Absent when there were none.
   */
  problems?: ParseProblem[];
}

/** A part of the document a parser threw on. */
export interface ParseProblem {
  /** What was being read, e.g. "glossary", "body", "overview". */
  part: PartKind;
  /** The exception's message. */
  message: string;
  /** The part's range. */
  range: TextRange;
}

/** One row of a public-comment result table. */
export interface CommentTableRow {
  /** The row's number as written (「１」, "12"), when the table numbers its rows. */
  number?: string;
  /** Where the number is. */
  numberRange?: TextRange;
  /** The row, from its first cell to its last. */
  range: TextRange;
  /** The commenters' text (意見の概要): never linted. One range per cell paragraph or line. */
  comment: TextRange[];
  /** The government's answer (意見に対する考え方): linted like the body. */
  answer: TextRange[];
}

/** A public-comment result table as read from one layout. */
export interface CommentTable {
  /** How it was written: a Markdown/GFM pipe table, a Word table, or rows of a PDF extraction. */
  layout: "pipe-table" | "docx-table" | "pdf-blocks";
  /** The table, header included; what it holds is linted only through its rows' answers. */
  range: TextRange;
  rows: CommentTableRow[];
}
