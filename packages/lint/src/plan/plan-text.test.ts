import { parsePlan, DEFAULT_SCOPES, type TextRange } from "@planlint/core";
import { describe, expect, it } from "vitest";
import { seedText } from "../../../core/test/seed.js";
import { commentTableAt } from "../public-comments/answer-regions.js";
import { proseText } from "../terms/prose-text.js";
import { planText } from "./plan-text.js";

describe("planText", () => {
  const text = seedText();
  const document = parsePlan(text, { fileName: "seed.txt" });

  it("ends a paragraph where a part ends: the overview's last line is not glued to the body's first heading", () => {
    const joined = planText({ text, document });
    expect(joined.text).toContain("明らかにすること\nはじめに\n");
    expect(joined.text).not.toContain("明らかにすることはじめに");
  });

  it("is the same joined text as the prose the other rules read, built once", () => {
    const partAt = (offset: number) => document.parts.find((p) => p.range.start <= offset && offset < p.range.end)?.kind;
    // The engine's scope for a rule of the default scopes (linter.ts): answers with the body, the rest of a comment table by none.
    const inScope = (range: TextRange): boolean => {
      const cell = commentTableAt(document, range.start);
      if (cell) return cell === "answer";
      const kind = partAt(range.start);
      return kind === undefined || DEFAULT_SCOPES.includes(kind);
    };
    expect(planText({ text, document })).toBe(proseText({ text, document, inScope }));
  });
});
