import { readFileSync } from "node:fs";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { PlanlintError } from "./errors.js";
import { parseGlossaryFile } from "./glossary-file.js";

const YAML = `# planlint glossary
entries:
  - headword: CSIRT
    definition: Computer Security Incident Response Teamの略（シーサート）。組織内の対応チーム。
    aliases: [シーサート, ＣＳＩＲＴ]
  - headword: "事業継続計画"
    definition: 詳細はBCPを参照。
  - headword: BCP
    expansion: Business Continuity Plan
    seeAlso: [事業継続計画]
`;

const JSON_FILE = `{
  "entries": [
    { "headword": "IoT", "definition": "Internet of Thingsの略。" },
    { "headword": "G7/G8", "expansion": "Group of Seven / Group of Eight" }
  ]
}
`;

/** The error `fn` throws, for asserting on its fields. */
function thrown(fn: () => unknown): PlanlintError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanlintError);
    return error as PlanlintError;
  }
  throw new Error("expected an error");
}

const at = (text: string, needle: string): number => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`no ${needle}`);
  return i;
};

describe("parseGlossaryFile: valid files", () => {
  it("reads YAML entries with their offsets and positions", () => {
    const entries = parseGlossaryFile(YAML, "terms.yaml");
    expect(entries).toHaveLength(3);
    expect(entries[0]).toEqual({
      headword: "CSIRT",
      expansion: "Computer Security Incident Response Team",
      reading: "シーサート",
      definition: "Computer Security Incident Response Teamの略（シーサート）。組織内の対応チーム。",
      seeAlso: [],
      aliases: ["シーサート", "ＣＳＩＲＴ"],
      range: { start: at(YAML, "headword: CSIRT"), end: at(YAML, "ＣＳＩＲＴ]") + "ＣＳＩＲＴ]".length },
      headwordRange: { start: at(YAML, "CSIRT"), end: at(YAML, "CSIRT") + 5 },
      source: { kind: "file", file: "terms.yaml", line: 3, column: 5 },
    });
    // Quotes are not part of the headword; references come from 「…を参照」 and resolve to headwords.
    expect(YAML.slice(entries[1]!.headwordRange.start, entries[1]!.headwordRange.end)).toBe("事業継続計画");
    expect(entries[1]).toMatchObject({ seeAlso: ["BCP"], source: { line: 6, column: 5 } });
    expect(entries[2]).toMatchObject({ headword: "BCP", expansion: "Business Continuity Plan", definition: "", seeAlso: ["事業継続計画"] });
  });

  it("reads JSON and a top-level list of entries", () => {
    const entries = parseGlossaryFile(JSON_FILE, "terms.json");
    expect(entries.map((e) => [e.headword, e.expansion, e.source])).toEqual([
      ["IoT", "Internet of Things", { kind: "file", file: "terms.json", line: 3, column: 5 }],
      ["G7/G8", "Group of Seven / Group of Eight", { kind: "file", file: "terms.json", line: 4, column: 5 }],
    ]);
    expect(JSON_FILE.slice(entries[1]!.headwordRange.start, entries[1]!.headwordRange.end)).toBe("G7/G8");
    expect(JSON_FILE.slice(entries[0]!.range.start, entries[0]!.range.end)).toBe('{ "headword": "IoT", "definition": "Internet of Thingsの略。" }');

    const list = parseGlossaryFile("- headword: A\n- headword: B\n  definition: Bの説明。\n", "list.yml");
    expect(list.map((e) => [e.headword, e.definition])).toEqual([
      ["A", ""],
      ["B", "Bの説明。"],
    ]);
    expect(parseGlossaryFile("entries: []\n", "empty.yaml")).toEqual([]);
    expect(parseGlossaryFile('{"$schema": "x", "entries": []}', "empty.json")).toEqual([]);
  });

  it("handles CRLF and a byte-order mark", () => {
    const crlf = "\uFEFFentries:\r\n  - headword: CSIRT\r\n  - headword: IoT\r\n";
    const entries = parseGlossaryFile(crlf, "crlf.yaml");
    expect(entries.map((e) => [e.headword, e.source])).toEqual([
      ["CSIRT", { kind: "file", file: "crlf.yaml", line: 2, column: 5 }],
      ["IoT", { kind: "file", file: "crlf.yaml", line: 3, column: 5 }],
    ]);
    expect(crlf.slice(entries[1]!.headwordRange.start, entries[1]!.headwordRange.end)).toBe("IoT");
  });
});

