/**
 * Hover: on a glossary term or acronym, its entry (headword, expansion,
 * reading, definition, where it is defined); on a measure's label, where it
 * sits and who owns it (owners, via, citations); on a cross-reference, what it
 * points to.
 */
import { resolveCrossReference, type GlossaryEntry, type PlanNode } from "@planlint/core";
import { MarkupKind, type Hover } from "vscode-languageserver";
import { guard, prepare, type Feature } from "../context.js";
import { toRange } from "../diagnostics.js";
import { crossReferenceAt, excerpt, labelAt, termAt } from "../plan-lookup.js";
import type { Analysis } from "../documents.js";

/** The file name of a path, either separator (a glossary file's, for the hover's last line). */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/** Markdown's inline special characters in plan text (「*」 in a definition is not emphasis). */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, "\\$&");
}

interface Writer {
  markdown: boolean;
  bold(text: string): string;
  text(text: string): string;
  em(text: string): string;
}

const MARKDOWN: Writer = { markdown: true, bold: (t) => `**${md(t)}**`, text: md, em: (t) => `*${md(t)}*` };
const PLAIN: Writer = { markdown: false, bold: (t) => t, text: (t) => t, em: (t) => t };

function describeEntry(entry: GlossaryEntry, analysis: Analysis, w: Writer): string {
  const head = [w.bold(entry.headword)];
  if (entry.expansion) head.push(`— ${w.text(entry.expansion)}`);
  if (entry.reading) head.push(`（${w.text(entry.reading)}）`);
  const lines = [head.join(" "), "", w.text(entry.definition)];
  if (entry.seeAlso.length) lines.push("", `See also: ${entry.seeAlso.map((s) => w.text(s)).join(", ")}`);
  lines.push("", w.em(definedWhere(entry, analysis)));
  return lines.join("\n");
}

function definedWhere(entry: GlossaryEntry, analysis: Analysis): string {
  if (entry.source.kind === "file") return `Defined in ${baseName(entry.source.file)}, line ${entry.source.line}`;
  const line = analysis.lineIndex.positionAt(entry.headwordRange.start).line + 1;
  const part = analysis.plan.parts.find((p) => p.range.start <= entry.range.start && entry.range.start < p.range.end);
  return `Defined in ${part?.title ? part.title : "this document"}, line ${line}`;
}

function describeNode(node: PlanNode, w: Writer): string {
  const lines = [`${w.bold(node.path || node.label)}${node.title ? ` ${w.text(node.title)}` : ""}`];
  if (node.kind === "measure" || node.kind === "bullet") {
    lines.push("", w.text(excerpt(node.text.text, 80)), "");
    lines.push(`Owners: ${node.owners?.length ? node.owners.map((o) => w.text(o.name)).join(", ") : "—"}`);
    if (node.via?.length) lines.push(`Via: ${node.via.map((v) => w.text(v.name)).join(", ")}`);
    for (const c of node.citations ?? []) {
      const decided = [c.date?.text, c.decidedBy ? `${c.decidedBy}${c.action ?? ""}` : c.action].filter(Boolean).join(" ");
      lines.push(`Cites: ${w.text(`「${c.title}」${decided ? `（${decided}）` : ""}`)}`);
    }
  }
  // Markdown needs two spaces or a blank line for a line break; keep each field on its own line.
  return w.markdown ? lines.join("  \n") : lines.join("\n");
}

export const hoverFeature: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(ctx) {
    ctx.connection.onHover(
      guard(ctx, "textDocument/hover", null, async (params): Promise<Hover | null> => {
        const prepared = await prepare(ctx, params.textDocument.uri);
        if (!prepared || prepared.analysis.tooLarge) return null;
        const { analysis, config } = prepared;
        const w = ctx.client.markdownHover ? MARKDOWN : PLAIN;
        const kind = w.markdown ? MarkupKind.Markdown : MarkupKind.PlainText;
        const offset = analysis.lineIndex.offsetAt(params.position);
        const plan = analysis.plan;

        const reference = crossReferenceAt(plan, offset);
        if (reference) {
          const target = resolveCrossReference(plan, reference.target);
          const value = target ? `→ ${describeNode(target, w)}` : `${w.bold(reference.text)}: points to nothing in this plan`;
          return { contents: { kind, value }, range: toRange(analysis.lineIndex, reference.range) };
        }
        const node = labelAt(plan, offset);
        if (node) return { contents: { kind, value: describeNode(node, w) }, range: toRange(analysis.lineIndex, node.labelRange) };
        const term = termAt(analysis, analysis.glossary(config), offset);
        if (term) return { contents: { kind, value: describeEntry(term.entry, analysis, w) }, range: toRange(analysis.lineIndex, term.range) };
        return null;
      }),
    );
  },
};
