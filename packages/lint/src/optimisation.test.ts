import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliV8Flags, hasLargeInput, LARGE_INPUT_BYTES } from "./optimisation.js";

const dir = mkdtempSync(join(tmpdir(), "planlint-optimisation-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const small = join(dir, "small.txt");
const large = join(dir, "large.txt");
writeFileSync(small, "1. 計画\n");
writeFileSync(large, Buffer.alloc(LARGE_INPUT_BYTES, 0x61));

describe("the CLI's V8 tier", () => {
  it("is capped on the V8 versions that have the flags, and left alone on others", () => {
    expect(cliV8Flags(11)).toContain("--max-opt=2");
    expect(cliV8Flags(9)).toBe("");
  });

  it("is left uncapped when an input file is large, and only then", () => {
    expect(hasLargeInput([large])).toBe(true);
    expect(hasLargeInput(["--format", "json", small, large])).toBe(true);
    expect(hasLargeInput([small])).toBe(false);
    expect(hasLargeInput([dir])).toBe(false);
    expect(hasLargeInput([join(dir, "missing.txt"), "--format", "json", "-"])).toBe(false);
  });
});
