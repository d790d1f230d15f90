import { readFileSync } from "node:fs";
import { PlanlintError } from "@planlint/core";
import { describe, expect, it } from "vitest";
import { loadPrhDictionary } from "./load-prh.js";
import { replaceTerms, type TermDictionary } from "./term-dictionary.js";

const RECIPE = new URL("../../../../bench/textlint/prh.yml", import.meta.url).pathname;

/** Loads `/dict/main.yml` from in-memory files (absolute paths). */
function loadFrom(files: Record<string, string>, entry = "/dict/main.yml"): TermDictionary {
  return loadPrhDictionary(entry, {
    readFile: (p) => {
      const content = files[p];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: "ENOENT" });
      return content;
    },
  });
}

function one(yaml: string): TermDictionary {
  return loadFrom({ "/dict/main.yml": yaml });
}

/** The PlanlintError thrown by `f`. */
function errorOf(f: () => unknown): PlanlintError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanlintError);
    return error as PlanlintError;
  }
  throw new Error("expected a PlanlintError, nothing was thrown");
}

describe("prh loader: the textlint baseline's prh.yml", () => {
  it("loads unchanged, with its specs run at load", () => {
    const dict = loadPrhDictionary(RECIPE);
    expect(dict.name).toBe(RECIPE);
    expect(dict.rules.map((r) => r.expected)).toEqual(["多層防御", "ボット撲滅", "取組", "取り組む", "サーバー", "データセンター", "ユーザー"]);
    expect(dict.rules[0]!.reason).toBe("「多重防御」ではなく国際的に一般的な「多層防御」を使う");
    expect(dict.rules[1]!.reason).toBeUndefined();
    expect(dict.rules.every((r) => r.safe)).toBe(true);
    expect(dict.rules[0]!.source).toEqual({ file: RECIPE, line: 3 });
  });

  it("replaces what prh replaces", () => {
    const { rules } = loadPrhDictionary(RECIPE);
    expect(replaceTerms("サーバやサーバー、データセンタのユーザ組織が多重防御に取組む", rules)).toBe("サーバーやサーバー、データセンターのユーザー組織が多層防御に取り組む");
  });

  it("fails on a spec that no longer holds after an edit", () => {
    const edited = readFileSync(RECIPE, "utf8").replace("pattern: /サーバ(?!ー)/", "pattern: サーバ");
    const e = errorOf(() => loadFrom({ "/dict/main.yml": edited }));
    expect(e.code).toBe("dictionary");
    expect(e.message).toContain("spec failed");
    expect(e.message).toContain("from 「サーバーやネットワーク機器」");
    expect(e.message).toContain("got 「サーバーーやネットワーク機器」");
    expect(e.message).toContain("expected 「サーバーやネットワーク機器」");
  });
});

