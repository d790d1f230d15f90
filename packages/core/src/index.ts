/**
 * @planlint/core — the plan model, the glossary and text decoding.
 * Everything here is plain data and pure functions: no editor, no file system
 * (callers read bytes and pass them in).
 */
export type * from "./types.js";
export { PlanlintError, type PlanlintErrorCode, type PlanlintErrorLocation } from "./errors.js";
export { LineIndex, type LinePosition } from "./line-index.js";
export { firstEndingAfter, mergeRanges } from "./text-ranges.js";
export { decodeText, encodeText, detectLineEndings, type DecodedText, type TextEncodingName, type LineEnding } from "./decode.js";
export { detectDocumentStyle, MIN_SENTENCES_FOR_STYLE, type DocumentStyleEvidence } from "./document-style.js";
export { parsePlan, parsePlanWithLines, formatForFile, type ParsePlanOptions } from "./parse-plan.js";
export { MarkdownSession } from "./markdown/markdown-session.js";
export type { TextLine } from "./text-lines.js";
export { proseText, crossesParagraph, type ProseOptions, type ProseDocument } from "./prose.js";
export { joinSpans, pieceIndexAt, toSourceOffset, toSourceRange } from "./joined-text.js";
export { firstLineFrom, splitLines } from "./text-lines.js";
export { parsePlanDate, ERA_START } from "./dates.js";
export { labelFamily, readLabel, circledLabel, circledValue, type LineLabel, type LabelRole, KATAKANA_ORDER, katakanaLabel, katakanaValue, digitsValue, kanjiNumberValue, kanjiNumberLabel, numberValue } from "./labels.js";
export { parseGlossarySection } from "./glossary-section.js";
export { parseGlossaryFile } from "./glossary-file.js";
export { Glossary } from "./glossary.js";
export { readCrossReferences } from "./measure-details.js";
export { columnRole, commentColumns, type ColumnRole } from "./comment-tables.js";
export { walkPlan, findNodeAt, resolveCrossReference, walkReference, referenceSteps, findStep, matchesLevel, matchesStep, type ReferenceWalk } from "./plan-queries.js";
export type { Severity, SeveritySetting, Fix, RelatedLocation, MessageData, RuleReport, RuleSuggestion, LintMessage, RuleMeta, OptionsValidator } from "./lint-types.js";
export { DEFAULT_SCOPES } from "./lint-types.js";
export { readDocx, parseDocx, attachDocxCommentTables, docxParseOptions, paragraphAt, runAt, docxSourceAt, looksLikeWordFile, type ReadDocxOptions, type DocxReading, type DocxPart, type DocxSource } from "./docx/read-docx.js";
export type { DocxParagraph, DocxRun, DocxCell, RunItem, TrackedChangesView } from "./docx/paragraphs.js";
export { parseXml, escapeXml, escapeAttr, isElement, child as xmlChild, type XmlElement, type XmlNode } from "./docx/xml.js";
export { MAX_ZIP_ENTRIES, MAX_UNCOMPRESSED_BYTES } from "./docx/zip.js";
export { writeReview, type ReviewComment, type ReviewOptions, type ReviewResult } from "./docx/write-review.js";
export { JAPANESE_CHAR, DIGIT, KANJI_RANGE, ALNUM_RANGE, LATIN_LETTER, isDigitCode, isHiraganaCode, isKanjiCode, toHalfWidth, toFullWidth } from "./characters.js";
