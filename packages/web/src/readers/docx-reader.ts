/**
 * Word documents (.docx, .docm) through core's reader, the same function the CLI
 * uses: the text one paragraph per line, read as the document is laid out (heading
 * styles give the outline, automatic numbering is rendered to its labels). The
 * fixed text cannot be written back into the Word file here — `planlint review`
 * does that — so the page offers it as UTF-8 text.
 */
import { docxParseOptions, readDocx } from "@planlint/core";
import type { DocumentReader } from "./document-reader.js";

export const docxReader: DocumentReader = {
  extensions: [".docx", ".docm"],
  mimeTypes: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  read(bytes, fileName) {
    const reading = readDocx(bytes, { fileName });
    return { text: reading.text, fileName, parseOptions: docxParseOptions(reading) };
  },
};
