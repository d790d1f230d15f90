import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const seed = resolve(dirname(fileURLToPath(import.meta.url)), "../../../seeds/cybersecurity-2017-draft.txt");

// The seed must stay byte-identical to ../shared/seeds/000_1a11fe7dacedbf4a.txt:
// an editor that "fixes" its spaces or line endings would silently weaken every test built on it.
test("the seed document is byte-identical to the original", () => {
  const hash = createHash("sha256").update(readFileSync(seed)).digest("hex");
  expect(hash).toBe("a8d57c4fea795aa310ea805498639a6f2168e7eaa8dfd5341e46b324da6f122a");
});
