import { encodeText } from "@planlint/core";
import { describe, expect, test } from "vitest";
import { acceptedTypes, readerFor, type DocumentReader, type LoadedDocument } from "./index.js";
import { pastedDocx } from "../../../lint/test/docx/seed-docx.js";
import { docxReader } from "./docx-reader.js";
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

  test("Word documents go to the .docx reader: the text one paragraph per line, read as a Word document, nothing to write back", () => {
    expect(readerFor("計画案.DOCX")).toBe(docxReader);
    expect(readerFor("macro.docm")).toBe(docxReader);
    const loaded = docxReader.read(pastedDocx("第１章 総論\n多重防御の取組を進める。\n"), "plan.docx") as LoadedDocument;
    expect(loaded.text.trimEnd()).toBe("第１章 総論\n多重防御の取組を進める。");
    expect(loaded.parseOptions?.paragraphPerLine).toBe(true);
    expect(loaded.writeBack).toBeUndefined();
  });
});
