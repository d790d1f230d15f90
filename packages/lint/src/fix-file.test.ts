import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, chmodSync } from "node:fs";
import { join } from "node:path";
import { decodeText, encodeText, PlanlintError, type Fix } from "@planlint/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { builtinRules } from "../test/test-rules.js";
import { tempFolder } from "../test/temp-files.js";
import { applyFixes, composeFixes } from "./fix.js";
import { lintAndFix, MAX_FIX_PASSES, writeTextFile } from "./fix-file.js";
import { lintText } from "./linter.js";

const linterFor = (words: Record<string, string>) => (text: string) =>
  lintText(text, {
    fileName: "plan.txt",
    rules: builtinRules,
    config: { rules: new Map([["test-words", { severity: "error", options: { words } }]]), glossary: [], terms: [], exceptions: [] },
  });

describe("lintAndFix", () => {
  test("applies fixes pass after pass until nothing changes, and reports what is left", () => {
    // Pass 1: ab → b (both overlapping matches cannot apply at once); pass 2: the new "ab" too.
    const fixed = lintAndFix("aabb\n", linterFor({ ab: "b" }));
    expect(fixed).toMatchObject({ text: "bb\n", passes: 2, stable: true });
    expect(fixed.result.messages).toEqual([]);
  });

  test("gives what all passes changed as edits on the original text", () => {
    const original = "xx aabb yy\n";
    const fixed = lintAndFix(original, linterFor({ ab: "b" }));
    expect(fixed.passes).toBe(2);
    // One edit where the two passes touched the same text; nothing outside it.
    expect(fixed.edits).toEqual([{ range: { start: 3, end: 6 }, text: "b" }]); // 「aab」 → 「b」
    expect(applyFixes(original, fixed.edits).output).toBe(fixed.text);
  });

  test("stops after MAX_FIX_PASSES when fixes undo each other", () => {
    const fixed = lintAndFix("x\n", linterFor({ x: "y", y: "x" }));
    expect(fixed.passes).toBe(MAX_FIX_PASSES);
    expect(fixed.stable).toBe(false);
  });

  test("line breaks inside a fix follow the file's line ending", () => {
    expect(lintAndFix("a。b\r\n", linterFor({ "。b": "。\nb" }), "\r\n").text).toBe("a。\r\nb\r\n");
  });
});

// Letters that fixes remove, letters they insert, and letters no fix touches.
const FROM = ["a", "b", "多"];
const TO = ["X", "層", ""];
const OTHER = ["\r\n", "\n", "\r", "𠮷", "　", "c", "「", "」"];
const textArb = fc.array(fc.constantFrom(...FROM, ...OTHER), { maxLength: 40 }).map((cs) => cs.join(""));
const wordsArb = fc.dictionary(
  fc.array(fc.constantFrom(...FROM), { minLength: 1, maxLength: 3 }).map((cs) => cs.join("")),
  fc.array(fc.constantFrom(...TO), { maxLength: 3 }).map((cs) => cs.join("")),
  { maxKeys: 4 },
);

