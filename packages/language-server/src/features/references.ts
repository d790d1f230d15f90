/** Find references: every use of the glossary term under the cursor in the document. */
import type { Location } from "vscode-languageserver";
import { guard, prepare, type Feature } from "../context.js";
import { toRange } from "../diagnostics.js";
import { entryLocation } from "../entry-location.js";
import { occurrencesOf, termAt } from "../plan-lookup.js";

export const referencesFeature: Feature = {
  capabilities: () => ({ referencesProvider: true }),
  register(ctx) {
    ctx.connection.onReferences(
      guard(ctx, "textDocument/references", [] as Location[], async (params): Promise<Location[]> => {
        const prepared = await prepare(ctx, params.textDocument.uri);
        if (!prepared || prepared.analysis.tooLarge) return [];
        const { analysis, config } = prepared;
        const index = analysis.lineIndex;
        const term = termAt(analysis, analysis.glossary(config), index.offsetAt(params.position));
        if (!term) return [];
        const { entry } = term;
        const isDeclaration = (start: number): boolean => entry.source.kind === "document" && start === entry.headwordRange.start;
        const ranges = occurrencesOf(analysis, entry);
        // A headword the glossary wraps over lines is not found as one piece of text.
        if (entry.source.kind === "document" && !ranges.some((r) => isDeclaration(r.start))) {
          ranges.push(entry.headwordRange);
          ranges.sort((a, b) => a.start - b.start);
        }
        const locations: Location[] = ranges
          .filter((r) => params.context.includeDeclaration || !isDeclaration(r.start))
          .map((r) => ({ uri: analysis.uri, range: toRange(index, r) }));
        if (params.context.includeDeclaration && entry.source.kind === "file") locations.unshift(entryLocation(entry, analysis, ctx.host));
        return locations;
      }),
    );
  },
};
