/**
 * How the page turns a chosen file into text. One reader per kind of file; the
 * page asks `readerFor(name)` (readers/index.ts) and never looks at extensions
 * itself, so a new kind (Word's .docx) is one more reader in that list.
 */
import type { LineEnding, ParsePlanOptions, TextEncodingName } from "@planlint/core";

/** How to write a fixed text back as the file was: the same encoding, BOM and line endings. */
export interface WriteBack {
  encoding: TextEncodingName;
  bom: boolean;
  eol: LineEnding;
  mixedEol: boolean;
}

export interface LoadedDocument {
  /** The text planlint lints; offsets refer to it. */
  text: string;
  /** The name lint sees (its extension picks Markdown or plain text). */
  fileName: string;
  /**
   * Present when a fixed text can be saved in the file's own form (text files);
   * absent when it cannot (a .docx reader gives text it cannot write back), and
   * the page then offers the fixed text as UTF-8 .txt.
   */
  writeBack?: WriteBack;
  /** How core reads this text into a plan (a Word document's paragraphs and heading styles); the file name decides otherwise. */
  parseOptions?: Pick<ParsePlanOptions, "paragraphPerLine" | "headingLevels">;
}

export interface DocumentReader {
  /** File name endings this reader takes, lower case with the dot (".txt"). */
  extensions: readonly string[];
  /** MIME types for the file picker's `accept`. */
  mimeTypes?: readonly string[];
  /** Throws PlanlintError (e.g. "undecodable") for a file it cannot read. */
  read(bytes: Uint8Array, fileName: string): LoadedDocument | Promise<LoadedDocument>;
}
