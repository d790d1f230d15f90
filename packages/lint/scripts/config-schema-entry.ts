// What scripts/build-config-schema.mjs needs from src/, as one bundle entry.
export { configJsonSchema } from "../src/config/config-json-schema.js";
export { builtinRules } from "../src/rules/index.js";
