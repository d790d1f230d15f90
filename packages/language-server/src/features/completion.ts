/**
 * Completion of glossary headwords: the expansion as detail, the definition as
 * documentation. Japanese has no spaces between words, so an editor's own idea
 * of "the word before the cursor" is often half a sentence; the server works
 * out the typed prefix itself (the longest text before the cursor that starts
 * some headword) and replaces exactly that.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList } from "vscode-languageserver";
import type { GlossaryEntry } from "@planlint/core";
import { guard, prepare, type Feature } from "../context.js";

/** Headwords longer than this are not completed from a prefix (glossary rows are short). */
const MAX_PREFIX = 40;

function key(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export const completionFeature: Feature = {
  capabilities: () => ({ completionProvider: { resolveProvider: false } }),
  register(ctx) {
    const empty: CompletionList = { isIncomplete: false, items: [] };
    ctx.connection.onCompletion(
      guard(ctx, "textDocument/completion", empty, async (params): Promise<CompletionList> => {
        const prepared = await prepare(ctx, params.textDocument.uri);
        if (!prepared || prepared.analysis.tooLarge) return empty;
        const { analysis, config } = prepared;
        const index = analysis.lineIndex;
        const offset = index.offsetAt(params.position);
        const lineStart = index.lineStart(params.position.line);

        const entries: GlossaryEntry[] = [];
        const seen = new Set<string>();
        for (const entry of analysis.glossary(config).entries) {
          const k = key(entry.headword);
          if (seen.has(k)) continue;
          seen.add(k);
          entries.push(entry);
        }
        const keys = entries.map((e) => key(e.headword));

        let prefixLength = 0;
        for (let n = Math.min(MAX_PREFIX, offset - lineStart); n > 0; n--) {
          const typed = key(analysis.text.slice(offset - n, offset));
          if (keys.some((k) => k.startsWith(typed))) {
            prefixLength = n;
            break;
          }
        }
        const typed = key(analysis.text.slice(offset - prefixLength, offset));
        const range = { start: index.positionAt(offset - prefixLength), end: params.position };
        const markdown = ctx.client.markdownCompletion;

        const items: CompletionItem[] = [];
        entries.forEach((entry, i) => {
          if (prefixLength > 0 && !keys[i]!.startsWith(typed)) return;
          const detail = [entry.expansion, entry.reading].filter(Boolean).join(" / ");
          const item: CompletionItem = {
            label: entry.headword,
            kind: CompletionItemKind.Text,
            textEdit: { range, newText: entry.headword },
            // The client filters by the replaced text; it is what was typed.
            filterText: analysis.text.slice(offset - prefixLength, offset) + entry.headword.slice(prefixLength),
            documentation: markdown ? { kind: MarkupKind.Markdown, value: entry.definition } : entry.definition,
          };
          if (detail) item.detail = detail;
          items.push(item);
        });
        return { isIncomplete: false, items };
      }),
    );
  },
};
