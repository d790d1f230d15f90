import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

it("the generated glossary-file validator matches schema/glossary-file.schema.json", () => {
  const script = fileURLToPath(new URL("../../scripts/build-validators.mjs", import.meta.url));
  // --check exits non-zero (and execFileSync throws) when the committed file is stale.
  expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
});