describe("prh loader: rule semantics", () => {
  it("matches `expected` without a pattern in any case and width, and never flags the expected form itself", () => {
    const { rules } = one("version: 1\nrules:\n  - expected: jQuery\n  - expected: IoT\n");
    expect(replaceTerms("jquery と ＪＱＵＥＲＹ と jQuery", rules)).toBe("jQuery と jQuery と jQuery");
    expect(replaceTerms("ＩｏＴ機器とiot機器とIoT機器", rules)).toBe("IoT機器とIoT機器とIoT機器");
  });

  it("reads a bare string rule as `expected`", () => {
    const { rules } = one("rules:\n  - Cookie\n");
    expect(replaceTerms("cookie", rules)).toBe("Cookie");
  });

  it("takes a string pattern literally (regexp characters included)", () => {
    const { rules } = one("rules:\n  - expected: 株式会社\n    pattern: (株)\n  - expected: C++\n    pattern: c++\n");
    expect(replaceTerms("(株)と（株）", rules)).toBe("株式会社と（株）");
    expect(replaceTerms("c++とcxx", rules)).toBe("C++とcxx");
  });

  it("reads /regexp/ patterns with their flags (g, m and u always on)", () => {
    const { rules } = one(String.raw`rules:
  - expected: Cookie
    pattern: /cookies?(?=は)/i
  - expected: （$1）
    pattern: /\(([^)]+)\)/g
  - expected: 行頭
    pattern: /^ここ/
`);
    expect(rules[0]!.patterns[0]!.flags).toBe("gimu");
    expect(replaceTerms("COOKIEは、cookiesは", rules)).toBe("Cookieは、Cookieは");
    expect(replaceTerms("(そのとおり)", rules)).toBe("（そのとおり）");
    // m: ^ matches after every line break, as in prh.
    expect(replaceTerms("ここ\nここ", rules)).toBe("行頭\n行頭");
  });

  it("combines `patterns` into one alternation: the first alternative wins and groups number across", () => {
    const { rules } = one(`rules:
  - expected: ハードウェア
    patterns:
      - ハードウエアー
      - ハードウェアー
      - ハードウエア
  - expected: $1$2
    patterns: ["/(甲)乙/", "/(丙)丁/"]
`);
    expect(rules[0]!.patterns).toHaveLength(1);
    expect(replaceTerms("ハードウエアーとハードウェアーとハードウエア", rules)).toBe("ハードウェアとハードウェアとハードウェア");
    expect(replaceTerms("甲乙と丙丁", rules)).toBe("甲と丙");
  });

  it("expands $n as prh does: a missing group is empty, $0 and unknown numbers stay", () => {
    const { rules } = one(String.raw`rules:
  - expected: "[$1|$0|$9]"
    pattern: /x(y)?/
`);
    expect(replaceTerms("xy x", rules)).toBe("[y|$0|$9] [|$0|$9]");
  });

  it("honours regexpMustEmpty (prh's stand-in for a negative lookbehind)", () => {
    const { rules } = one(`rules:
  - expected: ソフトウェア
    pattern: /(日経)?ソフトウエア/
    regexpMustEmpty: $1
    specs:
      - from: 広義のソフトウエア
        to: 広義のソフトウェア
      - from: 日経ソフトウエア
        to: 日経ソフトウエア
`);
    expect(rules[0]!.mustBeEmptyGroup).toBe(1);
  });

  it("honours options.wordBoundary", () => {
    const { rules } = one(`rules:
  - expected: js
    options:
      wordBoundary: true
    specs:
      - from: foo JS bar
        to: foo js bar
      - from: foo altJS bar
        to: foo altJS bar
  - expected: ID
    pattern: id
    options: { wordBoundary: true }
`);
    expect(replaceTerms("今日もJS祭り", rules)).toBe("今日もjs祭り");
    expect(replaceTerms("id と idea", rules)).toBe("ID と idea");
  });

  it("reads planlint's `fix: false` and prh's reason", () => {
    const { rules } = one("rules:\n  - expected: 事\n    pattern: こと\n    fix: false\n    prh: 意味によって選ぶ\n");
    expect(rules[0]!.safe).toBe(false);
    expect(rules[0]!.reason).toBe("意味によって選ぶ");
  });

  it("accepts an empty file and a dictionary without rules", () => {
    expect(one("").rules).toEqual([]);
    expect(one("version: 1\n").rules).toEqual([]);
    expect(one("version: 1\nrules:\n").rules).toEqual([]);
  });

  it("accepts a byte order mark and CRLF line ends", () => {
    const { rules } = one("\ufeffversion: 1\r\nrules:\r\n  - expected: 多層防御\r\n    pattern: 多重防御\r\n");
    expect(replaceTerms("多重防御", rules)).toBe("多層防御");
  });
});

