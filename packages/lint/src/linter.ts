/**
 * The engine: parse once, run every enabled rule once, turn reports into
 * messages. Scopes (public comments are not linted by default) and quotations
 * (never fixed) are enforced here, so no rule can forget them.
 */
import {
  DEFAULT_SCOPES,
  parsePlanWithLines,
  type Glossary,
  type DocumentFormat,
  type DocumentStyle,
  type LintMessage,
  type PartKind,
  type PlanDocument,
  type RuleReport,
  type Severity,
  type TextLine,
  type TextRange,
} from "@planlint/core";
import { emptyConfig, type ResolvedConfig } from "./config/resolved-config.js";
import { formatMessage } from "./messages.js";
import { shareLines, unshareLines } from "./plan-lines.js";
import { findQuotations } from "./quotations.js";
import { memberValue } from "./plan/member-values.js";
import { planGlossary } from "./plan/plan-glossary.js";
import { planStyle } from "./plan/plan-style.js";
import type { PlanMember, PlanView, Rule, RuleContext } from "./rule.js";
import type { TermDictionary } from "./terms/term-dictionary.js";
import { builtinRules } from "./rules/index.js";
import { applySuppressions } from "./suppressions.js";
import { commentTableAt } from "./public-comments/answer-regions.js";

export interface LintTextOptions {
  /** Used in messages and to pick Markdown vs plain text. */
  fileName?: string;
  format?: DocumentFormat;
  config?: ResolvedConfig;
  /** Rules by id; defaults to the built-in rules. */
  rules?: Readonly<Record<string, Rule<any>>>;
  /** Reuse an already parsed document of this exact text (the language server does). */
  document?: PlanDocument;
  /** With `document`: the lines core's parsePlanWithLines read the text as, passed on to the rules (a plain text's only). */
  lines?: readonly TextLine[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Indexes of the config's `exceptions` that silenced something here. */
  usedExceptions: number[];
}

/** One file of a plan given to {@link lintPlan}. */
export interface PlanFileInput {
  fileName: string;
  /** The file's text exactly as read. */
  text: string;
  format?: DocumentFormat;
  /** Reuse an already parsed document of this exact text. */
  document?: PlanDocument;
  /** With `document`: the lines parsePlanWithLines read the text as (see LintTextOptions.lines). */
  lines?: readonly TextLine[];
  /** This file's config; defaults to the plan's. */
  config?: ResolvedConfig;
}

export interface LintPlanOptions {
  /** The config of every file that brings none of its own. */
  config?: ResolvedConfig;
  /** Rules by id; defaults to the built-in rules. */
  rules?: Readonly<Record<string, Rule<any>>>;
  /**
   * Indexes of the files to lint (default: all). The others are read for what the
   * plan shares — definitions, counts, outline — but get no result.
   */
  only?: readonly number[];
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const file: PlanFileInput = { fileName: options.fileName ?? "<text>", text };
  if (options.format) file.format = options.format;
  if (options.document) file.document = options.document;
  if (options.lines) file.lines = options.lines;
  const plan: LintPlanOptions = {};
  if (options.config) plan.config = options.config;
  if (options.rules) plan.rules = options.rules;
  return lintPlan([file], plan)[0]!;
}

/**
 * Lints the files of one plan together, in the order given (see `orderPlanFiles`):
 * one result per linted file, each with the findings on that file only. Rules see
 * the other files through `context.plan`; the document glossaries of all the
 * files serve each of them.
 */
export function lintPlan(files: readonly PlanFileInput[], options: LintPlanOptions = {}): LintResult[] {
  const rules = options.rules ?? builtinRules;
  const parsedHere: PlanDocument[] = [];
  const members: PlanMember[] = files.map((f, index) => {
    let document = f.document;
    if (document && f.lines && document.format === "text") {
      // The parser's lines of a document parsed before (the language server keeps them with it).
      shareLines(document, f.text, f.lines);
      parsedHere.push(document);
    } else if (!document) {
      const parsed = parsePlanWithLines(f.text, f.format ? { format: f.format, fileName: f.fileName } : { fileName: f.fileName });
      document = parsed.document;
      // A plain text's lines, as the parser found them, are the rules' too (see plan-lines.ts).
      if (document.format === "text") {
        shareLines(document, f.text, parsed.lines);
        parsedHere.push(document);
      }
    }
    return { fileName: f.fileName, text: f.text, document, index };
  });
  const configOf = (i: number): ResolvedConfig => files[i]!.config ?? options.config ?? emptyConfig();
  const states: (MemberState | undefined)[] = [];
  // A plan's files share one style, from all their sentences (see plan-style.ts); a config's `style` still wins.
  const shared = planStyle(members);
  const styleOf = (i: number): DocumentStyle => configOf(i).style ?? shared ?? members[i]!.document.style ?? "official";
  const stateOf = (i: number): MemberState => (states[i] ??= memberState(members, i, configOf(i), styleOf(i)));
  try {
    const wanted = options.only ?? members.map((_, i) => i);
    return wanted.map((i) => lintMember(members, i, stateOf, configOf(i), rules));
  } finally {
    for (const d of parsedHere) unshareLines(d);
  }
}

/** What every rule's context for one member shares: glossary, style, parts, quotations. */
interface MemberState {
  member: PlanMember;
  glossary: Glossary;
  terms: readonly TermDictionary[];
  style: DocumentStyle;
  partAt(offset: number): PartKind | undefined;
  quotations(): TextRange[];
  /** Passages quoted word for word from a dated document: no rule reports in them. */
  passages(): TextRange[];
}

function memberState(members: readonly PlanMember[], i: number, config: ResolvedConfig, style: DocumentStyle): MemberState {
  const member = members[i]!;
  const { document, text } = member;
  let quoted: { titles: TextRange[]; passages: TextRange[] } | undefined;
  return {
    member,
    terms: config.terms,
    style,
    glossary: planGlossary(members, i, config.glossary),
    partAt: (offset) => document.parts.find((p) => p.range.start <= offset && offset < p.range.end)?.kind,
    quotations: () => (quoted ??= findQuotations(text)).titles,
    passages: () => (quoted ??= findQuotations(text)).passages,
  };
}

function lintMember(
  members: readonly PlanMember[],
  index: number,
  stateOf: (i: number) => MemberState,
  config: ResolvedConfig,
  rules: Readonly<Record<string, Rule<any>>>,
): LintResult {
  const { member } = stateOf(index);
  const { fileName, document } = member;
  const messages: LintMessage[] = [];
  for (const [ruleId, setting] of config.rules) {
    const rule = rules[ruleId];
    if (!rule) continue;
    const options = { ...(rule.defaultOptions ?? {}), ...setting.options };
    const optionsKey = JSON.stringify(options);
    const contexts: RuleContext<Record<string, unknown>>[] = [];
    const plan = (at: number): PlanView<Record<string, unknown>> => ({
      members,
      index: at,
      perMember: <T>(key: string, compute: (member: RuleContext<Record<string, unknown>>) => T): readonly T[] =>
        members.map((m, j) => {
          const state = stateOf(j);
          // The style is part of the key: the plan's style may change with another file's edit.
          return memberValue(m.document, `${ruleId}\0${key}`, `${optionsKey}\0${state.style}`, state.glossary, () => compute((contexts[j] ??= ruleContext(rule, state, options, plan(j), undefined))));
        }),
    });
    const context = ruleContext(rule, stateOf(index), options, plan(index), (report, quoted) => {
      messages.push(toMessage(rule, ruleId, setting.severity, report, quoted));
    });
    contexts[index] = context;
    const before = messages.length;
    try {
      rule.create(context);
    } catch (error) {
      // One broken rule must not hide the others' findings: its own are dropped
      // (they may be half a judgement) and the failure is an error at the top of
      // the file, naming the rule and the file, so that CI does not pass silently.
      // (A rule that throws while reading another file of the plan fails here too.)
      messages.length = before;
      messages.push(ruleFailure(ruleId, fileName, error));
    }
  }

  for (const problem of document.problems ?? []) {
    messages.push({
      ruleId: "parse",
      severity: "error",
      messageId: "parseFailed",
      message: `planlint could not read the ${problem.part} of ${fileName}: ${problem.message.split("\n")[0]} (this is a bug in planlint; rules saw that part as empty)`,
      range: { start: problem.range.start, end: problem.range.start },
    });
  }

  const { text } = member;
  const suppressed = applySuppressions(text, dropRepeats(messages), document.format === "markdown", config.exceptions);
  const all = [...suppressed.messages, ...suppressed.unusedDirectives].sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId),
  );
  return summarise(fileName, all, [...suppressed.usedExceptions]);
}

