/**
 * Push diagnostics (`textDocument/publishDiagnostics`) for clients without
 * pull support (Neovim before 0.10, most editors). Each change schedules a lint
 * after the debounce; a newer version cancels the older job, and a result is
 * published only if its version is still the document's version, so an old
 * version's diagnostics are never shown over a newer text.
 */
import { guardEvent, type Feature } from "../context.js";
import { diagnosticsFor } from "../lint-document.js";
import { debounceOf } from "../settings/settings-store.js";

type Trigger = "open" | "change" | "save" | "refresh" | "plan";

/**
 * How long a chapter waits, after the pause in typing, before it is linted again
 * because another chapter of its plan changed. Its lint is synchronous and as
 * long as the edited chapter's: run between two keystrokes, it would hold up the
 * next keystroke's diagnostics. Each further change in the plan moves it back.
 */
export const PLAN_DEPENDENT_DELAY_MS = 50;

interface Job {
  trigger: Trigger;
  version: number;
  cancelled: boolean;
  /** Ends the debounce wait early (on cancel). */
  wake?: () => void;
  timer?: ReturnType<typeof setTimeout>;
}

export const pushDiagnosticsFeature: Feature = {
  register(ctx) {
    const jobs = new Map<string, Job>();
    const { documents } = ctx.documents;

    const cancel = (uri: string): void => {
      const job = jobs.get(uri);
      if (!job) return;
      job.cancelled = true;
      if (job.timer) clearTimeout(job.timer);
      job.wake?.();
      jobs.delete(uri);
    };

    const run = async (uri: string, job: Job, trigger: Trigger): Promise<void> => {
      try {
        const settings = await ctx.settings.for(uri);
        if (job.cancelled) return;
        if ((trigger === "change" || trigger === "plan") && settings.run === "onSave") return;
        if (trigger === "save" && settings.run !== "onSave") return;
        // Opening, saving and refreshing lint at once; typing waits for a pause.
        const debounce = debounceOf(settings, ctx.options.debounce);
        const delay = trigger === "change" ? debounce : trigger === "plan" ? debounce + PLAN_DEPENDENT_DELAY_MS : 0;
        await new Promise<void>((resolve) => {
          job.wake = resolve;
          // Even with no debounce, yield once: changes already received supersede this job first.
          // (A web worker has no setImmediate: a zero timeout yields there.)
          if (delay > 0 || typeof setImmediate !== "function") job.timer = setTimeout(resolve, delay);
          else setImmediate(resolve);
        });
        if (job.cancelled || !ctx.documents.isCurrent(uri, job.version)) return;
        const result = await diagnosticsFor(ctx, uri);
        if (!result || job.cancelled || result.version !== job.version || !ctx.documents.isCurrent(uri, job.version)) return;
        await ctx.connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
      } catch (error) {
        ctx.logError(`linting ${uri}`, error);
      } finally {
        if (jobs.get(uri) === job) jobs.delete(uri);
      }
    };

    const schedule = (uri: string, trigger: Trigger): void => {
      if (ctx.client.pullDiagnostics) return;
      const document = documents.get(uri);
      if (!document) return;
      const pending = jobs.get(uri);
      // A save right after a change must not cancel the pending as-you-type lint of the same version.
      if (trigger === "save" && pending && pending.version === document.version) return;
      cancel(uri);
      const job: Job = { trigger, version: document.version, cancelled: false };
      jobs.set(uri, job);
      void run(uri, job, trigger);
    };

    documents.onDidOpen(guardEvent(ctx, "didOpen", (e) => schedule(e.document.uri, "open")));
    documents.onDidChangeContent(
      guardEvent(ctx, "didChange", (e) => {
        // onDidChangeContent also fires on open; the open handler already scheduled that version.
        if (jobs.get(e.document.uri)?.version === e.document.version) return;
        schedule(e.document.uri, "change");
      }),
    );
    documents.onDidSave(guardEvent(ctx, "didSave", (e) => schedule(e.document.uri, "save")));
    documents.onDidClose(
      guardEvent(ctx, "didClose", (e) => {
        cancel(e.document.uri);
        if (!ctx.client.pullDiagnostics) void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      }),
    );

    ctx.events.diagnosticsStale.on(() => {
      if (!ctx.client.pullDiagnostics) {
        for (const document of documents.all()) schedule(document.uri, "refresh");
      }
    });
    // Another file of their plan changed: lint them again once typing pauses (a job of
    // their own goes first; a pending plan job is moved back).
    ctx.events.planChanged.on((uris) => {
      if (ctx.client.pullDiagnostics) return;
      for (const uri of uris) {
        const pending = jobs.get(uri);
        if (pending === undefined || pending.trigger === "plan") schedule(uri, "plan");
      }
    });
  },
};