describe("prh loader: imports", () => {
  const base = "version: 1\nrules:\n  - expected: 多層防御\n    pattern: 多重防御\n";

  it("follows relative paths from the importing file, depth first, after the file's own rules", () => {
    const dict = loadFrom({
      "/dict/main.yml": "imports:\n  - ./sub/a.yml\n  - ../shared/b.yml\nrules:\n  - expected: 取り組む\n    pattern: 取組む\n",
      "/dict/sub/a.yml": "imports: [./c.yml]\nrules:\n  - expected: ボット撲滅\n    pattern: ボット根絶\n",
      "/dict/sub/c.yml": "rules:\n  - expected: 脆弱\n    pattern: ぜい弱\n",
      "/shared/b.yml": base,
    });
    expect(dict.rules.map((r) => r.expected)).toEqual(["取り組む", "ボット撲滅", "脆弱", "多層防御"]);
    expect(dict.rules.map((r) => r.source.file)).toEqual(["/dict/main.yml", "/dict/sub/a.yml", "/dict/sub/c.yml", "/shared/b.yml"]);
  });

  it("accepts a single path instead of a list", () => {
    expect(loadFrom({ "/dict/main.yml": "imports: ./b.yml\n", "/dict/b.yml": base }).rules).toHaveLength(1);
  });

  it("stops at a cycle instead of looping", () => {
    const dict = loadFrom({
      "/dict/main.yml": `imports: [./b.yml]\n${base}`,
      "/dict/b.yml": "imports: [./main.yml]\nrules:\n  - expected: ボット撲滅\n    pattern: ボット根絶\n",
    });
    expect(dict.rules.map((r) => r.expected)).toEqual(["多層防御", "ボット撲滅"]);
  });

  it("keeps the first rule for an expected form, as prh's merge does", () => {
    const dict = loadFrom({
      "/dict/main.yml": `imports: [./b.yml]\n${base}`,
      "/dict/b.yml": "rules:\n  - expected: 多層防御\n    pattern: 多重防護\n",
    });
    expect(dict.rules).toHaveLength(1);
    expect(replaceTerms("多重防護", dict.rules)).toBe("多重防護");
  });

  it("does not follow the imports of an import with disableImports", () => {
    const dict = loadFrom({
      "/dict/main.yml": "imports:\n  - path: ./b.yml\n    disableImports: true\n",
      "/dict/b.yml": `imports: [./c.yml]\n${base}`,
      "/dict/c.yml": "rules:\n  - expected: ボット撲滅\n    pattern: ボット根絶\n",
    });
    expect(dict.rules.map((r) => r.expected)).toEqual(["多層防御"]);
  });

  it("drops imported rules named in ignoreRules: by pattern as written, as prh prints it, or by expected", () => {
    const imported = "rules:\n  - expected: 多層防御\n    pattern: 多重防御\n  - expected: サーバー\n    pattern: /サーバ(?!ー)/\n  - expected: ボット撲滅\n    pattern: ボット根絶\n  - expected: 取組\n    pattern: 取組み\n";
    const dict = loadFrom({
      "/dict/main.yml": "imports:\n  - path: ./b.yml\n    ignoreRules:\n      - 多重防御\n      - pattern: /サーバ(?!ー)/gmu\n      - expected: ボット撲滅\n",
      "/dict/b.yml": imported,
    });
    expect(dict.rules.map((r) => r.expected)).toEqual(["取組"]);
  });
});

