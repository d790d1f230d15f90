import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../protocol.js";
import { debounceOf, normalizeSettings } from "./settings-store.js";

describe("normalizeSettings", () => {
  it("gives the defaults for what a client may send instead of settings", () => {
    for (const raw of [null, undefined, 42, "on", []]) expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps valid values and drops wrong ones", () => {
    expect(normalizeSettings({ enable: false, run: "onSave", debounce: 0, trace: { server: "verbose" } })).toEqual({ enable: false, run: "onSave", debounce: 0, trace: { server: "verbose" } });
    expect(normalizeSettings({ enable: "no", run: "sometimes", debounce: -5, trace: { server: "loud" } })).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ debounce: Number.NaN })).toEqual(DEFAULT_SETTINGS);
  });

  it("takes the debounce from the settings, else from the initialization option", () => {
    expect(debounceOf(normalizeSettings({ debounce: 40 }), 150)).toBe(40);
    expect(debounceOf(normalizeSettings({}), 0)).toBe(0);
  });
});
