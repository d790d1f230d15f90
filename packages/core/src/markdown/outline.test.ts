import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../line-index.js";
import { parsePlan } from "../parse-plan.js";
import type { PlanNode } from "../types.js";

interface ExpectedHeading {
  line: number;
  label: string;
  title: string;
  depth: number;
}

/** Headings only (bullets are not headings), in document order. */
function headings(nodes: readonly PlanNode[]): PlanNode[] {
  const out: PlanNode[] = [];
  const walk = (ns: readonly PlanNode[]): void => {
    for (const n of ns) {
      if (n.kind !== "bullet") out.push(n);
      walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

describe.each(["gif-overview", "datamanagement-intro"])("corpus outline %s", (name) => {
  const dir = new URL(`../../test/fixtures/corpus/${name}/`, import.meta.url);
  const text = readFileSync(new URL("input.md", dir), "utf8");
  const expected = JSON.parse(readFileSync(new URL("expected-outline.json", dir), "utf8")) as ExpectedHeading[];

  it("finds every heading with its exact label, title and depth, and nothing else", () => {
    const doc = parsePlan(text, { fileName: `${name}.md` });
    const lines = new LineIndex(text);
    const found = headings(doc.body).map((n) => ({ line: lines.positionAt(n.headRange.start).line + 1, label: n.label, title: n.title, depth: n.depth }));
    expect(found).toEqual(expected);
  });
});
