import { encodeText } from "@planlint/core";
import { describe, expect, test } from "vitest";
import { acceptedTypes, readerFor, type DocumentReader } from "./index.js";
import { textReader } from "./text-reader.js";

describe("readers", () => {
  test("text and Markdown files go to the text reader, whatever the case of the extension", () => {
    expect(readerFor("plan.TXT")).toBe(textReader);
    expect(readerFor("chapter1.md")).toBe(textReader);
    expect(readerFor("no-extension")).toBe(textReader);
  });

  test("one more reader plugs in by being in the list", () => {
    const docx: DocumentReader = { extensions: [".docx"], read: () => ({ text: "", fileName: "a.docx" }) };
    expect(readerFor("plan.docx", [textReader, docx])).toBe(docx);
    expect(acceptedTypes([textReader, docx])).toBe(".txt,.md,.markdown,text/plain,text/markdown,.docx");
  });

  test("the text reader remembers encoding, BOM and line endings for writing back", () => {
    const bytes = encodeText("計画\r\n多重防御\r\n", { encoding: "shift_jis", bom: false });
    const loaded = textReader.read(bytes, "plan.txt");
    expect(loaded).toEqual({
      text: "計画\r\n多重防御\r\n",
      fileName: "plan.txt",
      writeBack: { encoding: "shift_jis", bom: false, eol: "\r\n", mixedEol: false },
    });
  });
});
