/**
 * What the extension reads from its own package.json (VS Code hands it over as
 * `context.extension.packageJSON`): the settings section and the languages it
 * lints. package.json is the one place these are declared (STYLE.md 12);
 * test/manifest.test.ts checks it against the server's protocol and the commands.
 */

/** The parts of package.json the extension reads. */
export interface ExtensionManifest {
  activationEvents?: string[];
  contributes?: {
    commands?: { command: string }[];
    configuration?: { properties?: Record<string, unknown> };
  };
}

/**
 * The settings section ("planlint"): the first segment of every contributed
 * setting. It is also the language client's id, so that vscode-languageclient
 * reads `<section>.trace.server` by itself.
 */
export function settingsSection(manifest: ExtensionManifest): string {
  const sections = new Set(Object.keys(manifest.contributes?.configuration?.properties ?? {}).map((key) => key.split(".")[0]));
  const [section, ...others] = sections;
  if (!section || others.length > 0) throw new Error(`package.json: expected settings under one section, found ${[...sections].join(", ") || "none"}`);
  return section;
}

/** The languages whose documents planlint lints: those that activate the extension (`onLanguage:<id>`). */
export function documentLanguages(manifest: ExtensionManifest): string[] {
  return (manifest.activationEvents ?? []).filter((e) => e.startsWith("onLanguage:")).map((e) => e.slice("onLanguage:".length));
}

/**
 * The commands package.json contributes; commands.ts must handle each (the
 * compiler checks), and test/manifest.test.ts checks this list against package.json.
 */
export const COMMAND_IDS = ["planlint.showOutline", "planlint.fixAll"] as const;
export type CommandId = (typeof COMMAND_IDS)[number];
