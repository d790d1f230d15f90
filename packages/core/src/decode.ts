/**
 * Turning a plan document's bytes into text and back.
 *
 * Japanese government documents arrive as UTF-8, UTF-16 (exported from Word or
 * Excel) or Shift_JIS/CP932 (older Windows tooling). planlint must read all of
 * them and, when it rewrites a file, write it back in the same encoding, BOM and
 * line endings, so decoding records everything needed for a byte-identical
 * round trip and never normalises the text.
 */
import { PlanlintError } from "./errors.js";

/**
 * Node's buffer module, for its native fast paths (simdutf validation, ICU
 * transcoding, memchr), looked up at run time rather than imported: core runs in
 * browsers too, where there is no `node:` module and the plain Uint8Array and
 * TextDecoder paths below do the same work. `process.getBuiltinModule` exists
 * from Node 20.16; an older Node takes the plain paths (same results, slower).
 */
type NodeBufferModule = typeof import("node:buffer");
const nodeBuffer: NodeBufferModule | undefined = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.("node:buffer") as NodeBufferModule | undefined;

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "shift_jis";
export type LineEnding = "\n" | "\r\n" | "\r";

export interface DecodedText {
  /** The text WITHOUT BOM, line endings left exactly as in the file (never normalised). */
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
  /** The dominant line ending (most frequent; "\n" when the text has none). */
  eol: LineEnding;
  /** True when the file mixes line-ending kinds. */
  mixedEol: boolean;
}

const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const UTF16LE_BOM = Uint8Array.of(0xff, 0xfe);
const UTF16BE_BOM = Uint8Array.of(0xfe, 0xff);

// Without the DOM lib TypeScript knows the global TextDecoder only as a value.
// The global is used rather than node:util's so that bundling for other
// runtimes stays possible.
type Decoder = InstanceType<typeof TextDecoder>;

// ignoreBOM: the caller strips the BOM itself; a second U+FEFF right after it is
// content and must survive so that re-encoding gives the same bytes.
// Made on first use: UTF-8 is decoded by transcode (below), so a run on a UTF-8
// file never needs either (each costs some 0.05-0.1 ms to make, in every CLI run).
let utf8Decoder: Decoder | undefined;
let utf16leDecoder: Decoder | undefined;
const utf8Encoder = new TextEncoder();

// UTF-16BE and Shift_JIS decoders are created on first use: they need ICU,
// which a Node.js built with small ICU lacks, and that must not break loading
// this module for the UTF-8 files that never need them.
let utf16beDecoder: Decoder | undefined;
let sjisDecoder: Decoder | undefined;
/**
 * Node's ICU-based shift_jis decoder swaps three ASCII control bytes
 * (0x1A→U+001C, 0x1C→U+007F, 0x7F→U+001A), unlike CP932 and the WHATWG spec,
 * and CP932 encoders write them back as themselves. 0x1A matters: it is the DOS
 * end-of-file mark that old Shift_JIS files still carry. The mapping is probed
 * rather than hard-coded so that a Node release that fixes this is not
 * "un-fixed" by us.
 */
let sjisAsciiFix: Map<string, string> | undefined;
let sjisAsciiFixPattern: RegExp | undefined;

function icuDecoder(label: string, options: { fatal: boolean; ignoreBOM?: boolean }, name: string): Decoder {
  try {
    return new TextDecoder(label, options);
  } catch (cause) {
    throw new PlanlintError(
      "unsupported-encoding",
      `this Node.js build cannot decode ${name} (it was built without full ICU)`,
      {},
      "use an official Node.js build, or save the file as UTF-8",
      { cause },
    );
  }
}

function utf16Decoder(littleEndian: boolean): Decoder {
  if (littleEndian) return (utf16leDecoder ??= new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }));
  utf16beDecoder ??= icuDecoder("utf-16be", { fatal: true, ignoreBOM: true }, "UTF-16BE");
  return utf16beDecoder;
}

function shiftJisDecoder(): Decoder {
  if (sjisDecoder) return sjisDecoder;
  const decoder = icuDecoder("shift_jis", { fatal: true }, "Shift_JIS");
  const ascii = new Uint8Array(0x80);
  for (let b = 0; b < 0x80; b++) ascii[b] = b;
  const decoded = decoder.decode(ascii);
  // Only a one-character-per-byte result can be read position by position.
  const fix = new Map<string, string>();
  for (let b = 0; b < 0x80; b++) {
    const got = decoded[b];
    if (decoded.length === 0x80 && got !== undefined && got !== String.fromCharCode(b)) fix.set(got, String.fromCharCode(b));
  }
  if (fix.size > 0) {
    sjisAsciiFix = fix;
    const cls = [...fix.keys()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
    sjisAsciiFixPattern = new RegExp(`[${cls}]`, "g");
  }
  sjisDecoder = decoder;
  return decoder;
}

/** Decodes Shift_JIS/CP932 as CP932 defines it; throws on invalid bytes. */
function decodeShiftJis(bytes: Uint8Array): string {
  const text = shiftJisDecoder().decode(bytes);
  const fix = sjisAsciiFix;
  const pattern = sjisAsciiFixPattern;
  if (!fix || !pattern) return text;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, (c) => fix.get(c) ?? c);
}

