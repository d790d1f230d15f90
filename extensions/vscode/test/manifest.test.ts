/**
 * package.json is where the settings, commands and languages are declared;
 * the server's protocol and the extension's code must agree with it.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_DEBOUNCE_MS, DEFAULT_SETTINGS, type PlanlintSettings } from "@planlint/language-server/protocol";
import { describe, expect, it } from "vitest";
import manifest from "../package.json";
import { COMMAND_IDS, documentLanguages, settingsSection } from "../src/manifest.js";

type TraceLevel = NonNullable<NonNullable<PlanlintSettings["trace"]>["server"]>;

// Records keyed by the protocol's types: the compiler fails when the server adds a
// setting or a value these do not name, and the tests below compare them with package.json.
const SETTING_KEYS: Record<keyof PlanlintSettings, string> = {
  enable: "planlint.enable",
  run: "planlint.run",
  debounce: "planlint.debounce",
  trace: "planlint.trace.server",
};
const RUN_VALUES: Record<PlanlintSettings["run"], true> = { onType: true, onSave: true };
const TRACE_VALUES: Record<TraceLevel, true> = { off: true, messages: true, verbose: true };

const properties = manifest.contributes.configuration.properties;
const root = new URL("../../../", import.meta.url);

describe("package.json", () => {
  it("declares exactly the settings the server reads, under one section", () => {
    expect(settingsSection(manifest)).toBe("planlint");
    expect(Object.keys(properties).sort()).toEqual(Object.values(SETTING_KEYS).sort());
  });

  it("gives the server's defaults and values", () => {
    expect(properties["planlint.enable"].default).toBe(DEFAULT_SETTINGS.enable);
    expect(properties["planlint.run"].default).toBe(DEFAULT_SETTINGS.run);
    expect([...properties["planlint.run"].enum].sort()).toEqual(Object.keys(RUN_VALUES).sort());
    expect([...properties["planlint.trace.server"].enum].sort()).toEqual(Object.keys(TRACE_VALUES).sort());
    // No default of its own: unset, the server's default (or initialization option) applies.
    expect(properties["planlint.debounce"].default).toBeNull();
    expect(properties["planlint.debounce"].markdownDescription).toContain(`(${DEFAULT_DEBOUNCE_MS})`);
  });

  it("contributes the commands the extension handles", () => {
    expect(manifest.contributes.commands.map((c) => c.command).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it("lints plain text and Markdown", () => {
    expect(documentLanguages(manifest)).toEqual(["plaintext", "markdown"]);
    expect(manifest.activationEvents).toContain("workspaceContains:**/planlint.config.*");
  });

  it("validates planlint.config.json(c) with the schema lint generates, copied by the build", () => {
    const [validation] = manifest.contributes.jsonValidation;
    expect(validation?.fileMatch).toEqual(["planlint.config.json", "planlint.config.jsonc"]);
    const shipped = readFileSync(new URL(`../${validation!.url}`, import.meta.url), "utf8");
    expect(shipped).toBe(readFileSync(new URL("packages/lint/schema/planlint.config.schema.json", root), "utf8"));
  });

  it("ships the project's licence", () => {
    expect(readFileSync(new URL("../LICENSE", import.meta.url), "utf8")).toBe(readFileSync(new URL("LICENSE", root), "utf8"));
  });
});
