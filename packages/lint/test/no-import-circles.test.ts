import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { describeCircle, importCircles, importGraph, sourceFiles } from "./import-graph.js";
import { tempFolder } from "./temp-files.js";

const PACKAGES = resolve(__dirname, "../..");
const SOURCES = ["core/src", "lint/src", "language-server/src"];

describe("no import circles", () => {
  it("in the sources of core, lint and the language server", () => {
    const files = SOURCES.flatMap((dir) => sourceFiles(join(PACKAGES, dir)));
    expect(files.length).toBeGreaterThan(100);
    const circles = importCircles(importGraph(files)).map((c) => describeCircle(c, PACKAGES));
    expect(circles).toEqual([]);
  });

  it("finds a circle, through a type import, a re-export and import(), and names its files", () => {
    const dir = tempFolder({
      "formatters/index.ts": 'export async function load() { return (await import("./stylish.js")).format; }\n',
      "formatters/stylish.ts": 'import type { Span } from "./index.js";\nexport const format = 1;\n',
      "a.ts": 'export { b } from "./b.js";\nimport { readFileSync } from "node:fs";\n',
      "b.ts": 'import { a } from "./a";\nexport const b = 1;\n',
      // Imports a module of a circle without being part of it.
      "c.ts": 'import { a } from "./a.js";\n',
    });
    const circles = importCircles(importGraph(sourceFiles(dir))).map((c) => describeCircle(c, dir)).sort();
    expect(circles).toEqual(["a.ts → b.ts → a.ts", "formatters/index.ts → formatters/stylish.ts → formatters/index.ts"]);
  });
});
