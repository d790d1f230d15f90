/**
 * Keeps the settings store (settings/settings-store.ts) current: a configuration
 * change drops the cached settings and marks every document's diagnostics stale;
 * a closed document's settings are dropped.
 */
import { DidChangeConfigurationNotification } from "vscode-languageserver";
import { guardEvent, type Feature } from "../context.js";

export const settingsFeature: Feature = {
  register(ctx) {
    ctx.connection.onDidChangeConfiguration(
      guardEvent(ctx, "didChangeConfiguration", (params) => {
        const pushed = (params?.settings as Record<string, unknown> | null | undefined)?.planlint;
        ctx.settings.reset(pushed);
        ctx.events.diagnosticsStale.fire();
      }),
    );
    ctx.documents.documents.onDidClose((e) => ctx.settings.drop(e.document.uri));
    return {
      initialized() {
        // Without registering, VS Code sends no didChangeConfiguration to a pull-model server.
        if (!ctx.client.configurationDynamicRegistration) return;
        ctx.connection.client.register(DidChangeConfigurationNotification.type, { section: "planlint" }).catch((error: unknown) => {
          ctx.logError("register didChangeConfiguration", error);
        });
      },
    };
  },
};
