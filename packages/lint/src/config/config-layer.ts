/**
 * What one config file contributes, as loaded (load-config.ts) and merged
 * (resolve-config.ts). A module of its own so that recommended.ts, which makes
 * the built-in layer, need not import the loader that imports it.
 */
import type { DocumentStyle, PlanlintErrorLocation, SeveritySetting } from "@planlint/core";
import type { PlanSetting, TextException } from "./resolved-config.js";

/** A rule as one config sets it; `options` absent keeps what an earlier layer gave. */
export interface RuleEntryValue {
  severity: SeveritySetting;
  options?: Record<string, unknown>;
}

/** A file named in a config, with where the config names it. */
export interface ConfigFileRef {
  /** Absolute path. */
  path: string;
  /** As written in the config. */
  written: string;
  where: PlanlintErrorLocation;
}

export interface ConfigOverride {
  /** Globs, relative to the config's folder. */
  files: string[];
  style?: DocumentStyle;
  rules: [string, RuleEntryValue][];
  glossary: ConfigFileRef[];
  terms: ConfigFileRef[];
}

/** What one config file (or a built-in config) contributes. */
export interface ConfigLayer {
  /** Absolute path of the config file, or "planlint:recommended". */
  file: string;
  /** Folder that `ignore` and `overrides` globs are relative to. */
  dir: string;
  root: boolean;
  /** The document style the config sets, if it does. */
  style?: DocumentStyle;
  rules: [string, RuleEntryValue][];
  glossary: ConfigFileRef[];
  terms: ConfigFileRef[];
  ignore: string[];
  overrides: ConfigOverride[];
  exceptions: TextException[];
  /** `plans` as this config sets it, globs kept relative to `dir`; absent when the config is silent. */
  plans?: PlanSetting;
}