/** A rule's context for one member; `emit` undefined drops its reports (a context read for another file's sake). */
function ruleContext(
  rule: Rule<any>,
  state: MemberState,
  options: Record<string, unknown>,
  plan: PlanView<Record<string, unknown>>,
  emit: ((report: RuleReport, quoted: boolean) => void) | undefined,
): RuleContext<Record<string, unknown>> {
  const { member, partAt } = state;
  const scopes = rule.meta.scopes ?? DEFAULT_SCOPES;
  const inScope = (range: TextRange): boolean => {
    // In a public-comment result table, answers are read with the body and the commenters' words by no rule.
    if (insideQuotation(state.passages(), range)) return false;
    const cell = commentTableAt(member.document, range.start);
    if (cell === "answer") return scopes.includes("body") || scopes.includes("public-comments");
    if (cell === "table") return scopes.includes("public-comments");
    const kind = partAt(range.start);
    // Text outside every part (a document with no recognised structure) is linted.
    return kind === undefined || scopes.includes(kind);
  };
  const isQuotation = (range: TextRange): boolean => insideQuotation(state.quotations(), range);
  return {
    text: member.text,
    fileName: member.fileName,
    document: member.document,
    glossary: state.glossary,
    terms: state.terms,
    style: state.style,
    options,
    partAt,
    inScope,
    isQuotation,
    plan,
    report: (report: RuleReport) => {
      if (!emit || !inScope(report.range)) return;
      emit(report, isQuotation(report.range));
    },
  };
}

