/**
 * Open documents and what is computed from them. Each version is parsed at
 * most once and linted at most once per config; every feature (diagnostics,
 * hover, symbols, …) shares that {@link Analysis}. Only the latest version of
 * each open document is kept.
 */
import { Glossary, LineIndex, MarkdownSession, formatForFile, parsePlanWithLines, type DocumentFormat, type PlanDocument, type TextLine } from "@planlint/core";
import { lintPlan, lintText, planGlossary, type LintResult, type LintTextOptions, type PlanFileInput, type ResolvedConfig } from "@planlint/lint/browser";
import { TextDocuments } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";

/** A plan as one lint needs it (plan-files.ts finds it): every file in order, and which one is the open document. */
export interface PlanInputs {
  files: PlanFileInput[];
  index: number;
}

const EMPTY_PLAN: PlanDocument = Object.freeze({
  format: "text",
  length: 0,
  parts: [],
  body: [],
  overview: [],
  glossary: [],
  footnotes: [],
  pageArtifacts: [],
}) as PlanDocument;

/** One version of one document, and what planlint made of it (computed on first use). */
export class Analysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** The file on disk, for config discovery and messages; undefined for an unsaved buffer. */
  readonly filePath: string | undefined;
  readonly format: DocumentFormat;
  /** Longer than the server's limit: not parsed, not linted. */
  readonly tooLarge: boolean;
  private lineIndexValue: LineIndex | undefined;
  private planValue: PlanDocument | undefined;
  /** The lines the parser read a plain text as: the rules that join wrapped lines read them instead of splitting the text again. */
  private linesValue: readonly TextLine[] | undefined;
  private glossaryValue: { config: ResolvedConfig; glossary: Glossary } | undefined;
  private lintValue: { config: ResolvedConfig; plan: PlanInputs | undefined; result: LintResult } | undefined;

  /** The document's Markdown parses across versions: an edit re-parses only the blocks it can reach. */
  private readonly markdownSession: MarkdownSession | undefined;

  constructor(document: TextDocument, maxLength: number, filePath?: string, markdownSession?: MarkdownSession) {
    this.uri = document.uri;
    this.markdownSession = markdownSession;
    this.version = document.version;
    this.text = document.getText();
    this.filePath = filePath;
    this.format = document.languageId === "markdown" ? "markdown" : formatForFile(this.filePath ?? document.uri);
    this.tooLarge = this.text.length > maxLength;
  }

  /** Offsets ↔ LSP positions (UTF-16), the same line breaks as LSP counts. */
  get lineIndex(): LineIndex {
    return (this.lineIndexValue ??= new LineIndex(this.text));
  }

  /** The parsed plan; an empty one for a document over the size limit. */
  get plan(): PlanDocument {
    if (this.planValue) return this.planValue;
    if (this.tooLarge) return (this.planValue = EMPTY_PLAN);
    const parsed = parsePlanWithLines(this.text, { format: this.format, fileName: this.filePath ?? this.uri, markdownSession: this.markdownSession });
    this.planValue = parsed.document;
    if (parsed.document.format === "text") this.linesValue = parsed.lines;
    return this.planValue;
  }

  /**
   * The glossary as the rules see it: the document's own, then — in a plan kept in
   * several files — the 用語解説 of the plan's other files (as last linted with),
   * then the config's glossary files. Hover, definition, references and completion
   * in chapter 3 find a term the glossary chapter defines.
   */
  glossary(config: ResolvedConfig): Glossary {
    const plan = this.lintValue?.config === config ? this.lintValue.plan : undefined;
    if (plan && plan.files.length > 1 && plan.files.every((f) => f.document)) {
      const members = plan.files.map((f, index) => ({ fileName: f.fileName, text: f.text, document: f.document!, index }));
      // planGlossary keeps one glossary per file while its inputs are the same.
      return planGlossary(members, plan.index, config.glossary);
    }
    if (this.glossaryValue?.config !== config) {
      this.glossaryValue = { config, glossary: new Glossary([...this.plan.glossary, ...config.glossary]) };
    }
    return this.glossaryValue.glossary;
  }

  /**
   * The findings with `config`; with `plan`, linted with the other files of its
   * plan (as the editor or the disk has them now). Kept while the config and the
   * plan's files are the same versions. Without a plan (undefined), with the plan
   * it was last linted with (code actions read the findings the diagnostics showed);
   * null lints it alone.
   */
  lint(config: ResolvedConfig, given?: PlanInputs | null): LintResult {
    // null: alone; undefined: as last linted.
    const plan = given === undefined ? this.lintValue?.plan : (given ?? undefined);
    const v = this.lintValue;
    if (v?.config !== config || !samePlan(v.plan, plan)) {
      const fileName = this.filePath ?? this.uri;
      const result = this.tooLarge
        ? emptyResult(fileName)
        : plan
          ? lintPlan(plan.files, { config, only: [plan.index] })[0]!
          : lintText(this.text, this.lintOptions(fileName, config));
      this.lintValue = { config, plan, result };
      return result;
    }
    return v.result;
  }

  private lintOptions(fileName: string, config: ResolvedConfig): LintTextOptions {
    const document = this.plan;
    return this.linesValue ? { fileName, config, document, lines: this.linesValue } : { fileName, config, document };
  }

  /** True when this analysis has been linted with `config` already (no work left). */
  hasLint(config: ResolvedConfig): boolean {
    return this.lintValue?.config === config;
  }
}

/** The same files, each at the same version (the same parsed document). */
function samePlan(a: PlanInputs | undefined, b: PlanInputs | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.index === b.index && a.files.length === b.files.length && a.files.every((f, i) => f.fileName === b.files[i]!.fileName && f.document === b.files[i]!.document);
}

function emptyResult(filePath: string): LintResult {
  return { filePath, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedExceptions: [] };
}

export class PlanDocuments {
  /** The text of open documents, kept in sync (incrementally) by vscode-languageserver. */
  readonly documents = new TextDocuments(TextDocument);
  private readonly analyses = new Map<string, Analysis>();
  private readonly markdownSessions = new Map<string, MarkdownSession>();
  maxLength: number;

  /** `filePathOf`: the host's (a document's file on disk, if it is one). */
  constructor(
    maxLength: number,
    private readonly filePathOf: (uri: string) => string | undefined = () => undefined,
  ) {
    this.maxLength = maxLength;
    // Drop the cache eagerly so a closed or edited document's plan can be collected.
    this.documents.onDidClose((e) => {
      this.analyses.delete(e.document.uri);
      this.markdownSessions.delete(e.document.uri);
    });
    this.documents.onDidChangeContent((e) => {
      const cached = this.analyses.get(e.document.uri);
      if (cached && cached.version !== e.document.version) this.analyses.delete(e.document.uri);
    });
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  /** The current version's analysis, or undefined when the document is not open. */
  analysis(uri: string): Analysis | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    let analysis = this.analyses.get(uri);
    if (!analysis || analysis.version !== document.version) {
      let session = this.markdownSessions.get(uri);
      if (!session) this.markdownSessions.set(uri, (session = new MarkdownSession()));
      analysis = new Analysis(document, this.maxLength, this.filePathOf(uri), session);
      this.analyses.set(uri, analysis);
    }
    return analysis;
  }

  /** True when `version` is still the open document's version. */
  isCurrent(uri: string, version: number): boolean {
    return this.documents.get(uri)?.version === version;
  }

  all(): TextDocument[] {
    return this.documents.all();
  }
}
