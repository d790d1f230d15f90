/**
 * Silencing findings. Markdown has comments, so a drafter writes
 * `<!-- planlint-disable-next-line consistent-terms -- reason -->` next to the text.
 * Plain text has none: there, exceptions by text live in the config (`exceptions`).
 * Both are reported when they silence nothing, so they do not outlive their reason.
 */
import type { LintMessage, TextRange } from "@planlint/core";
import type { TextException } from "./config/resolved-config.js";

interface Directive {
  kind: "disable" | "enable" | "disable-line" | "disable-next-line";
  rules: string[] | "all";
  range: TextRange;
  used: boolean;
}

interface Silenced {
  rules: string[] | "all";
  start: number;
  end: number;
  directive: Directive;
}

const DIRECTIVE = /<!--\s*planlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)(?:--\s[^>]*)?-->/g;

function lineBounds(text: string, offset: number): TextRange {
  let s = offset;
  while (s > 0 && text[s - 1] !== "\n" && text[s - 1] !== "\r") s--;
  let e = offset;
  while (e < text.length && text[e] !== "\n" && text[e] !== "\r") e++;
  return { start: s, end: e };
}

function nextLine(text: string, offset: number): TextRange {
  const cur = lineBounds(text, offset);
  let s = cur.end;
  if (text[s] === "\r" && text[s + 1] === "\n") s += 2;
  else if (s < text.length) s += 1;
  return lineBounds(text, s);
}

function parseDirectives(text: string): Silenced[] {
  const out: Silenced[] = [];
  const open: Silenced[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const kind = m[1] as Directive["kind"];
    const list = m[2]!.split(/[\s,]+/).filter(Boolean);
    const directive: Directive = { kind, rules: list.length ? list : "all", range: { start: m.index, end: m.index + m[0].length }, used: false };
    if (kind === "disable-line") {
      const l = lineBounds(text, m.index);
      out.push({ rules: directive.rules, start: l.start, end: l.end, directive });
    } else if (kind === "disable-next-line") {
      const l = nextLine(text, m.index + m[0].length - 1);
      out.push({ rules: directive.rules, start: l.start, end: l.end, directive });
    } else if (kind === "disable") {
      const s: Silenced = { rules: directive.rules, start: m.index, end: text.length, directive };
      open.push(s);
      out.push(s);
    } else {
      // enable closes the matching disable(s).
      for (const s of open) {
        if (s.end !== text.length) continue;
        if (directive.rules === "all" || s.rules === "all" || s.rules.some((r) => (directive.rules as string[]).includes(r))) s.end = m.index;
      }
    }
  }
  return out;
}

export interface SuppressionResult {
  messages: LintMessage[];
  unusedDirectives: LintMessage[];
  /** Exceptions (by index in the config's list) that silenced something in this text. */
  usedExceptions: Set<number>;
}

export function applySuppressions(text: string, messages: LintMessage[], markdown: boolean, exceptions: readonly TextException[]): SuppressionResult {
  const silenced = markdown ? parseDirectives(text) : [];
  const exceptionRanges = exceptions.map((ex) => {
    const ranges: TextRange[] = [];
    if (!ex.text) return ranges;
    let at = text.indexOf(ex.text);
    while (at >= 0) {
      ranges.push({ start: at, end: at + ex.text.length });
      at = text.indexOf(ex.text, at + 1);
    }
    return ranges;
  });
  const usedExceptions = new Set<number>();
  const kept: LintMessage[] = [];
  for (const msg of messages) {
    const r = msg.range;
    const directive = silenced.find((s) => s.start <= r.start && r.start <= s.end && (s.rules === "all" || s.rules.includes(msg.ruleId)));
    if (directive) {
      directive.directive.used = true;
      continue;
    }
    const ex = exceptions.findIndex((e, i) => (e.rule === undefined || e.rule === msg.ruleId) && exceptionRanges[i]!.some((x) => x.start <= r.start && r.end <= x.end));
    if (ex >= 0) {
      usedExceptions.add(ex);
      continue;
    }
    kept.push(msg);
  }
  const unusedDirectives: LintMessage[] = [];
  const seen = new Set<Directive>();
  for (const s of silenced) {
    if (s.directive.used || seen.has(s.directive)) continue;
    seen.add(s.directive);
    unusedDirectives.push({
      ruleId: "unused-suppression",
      severity: "warning",
      messageId: "unused",
      message: `This planlint-${s.directive.kind} comment silences nothing; remove it.`,
      range: s.directive.range,
      fix: { range: s.directive.range, text: "" },
    });
  }
  return { messages: kept, unusedDirectives, usedExceptions };
}
