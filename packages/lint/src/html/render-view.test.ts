import { readFileSync } from "node:fs";
import { parsePlan, type LintMessage } from "@planlint/core";
import { describe, expect, test } from "vitest";
import { lintText } from "../linter.js";
import { recommendedConfig } from "../config/recommended-config.js";
import { builtinRules } from "../rules/index.js";
import { findingsPerChapter, ownerMatrix, renderView, type ViewFile } from "./render-view.js";
import { viewRules } from "./view-rules.js";

const seedText = readFileSync(new URL("../../../../seeds/cybersecurity-2017-draft.txt", import.meta.url), "utf8");

function message(ruleId: string, start: number, end: number, extra: Partial<LintMessage> = {}): LintMessage {
  return { ruleId, severity: "warning", messageId: "m", message: `${ruleId} <found>`, range: { start, end }, ...extra };
}

function viewFile(text: string, messages: LintMessage[], name = "plan.txt"): ViewFile {
  return { name, text, document: parsePlan(text, { fileName: name }), messages };
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const unescape = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/** The text of each rendered line, tags removed and entities decoded. */
function renderedLines(html: string): string[] {
  const text = /<div class="pl-text">([\s\S]*?)<\/div><\/div><div class="pl-findings-pane">/.exec(html)![1]!;
  return [...text.matchAll(/<div class="pl-line" id="f0-L(\d+)" data-n="\d+">([\s\S]*?)<\/div>/g)].map((m) => unescape(m[2]!));
}

/** The finding items' rule and line, in order. */
function findingItems(html: string): string[] {
  return [...html.matchAll(/<li class="pl-finding[^"]*"[^>]* data-rule="([^"]*)" data-line="(\d+)"/g)].map((m) => `${m[1]}:${m[2]}`);
}

/** The text inside the marks of finding `i` (all its segments, in order). */
function markedText(html: string, i: number): string {
  let out = "";
  for (const m of html.matchAll(/<mark class="pl-hit[^"]*"(?: id="[^"]*")? data-findings="([\d ]+)">([\s\S]*?)<\/mark>/g)) {
    if (m[1]!.split(" ").includes(String(i))) out += unescape(m[2]!);
  }
  return out;
}

describe("renderView", () => {
  test("each finding is a list item with its rule and 1-based line, CRLF and surrogate pairs before it", () => {
    const text = "𠮷野家の計画\r\n多重防御を行う。\r\n\r\n𠮷𠮷多重防御\n";
    const a = text.indexOf("多重防御");
    const b = text.lastIndexOf("多重防御");
    const html = renderView({ files: [viewFile(text, [message("consistent-terms", a, a + 4), message("consistent-terms", b, b + 4)])], rules: {} });
    expect(findingItems(html)).toEqual(["consistent-terms:2", "consistent-terms:4"]);
    expect(markedText(html, 0)).toBe("多重防御");
    expect(markedText(html, 1)).toBe("多重防御");
    expect(html).toContain('id="f0-m0"');
    expect(html).toContain('data-target="f0-m1"');
  });

  test("the text is shown exactly, line by line, with its HTML escaped", () => {
    const text = "<script>alert(1)</script> & 「計画」\r\n\r\n\t二行目 \"引用\" 'x'\rCR だけの行\n";
    const html = renderView({ files: [viewFile(text, [message("r", 3, 20)])], rules: {} });
    expect(renderedLines(html)).toEqual(text.split(/\r\n|\r|\n/));
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("r &lt;found&gt;");
  });

  test("overlapping findings and a finding across a line break each keep their own text", () => {
    const text = "サイバーセキュリティ戦略\n本部の決定\n";
    const messages = [message("a", 0, 10), message("b", 4, 12), message("c", 10, 15)];
    const html = renderView({ files: [viewFile(text, messages)], rules: {} });
    expect(markedText(html, 0)).toBe("サイバーセキュリティ");
    expect(markedText(html, 1)).toBe("セキュリティ戦略");
    // The line break itself is no line's text.
    expect(markedText(html, 2)).toBe("戦略本部");
    expect(renderedLines(html)).toEqual(text.split("\n"));
  });

  test("a finding with an empty range is an empty mark at its offset", () => {
    const text = "計画\n";
    const html = renderView({ files: [viewFile(text, [message("a", 1, 1)])], rules: {} });
    expect(html).toContain('計<mark class="pl-hit pl-point sev-warning" id="f0-m0" data-findings="0"></mark>画');
  });

  test("fix buttons only when asked for, and only on fixable findings", () => {
    const text = "多重防御\n";
    const messages = [message("a", 0, 4, { fix: { range: { start: 0, end: 4 }, text: "多層防御" } }), message("b", 0, 2)];
    expect(renderView({ files: [viewFile(text, messages)], rules: {} })).not.toContain("pl-fix-button");
    const html = renderView({ files: [viewFile(text, messages)], rules: {}, fixButtons: true });
    expect(html.match(/class="pl-fix-button" data-fix="(\d+)"/g)).toEqual(['class="pl-fix-button" data-fix="0"']);
  });

  test("rule docs are embedded once per rule that found something, escaped", () => {
    const text = "計画\n";
    const html = renderView({
      files: [viewFile(text, [message("a", 0, 1), message("a", 1, 2)])],
      rules: { a: { description: "d", fixable: false, doc: "# a\n\nfinds <b>\n\n```text\n<x>\n```\n" }, b: { description: "e", fixable: false, doc: "# b" } },
    });
    expect(html.match(/data-rule-doc="a"/g)).toHaveLength(1);
    expect(html).not.toContain('data-rule-doc="b"');
    expect(html).toContain("<p>finds &lt;b&gt;</p><pre><code>&lt;x&gt;</code></pre>");
  });
});

describe("the view of the seed", () => {
  const document = parsePlan(seedText, { fileName: "seed.txt" });
  const result = lintText(seedText, { fileName: "seed.txt", config: recommendedConfig(), document });
  const file: ViewFile = { name: "seed.txt", text: seedText, document, messages: result.messages };
  const html = renderView({ files: [file], rules: viewRules(builtinRules) });

  test("lists every finding of lint with its line", () => {
    expect(result.messages.length).toBeGreaterThan(0);
    expect(findingItems(html)).toHaveLength(result.messages.length);
    for (const [i, m] of result.messages.entries()) {
      if (m.range.end > m.range.start && !/[\r\n]/.test(seedText.slice(m.range.start, m.range.end))) {
        expect(markedText(html, i)).toBe(seedText.slice(m.range.start, m.range.end));
      }
    }
  });

  test("shows the seed's text unchanged", () => {
    expect(renderedLines(html)).toEqual(seedText.split(/\r\n|\r|\n/));
  });

  test("the owner matrix has the five chapters and counts each owned measure once per owner", () => {
    const { rows, owners, counts } = ownerMatrix(document);
    expect(rows.map((r) => r.label)).toEqual(["1.", "2.", "3.", "4.", "5."]);
    expect(owners).toContain("内閣官房");
    let owned = 0;
    for (const chapter of rows) {
      const stack = [...chapter.children];
      while (stack.length > 0) {
        const n = stack.pop()!;
        stack.push(...n.children);
        if (n.kind === "measure" && n.owners) owned += new Set(n.owners.map((o) => o.name)).size;
      }
    }
    expect(counts.reduce((sum, row) => sum + [...row.values()].reduce((a, b) => a + b, 0), 0)).toBe(owned);
  });

  test("findings per chapter add up to all findings", () => {
    const bars = findingsPerChapter(file);
    expect(bars).toHaveLength(6);
    expect(bars.reduce((sum, b) => sum + b.count, 0)).toBe(result.messages.length);
  });

  test("glossary terms in the text point to their entry (the view script shows its definition on hover)", () => {
    const term = /<span class="pl-term" data-term="(\d+)">NISC<\/span>/.exec(html);
    expect(term).not.toBeNull();
    expect(document.glossary[Number(term![1])]!.headword).toBe("NISC");
    expect(html).toContain(`<div class="pl-entry" data-entry="${term![1]}"`);
  });

  test("lines come in blocks of 100 for the browser to lay out lazily", () => {
    expect(html.match(/<div class="pl-block">/g)).toHaveLength(Math.ceil(seedText.split(/\r\n|\r|\n/).length / 100));
  });
});
