/**
 * The one place that turns planlint's findings into LSP diagnostics: ranges via
 * LineIndex (UTF-16, as LSP counts), severity, rule id and its doc, related
 * locations, and the fix and suggestions as ready-made edits in
 * `diagnostic.data` for code actions. Also the diagnostics the server itself
 * raises: a document over the size limit, a broken config.
 */
import type { Fix, LineIndex, LintMessage, PlanlintError, Severity, TextRange } from "@planlint/core";
import { builtinRules } from "@planlint/lint/browser";
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from "vscode-languageserver";
import { DIAGNOSTIC_SOURCE } from "./protocol.js";

/** What code actions need, stored on each diagnostic. Edits are for {@link DiagnosticData.version} only. */
export interface DiagnosticData {
  version: number;
  ruleId: string;
  fix?: TextEdit;
  suggestions?: { title: string; edit: TextEdit }[];
}

export interface DiagnosticTarget {
  uri: string;
  version: number;
  /** The client shows `relatedInformation` (else related locations go into the message). */
  relatedInformation: boolean;
}

/** Rule docs live in the repository under docs/rules/<id>.md (the rule's `meta.docs`). */
const RULE_DOCS_BASE = "https://github.com/planlint/planlint/blob/main/";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toRange(index: LineIndex, range: TextRange): Range {
  return { start: index.positionAt(range.start), end: index.positionAt(range.end) };
}

export function toTextEdit(index: LineIndex, fix: Fix): TextEdit {
  return { range: toRange(index, fix.range), newText: fix.text };
}

export function toDiagnostic(message: LintMessage, index: LineIndex, target: DiagnosticTarget): Diagnostic {
  const range = toRange(index, message.range);
  const diagnostic: Diagnostic = {
    range,
    severity: SEVERITY[message.severity],
    source: DIAGNOSTIC_SOURCE,
    code: message.ruleId,
    message: message.message,
  };
  const docs = builtinRules[message.ruleId]?.meta.docs;
  if (docs) diagnostic.codeDescription = { href: RULE_DOCS_BASE + docs };
  if (message.related?.length) {
    if (target.relatedInformation) {
      diagnostic.relatedInformation = message.related.map((r) => ({ location: { uri: target.uri, range: toRange(index, r.range) }, message: r.message }));
    } else {
      const lines = message.related.map((r) => `${r.message} (line ${index.positionAt(r.range.start).line + 1})`);
      diagnostic.message += `\n${lines.join("\n")}`;
    }
  }
  const data: DiagnosticData = { version: target.version, ruleId: message.ruleId };
  if (message.fix) data.fix = toTextEdit(index, message.fix);
  if (message.suggestions?.length) {
    data.suggestions = message.suggestions.map((s) => ({ title: s.message, edit: toTextEdit(index, s.fix) }));
  }
  diagnostic.data = data;
  return diagnostic;
}

export function toDiagnostics(messages: readonly LintMessage[], index: LineIndex, target: DiagnosticTarget): Diagnostic[] {
  return messages.map((m) => toDiagnostic(m, index, target));
}

/** The only diagnostic of a document over the size limit. */
export function tooLargeDiagnostic(length: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: "document-too-large",
    message: `planlint: document too large to lint (${length.toLocaleString("en")} characters; the limit is ${limit.toLocaleString("en")})`,
  };
}

/** A broken config, shown on the config file itself at the error's line and column. */
export function configFileDiagnostic(error: PlanlintError): Diagnostic {
  const line = Math.max(0, (error.line ?? 1) - 1);
  const character = Math.max(0, (error.column ?? 1) - 1);
  return {
    range: { start: { line, character }, end: { line, character: character + 1 } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: error.code,
    message: error.hint ? `${error.message} (${error.hint})` : error.message,
  };
}

/** On the linted document, pointing at the broken config: it is why nothing else is reported. */
export function configBrokenDiagnostic(error: PlanlintError, configUri: string | undefined): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: error.code,
    message: `planlint: not linted, the config is broken: ${error.format()}`,
  };
  if (configUri) {
    diagnostic.relatedInformation = [{ location: { uri: configUri, range: configFileDiagnostic(error).range }, message: error.message }];
  }
  return diagnostic;
}
