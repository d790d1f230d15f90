/** `planlint/outline` (protocol.ts): the plan model as `planlint outline --json` prints it, for the open buffer. */
import { outlineJson } from "@planlint/lint/browser";
import { guard, prepare, type Feature } from "../context.js";
import { EDITOR_ENCODING, OutlineRequest, type OutlineResult } from "../protocol.js";

export const outlineFeature: Feature = {
  register(ctx) {
    ctx.connection.onRequest(
      OutlineRequest,
      guard(ctx, OutlineRequest.method, null, async (params): Promise<OutlineResult | null> => {
        const prepared = await prepare(ctx, params.textDocument.uri);
        if (!prepared || prepared.analysis.tooLarge) return null;
        const { analysis } = prepared;
        const outline = outlineJson(analysis.plan, analysis.lineIndex, { file: analysis.uri, encoding: EDITOR_ENCODING });
        return { uri: analysis.uri, version: analysis.version, outline };
      }),
    );
  },
};
