/**
 * The outline: parts → chapters → sections → items → measures (and bullets),
 * the overview's ■ headings and the glossary's entries. A node's name is its
 * label and title (headings) or the start of its statement (measures); its
 * detail is who owns it. Flat SymbolInformation for clients without hierarchy.
 */
import type { PlanDocument, PlanNode } from "@planlint/core";
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from "vscode-languageserver";
import { guard, prepare, type Feature } from "../context.js";
import { toRange } from "../diagnostics.js";
import type { Analysis } from "../documents.js";
import { excerpt } from "../plan-lookup.js";

const NODE_KIND: Record<PlanNode["kind"], SymbolKind> = {
  preface: SymbolKind.Namespace,
  part: SymbolKind.Module,
  heading: SymbolKind.Namespace,
  chapter: SymbolKind.Namespace,
  section: SymbolKind.Package,
  item: SymbolKind.Class,
  measure: SymbolKind.Event,
  bullet: SymbolKind.Field,
};

function nodeName(node: PlanNode): string {
  const text = node.kind === "measure" || node.kind === "bullet" ? excerpt(node.text.text, 30) : node.title;
  return [node.label, text].filter(Boolean).join(" ") || node.path || node.kind;
}

function planSymbols(plan: PlanDocument, analysis: Analysis): DocumentSymbol[] {
  const index = analysis.lineIndex;
  const symbol = (name: string, detail: string, kind: SymbolKind, range: { start: number; end: number }, selection: { start: number; end: number }, children: DocumentSymbol[] = []): DocumentSymbol => {
    // selectionRange must lie inside range; an empty or odd selection falls back to the start.
    const sel = selection.start >= range.start && selection.end <= range.end && selection.end > selection.start ? selection : { start: range.start, end: range.start };
    const s: DocumentSymbol = { name: name.trim() || "(untitled)", kind, range: toRange(index, range), selectionRange: toRange(index, sel), children };
    if (detail) s.detail = detail;
    return s;
  };
  const fromNode = (node: PlanNode): DocumentSymbol =>
    symbol(
      nodeName(node),
      node.owners?.map((o) => o.name).join("、") ?? "",
      NODE_KIND[node.kind],
      node.range,
      node.labelRange.end > node.labelRange.start ? node.labelRange : node.headRange,
      node.children.map(fromNode),
    );

  type Child = { start: number; symbol: DocumentSymbol };
  const children: Child[] = [
    ...plan.body.map((n) => ({ start: n.range.start, symbol: fromNode(n) })),
    ...plan.overview.map((h) => ({ start: h.range.start, symbol: symbol(`■ ${h.title}`, `${h.entries.length} entries`, SymbolKind.Namespace, h.range, h.range) })),
    ...plan.glossary.map((e) => ({
      start: e.range.start,
      symbol: symbol(e.headword, e.expansion ?? "", SymbolKind.Key, e.range, e.headwordRange),
    })),
  ].sort((a, b) => a.start - b.start);

  const placed = new Set<Child>();
  const out: DocumentSymbol[] = [];
  for (const part of plan.parts) {
    const inside = children.filter((c) => !placed.has(c) && part.range.start <= c.start && c.start < part.range.end);
    for (const c of inside) placed.add(c);
    const name = [part.label, part.title].filter(Boolean).join(" ") || part.kind;
    out.push(symbol(name, part.kind, SymbolKind.Module, part.range, part.range, inside.map((c) => c.symbol)));
  }
  // A document without recognised parts: its chapters are the top level.
  for (const c of children) if (!placed.has(c)) out.push(c.symbol);
  return out;
}

function flatten(symbols: DocumentSymbol[], uri: string, container?: string, out: SymbolInformation[] = []): SymbolInformation[] {
  for (const s of symbols) {
    const info: SymbolInformation = { name: s.name, kind: s.kind, location: { uri, range: s.range } };
    if (container) info.containerName = container;
    out.push(info);
    if (s.children) flatten(s.children, uri, s.name, out);
  }
  return out;
}

export const documentSymbolsFeature: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: "planlint" } }),
  register(ctx) {
    ctx.connection.onDocumentSymbol(
      guard(ctx, "textDocument/documentSymbol", [] as DocumentSymbol[], async (params): Promise<DocumentSymbol[] | SymbolInformation[]> => {
        const prepared = await prepare(ctx, params.textDocument.uri);
        if (!prepared || prepared.analysis.tooLarge) return [];
        const symbols = planSymbols(prepared.analysis.plan, prepared.analysis);
        return ctx.client.hierarchicalSymbols ? symbols : flatten(symbols, prepared.analysis.uri);
      }),
    );
  },
};
