// Generates schema/planlint.config.schema.json from the config's TypeBox
// definition (src/config/config-schema.ts) and the rules' metadata.
//
//   node scripts/build-config-schema.mjs          write it (part of `npm run build`)
//   node scripts/build-config-schema.mjs --check  fail if it is out of date
//
// In CI (CI=true) the build checks instead of writing: a clean clone whose
// committed schema is stale fails there rather than silently regenerating it.
import { readFileSync, writeFileSync } from "node:fs";
import { loadSource } from "./load-source.mjs";

const { configJsonSchema, builtinRules } = await loadSource("scripts/config-schema-entry.ts");
const out = `${JSON.stringify(configJsonSchema(builtinRules), null, 2)}\n`;
const target = new URL("../schema/planlint.config.schema.json", import.meta.url);
if (process.argv.includes("--check") || process.env.CI === "true") {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== out) {
    console.error("schema/planlint.config.schema.json is out of date: run npm run build -w @planlint/lint");
    process.exit(1);
  }
} else {
  writeFileSync(target, out);
}
