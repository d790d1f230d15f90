import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, it, expect, vi } from "vitest";
import { decodeText, detectLineEndings, encodeText, type DecodedText, type TextEncodingName } from "./decode.js";
import { PlanlintError } from "./errors.js";

const seedBytes = new Uint8Array(readFileSync(new URL("../../../seeds/cybersecurity-2017-draft.txt", import.meta.url)));
const seedText = new TextDecoder("utf-8", { fatal: true }).decode(seedBytes);

// The copies are built with Buffer and iconv-lite directly rather than with
// encodeText, so that decodeText is checked against an independent encoder.
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const body = Buffer.from(text, "utf16le");
  if (!littleEndian) body.swap16();
  return new Uint8Array(Buffer.concat([Buffer.from(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), body]));
}

// The seed uses U+2022 BULLET, which CP932 lacks; a real Shift_JIS original
// would carry KATAKANA MIDDLE DOT there instead.
const seedForSjis = seedText.replaceAll("\u2022", "\u30fb").replaceAll("\n", "\r\n");
const sjisSeed = new Uint8Array(iconv.encode(seedForSjis, "cp932"));

function bytesOf(...parts: (string | number[])[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p)))));
}

function caught(fn: () => unknown): PlanlintError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanlintError);
    return e as PlanlintError;
  }
  throw new Error("expected a PlanlintError, nothing was thrown");
}

function roundTrip(bytes: Uint8Array): { decoded: DecodedText; again: Uint8Array } {
  const decoded = decodeText(bytes, "plan.txt");
  return { decoded, again: encodeText(decoded.text, decoded) };
}

describe("decodeText on the seed in every supported encoding", () => {
  const cases: { name: string; bytes: Uint8Array; text: string; encoding: TextEncodingName; bom: boolean; eol: string }[] = [
    { name: "UTF-8", bytes: seedBytes, text: seedText, encoding: "utf-8", bom: false, eol: "\n" },
    { name: "UTF-8 with BOM", bytes: bytesOf([0xef, 0xbb, 0xbf], seedText), text: seedText, encoding: "utf-8", bom: true, eol: "\n" },
    { name: "UTF-16LE with BOM", bytes: utf16(seedText, true), text: seedText, encoding: "utf-16le", bom: true, eol: "\n" },
    { name: "UTF-16BE with BOM", bytes: utf16(seedText, false), text: seedText, encoding: "utf-16be", bom: true, eol: "\n" },
    { name: "Shift_JIS with CRLF", bytes: sjisSeed, text: seedForSjis, encoding: "shift_jis", bom: false, eol: "\r\n" },
  ];

  it("the seed is the large Japanese document the tests assume", () => {
    expect(seedBytes.length).toBeGreaterThan(150_000);
    expect(seedText).toContain("サイバーセキュリティ");
    expect(seedText).not.toContain("\r");
  });

  for (const c of cases) {
    it(`${c.name}: decodes to the seed text with encoding, BOM and line ending recorded`, () => {
      const decoded = decodeText(c.bytes, "seed.txt");
      expect(decoded.encoding).toBe(c.encoding);
      expect(decoded.bom).toBe(c.bom);
      expect(decoded.eol).toBe(c.eol);
      expect(decoded.mixedEol).toBe(false);
      // Line endings are left as in the file, and the BOM is not part of the text.
      expect(decoded.text).toBe(c.text);
      expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
    });

    it(`${c.name}: encodeText gives back the original bytes`, () => {
      const { again } = roundTrip(c.bytes);
      expect(again).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(again).equals(Buffer.from(c.bytes))).toBe(true);
    });
  }

  it("the Shift_JIS copy is the same document as the UTF-8 one once CRLF becomes LF and ・ becomes •", () => {
    const fromSjis = decodeText(sjisSeed).text.replaceAll("\r\n", "\n");
    expect(fromSjis).toBe(seedText.replaceAll("\u2022", "\u30fb"));
  });

  it("decodes a 20 MB file in reasonable time", () => {
    const copies = Math.ceil((20 * 1024 * 1024) / seedBytes.length);
    const big = new Uint8Array(seedBytes.length * copies);
    for (let i = 0; i < copies; i++) big.set(seedBytes, i * seedBytes.length);
    const t0 = performance.now();
    const decoded = decodeText(big);
    const ms = performance.now() - t0;
    expect(decoded.text.length).toBe(seedText.length * copies);
    // Generous bound: it is here to catch an accidental per-byte JS path or worse.
    expect(ms).toBeLessThan(2000);
  });
});

