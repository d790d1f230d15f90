import { describe, expect, it } from "vitest";
import { parseMdast } from "./mdast.js";

const types = (text: string): string[] => {
  const out: string[] = [];
  const walk = (n: { type: string; children?: unknown[] }) => {
    out.push(n.type);
    for (const c of (n.children ?? []) as { type: string }[]) walk(c);
  };
  walk(parseMdast(text));
  return out;
};

// parseMdast leaves out the table and autolink-literal constructs for a file
// that cannot contain them: these are the edges of that test.
describe("parseMdast: GFM constructs found by their least syntax", () => {
  it("reads a one-column table with no pipe (a colon in the delimiter row)", () => {
    expect(types("区分\n:-:\n国")).toContain("table");
    expect(types("区分\n-:\n国")).toContain("table");
    expect(types("区分\n| - |\n国")).toContain("table");
    expect(types("| 区分 |\n| - |\n| 国 |")).toContain("table");
  });

  it("reads autolink literals: www., http(s):// in any case, mail addresses", () => {
    for (const text of ["詳細は WWW.example.jp を参照", "詳細は HTTPS://example.jp を参照", "問合せ: info@example.go.jp まで", "mailto:info@example.go.jp"]) {
      expect(types(text), text).toContain("link");
    }
  });

  it("gives a setext heading, not a table, for a dash underline", () => {
    expect(types("第１章 総論\n---\n本文")).toEqual(["root", "heading", "text", "paragraph", "text"]);
  });
});
