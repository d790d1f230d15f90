/**
 * For rules whose verdict is a count over the whole text (表記ゆれ: which spelling
 * is the majority), a plan kept in several files is read as one text: the files'
 * joined paragraph texts one after another, each file's source offsets moved by
 * where that file starts in the files' texts laid end to end. The rule runs once
 * per plan on that text (through a context made for it); its reports are sorted
 * back to their files with offsets made local again, and each file's own run
 * replays its share. So counts, majorities and findings are exactly those of the
 * plan written as one file, and the work is done once per plan, not once per file.
 */
import type { JoinedText, PlanDocument, RuleReport, TextRange } from "@planlint/core";
import type { RuleContext } from "../rule.js";

interface PlanRun {
  /** The members' values the run was made from (same objects: same versions). */
  inputs: readonly unknown[];
  options: string;
  reports: RuleReport[][];
}

const runs = new WeakMap<object, PlanRun>();

export interface MemberText {
  joined: JoinedText;
  isQuotation(range: TextRange): boolean;
}

/**
 * The reports of `check` run over the whole plan that fall in this file.
 * `joinedOf` gives a member's joined text (the rule's own, so it is cached with
 * the member); `check` gets a context whose text, joined text (via `seed`) and
 * isQuotation are the plan's.
 */
export function reportsOverPlan<O>(
  context: RuleContext<O>,
  ruleKey: object,
  joinedOf: (member: RuleContext<O>) => JoinedText,
  seed: (document: PlanDocument, text: string, joined: JoinedText) => void,
  check: (context: RuleContext<O>) => void,
): readonly RuleReport[] {
  const { plan } = context;
  const texts = plan.perMember("plan-as-one-text", (m): MemberText => ({ joined: joinedOf(m), isQuotation: (r) => m.isQuotation(r) }));
  // The style decides between spellings too (公用文 forms), so a run is reused only for the same one.
  const options = `${JSON.stringify(context.options)}\0${context.style}`;
  const last = runs.get(ruleKey);
  if (last && last.options === options && last.inputs.length === texts.length && last.inputs.every((t, i) => t === texts[i])) {
    return last.reports[plan.index] ?? [];
  }

  // Members' raw texts end to end, "\n" between (never inside a piece), and their joined texts likewise.
  const starts: number[] = [];
  const rawParts: string[] = [];
  const joinedParts: string[] = [];
  const pieces: JoinedText["pieces"] = [];
  let raw = 0;
  let at = 0;
  plan.members.forEach((m, i) => {
    starts.push(raw);
    rawParts.push(m.text);
    const j = texts[i]!.joined;
    joinedParts.push(j.text);
    for (const p of j.pieces) pieces.push({ at: p.at + at, source: p.source + raw, length: p.length });
    raw += m.text.length + 1;
    at += j.text.length + 1;
  });
  const text = rawParts.join("\n");
  const joined: JoinedText = { text: joinedParts.join("\n"), pieces };
  const memberAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const local = (r: TextRange, shift: number): TextRange => ({ start: r.start - shift, end: r.end - shift });

  const reports: RuleReport[][] = plan.members.map(() => []);
  const document = { ...plan.members[plan.index]!.document, body: [], parts: [] } as PlanDocument;
  seed(document, text, joined);
  const whole: RuleContext<O> = {
    ...context,
    text,
    fileName: "<plan>",
    document,
    plan: { members: [plan.members[plan.index]!], index: 0, perMember: () => [] },
    isQuotation: (range) => {
      const i = memberAt(range.start);
      return texts[i]!.isQuotation(local(range, starts[i]!));
    },
    report: (report) => {
      const i = memberAt(report.range.start);
      const shift = starts[i]!;
      const moved: RuleReport = { ...report, range: local(report.range, shift) };
      if (report.fix) moved.fix = { ...report.fix, range: local(report.fix.range, shift) };
      if (report.suggestions) moved.suggestions = report.suggestions.map((s) => ({ ...s, fix: { ...s.fix, range: local(s.fix.range, shift) } }));
      if (report.related) {
        moved.related = report.related.map((r) => {
          const k = memberAt(r.range.start);
          return { ...r, range: local(r.range, starts[k]!), ...(k !== i ? { file: plan.members[k]!.fileName } : {}) };
        });
      }
      reports[i]!.push(moved);
    },
  };
  check(whole);
  runs.set(ruleKey, { inputs: texts, options, reports });
  return reports[plan.index]!;
}
