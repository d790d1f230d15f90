import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { PlanlintError } from "../errors.js";
import { docxBytes, headingStyles, numberingDefinition, numPr, para, W } from "../../test/docx-builder.js";
import { docxSourceAt, paragraphAt, parseDocx, readDocx } from "./read-docx.js";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/docx/${name}`, import.meta.url)));

function refusal(bytes: Uint8Array, options = {}): PlanlintError {
  try {
    readDocx(bytes, { fileName: "draft.docx", ...options });
  } catch (error) {
    if (error instanceof PlanlintError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("a document made with python-docx (Word's template)", () => {
  const reading = readDocx(fixture("structured.docx"));
  const lines = reading.text.split("\n");

  test("automatic numbering is rendered as the reader sees it, heading styles give levels", () => {
    expect(lines).toContain("第１章 総論");
    expect(lines).toContain("２ 計画の期間");
    expect(lines).toContain("（イ）経済産業省において、IoTの安全確保を進める。");
    const chapter = reading.paragraphs.find((p) => p.label === "第１章")!;
    expect(chapter.style).toBe("heading 1");
    expect(chapter.outlineLevel).toBe(0);
    expect(chapter.labelLength).toBe("第１章 ".length);
  });

  test("tracked changes read as accepted, or as rejected", () => {
    expect(lines).toContain("計画期間は2018年度から３年間とする。");
    expect(readDocx(fixture("structured.docx"), { trackedChanges: "reject" }).text.split("\n")).toContain("計画期間は当面の間３年間とする。");
  });

  test("a table of contents is not prose; table cells are paragraphs of their own; a footnote follows its paragraph", () => {
    expect(reading.text).not.toContain("総論\t1");
    const cell = reading.paragraphs.find((p) => reading.text.slice(p.range.start, p.range.end) === "ご意見として承ります。")!;
    expect(cell.cell).toEqual({ table: 1, row: 2, column: 2 });
    const i = lines.indexOf("本計画は、サイバーセキュリティ基本法に基づき策定する。");
    expect(lines[i + 1]).toBe("※1： 平成26年法律第104号");
    const note = reading.paragraphs.find((p) => p.note)!;
    expect(note.part).toBe("word/footnotes.xml");
    expect(note.note).toEqual({ kind: "footnote", id: "1", number: 1 });
  });

  test("the plan is read by the same parser as a text plan", () => {
    const { document } = parseDocx(fixture("structured.docx"));
    const outline = (nodes: typeof document.body): string[] => nodes.flatMap((n) => [`${n.kind} ${n.path} ${n.title}`, ...outline(n.children)]);
    expect(outline(document.body)).toEqual([
      "chapter 1 総論",
      "item 1 1 計画の目的",
      "item 1 2 計画の期間",
      "chapter 2 施策",
      "item 2(1) 経営層の意識改革",
      "measure 2(1)(ア) ",
      "measure 2(1)(イ) ",
      "item 2(2) 人材の育成",
      "measure 2(2)(ア) ",
    ]);
    expect(document.footnotes.map((f) => [f.label, f.text])).toEqual([["※1", "平成26年法律第104号"]]);
  });
});

test("every numFmt the fixture uses, and a list restarted by startOverride", () => {
  const labels = readDocx(fixture("numbering.docx")).paragraphs.map((p) => p.label);
  expect(labels).toEqual(["1.", "2.", "3.", "①", "②", "③", "第一", "第二", "第三", "イ", "ロ", "ハ", "A．", "B．", "C．", "（１）", "（２）", "（３）", "1.", "2.", "1."]);
});

test("a text file converted by LibreOffice reads line by line", () => {
  const reading = readDocx(fixture("libreoffice-text.docx"));
  expect(reading.text).toBe("第１章　総論\n１　計画の目的\n内閣官房において、多重防御の考え方を普及する。\n（１）経営層の意識改革\n・ 経済産業省において、IoTの安全確保を進める。\n");
});

describe("offsets map back to runs", () => {
  test("surrogate pairs, runs with formatting, a line break inside a paragraph", () => {
    const reading = readDocx(fixture("runs.docx"));
    const text = reading.text;
    expect(text.startsWith("𠮷野家の多重防御を進める。\n一行目\n二行目\t終わり\n")).toBe(true);
    // 𠮷 is two UTF-16 units: 多 of 「𠮷野家の多重防御」 is at 5.
    const at = text.indexOf("多重防御");
    expect(at).toBe(5);
    expect(docxSourceAt(reading, at)).toEqual({ part: "word/document.xml", paragraph: 0, run: 1, offset: 0 });
    expect(docxSourceAt(reading, at + 3)).toEqual({ part: "word/document.xml", paragraph: 0, run: 1, offset: 3 });
    expect(docxSourceAt(reading, 1)).toEqual({ part: "word/document.xml", paragraph: 0, run: 0, offset: 1 });
    const second = text.indexOf("二行目");
    expect(docxSourceAt(reading, second)).toMatchObject({ paragraph: 1, run: 1 });
    expect(paragraphAt(reading, second)!.index).toBe(1);
    // The line break between paragraphs comes from no run.
    expect(docxSourceAt(reading, text.indexOf("\n"))).toBeUndefined();
  });

  test("CRLF in the XML and entities in the text", () => {
    const body = `<w:p>\r\n<w:r>\r\n<w:t>A&amp;B\r\n𠮷</w:t>\r\n</w:r>\r\n<w:r><w:t xml:space="preserve"> &lt;c&gt;</w:t></w:r></w:p>`;
    const reading = readDocx(docxBytes({ body }));
    expect(reading.text).toBe("A&B\n𠮷 <c>\n");
    expect(docxSourceAt(reading, reading.text.indexOf("<"))).toEqual({ part: "word/document.xml", paragraph: 0, run: 1, offset: 1 });
  });

  test("labels of automatic numbering come from no run", () => {
    const reading = readDocx(docxBytes({ body: para("総論", numPr(0)), numbering: numberingDefinition([{ format: "decimal", text: "%1.", suffix: "tab" }]) }));
    expect(reading.text).toBe("1.\t総論\n");
    expect(docxSourceAt(reading, 0)).toEqual({ part: "word/document.xml", paragraph: 0, offset: 0 });
    expect(docxSourceAt(reading, 3)).toEqual({ part: "word/document.xml", paragraph: 0, run: 0, offset: 0 });
  });
});

describe("numbering and heading styles built part by part", () => {
  test("見出し styles, style-linked numbering, lvlRestart left default: a chapter restarts its items", () => {
    const numbering = numberingDefinition([
      { format: "japaneseCounting", text: "第%1章" },
      { format: "decimalFullWidth", text: "（%2）", suffix: "nothing" },
      { format: "aiueoFullWidth", text: "%3" },
    ]);
    const body = [para("総論", `<w:pStyle w:val="Heading1"/>${numPr(0)}`), para("目的", numPr(1)), para("期間", numPr(1)), para("施策", `<w:pStyle w:val="Heading1"/>${numPr(0)}`), para("人材", numPr(1)), para("内閣官房において、育成する。", numPr(2))].join("");
    const reading = readDocx(docxBytes({ body, numbering, styles: headingStyles("ja") }));
    expect(reading.text).toBe("第一章 総論\n（１）目的\n（２）期間\n第二章 施策\n（１）人材\nア 内閣官房において、育成する。\n");
    expect(reading.paragraphs[0]!.style).toBe("見出し 1");
    expect(reading.paragraphs[0]!.outlineLevel).toBe(0);
  });

  test("heading styles without numbers are headings of the outline, nested by their level", () => {
    const body = [para("計画の概要", `<w:pStyle w:val="Heading1"/>`), para("目的", `<w:pStyle w:val="Heading2"/>`), para("本計画は、施策を定める。"), para("期間", `<w:pStyle w:val="Heading2"/>`), para("５年間とする。"), para("施策", `<w:pStyle w:val="Heading1"/>`), para("（１）人材の育成"), para("ア 内閣官房において、人材を育成する。")].join("");
    const { document } = parseDocx(docxBytes({ body, styles: headingStyles("ja") }));
    const outline = (nodes: typeof document.body): string[] => nodes.flatMap((n) => [`${"  ".repeat(n.depth)}${n.kind} ${n.label}${n.title}`, ...outline(n.children)]);
    expect(outline(document.body)).toEqual(["heading 計画の概要", "  heading 目的", "  heading 期間", "heading 施策", "  item （１）人材の育成", "    measure ア"]);
  });

  test("a deleted paragraph mark joins the paragraph to the next one", () => {
    const body = `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a" w:date="2017-01-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t>前半</w:t></w:r></w:p>${para("後半。")}`;
    expect(readDocx(docxBytes({ body })).text).toBe("前半後半。\n");
    expect(readDocx(docxBytes({ body }), { trackedChanges: "reject" }).text).toBe("前半\n後半。\n");
  });

  test("a moved paragraph is read once, where it went; hidden text and field instructions are not read", () => {
    const body = `<w:p><w:moveFrom w:id="1" w:author="a"><w:r><w:t>旧</w:t></w:r></w:moveFrom><w:r><w:t>本文</w:t></w:r><w:moveTo w:id="2" w:author="a"><w:r><w:t>旧</w:t></w:r></w:moveTo><w:r><w:rPr><w:vanish/></w:rPr><w:t>隠し</w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>5</w:t></w:r></w:fldSimple></w:p>`;
    expect(readDocx(docxBytes({ body })).text).toBe("本文旧\n");
  });
});

describe("bad input: one line, a PlanlintError", () => {
  test("a Word 97–2003 .doc", () => {
    const e = refusal(fixture("word97.doc"));
    expect(e.code).toBe("binary-file");
    expect(e.format()).toMatch(/^draft\.docx: a Word 97–2003 document \(\.doc\) is not read; only \.docx/);
  });

  test("a password-protected document (OLE with an EncryptedPackage)", () => {
    const e = refusal(fixture("encrypted.docx"));
    expect(e.code).toBe("encrypted");
    expect(e.message).toBe("the document is password-protected (an encrypted Word document); planlint cannot read it");
  });

  test("a truncated archive", () => {
    const e = refusal(fixture("truncated.docx"));
    expect(e.code).toBe("corrupt");
    expect(e.message).toMatch(/^not a readable \.docx: the zip archive is truncated/);
  });

  test("not a zip at all", () => {
    expect(refusal(new TextEncoder().encode("PK but not really")).code).toBe("corrupt");
    expect(refusal(new TextEncoder().encode("hello")).message).toBe("not a readable .docx: it is not a zip archive");
  });

  test("a DOCTYPE with entities is refused, never expanded", () => {
    const bytes = docxBytes({ body: para("x"), extra: {} });
    const bomb = zipSync({
      "[Content_Types].xml": new TextEncoder().encode(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
      "word/document.xml": new TextEncoder().encode(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><w:document ${W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`),
    });
    expect(readDocx(bytes).text).toBe("x\n");
    const e = refusal(bomb);
    expect(e.code).toBe("unsafe-xml");
    expect(e.message).toBe("refused: word/document.xml declares a DOCTYPE or entities, which a Word document never has");
  });

  test("a zip bomb: too many entries, or entries that inflate to too much, refused from the directory", () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20; i++) many[`word/media/${i}.bin`] = new Uint8Array(1);
    const bytes = docxBytes({ body: para("x"), extra: many });
    expect(refusal(bytes, { maxEntries: 10 }).message).toMatch(/^refused: the archive has 24 entries, over the limit of 10/);
    const big = docxBytes({ body: para("x"), extra: { "word/media/zeros.bin": new Uint8Array(4 * 1024 * 1024) } });
    expect(big.length).toBeLessThan(64 * 1024);
    const e = refusal(big, { maxUncompressedBytes: 1024 * 1024 });
    expect(e.code).toBe("too-large");
    expect(e.message).toBe("refused: the archive's entries inflate to more than 1 MB (a zip bomb?)");
  });

  test("a directory that lies about an entry's size is caught while inflating", () => {
    const bytes = docxBytes({ body: para("x".repeat(5000)) });
    // Make the central directory say document.xml inflates to 100 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode("word/document.xml");
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const len = view.getUint16(i + 28, true);
      if (len === name.length && bytes.subarray(i + 46, i + 46 + len).every((b, k) => b === name[k])) view.setUint32(i + 24, 100, true);
    }
    const e = refusal(bytes);
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/^refused: entry word\/document\.xml inflates to more than the 100 bytes its directory declares/);
  });

  test("a document with no text", () => {
    const e = refusal(docxBytes({ body: para("") + para("　 ") }));
    expect(e.code).toBe("no-text");
    expect(e.message).toBe("the document has no text to lint");
  });

  test("a .docm is read; its macros are noted, never run", () => {
    const bytes = docxBytes({ body: para("本文。"), extra: { "word/vbaProject.bin": new Uint8Array([1, 2, 3]) }, mainContentType: "application/vnd.ms-word.document.macroEnabled.main+xml" });
    const reading = readDocx(bytes, { fileName: "draft.docm" });
    expect(reading.text).toBe("本文。\n");
    expect(reading.macros).toBe(true);
  });
});