/**
 * isUtf8 (simdutf) accepts exactly what a fatal TextDecoder accepts, and having
 * V8 build the string from ICU's UTF-16 output is 3-4x faster than from UTF-8:
 * 0.15 ms instead of 0.7 ms for the 200 KB seed on Node 20. TextDecoder remains
 * the fallback for a Node.js built without ICU, where transcode throws.
 */
let transcodeWorks = true;

/** The text, or undefined when the bytes are not well-formed UTF-8. */
function decodeUtf8(body: Uint8Array): string | undefined {
  if (nodeBuffer) {
    if (!nodeBuffer.isUtf8(body)) return undefined;
    if (transcodeWorks) {
      try {
        return nodeBuffer.transcode(asBuffer(nodeBuffer, body), "utf8", "utf16le").toString("utf16le");
      } catch {
        transcodeWorks = false;
      }
    }
  }
  utf8Decoder ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  if (nodeBuffer) return utf8Decoder.decode(body);
  // Without isUtf8 the fatal decoder is the validator: it throws on ill-formed input.
  try {
    return utf8Decoder.decode(body);
  } catch {
    return undefined;
  }
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** A Buffer view (no copy), for Buffer's native search, transcoding and writing. */
function asBuffer(node: NodeBufferModule, bytes: Uint8Array): Buffer {
  return node.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function describeFile(fileName: string | undefined): string {
  return fileName ?? "the input";
}

function binaryFileError(fileName: string | undefined, offset: number): PlanlintError {
  return new PlanlintError(
    "binary-file",
    `${describeFile(fileName)} looks like a binary file (it contains NUL bytes at byte ${offset}); ` +
      "planlint reads text files: UTF-8, UTF-16 with BOM, or Shift_JIS",
    fileName !== undefined ? { file: fileName } : {},
    "if it is UTF-16 text saved without a byte order mark, save it as UTF-8 instead",
  );
}

/**
 * Offset of the lead byte of the first ill-formed UTF-8 sequence, or -1.
 * Only used to explain a failure, which TextDecoder does not locate for us.
 */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  const n = bytes.length;
  let i = start;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      // Overlong forms and UTF-16 surrogates are ill-formed, not just odd.
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Byte offset of the first ill-formed UTF-16 code unit (or odd trailing byte), or -1. */
function firstInvalidUtf16(bytes: Uint8Array, start: number, littleEndian: boolean): number {
  const end = bytes.length - ((bytes.length - start) % 2);
  const unit = (i: number): number =>
    littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  for (let i = start; i < end; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 2 >= end) return i;
      const next = unit(i + 2);
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return end < bytes.length ? end : -1;
}

/** 1-based line of a byte offset in an ASCII-compatible encoding. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

function undecodableError(
  fileName: string | undefined,
  what: string,
  offset: number,
  line: number | undefined,
  cause?: unknown,
): PlanlintError {
  const where: { file?: string; line?: number } = {};
  if (fileName !== undefined) where.file = fileName;
  if (line !== undefined) where.line = line;
  return new PlanlintError(
    "undecodable",
    `${describeFile(fileName)} cannot be decoded: ${what} (invalid byte sequence at byte ${offset})`,
    where,
    "save the file as UTF-8 and run planlint again",
    cause === undefined ? undefined : { cause },
  );
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, fileName: string | undefined): DecodedText {
  const body = bytes.subarray(2);
  let text: string;
  const decoder = utf16Decoder(littleEndian);
  try {
    text = decoder.decode(body);
  } catch (cause) {
    const name = littleEndian ? "UTF-16LE" : "UTF-16BE";
    const offset = firstInvalidUtf16(bytes, 2, littleEndian);
    throw undecodableError(fileName, `it starts with a ${name} byte order mark but is not valid ${name}`, offset, undefined, cause);
  }
  // A NUL character is no more text in UTF-16 than a NUL byte is in UTF-8; this
  // also catches UTF-32LE, whose BOM begins with the UTF-16LE one.
  const nul = text.indexOf("\0");
  if (nul !== -1) throw binaryFileError(fileName, 2 + 2 * nul);
  return { text, encoding: littleEndian ? "utf-16le" : "utf-16be", bom: true, ...detectLineEndings(text) };
}

/**
 * Decodes a plan document: UTF-8 (with or without BOM), UTF-16 with BOM, or
 * Shift_JIS/CP932. Throws PlanlintError "binary-file" for data with NUL bytes
 * and "undecodable" for bytes that fit none of these.
 */
export function decodeText(bytes: Uint8Array, fileName?: string): DecodedText {
  if (startsWith(bytes, UTF16LE_BOM)) return decodeUtf16(bytes, true, fileName);
  if (startsWith(bytes, UTF16BE_BOM)) return decodeUtf16(bytes, false, fileName);

  // Whole-buffer scan: memchr runs at memory speed, and a NUL deep inside a file
  // (e.g. an office document after a text-like header) must still be caught.
  const nul = nodeBuffer ? asBuffer(nodeBuffer, bytes).indexOf(0) : bytes.indexOf(0);
  if (nul !== -1) throw binaryFileError(fileName, nul);

  const bom = startsWith(bytes, UTF8_BOM);
  const body = bom ? bytes.subarray(3) : bytes;
  const utf8 = decodeUtf8(body);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", bom, ...detectLineEndings(utf8) };

  const utf8Offset = firstInvalidUtf8(bytes, bom ? 3 : 0);
  // A UTF-8 BOM is an explicit statement; guessing Shift_JIS behind it would only
  // produce mojibake.
  if (bom) {
    throw undecodableError(
      fileName,
      "it starts with a UTF-8 byte order mark but is not valid UTF-8",
      utf8Offset,
      lineAtByte(bytes, utf8Offset),
    );
  }

  try {
    const text = decodeShiftJis(bytes);
    return { text, encoding: "shift_jis", bom: false, ...detectLineEndings(text) };
  } catch (cause) {
    if (cause instanceof PlanlintError) throw cause;
    throw undecodableError(
      fileName,
      "it is neither UTF-8 nor Shift_JIS (CP932)",
      utf8Offset,
      lineAtByte(bytes, utf8Offset),
      cause,
    );
  }
}

function countOf(text: string, needle: string): number {
  let count = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) count++;
  return count;
}

/**
 * The dominant line ending and whether several kinds occur. Ties go to "\n",
 * then "\r\n", so that an undecided file leans towards the common convention.
 */
export function detectLineEndings(text: string): { eol: LineEnding; mixedEol: boolean } {
  const cr = countOf(text, "\r");
  if (cr === 0) return { eol: "\n", mixedEol: false };
  const lf = countOf(text, "\n");
  const crlf = lf === 0 ? 0 : countOf(text, "\r\n");
  const counts: [LineEnding, number][] = [
    ["\n", lf - crlf],
    ["\r\n", crlf],
    ["\r", cr - crlf],
  ];
  let best: [LineEnding, number] = counts[0]!;
  let kinds = 0;
  for (const entry of counts) {
    if (entry[1] > 0) kinds++;
    if (entry[1] > best[1]) best = entry;
  }
  return { eol: best[0], mixedEol: kinds > 1 };
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function codePointLabel(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Characters that a JIS-table editor (often on macOS) produces where CP932 has
 * a look-alike; naming the replacement turns a dead end into a one-line fix.
 */
const CP932_LOOKALIKES: Record<string, string> = {
  "\u2212": "\uFF0D", // MINUS SIGN → FULLWIDTH HYPHEN-MINUS
  "\u301C": "\uFF5E", // WAVE DASH → FULLWIDTH TILDE
  "\u2016": "\u2225", // DOUBLE VERTICAL LINE → PARALLEL TO
  "\u2014": "\u2015", // EM DASH → HORIZONTAL BAR
  "\u00A2": "\uFFE0",
  "\u00A3": "\uFFE1",
  "\u00AC": "\uFFE2",
  "\u00A5": "\uFFE5",
  "\u203E": "\uFFE3",
  "\u2022": "\u30FB", // BULLET → KATAKANA MIDDLE DOT
};

function unencodableError(text: string, index: number, encoding: string, why: string): PlanlintError {
  const ch = String.fromCodePoint(text.codePointAt(index)!);
  const lookalike = CP932_LOOKALIKES[ch];
  const hint =
    lookalike !== undefined
      ? `replace it with ${codePointLabel(lookalike)} "${lookalike}", or write the file as UTF-8`
      : "write the file as UTF-8";
  return new PlanlintError(
    "unsupported-encoding",
    `cannot encode ${codePointLabel(ch)} "${ch}" at offset ${index} as ${encoding}: ${why}`,
    {},
    hint,
  );
}

function checkWellFormed(text: string, encoding: string): void {
  // With the u flag a surrogate class matches only unpaired surrogates.
  const lone = /[\uD800-\uDFFF]/u.exec(text);
  if (lone) throw unencodableError(text, lone.index, encoding, "it is an unpaired surrogate");
}

/**
 * The Shift_JIS encoder is the inverse of the platform's decoder, built on first
 * use: every valid two-byte pair is decoded once and the first pointer for a
 * character wins, except pointers 8272–8835 (IBM extensions duplicated in NEC
 * rows), as the WHATWG Encoding Standard's Shift_JIS encoder specifies. Being the
 * exact inverse, whatever it writes reads back as the same text; what it lacks
 * (¥, −, 𠮷 …) is refused instead of written lossily.
 */
let sjisTable: Map<number, number> | undefined;

function shiftJisTable(): Map<number, number> {
  if (sjisTable) return sjisTable;
  const leads: number[] = [];
  for (let b = 0x81; b <= 0x9f; b++) leads.push(b);
  for (let b = 0xe0; b <= 0xfc; b++) leads.push(b);
  const trails: number[] = [];
  for (let b = 0x40; b <= 0x7e; b++) trails.push(b);
  for (let b = 0x80; b <= 0xfc; b++) trails.push(b);
  // Each pair is followed by a line feed so that an invalid pair (decoded to
  // U+FFFD plus, maybe, its trail byte) cannot shift the pairs after it.
  const bytes = new Uint8Array(leads.length * trails.length * 3);
  let i = 0;
  for (const lead of leads) {
    for (const trail of trails) {
      bytes[i++] = lead;
      bytes[i++] = trail;
      bytes[i++] = 0x0a;
    }
  }
  const decoded = new TextDecoder("shift_jis").decode(bytes).split("\n");
  const table = new Map<number, number>();
  let k = 0;
  for (const lead of leads) {
    for (const trail of trails) {
      const ch = decoded[k++]!;
      const pointer = (lead - (lead < 0xa0 ? 0x81 : 0xc1)) * 188 + (trail - (trail < 0x7f ? 0x40 : 0x41));
      if (ch.length !== 1 || ch === "\ufffd" || (pointer >= 8272 && pointer <= 8835)) continue;
      const cp = ch.charCodeAt(0);
      if (!table.has(cp)) table.set(cp, (lead << 8) | trail);
    }
  }
  sjisTable = table;
  return table;
}

function encodeShiftJis(text: string): Uint8Array {
  const table = shiftJisTable();
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp <= 0x80) {
      out[n++] = cp;
    } else if (cp >= 0xff61 && cp <= 0xff9f) {
      out[n++] = cp - 0xff61 + 0xa1;
    } else {
      const pair = table.get(cp);
      if (pair === undefined) throw unencodableError(text, i, "Shift_JIS", "Shift_JIS (CP932) has no such character");
      out[n++] = pair >> 8;
      out[n++] = pair & 0xff;
    }
  }
  return out.slice(0, n);
}

function encodeUtf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const start = bom ? 2 : 0;
  const out = new Uint8Array(start + text.length * 2);
  if (bom) out.set(littleEndian ? UTF16LE_BOM : UTF16BE_BOM);
  if (nodeBuffer) {
    const body = asBuffer(nodeBuffer, out.subarray(start));
    body.write(text, "utf16le");
    if (!littleEndian) body.swap16();
    return out;
  }
  for (let i = 0, at = start; i < text.length; i++, at += 2) {
    const unit = text.charCodeAt(i);
    out[at + (littleEndian ? 0 : 1)] = unit & 0xff;
    out[at + (littleEndian ? 1 : 0)] = unit >> 8;
  }
  return out;
}