describe("properties", () => {
  test("applyFixes never touches text outside the fixes it applies", () => {
    const fixArb = (length: number) =>
      fc.record({ start: fc.nat({ max: length }), length: fc.nat({ max: 4 }), text: fc.string({ maxLength: 3 }) }).map(
        ({ start, length: n, text }): Fix => ({ range: { start, end: Math.min(length, start + n) }, text }),
      );
    fc.assert(
      fc.property(
        textArb.chain((text) => fc.tuple(fc.constant(text), fc.array(fixArb(text.length), { maxLength: 6 }))),
        ([text, fixes]) => {
          const { output, applied, skipped } = applyFixes(text, fixes);
          const sorted = [...applied].sort((a, b) => a.range.start - b.range.start);
          let expected = "";
          let at = 0;
          for (const f of sorted) {
            expect(f.range.start).toBeGreaterThanOrEqual(at); // applied fixes never overlap
            expected += text.slice(at, f.range.start) + f.text;
            at = f.range.end;
          }
          expect(output).toBe(expected + text.slice(at));
          // A fix is skipped only because it starts inside one applied before it.
          for (const s of skipped) expect(sorted.some((f) => f.range.start <= s.range.start && s.range.start < f.range.end)).toBe(true);
          expect(applied.length + skipped.length).toBeLessThanOrEqual(fixes.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("the edits of all passes, applied to the original, give the fixed text and never overlap", () => {
    fc.assert(
      fc.property(textArb, wordsArb, (text, words) => {
        const fixed = lintAndFix(text, linterFor(words));
        const sorted = [...fixed.edits].sort((a, b) => a.range.start - b.range.start);
        expect(fixed.edits).toEqual(sorted);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.range.start).toBeGreaterThanOrEqual(sorted[i - 1]!.range.end);
        const { output, skipped } = applyFixes(text, fixed.edits);
        expect(skipped).toEqual([]);
        expect(output).toBe(fixed.text);
      }),
      { numRuns: 500 },
    );
  });

  test("composeFixes: any passes of non-overlapping fixes fold into edits on the original", () => {
    // Each pass: random fixes on the current text, the non-overlapping ones applied.
    const passArb = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 3 }), text: fc.constantFrom("", "X", "層", "𠮷", "ab", "\r\n") }), { maxLength: 4 });
    fc.assert(
      fc.property(textArb, fc.array(passArb, { minLength: 1, maxLength: 4 }), (original, passes) => {
        let current = original;
        let edits: Fix[] = [];
        for (const pass of passes) {
          const fixes = pass.map(({ at, length, text }): Fix => {
            const start = Math.floor(at * current.length);
            return { range: { start, end: Math.min(current.length, start + length) }, text };
          });
          const { output, applied } = applyFixes(current, fixes);
          edits = composeFixes(edits, current, applied);
          current = output;
          const { output: replayed, skipped } = applyFixes(original, edits);
          expect(skipped).toEqual([]);
          expect(replayed).toBe(current);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test("fix, then lint and fix again: the second run changes nothing, and untouched characters survive in order", () => {
    fc.assert(
      fc.property(textArb, wordsArb, (text, words) => {
        const lint = linterFor(words);
        const first = lintAndFix(text, lint);
        fc.pre(first.stable);
        const second = lintAndFix(first.text, lint);
        expect(second.text).toBe(first.text);
        expect(second.passes).toBe(0);
        const untouched = (s: string) => [...s].filter((c) => !FROM.includes(c) && !TO.includes(c)).join("");
        expect(untouched(first.text)).toBe(untouched(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe("writeTextFile", () => {
  test("writes through a temporary file: same encoding, BOM and permissions, nothing left behind", () => {
    const dir = tempFolder({ "plan.txt": encodeText("多重防御\r\n", { encoding: "utf-16le", bom: true }) });
    const path = join(dir, "plan.txt");
    chmodSync(path, 0o640);
    writeTextFile(path, "多層防御\r\n", { encoding: "utf-16le", bom: true });
    expect(decodeText(readFileSync(path))).toMatchObject({ text: "多層防御\r\n", encoding: "utf-16le", bom: true, eol: "\r\n" });
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["plan.txt"]);
  });

  test("a symbolic link stays a link; its target is rewritten", () => {
    const dir = tempFolder({ "real.txt": "多重防御\n" });
    symlinkSync("real.txt", join(dir, "link.txt"));
    writeTextFile(join(dir, "link.txt"), "多層防御\n", { encoding: "utf-8", bom: false });
    expect(lstatSync(join(dir, "link.txt")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "link.txt"))).toBe("real.txt");
    expect(readFileSync(join(dir, "real.txt"), "utf8")).toBe("多層防御\n");
  });

  test("text the file's encoding cannot hold is refused, and the file is left as it was", () => {
    const original = encodeText("多重防御\n", { encoding: "shift_jis", bom: false });
    const dir = tempFolder({ "plan.txt": original });
    const path = join(dir, "plan.txt");
    expect(() => writeTextFile(path, "𠮷\n", { encoding: "shift_jis", bom: false })).toThrow(PlanlintError);
    expect(() => writeTextFile(path, "𠮷\n", { encoding: "shift_jis", bom: false })).toThrow(/^cannot write the fixes to .*plan\.txt: cannot encode U\+20BB7/);
    expect(new Uint8Array(readFileSync(path))).toEqual(original);
    expect(readdirSync(dir)).toEqual(["plan.txt"]);
  });
});