/**
 * Whether a range lies within one of the quoted titles. They come sorted and
 * without overlap, so only the last one starting at or before the range can hold
 * it: a binary search instead of a scan of every title for every finding.
 */
function insideQuotation(quoted: readonly TextRange[], range: TextRange): boolean {
  // A range that ends before it starts could sit "inside" any earlier title.
  if (range.end < range.start) return quoted.some((q) => q.start <= range.start && range.end <= q.end);
  let lo = 0;
  let hi = quoted.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid]!.start <= range.start) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last >= 0 && range.end <= quoted[last]!.end;
}

/**
 * Two rules may find the same span for different reasons (取組む is both a
 * dictionary entry and a minority spelling). The drafter needs one squiggle: keep
 * the finding that can fix it, else the more severe, else the first rule's.
 */
function dropRepeats(messages: LintMessage[]): LintMessage[] {
  const best = new Map<string, LintMessage>();
  for (const m of messages) {
    const key = `${m.range.start}:${m.range.end}`;
    const other = best.get(key);
    if (!other || rank(m) > rank(other)) best.set(key, m);
  }
  return messages.filter((m) => best.get(`${m.range.start}:${m.range.end}`) === m);
}

/** The finding that stands for a rule that threw. */
function ruleFailure(ruleId: string, fileName: string, error: unknown): LintMessage {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return {
    ruleId,
    severity: "error",
    messageId: "ruleFailed",
    message: `rule ${ruleId} failed on ${fileName} and reported nothing here: ${reason} (this is a bug in planlint; the other rules ran)`,
    range: { start: 0, end: 0 },
  };
}

function rank(m: LintMessage): number {
  return (m.fix ? 10 : 0) + SEVERITY_RANK[m.severity];
}

function toMessage(rule: Rule<any>, ruleId: string, configured: Severity, report: RuleReport, quoted: boolean): LintMessage {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${ruleId} reported unknown messageId "${report.messageId}"`);
  let severity = configured;
  if (report.severity && SEVERITY_RANK[report.severity] < SEVERITY_RANK[severity]) severity = report.severity;
  const msg: LintMessage = {
    ruleId,
    severity,
    messageId: report.messageId,
    message: formatMessage(template, report.data),
    range: report.range,
  };
  // A quoted title keeps its original wording: at most informational, never fixed.
  if (quoted) {
    msg.severity = "info";
  } else if (report.fix) {
    msg.fix = report.fix;
  }
  if (report.suggestions?.length && !quoted) {
    msg.suggestions = report.suggestions.map((s) => {
      const t = rule.meta.messages[s.messageId];
      if (t === undefined) throw new Error(`rule ${ruleId} suggested with unknown messageId "${s.messageId}"`);
      return { message: formatMessage(t, s.data), fix: s.fix };
    });
  }
  if (report.related?.length) msg.related = report.related;
  return msg;
}

function summarise(filePath: string, messages: LintMessage[], usedExceptions: number[]): LintResult {
  const r: LintResult = { filePath, messages, errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedExceptions };
  for (const m of messages) {
    if (m.severity === "error") {
      r.errorCount++;
      if (m.fix) r.fixableErrorCount++;
    } else if (m.severity === "warning") {
      r.warningCount++;
      if (m.fix) r.fixableWarningCount++;
    } else r.infoCount++;
  }
  return r;
}