describe("prh loader: errors name file:line:column with a hint", () => {
  const expectAt = (e: PlanlintError, line: number, column: number): void => {
    expect(e.file).toBe("/dict/main.yml");
    expect([e.line, e.column]).toEqual([line, column]);
    expect(e.hint).toBeTruthy();
    expect(e.format()).toMatch(new RegExp(`^/dict/main\\.yml:${line}:${column}: `));
  };

  it("malformed YAML", () => {
    const e = errorOf(() => one("version: 1\nrules:\n  - expected: [多層防御\n"));
    expect(e.code).toBe("dictionary");
    expect(e.message).toMatch(/^invalid YAML/);
    expectAt(e, 4, 1);
  });

  it("duplicate keys", () => {
    const e = errorOf(() => one("rules:\n  - expected: a\n    expected: b\n"));
    expect(e.message).toMatch(/invalid YAML/);
    expect(e.line).toBe(3);
  });

  it("a document that is not a mapping, rules that are not a list, an unknown version", () => {
    expectAt(errorOf(() => one("- expected: a\n")), 1, 1);
    expectAt(errorOf(() => one("rules:\n  expected: a\n")), 2, 3);
    const v = errorOf(() => one("version: 2\nrules: []\n"));
    expect(v.message).toContain("version");
    expectAt(v, 1, 10);
  });

  it("a rule without expected", () => {
    const e = errorOf(() => one("version: 1\nrules:\n  - expected: 取組\n  - pattern: 多重防御\n    prh: 理由\n"));
    expect(e.message).toContain("without `expected:`");
    expectAt(e, 4, 5);
  });

  it("a pattern that is not text", () => {
    expectAt(errorOf(() => one("rules:\n  - expected: a\n    pattern: 12\n")), 3, 14);
    expectAt(errorOf(() => one("rules:\n  - expected: a\n    patterns:\n      - b\n      - {x: 1}\n")), 5, 9);
  });

  it("an invalid regexp", () => {
    const e = errorOf(() => one("rules:\n  - expected: a\n    pattern: /(多重防御/\n"));
    expect(e.message).toContain("invalid regular expression /(多重防御/");
    expectAt(e, 3, 14);
  });

  it("an unknown regexp flag", () => {
    const e = errorOf(() => one("rules:\n  - expected: a\n    pattern: /b/q\n"));
    expect(e.message).toContain("unknown regexp flag");
    expectAt(e, 3, 14);
  });

  it("patterns of one rule with different flags", () => {
    expect(errorOf(() => one("rules:\n  - expected: a\n    patterns: [/b/i, /c/]\n")).message).toContain("different flags");
  });

  it("a failing spec, with from, got and expected", () => {
    const e = errorOf(() => one("rules:\n  - expected: 多層防御\n    pattern: 多重防御\n    specs:\n      - from: 多重防御の取組\n        to: 多層防御の取組\n      - from: 多重防御\n        to: 多重防御\n"));
    expect(e.message).toBe("rule 「多層防御」: spec failed: from 「多重防御」 got 「多層防御」, expected 「多重防御」");
    expectAt(e, 7, 9);
  });

  it("a spec without from or to", () => {
    expectAt(errorOf(() => one("rules:\n  - expected: a\n    specs:\n      - from: b\n")), 4, 9);
  });

  it("an unsafe pattern", () => {
    const e = errorOf(() => one("version: 1\nrules:\n  - expected: a\n    pattern: /(a+)+$/\n"));
    expect(e.code).toBe("unsafe-pattern");
    expect(e.message).toContain("/(a+)+$/");
    expectAt(e, 4, 14);
  });

  it("a bad regexpMustEmpty", () => {
    expectAt(errorOf(() => one("rules:\n  - expected: a\n    pattern: /(b)?a/\n    regexpMustEmpty: 1\n")), 4, 22);
    expect(errorOf(() => one("rules:\n  - expected: a\n    pattern: /(b)?a/\n    regexpMustEmpty: $2\n")).message).toContain("$1…$1");
  });

  it("a bad `fix`, `prh` or `options`", () => {
    expectAt(errorOf(() => one("rules:\n  - expected: a\n    fix: no-thanks\n")), 3, 10);
    expectAt(errorOf(() => one("rules:\n  - expected: a\n    prh: [x]\n")), 3, 10);
    expectAt(errorOf(() => one("rules:\n  - expected: a\n    options: 3\n")), 3, 14);
  });

  it("a missing import: the import line of the importing file", () => {
    const e = errorOf(() => loadFrom({ "/dict/main.yml": "version: 1\nimports:\n  - ./here.yml\n  - path: ./missing.yml\n", "/dict/here.yml": "" }));
    expect(e.code).toBe("io");
    expect(e.message).toBe("imported term dictionary not found: /dict/missing.yml");
    expectAt(e, 4, 11);
  });

  it("a bad import entry", () => {
    expectAt(errorOf(() => one("imports:\n  - {disableImports: true}\n")), 2, 5);
    expectAt(errorOf(() => one("imports:\n  - path: ./x.yml\n    ignoreRules: [3]\n")), 3, 18);
  });

  it("a missing dictionary file: its path", () => {
    const e = errorOf(() => loadPrhDictionary("/no/such/prh.yml"));
    expect(e.code).toBe("io");
    expect(e.file).toBe("/no/such/prh.yml");
    expect(e.message).toContain("not found");
    expect(e.hint).toContain("terms");
  });

  it("an error inside an imported file names that file", () => {
    const e = errorOf(() => loadFrom({ "/dict/main.yml": "imports: [./b.yml]\n", "/dict/b.yml": "rules:\n  - expected: a\n    pattern: /(/\n" }));
    expect([e.file, e.line, e.column]).toEqual(["/dict/b.yml", 3, 14]);
  });
});
