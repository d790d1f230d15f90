// Types of the generated standalone validators (see scripts/build-config-schema.mjs).
import type { SchemaValidator } from "../schema-errors.js";

/** The config without its rule entries (`rules` is checked against the live rules). */
export declare const validateConfigShape: SchemaValidator;
/** Each built-in rule's `meta.optionsSchema`, by rule id (rules without options are absent). */
export declare const ruleOptionValidators: Readonly<Record<string, SchemaValidator>>;
