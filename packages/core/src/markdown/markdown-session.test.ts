import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixture } from "../../test/seed.js";
import { MarkdownSession } from "./markdown-session.js";
import { parseMdast } from "./mdast.js";

/** Edits a drafter makes, and the Markdown syntax that changes blocks around them. */
const INSERTS = [
  "あ", "。", "\n", "\n\n", "\r\n", "- ", "1. ", "  ", "# ", "> ", "```", "```\n", "~~~", "<!--", "-->", "<div>", "|", " | ",
  "|---|", "[^1]", "[^1]: 注", "[^zz]: 新しい注\n\n", "[a]: https://example.jp", "[a]", "[リンク][a]", "---", "===", "\t", "𠮷",
  "https://example.jp/x", "* ", "    ", "\\", "`",
];

/** A small deterministic generator, so a failure names its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const r = next();
  if (r < 0.3 && text.length > 0) {
    const len = 1 + Math.floor(next() * Math.min(40, text.length - at));
    return text.slice(0, at) + text.slice(at + len);
  }
  const insert = INSERTS[Math.floor(next() * INSERTS.length)]!;
  return text.slice(0, at) + insert + text.slice(at);
}

/** Runs edits through a session; every tree must be the full parse's. Returns how often a part was reused. */
function follow(start: string, edits: number, seed: number): { reused: number; total: number } {
  const next = random(seed);
  const session = new MarkdownSession();
  let text = start;
  expect(session.parse(text)).toEqual(parseMdast(text));
  let reused = 0;
  for (let i = 0; i < edits; i++) {
    text = edit(text, next);
    const tree = session.parse(text);
    expect(tree, `seed ${seed}, edit ${i}`).toEqual(parseMdast(text));
    if (session.lastParsedLength < text.length) reused++;
  }
  return { reused, total: edits };
}

describe("MarkdownSession: after an edit, the tree of a full parse", { timeout: 300_000 }, () => {
  for (const name of ["corpus/gif-overview/input.md", "corpus/datamanagement-intro/input.md", "markdown/chapter1.md"]) {
    it(`on random edits of ${name}`, () => {
      const text = fixture(name);
      const { reused, total } = follow(text, 24, name.length);
      // Most edits land inside one block: the rest is reused (else the session is pointless).
      expect(reused).toBeGreaterThan(total / 2);
    });
  }

  it("with CRLF line ends, a byte order mark and front matter", () => {
    const text = fixture("markdown/chapter1.md").replace(/\n/g, "\r\n");
    follow(text, 40, 7);
    follow(`\uFEFF${text}`, 40, 8);
    follow(`---\ntitle: 計画\n---\n\n${text}`, 40, 9);
  });

  it("reuses blocks when footnotes are defined outside the edited window", () => {
    const text = "# 第1章\n\n本文[^1]です。\n\n二つ目の段落[^2]。\n\n三つ目の段落。\n\n[^1]: 注一\n\n[^2]: 注二\n";
    const session = new MarkdownSession();
    session.parse(text);
    const edited = text.replace("二つ目の", "二つめの");
    expect(session.parse(edited)).toEqual(parseMdast(edited));
    expect(session.lastParsedLength).toBeLessThan(edited.length / 2);
    // Removing a definition changes other blocks' references: a full parse.
    const removed = edited.replace("[^2]: 注二\n", "");
    expect(session.parse(removed)).toEqual(parseMdast(removed));
  });

  it("a fence opened in the middle swallows what follows, as in a full parse", () => {
    const text = "段落一。\n\n段落二。\n\n段落三。\n\n段落四。\n";
    const session = new MarkdownSession();
    session.parse(text);
    const fenced = text.replace("段落二。", "```\n段落二。");
    expect(session.parse(fenced)).toEqual(parseMdast(fenced));
  });

  it("on random Markdown-like texts and edits (property)", () => {
    const piece = fc.constantFrom(...INSERTS, "段落の文。", "第１章 総論", "\n\n", "・項目", "(1) 施策", "NISC");
    const doc = fc.array(piece, { maxLength: 80, size: "max" }).map((p) => p.join(""));
    fc.assert(
      fc.property(doc, fc.integer({ min: 1, max: 2 ** 31 }), (text, seed) => {
        follow(text, 8, seed);
      }),
      { numRuns: 60 },
    );
  });
});
