import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintText } from "../linter.js";
import { builtinRules } from "../rules/index.js";
import { forgetKeptWork, onForgetKeptWork, TextMemo } from "./text-memo.js";

describe("TextMemo", () => {
  it("derives a text's value once and keeps it, undefined included", () => {
    const memo = new TextMemo<number | undefined>(10);
    let calls = 0;
    const derive = (t: string): number | undefined => {
      calls++;
      return t === "なし" ? undefined : t.length;
    };
    expect(memo.of("計画", derive)).toBe(2);
    expect(memo.of("計画", derive)).toBe(2);
    expect(memo.of("なし", derive)).toBeUndefined();
    expect(memo.of("なし", derive)).toBeUndefined();
    expect(calls).toBe(2);
  });

  it("empties itself past its limit, so it never holds more than the limit", () => {
    const memo = new TextMemo<string>(3);
    for (const t of ["a", "b", "c"]) memo.set(t, t.toUpperCase());
    expect(memo.get("a")).toBe("A");
    memo.set("d", "D");
    expect(memo.get("a")).toBeUndefined();
    expect(memo.get("d")).toBe("D");
  });

  it("forgetKeptWork empties every memo and runs every registered forget", () => {
    const a = new TextMemo<number>(10);
    const b = new TextMemo<number>(10);
    a.set("x", 1);
    b.set("y", 2);
    let state: string | undefined = "kept";
    onForgetKeptWork(() => {
      state = undefined;
    });
    forgetKeptWork();
    expect(a.get("x")).toBeUndefined();
    expect(b.get("y")).toBeUndefined();
    expect(state).toBeUndefined();
  });
});

describe("work kept across lints", () => {
  const seed = readFileSync(new URL("../../../../seeds/cybersecurity-2017-draft.txt", import.meta.url), "utf8");
  const rules = Object.fromEntries(Object.entries(builtinRules).filter(([, r]) => r.meta.recommended !== "off"));
  const config = { rules: new Map(Object.keys(rules).map((id) => [id, { severity: "warning" as const, options: {} }])), glossary: [], terms: [], exceptions: [] };
  const lint = (text: string) => JSON.stringify(lintText(text, { fileName: "seed.txt", rules, config }).messages);

  it("changes no finding: a re-lint with everything kept, after an edit, and after forgetting all give the same findings as a fresh lint", () => {
    forgetKeptWork();
    const fresh = lint(seed);
    expect(fresh).not.toBe("[]");
    expect(lint(seed)).toBe(fresh);
    const edited = seed.replace("多層防御", "多層防護");
    const editedFresh = (forgetKeptWork(), lint(edited));
    lint(seed);
    expect(lint(edited)).toBe(editedFresh);
    forgetKeptWork();
    expect(lint(seed)).toBe(fresh);
  });
});
