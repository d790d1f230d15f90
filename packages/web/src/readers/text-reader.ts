/** Plain text and Markdown in any encoding core decodes (UTF-8, UTF-16 with BOM, Shift_JIS). */
import { decodeText } from "@planlint/core";
import type { DocumentReader } from "./document-reader.js";

export const textReader: DocumentReader = {
  extensions: [".txt", ".md", ".markdown"],
  mimeTypes: ["text/plain", "text/markdown"],
  read(bytes, fileName) {
    const { text, encoding, bom, eol, mixedEol } = decodeText(bytes, fileName);
    return { text, fileName, writeBack: { encoding, bom, eol, mixedEol } };
  },
};