/**
 * Encodes text for writing back to a file. Throws PlanlintError
 * "unsupported-encoding" rather than write anything that would not decode to
 * exactly `text`.
 */
export function encodeText(text: string, how: { encoding: TextEncodingName; bom: boolean }): Uint8Array {
  switch (how.encoding) {
    case "utf-8": {
      // TextEncoder would silently turn an unpaired surrogate into U+FFFD.
      checkWellFormed(text, "UTF-8");
      const body = utf8Encoder.encode(text);
      return how.bom ? concatBytes([UTF8_BOM, body]) : body;
    }
    case "utf-16le":
    case "utf-16be": {
      const littleEndian = how.encoding === "utf-16le";
      checkWellFormed(text, littleEndian ? "UTF-16LE" : "UTF-16BE");
      return encodeUtf16(text, littleEndian, how.bom);
    }
    case "shift_jis": {
      if (how.bom) {
        throw new PlanlintError(
          "unsupported-encoding",
          "Shift_JIS has no byte order mark",
          {},
          "encode Shift_JIS with bom: false",
        );
      }
      checkWellFormed(text, "Shift_JIS");
      return encodeShiftJis(text);
    }
    default: {
      const never: never = how.encoding;
      throw new PlanlintError("unsupported-encoding", `unknown encoding ${String(never)}`);
    }
  }
}
