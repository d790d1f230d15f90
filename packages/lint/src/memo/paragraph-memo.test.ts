import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintText } from "../linter.js";
import { builtinRules } from "../rules/index.js";
import { keepParagraphWork, ParagraphMemo } from "./paragraph-memo.js";
import { forgetKeptWork } from "./text-memo.js";

interface Hit {
  start: number;
  end: number;
  word: string;
}
/** Where the findings stand now: each kept finding's start plus its offset. */
function startsOf(memo: ParagraphMemo<Hit>, text: string, key: string, scan: (text: string) => Hit[]): number[] {
  const out: number[] = [];
  memo.find(text, key, scan, (h, offset) => out.push(h.start + offset));
  return out;
}
/** 「計画」 wherever it stands, and a count of the scans' characters. */
function counting() {
  const scanned: string[] = [];
  const scan = (text: string): Hit[] => {
    scanned.push(text);
    const out: Hit[] = [];
    for (let at = text.indexOf("計画"); at >= 0; at = text.indexOf("計画", at + 1)) out.push({ start: at, end: at + 2, word: "計画" });
    return out;
  };
  return { scanned, scan };
}

describe("ParagraphMemo", () => {
  it("scans only the paragraphs it has not seen and moves the kept findings", () => {
    keepParagraphWork(true);
    try {
      const memo = new ParagraphMemo<Hit>(100);
      const { scanned, scan } = counting();
      const first = "計画を立てる。\n𠮷の計画\n\n計画\r\nと計画";
      expect(startsOf(memo, first, "k", scan)).toEqual([0, 11, 15, 20]);
      expect(scanned).toEqual(["計画を立てる。\n𠮷の計画\n計画\r\nと計画"]);
      const edited = "新しい計画を立てる。\n𠮷の計画\n\n計画\r\nと計画";
      expect(startsOf(memo, edited, "k", scan)).toEqual([3, 14, 18, 23]);
      expect(scanned[1]).toBe("新しい計画を立てる。");
      // Another key is another scan.
      memo.find(edited, "other", scan, () => {});
      expect(scanned[2]).toBe(edited.replace("\n\n", "\n"));
    } finally {
      keepParagraphWork(false);
    }
  });

  it("is off by default: each find scans the whole text", () => {
    const memo = new ParagraphMemo<Hit>(100);
    const { scanned, scan } = counting();
    memo.find("計画\n計画", "k", scan, () => {});
    memo.find("計画\n計画", "k", scan, () => {});
    expect(scanned).toEqual(["計画\n計画", "計画\n計画"]);
  });

  it("keeps at most two generations of `limit` paragraphs", () => {
    keepParagraphWork(true);
    try {
      const memo = new ParagraphMemo<Hit>(2);
      const { scanned, scan } = counting();
      memo.find("a\nb", "k", scan, () => {});
      memo.find("c\nd", "k", scan, () => {});
      memo.find("e\nf", "k", scan, () => {});
      // a and b went with the oldest generation.
      memo.find("a", "k", scan, () => {});
      expect(scanned.at(-1)).toBe("a");
      memo.find("e\nf", "k", scan, () => {});
      expect(scanned.length).toBe(4);
    } finally {
      keepParagraphWork(false);
    }
  });
});

/** A small deterministic generator (mulberry32): the same edits on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a drafter types: words the rules look for, doubled words, line and paragraph breaks, full-width forms, a surrogate pair. */
const INSERTS = ["あ", "をを", "多重防御", "取組み", "についてについて", "\n", "\n\n", "\r\n", "ＩＴ", "IT", "。", "、、", "（", "）", "「", "まず最初に", "確認を確認する", "𠮷", "約３割程度", " ", "　"];

function edits(text: string, count: number, seed: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.floor(next() * text.length);
    const kind = next();
    if (kind < 0.5) text = text.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)]! + text.slice(at);
    else if (kind < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 12));
    else {
      // A passage copied elsewhere (a paste): repeats, doubled words across the seam.
      const from = Math.floor(next() * text.length);
      text = text.slice(0, at) + text.slice(from, from + 20 + Math.floor(next() * 200)) + text.slice(at);
    }
    out.push(text);
  }
  return out;
}

describe("findings kept per paragraph across lints", () => {
  const rules = Object.fromEntries(Object.entries(builtinRules).filter(([, r]) => r.meta.recommended !== "off"));
  const config = { rules: new Map(Object.keys(rules).map((id) => [id, { severity: "warning" as const, options: {} }])), glossary: [], terms: [], exceptions: [] };
  const documents = [
    { fileName: "seed.txt", url: new URL("../../../../seeds/cybersecurity-2017-draft.txt", import.meta.url) },
    { fileName: "input.md", url: new URL("../../../core/test/fixtures/corpus/datamanagement-intro/input.md", import.meta.url) },
  ];

  for (const { fileName, url } of documents) {
    it(`equal a fresh lint's after every one of 40 random edits of ${fileName}`, () => {
      const texts = edits(readFileSync(url, "utf8"), 40, fileName.length);
      const lint = (text: string): string[] => lintText(text, { fileName, rules, config }).messages.map((m) => JSON.stringify(m));
      // Fresh: nothing kept from any earlier lint.
      const fresh = texts.map((text) => {
        forgetKeptWork();
        return lint(text);
      });
      forgetKeptWork();
      keepParagraphWork(true);
      try {
        lint(readFileSync(url, "utf8"));
        texts.forEach((text, i) => {
          const kept = lint(text);
          // The findings that differ, not two reports of a hundred findings each.
          const missing = fresh[i]!.filter((m) => !kept.includes(m));
          const extra = kept.filter((m) => !fresh[i]!.includes(m));
          expect({ edit: i + 1, missing, extra }).toEqual({ edit: i + 1, missing: [], extra: [] });
          expect(kept).toEqual(fresh[i]);
        });
      } finally {
        keepParagraphWork(false);
        forgetKeptWork();
      }
    }, 120_000);
  }
});
