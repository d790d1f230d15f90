/**
 * A plan kept in several files: an edit in one chapter can change the findings
 * of the others (an acronym spelled out in chapter 1 is defined in chapter 3; a
 * spelling's majority moves). After each change, the open chapters that were
 * linted with the changed file are linted again, after the typing debounce, by
 * whichever diagnostics feature the client uses. The edited file itself is
 * linted first, as before; its plan's other files are read, not re-parsed.
 */
import { guardEvent, type Feature } from "../context.js";

export const planDependentsFeature: Feature = {
  register(ctx) {
    const { documents } = ctx.documents;
    const versions = new Map<string, number>();
    documents.onDidClose((e) => versions.delete(e.document.uri));
    documents.onDidChangeContent(
      guardEvent(ctx, "didChange (plan)", (e) => {
        const { uri, version } = e.document;
        // onDidChangeContent also fires on open: only a new version of an open file changes the others.
        const previous = versions.get(uri);
        versions.set(uri, version);
        if (previous === undefined || previous === version) return;
        const dependents = ctx.plans.dependentsOf(uri);
        if (dependents.length > 0) ctx.events.planChanged.fire(dependents);
      }),
    );
    documents.onDidSave(
      guardEvent(ctx, "didSave (plan)", (e) => {
        const dependents = ctx.plans.dependentsOf(e.document.uri);
        if (dependents.length > 0) ctx.events.planChanged.fire(dependents);
      }),
    );
  },
};