describe("decodeText errors", () => {
  it("rejects NUL bytes as a binary file, naming the file and the offset", () => {
    const err = caught(() => decodeText(bytesOf("計画", [0x00], "本文"), "plan.docx"));
    expect(err.code).toBe("binary-file");
    expect(err.file).toBe("plan.docx");
    expect(err.message).toContain("plan.docx looks like a binary file");
    expect(err.message).toContain("at byte 6");
    expect(err.message).toContain("UTF-8, UTF-16 with BOM, or Shift_JIS");
  });

  it("finds a NUL byte far into a large file", () => {
    const big = new Uint8Array(seedBytes.length * 2);
    big.set(seedBytes);
    big.set(seedBytes, seedBytes.length);
    big[big.length - 10] = 0;
    const err = caught(() => decodeText(big, "big.bin"));
    expect(err.code).toBe("binary-file");
    expect(err.message).toContain(`at byte ${big.length - 10}`);
  });

  it("rejects NUL bytes behind a UTF-8 BOM", () => {
    expect(caught(() => decodeText(bytesOf([0xef, 0xbb, 0xbf], "a", [0], "b"), "x.txt")).code).toBe("binary-file");
  });

  it("treats UTF-16 without BOM as binary (its NUL bytes give it away)", () => {
    const noBom = new Uint8Array(Buffer.from("plan text", "utf16le"));
    expect(caught(() => decodeText(noBom, "u16.txt")).code).toBe("binary-file");
  });

  it("accepts NUL bytes that belong to UTF-16 code units, but not NUL characters", () => {
    expect(decodeText(utf16("ABC", true)).text).toBe("ABC");
    const err = caught(() => decodeText(utf16("AB\0C", true), "nul16.txt"));
    expect(err.code).toBe("binary-file");
    expect(err.message).toContain("at byte 6");
  });

  it("rejects bytes that are neither UTF-8 nor Shift_JIS, naming the file and the UTF-8 failure offset", () => {
    const bytes = bytesOf("計画\n", [0x82, 0xff, 0xff, 0x80]);
    // Make sure the sample really is invalid in both encodings.
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(() => new TextDecoder("shift_jis", { fatal: true }).decode(bytes)).toThrow();
    const err = caught(() => decodeText(bytes, "broken.txt"));
    expect(err.code).toBe("undecodable");
    expect(err.file).toBe("broken.txt");
    expect(err.line).toBe(2);
    expect(err.message).toContain("broken.txt");
    expect(err.message).toContain("at byte 7");
    expect(err.hint).toMatch(/UTF-8/);
    expect(err.format()).toMatch(/^broken\.txt:2: /);
  });

  it("reports a truncated UTF-8 sequence at the offset of its lead byte", () => {
    // E8 A8 would be a valid Shift_JIS pair, so end on a lone lead byte that is not.
    const bytes = bytesOf("ab", [0xe8, 0xa8], "c", [0x82]);
    expect(() => new TextDecoder("shift_jis", { fatal: true }).decode(bytes)).toThrow();
    const err = caught(() => decodeText(bytes));
    expect(err.code).toBe("undecodable");
    expect(err.message).toContain("the input");
    expect(err.message).toContain("at byte 2");
  });

  it("does not fall back to Shift_JIS behind a UTF-8 BOM", () => {
    const sjis = new Uint8Array(iconv.encode("計画", "cp932"));
    const err = caught(() => decodeText(bytesOf([0xef, 0xbb, 0xbf], "ok ", Array.from(sjis)), "bom.txt"));
    expect(err.code).toBe("undecodable");
    expect(err.message).toContain("UTF-8 byte order mark");
    expect(err.message).toContain("at byte 6");
  });

  it("rejects malformed UTF-16 behind a BOM", () => {
    const odd = bytesOf([0xff, 0xfe, 0x41, 0x00, 0x42]);
    expect(caught(() => decodeText(odd, "odd.txt")).message).toContain("at byte 4");
    const lone = bytesOf([0xfe, 0xff, 0x00, 0x41, 0xd8, 0x42, 0x00, 0x41]);
    const err = caught(() => decodeText(lone, "lone.txt"));
    expect(err.code).toBe("undecodable");
    expect(err.message).toContain("UTF-16BE");
    expect(err.message).toContain("at byte 4");
  });
});

