/**
 * Reading the zip archive a .docx is, with limits a hostile file cannot get past:
 * the central directory is read first and an archive with too many entries, or
 * whose entries say they inflate to too much, is refused before anything is
 * inflated; while inflating, output beyond what an entry declared (a lying
 * directory) stops the work at once. Only the entries asked for are inflated.
 *
 * The zip format is read here (a few fixed-layout records); the deflate stream is
 * fflate's. No Node API: the reader runs in a browser too.
 */
import { Inflate } from "fflate";
import { PlanlintError } from "../errors.js";

/** A .docx has a few dozen entries (a few hundred with many images). */
export const MAX_ZIP_ENTRIES = 5000;
/** The seed as .docx inflates to about 3 MB; a ministry's 基本計画 with its images to tens of MB. */
export const MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  headerOffset: number;
}

export interface ZipLimits {
  maxEntries?: number;
  maxUncompressedBytes?: number;
}

const utf8 = new TextDecoder("utf-8");

function corrupt(file: string | undefined, why: string): PlanlintError {
  return new PlanlintError("corrupt", `not a readable .docx: ${why}`, file !== undefined ? { file } : {}, "save the document again from Word or LibreOffice");
}

/** The archive's entries, from its central directory; throws "corrupt" or "too-large" (a zip bomb). */
function readZipDirectory(bytes: Uint8Array, file?: string, limits: ZipLimits = {}): ZipEntry[] {
  const maxEntries = limits.maxEntries ?? MAX_ZIP_ENTRIES;
  const maxBytes = limits.maxUncompressedBytes ?? MAX_UNCOMPRESSED_BYTES;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 64 KB, at the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt(file, "the zip archive is truncated or damaged (no end of central directory)");
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw corrupt(file, "ZIP64 archives are not read");
  if (count > maxEntries) {
    throw new PlanlintError("too-large", `refused: the archive has ${count} entries, over the limit of ${maxEntries} (a zip bomb?)`, file !== undefined ? { file } : {});
  }
  if (dirOffset + dirSize > eocd) throw corrupt(file, "the zip archive is truncated (its central directory lies past the end)");
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) throw corrupt(file, "the zip archive's central directory is damaged");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const headerOffset = view.getUint32(at + 42, true);
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) {
      throw new PlanlintError("encrypted", `the archive's entry ${name} is encrypted; planlint cannot read a password-protected document`, file !== undefined ? { file } : {}, "save an unprotected copy and lint that");
    }
    if (method !== 0 && method !== 8) throw corrupt(file, `entry ${name} uses compression method ${method}`);
    total += size;
    if (total > maxBytes) {
      throw new PlanlintError(
        "too-large",
        `refused: the archive's entries inflate to more than ${Math.round(maxBytes / 1024 / 1024)} MB (a zip bomb?)`,
        file !== undefined ? { file } : {},
      );
    }
    entries.push({ name, method, compressedSize, size, headerOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's bytes, inflated; never more than the directory declared for it. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, file?: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = entry.headerOffset;
  if (h + 30 > bytes.length || view.getUint32(h, true) !== 0x04034b50) throw corrupt(file, `entry ${entry.name} is missing or damaged`);
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(file, `the zip archive is truncated (entry ${entry.name} is cut short)`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.size !== entry.compressedSize) throw corrupt(file, `entry ${entry.name} is damaged`);
    return data;
  }
  const out = new Uint8Array(entry.size);
  let written = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.size) {
      throw new PlanlintError("too-large", `refused: entry ${entry.name} inflates to more than the ${entry.size} bytes its directory declares (a zip bomb?)`, file !== undefined ? { file } : {});
    }
    out.set(chunk, written);
    written += chunk.length;
    if (final) ended = true;
  });
  try {
    // Pushed a slice at a time so that a lie in the directory is caught after a
    // slice's worth of output, not after inflating everything.
    const SLICE = 1 << 16;
    for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, Math.min(i + SLICE, data.length)), i + SLICE >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof PlanlintError) throw error;
    throw corrupt(file, `entry ${entry.name} does not inflate (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!ended || written !== entry.size) throw corrupt(file, `the zip archive is truncated or damaged (entry ${entry.name} inflates to ${written} of ${entry.size} bytes)`);
  return out;
}

/** An archive opened for reading: entries by name, inflated on demand. */
export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    readonly bytes: Uint8Array,
    readonly file?: string,
    limits?: ZipLimits,
  ) {
    this.entries = readZipDirectory(bytes, file, limits);
    for (const e of this.entries) this.byName.set(e.name, e);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  read(name: string): Uint8Array | undefined {
    const entry = this.byName.get(name);
    return entry ? inflateEntry(this.bytes, entry, this.file) : undefined;
  }

  /** The entry as UTF-8 text (XML parts); a BOM is dropped. */
  text(name: string): string | undefined {
    const data = this.read(name);
    if (!data) return undefined;
    const text = utf8.decode(data);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}
