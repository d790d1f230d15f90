import { LineIndex, PlanlintError, type LintMessage } from "@planlint/core";
import { describe, expect, it } from "vitest";
import { configBrokenDiagnostic, configFileDiagnostic, toDiagnostic, tooLargeDiagnostic, type DiagnosticData } from "./diagnostics.js";

const target = { uri: "file:///plan.txt", version: 7, relatedInformation: true };

function at(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length };
}

describe("toDiagnostic", () => {
  it("turns offsets into UTF-16 line/character across CRLF and surrogate pairs", () => {
    // 𠮷 is a surrogate pair: two UTF-16 units, as LSP counts them.
    const text = "(ア)𠮷野家において、\r\n標的型攻撃に対する多重防御の取組を推進する。\r\n";
    const message: LintMessage = { ruleId: "consistent-terms", severity: "warning", messageId: "preferTerm", message: "「多重防御」ではなく「多層防御」", range: at(text, "多重防御"), fix: { range: at(text, "多重防御"), text: "多層防御" } };
    const d = toDiagnostic(message, new LineIndex(text), target);
    expect(d.range).toEqual({ start: { line: 1, character: 9 }, end: { line: 1, character: 13 } });
    expect(d).toMatchObject({ severity: 2, source: "planlint", code: "consistent-terms", message: message.message });
    expect(d.codeDescription?.href).toMatch(/docs\/rules\/consistent-terms\.md$/);
    expect(d.data as DiagnosticData).toEqual({ version: 7, ruleId: "consistent-terms", fix: { range: d.range, newText: "多層防御" } });

    const onPair = toDiagnostic({ ...message, range: at(text, "𠮷野家") }, new LineIndex(text), target);
    expect(onPair.range).toEqual({ start: { line: 0, character: 3 }, end: { line: 0, character: 7 } });
  });

  it("maps severities and keeps suggestions as edits", () => {
    const text = "多用な主体が連携する。";
    const base: LintMessage = { ruleId: "no-confusable-words", severity: "info", messageId: "m", message: "m", range: at(text, "多用") };
    const index = new LineIndex(text);
    expect(toDiagnostic(base, index, target).severity).toBe(3);
    expect(toDiagnostic({ ...base, severity: "error" }, index, target).severity).toBe(1);
    const d = toDiagnostic({ ...base, suggestions: [{ message: "「多様」にする", fix: { range: at(text, "多用"), text: "多様" } }] }, index, target);
    expect((d.data as DiagnosticData).suggestions).toEqual([{ title: "「多様」にする", edit: { range: d.range, newText: "多様" } }]);
    expect((d.data as DiagnosticData).fix).toBeUndefined();
  });

  it("gives related locations as relatedInformation, or in the message when the client cannot show them", () => {
    const text = "(ア) 同じ施策。\n(イ) 同じ施策。\n";
    const message: LintMessage = { ruleId: "no-duplicate-measures", severity: "warning", messageId: "m", message: "duplicate", range: { start: 13, end: 18 }, related: [{ range: { start: 4, end: 9 }, message: "the other one" }] };
    const index = new LineIndex(text);
    const d = toDiagnostic(message, index, target);
    expect(d.relatedInformation).toEqual([{ location: { uri: target.uri, range: { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } } }, message: "the other one" }]);
    const plain = toDiagnostic(message, index, { ...target, relatedInformation: false });
    expect(plain.relatedInformation).toBeUndefined();
    expect(plain.message).toBe("duplicate\nthe other one (line 1)");
  });

  it("links no doc for an id that is not a built-in rule", () => {
    const d = toDiagnostic({ ruleId: "unused-directive", severity: "warning", messageId: "m", message: "m", range: { start: 0, end: 0 } }, new LineIndex(""), target);
    expect(d.codeDescription).toBeUndefined();
  });
});

describe("server diagnostics", () => {
  it("a broken config points at its line and column (1-based in the error, 0-based in LSP)", () => {
    const error = new PlanlintError("config", "invalid JSON: trailing commas are not allowed in JSON", { file: "/w/planlint.config.json", line: 3, column: 30 });
    expect(configFileDiagnostic(error)).toMatchObject({ range: { start: { line: 2, character: 29 }, end: { line: 2, character: 30 } }, severity: 1, code: "config" });
    const onDocument = configBrokenDiagnostic(error, "file:///w/planlint.config.json");
    expect(onDocument.message).toContain("/w/planlint.config.json:3:30");
    expect(onDocument.relatedInformation?.[0]?.location.uri).toBe("file:///w/planlint.config.json");
  });

  it("an error without a position sits at the start of the file", () => {
    expect(configFileDiagnostic(new PlanlintError("io", "cannot read"))).toMatchObject({ range: { start: { line: 0, character: 0 } } });
  });

  it("says how large a too-large document is", () => {
    expect(tooLargeDiagnostic(20_971_520, 2_000_000).message).toBe("planlint: document too large to lint (20,971,520 characters; the limit is 2,000,000)");
  });
});