describe("decodeText details", () => {
  it("decodes empty input as UTF-8 without BOM", () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ text: "", encoding: "utf-8", bom: false, eol: "\n", mixedEol: false });
  });

  it("decodes pure ASCII as UTF-8 without BOM", () => {
    const d = decodeText(bytesOf("plain ascii\r\n"));
    expect(d).toMatchObject({ text: "plain ascii\r\n", encoding: "utf-8", bom: false, eol: "\r\n" });
  });

  it("decodes a BOM-only file to empty text", () => {
    expect(decodeText(bytesOf([0xef, 0xbb, 0xbf]))).toMatchObject({ text: "", encoding: "utf-8", bom: true });
    expect(decodeText(bytesOf([0xff, 0xfe]))).toMatchObject({ text: "", encoding: "utf-16le", bom: true });
  });

  it("keeps a second U+FEFF after the BOM as content", () => {
    const bytes = bytesOf([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], "x");
    const { decoded, again } = roundTrip(bytes);
    expect(decoded.text).toBe("\ufeffx");
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("records mixed line endings without normalising them", () => {
    const text = "一\r\n二\r\n三\n四\r五";
    const d = decodeText(bytesOf(text));
    expect(d.text).toBe(text);
    expect(d.eol).toBe("\r\n");
    expect(d.mixedEol).toBe(true);
  });

  it("reads Shift_JIS control bytes as CP932 defines them (Node's ICU swaps 0x1A, 0x1C, 0x7F)", () => {
    // 0x1A is the DOS end-of-file mark that old Shift_JIS files end with.
    const bytes = bytesOf(Array.from(iconv.encode("計画", "cp932")), [0x1c, 0x7f, 0x0a, 0x1a]);
    const { decoded, again } = roundTrip(bytes);
    expect(decoded.encoding).toBe("shift_jis");
    expect(decoded.text).toBe("計画\x1c\x7f\n\x1a");
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("round-trips CP932 user-defined characters (gaiji, U+E000–U+E757)", () => {
    const bytes = bytesOf(Array.from(iconv.encode("外字", "cp932")), [0xf0, 0x40, 0xf0, 0x7e, 0xf0, 0x80, 0xf9, 0xfc]);
    const { decoded, again } = roundTrip(bytes);
    expect(decoded.encoding).toBe("shift_jis");
    expect(decoded.text).toBe("外字\ue000\ue03e\ue03f\ue757");
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("encodeText", () => {
  const surrogatePair = "𠮷野家の計画";

  it("round-trips a surrogate pair through UTF-8 and UTF-16", () => {
    expect(surrogatePair.length).toBe(7);
    for (const encoding of ["utf-8", "utf-16le", "utf-16be"] as const) {
      for (const bom of [false, true]) {
        if (encoding !== "utf-8" && !bom) continue; // UTF-16 is only read with a BOM
        const bytes = encodeText(surrogatePair, { encoding, bom });
        const d = decodeText(bytes);
        expect(d).toMatchObject({ text: surrogatePair, encoding, bom });
        expect(Buffer.from(encodeText(d.text, d)).equals(Buffer.from(bytes))).toBe(true);
      }
    }
    expect(Array.from(encodeText("𠮷", { encoding: "utf-16be", bom: true }))).toEqual([0xfe, 0xff, 0xd8, 0x42, 0xdf, 0xb7]);
    expect(Array.from(encodeText("𠮷", { encoding: "utf-8", bom: true }))).toEqual([0xef, 0xbb, 0xbf, 0xf0, 0xa0, 0xae, 0xb7]);
  });

  it("refuses to write 𠮷 as Shift_JIS, naming the character and its offset", () => {
    const err = caught(() => encodeText(`計画\n${surrogatePair}`, { encoding: "shift_jis", bom: false }));
    expect(err.code).toBe("unsupported-encoding");
    expect(err.message).toContain("U+20BB7");
    expect(err.message).toContain("𠮷");
    expect(err.message).toContain("offset 3");
  });

  it("refuses characters that iconv-lite would write as look-alike or '?' bytes", () => {
    // ¥ would become 0x5C (read back as "\"), − would become "?".
    for (const [text, label, fix] of [
      ["価格¥100", "U+00A5", "U+FFE5"],
      ["1−2", "U+2212", "U+FF0D"],
      ["〜", "U+301C", "U+FF5E"],
      ["‖", "U+2016", "U+2225"],
    ] as const) {
      const err = caught(() => encodeText(text, { encoding: "shift_jis", bom: false }));
      expect(err.code).toBe("unsupported-encoding");
      expect(err.message).toContain(label);
      expect(err.hint).toContain(fix);
    }
  });

  it("writes the CP932 characters Japanese plans use", () => {
    const text = "～－∥①Ⅰ㈱髙￢￤＼―\\~ｱｲｳ";
    const bytes = encodeText(text, { encoding: "shift_jis", bom: false });
    expect(Array.from(bytes.subarray(0, 2))).toEqual([0x81, 0x60]);
    const d = decodeText(bytes);
    expect(d).toMatchObject({ text, encoding: "shift_jis", bom: false });
  });

  it("refuses unpaired surrogates instead of writing U+FFFD", () => {
    for (const encoding of ["utf-8", "utf-16le", "utf-16be", "shift_jis"] as const) {
      const err = caught(() => encodeText("a\ud842b", { encoding, bom: encoding !== "utf-8" && encoding !== "shift_jis" }));
      expect(err.code).toBe("unsupported-encoding");
      expect(err.message).toContain("U+D842");
      expect(err.message).toContain("offset 1");
    }
  });

  it("refuses a BOM for Shift_JIS", () => {
    expect(caught(() => encodeText("a", { encoding: "shift_jis", bom: true })).code).toBe("unsupported-encoding");
  });

  it("encodes empty text", () => {
    expect(encodeText("", { encoding: "utf-8", bom: false }).length).toBe(0);
    expect(Array.from(encodeText("", { encoding: "utf-16le", bom: true }))).toEqual([0xff, 0xfe]);
    expect(encodeText("", { encoding: "shift_jis", bom: false }).length).toBe(0);
  });
});

describe("detectLineEndings", () => {
  it.each([
    ["", "\n", false],
    ["no line break", "\n", false],
    ["a\nb\n", "\n", false],
    ["a\r\nb\r\n", "\r\n", false],
    ["a\rb\r", "\r", false],
    ["a\r\nb\r\nc\n", "\r\n", true],
    ["a\nb\nc\r\n", "\n", true],
    ["a\rb\rc\n", "\r", true],
    ["a\r\nb\r", "\r\n", true], // tie: CRLF beats CR
    ["a\nb\r\n", "\n", true], // tie: LF beats CRLF
    ["a\n\rb", "\n", true], // LF then CR is not CRLF
  ] as const)("%j → %j, mixed %s", (text, eol, mixedEol) => {
    expect(detectLineEndings(text)).toEqual({ eol, mixedEol });
  });
});

describe("without Node's buffer module (as in a browser)", () => {
  /** decode.ts loaded afresh while process.getBuiltinModule is missing, as it is in a browser. */
  async function plainDecode(): Promise<typeof import("./decode.js")> {
    const saved = process.getBuiltinModule;
    vi.resetModules();
    try {
      (process as { getBuiltinModule?: unknown }).getBuiltinModule = undefined;
      return await import("./decode.js");
    } finally {
      process.getBuiltinModule = saved;
      vi.resetModules();
    }
  }

  const inputs: [string, Uint8Array][] = [
    ["UTF-8 seed", seedBytes],
    ["UTF-8 with BOM", bytesOf([0xef, 0xbb, 0xbf], "計画\r\n")],
    ["UTF-16LE", utf16("計画𠮷\r\n", true)],
    ["UTF-16BE", utf16("計画𠮷\n", false)],
    ["Shift_JIS CRLF seed", sjisSeed],
  ];

  it("loads its fast paths from Node when Node is there", () => {
    expect(typeof process.getBuiltinModule).toBe("function");
  });

  it.each(inputs)("%s decodes and re-encodes exactly as with Node's fast paths", async (_, bytes) => {
    const plain = await plainDecode();
    const decoded = plain.decodeText(bytes, "plan.txt");
    expect(decoded).toEqual(decodeText(bytes, "plan.txt"));
    // Buffer.equals: vitest's toEqual walks a 200 KB array element by element.
    const again = Buffer.from(plain.encodeText(decoded.text, decoded));
    expect(again.equals(Buffer.from(encodeText(decoded.text, decoded)))).toBe(true);
    expect(again.equals(Buffer.from(bytes))).toBe(true);
  });

  it("gives the same errors for NUL bytes and for bytes that are neither UTF-8 nor Shift_JIS", async () => {
    const plain = await plainDecode();
    for (const bytes of [bytesOf("計画", [0x00]), bytesOf([0xef, 0xbb, 0xbf, 0xff, 0xfe]), bytesOf([0x82, 0xa0, 0xff, 0xff])]) {
      let plainError: unknown;
      try {
        plain.decodeText(bytes, "plan.txt");
      } catch (e) {
        plainError = e;
      }
      const nodeError = caught(() => decodeText(bytes, "plan.txt"));
      expect((plainError as PlanlintError).message).toBe(nodeError.message);
      expect((plainError as PlanlintError).code).toBe(nodeError.code);
    }
  });
});
