/**
 * Typed errors of planlint's libraries. Library code throws these; only the CLI
 * entry maps them to exit codes and messages.
 */
export type PlanlintErrorCode =
  | "binary-file"
  | "undecodable"
  | "unsupported-encoding"
  | "glossary-syntax"
  | "glossary-schema"
  | "config"
  | "dictionary"
  | "unsafe-pattern"
  | "usage"
  | "too-large"
  | "io"
  /** A password-protected document (.docx in an OLE EncryptedPackage). */
  | "encrypted"
  /** A damaged or truncated archive or XML part. */
  | "corrupt"
  /** XML with a DOCTYPE or entity declarations: refused, never expanded. */
  | "unsafe-xml"
  /** A document with nothing to read. */
  | "no-text";

export interface PlanlintErrorLocation {
  file?: string;
  /** 1-based line. */
  line?: number;
  /** 1-based column (UTF-16 units). */
  column?: number;
}

export class PlanlintError extends Error {
  readonly code: PlanlintErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** What the user can do about it. */
  readonly hint?: string;

  constructor(code: PlanlintErrorCode, message: string, where: PlanlintErrorLocation = {}, hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PlanlintError";
    this.code = code;
    if (where.file !== undefined) this.file = where.file;
    if (where.line !== undefined) this.line = where.line;
    if (where.column !== undefined) this.column = where.column;
    if (hint !== undefined) this.hint = hint;
  }

  /** `file:line:column: message (hint)` — one line for a terminal. */
  format(): string {
    let where = this.file ?? "";
    if (this.file !== undefined && this.line !== undefined) {
      where += `:${this.line}`;
      if (this.column !== undefined) where += `:${this.column}`;
    }
    const head = where ? `${where}: ${this.message}` : this.message;
    return this.hint ? `${head} (${this.hint})` : head;
  }
}
