/**
 * Go to definition: a cross-reference 「2.2(2)(ア)」 → the label of the measure
 * it names; an acronym or glossary term → its glossary entry (in this document
 * or in a glossary file).
 */
import { resolveCrossReference } from "@planlint/core";
import type { Location, LocationLink } from "vscode-languageserver";
import { guard, prepare, type Feature } from "../context.js";
import { toRange } from "../diagnostics.js";
import { entryLocation } from "../entry-location.js";
import { crossReferenceAt, termAt } from "../plan-lookup.js";

export const definitionFeature: Feature = {
  capabilities: () => ({ definitionProvider: true }),
  register(ctx) {
    ctx.connection.onDefinition(
      guard(ctx, "textDocument/definition", null, async (params): Promise<Location | LocationLink[] | null> => {
        const prepared = await prepare(ctx, params.textDocument.uri);
        if (!prepared || prepared.analysis.tooLarge) return null;
        const { analysis, config } = prepared;
        const index = analysis.lineIndex;
        const offset = index.offsetAt(params.position);

        const reference = crossReferenceAt(analysis.plan, offset);
        if (reference) {
          const target = resolveCrossReference(analysis.plan, reference.target);
          if (!target) return null;
          const location: Location = { uri: analysis.uri, range: toRange(index, target.labelRange) };
          if (!ctx.client.definitionLinks) return location;
          return [
            {
              originSelectionRange: toRange(index, reference.range),
              targetUri: location.uri,
              targetRange: toRange(index, target.headRange),
              targetSelectionRange: location.range,
            },
          ];
        }

        const term = termAt(analysis, analysis.glossary(config), offset);
        if (!term) return null;
        const location = entryLocation(term.entry, analysis, ctx.host);
        if (!ctx.client.definitionLinks) return location;
        return [
          {
            originSelectionRange: toRange(index, term.range),
            targetUri: location.uri,
            targetRange: term.entry.source.kind === "document" ? toRange(index, term.entry.range) : location.range,
            targetSelectionRange: location.range,
          },
        ];
      }),
    );
  },
};