describe("parseGlossaryFile: errors", () => {
  it("reports a YAML syntax error with its line and column", () => {
    const bad = "entries:\n  - headword: CSIRT\n    definition: [unclosed\n  - headword: IoT\n";
    const e = thrown(() => parseGlossaryFile(bad, "bad.yaml"));
    expect(e.code).toBe("glossary-syntax");
    expect(e.file).toBe("bad.yaml");
    expect([e.line, e.column]).toEqual([4, 3]);
    expect(e.message).toMatch(/^invalid YAML: /);
    expect(e.hint).toMatch(/headword/);

    const dup = thrown(() => parseGlossaryFile("entries:\n  - headword: A\n    headword: B\n", "dup.yaml"));
    expect([dup.code, dup.line, dup.column, dup.message]).toEqual(["glossary-syntax", 3, 5, "invalid YAML: Map keys must be unique"]);
  });

  it("reports JSON that YAML would accept but JSON does not", () => {
    const e = thrown(() => parseGlossaryFile('{\n  "entries": [\n    {"headword": "A",}\n  ]\n}', "bad.json"));
    expect([e.code, e.line, e.column]).toEqual(["glossary-syntax", 3, 22]);
    expect(e.message).toMatch(/^invalid JSON: /);
    expect(thrown(() => parseGlossaryFile("", "empty.json")).code).toBe("glossary-syntax");
  });

  it("reports a schema violation at the offending node", () => {
    const empty = 'entries:\n  - headword: CSIRT\n  - headword: ""\n    definition: x\n';
    const e = thrown(() => parseGlossaryFile(empty, "terms.yaml"));
    expect([e.code, e.file, e.line, e.column]).toEqual(["glossary-schema", "terms.yaml", 3, 15]);
    expect(e.message).toBe("entries[1].headword must be a non-empty string");
    expect(e.format()).toMatch(/^terms\.yaml:3:15: entries\[1\]\.headword must be a non-empty string \(/);

    const json = '{"entries": [\n  {"headword": "A"},\n  {"headword": 42}\n]}';
    const j = thrown(() => parseGlossaryFile(json, "terms.json"));
    expect([j.code, j.line, j.column, j.message]).toEqual(["glossary-schema", 3, 16, "entries[1].headword must be a non-empty string, not a number (42)"]);
  });

  it("explains missing, misspelt and mistyped keys", () => {
    const cases: [string, number, number, string][] = [
      ["entries:\n  - headword: A\n  - definition: x\n", 3, 5, 'entries[1] is missing "headword"; every entry needs a non-empty "headword" string'],
      [
        "entries:\n  - headword: A\n    defintion: x\n",
        3,
        5,
        'entries[0] has an unknown key "defintion"; expected one of: headword, expansion, reading, definition, seeAlso, aliases',
      ],
      ["entries:\n  headword: A\n", 2, 3, "entries must be a list (array), not a mapping"],
      ["entries:\n  - headword: A\n    seeAlso: [B, 3]\n", 3, 18, "entries[0].seeAlso[1] must be a non-empty string, not a number (3)"],
      ["entry:\n  - headword: A\n", 1, 1, 'the glossary file has an unknown key "entry"; expected one of: $schema, description, entries'],
      ["", 1, 1, 'the glossary file is empty; expected a mapping with an "entries" list'],
      ["just text\n", 1, 1, 'the glossary file must be a mapping with an "entries" list (or a list of entries), not a string'],
      ["entries:\r\n  - headword: A\r\n  - headword: '  '\r\n", 3, 15, "entries[1].headword must be a non-empty string"],
    ];
    for (const [content, line, column, message] of cases) {
      const e = thrown(() => parseGlossaryFile(content, "g.yml"));
      expect([e.code, e.line, e.column, e.message]).toEqual(["glossary-schema", line, column, message]);
    }
  });
});

describe("glossary-file.schema.json", () => {
  it("is a valid draft-07 schema that accepts both forms", () => {
    const schema = JSON.parse(readFileSync(new URL("../schema/glossary-file.schema.json", import.meta.url), "utf8")) as object;
    const ajv = new Ajv({ strict: true });
    expect(ajv.validateSchema(schema)).toBe(true);
    const validate = ajv.compile(schema);
    expect(validate({ entries: [{ headword: "CSIRT", seeAlso: ["BCP"], aliases: ["シーサート"] }] })).toBe(true);
    expect(validate([{ headword: "CSIRT" }])).toBe(true);
    expect(validate({ entries: [{ headword: " " }] })).toBe(false);
    expect(validate({ entries: [{ headword: "A", note: "x" }] })).toBe(false);
  });
});
