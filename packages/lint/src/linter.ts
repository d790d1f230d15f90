/**
 * The engine: parse once, run every enabled rule once, turn reports into
 * messages. Scopes (public comments are not linted by default) and quotations
 * (never fixed) are enforced here, so no rule can forget them.
 */
import {
  DEFAULT_SCOPES,
  Glossary,
  parsePlanWithLines,
  type DocumentFormat,
  type LintMessage,
  type PartKind,
  type PlanDocument,
  type RuleReport,
  type Severity,
  type TextRange,
} from "@planlint/core";
import { emptyConfig, type ResolvedConfig } from "./config/resolved-config.js";
import { formatMessage } from "./messages.js";
import { shareLines, unshareLines } from "./plan-lines.js";
import { findQuotedTitles } from "./quotations.js";
import type { Rule, RuleContext } from "./rule.js";
import { builtinRules } from "./rules/index.js";
import { applySuppressions } from "./suppressions.js";

export interface LintTextOptions {
  /** Used in messages and to pick Markdown vs plain text. */
  fileName?: string;
  format?: DocumentFormat;
  config?: ResolvedConfig;
  /** Rules by id; defaults to the built-in rules. */
  rules?: Readonly<Record<string, Rule<any>>>;
  /** Reuse an already parsed document of this exact text (the language server does). */
  document?: PlanDocument;
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

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const fileName = options.fileName ?? "<text>";
  const config = options.config ?? emptyConfig();
  const rules = options.rules ?? builtinRules;
  const parsed = options.document ? undefined : parsePlanWithLines(text, options.format ? { format: options.format, fileName } : { fileName });
  const document = options.document ?? parsed!.document;
  // A plain text's lines, as the parser found them, are the rules' too (see plan-lines.ts).
  if (parsed && document.format === "text") shareLines(document, text, parsed.lines);
  try {
    return lintDocument(text, document, fileName, config, rules);
  } finally {
    if (parsed) unshareLines(document);
  }
}

function lintDocument(text: string, document: PlanDocument, fileName: string, config: ResolvedConfig, rules: Readonly<Record<string, Rule<any>>>): LintResult {
  const glossary = new Glossary([...document.glossary, ...config.glossary]);
  let quoted: TextRange[] | undefined;
  const quotations = (): TextRange[] => (quoted ??= findQuotedTitles(text));
  const partAt = (offset: number): PartKind | undefined => document.parts.find((p) => p.range.start <= offset && offset < p.range.end)?.kind;

  const style = config.style ?? document.style ?? "official";
  const messages: LintMessage[] = [];
  for (const [ruleId, setting] of config.rules) {
    const rule = rules[ruleId];
    if (!rule) continue;
    const scopes = rule.meta.scopes ?? DEFAULT_SCOPES;
    const inScope = (range: TextRange): boolean => {
      const kind = partAt(range.start);
      // Text outside every part (a document with no recognised structure) is linted.
      return kind === undefined || scopes.includes(kind);
    };
    const context: RuleContext<Record<string, unknown>> = {
      text,
      fileName,
      document,
      glossary,
      terms: config.terms,
      style,
      options: { ...(rule.defaultOptions ?? {}), ...setting.options },
      partAt,
      inScope,
      isQuotation: (range) => insideQuotation(quotations(), range),
      report: (report: RuleReport) => {
        if (!inScope(report.range)) return;
        messages.push(toMessage(rule, ruleId, setting.severity, report, context.isQuotation(report.range)));
      },
    };
    const before = messages.length;
    try {
      rule.create(context);
    } catch (error) {
      // One broken rule must not hide the others' findings: its own are dropped
      // (they may be half a judgement) and the failure is an error at the top of
      // the file, naming the rule and the file, so that CI does not pass silently.
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

  const suppressed = applySuppressions(text, dropRepeats(messages), document.format === "markdown", config.exceptions);
  const all = [...suppressed.messages, ...suppressed.unusedDirectives].sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId),
  );
  return summarise(fileName, all, [...suppressed.usedExceptions]);
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
export function ruleFailure(ruleId: string, fileName: string, error: unknown): LintMessage {
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
