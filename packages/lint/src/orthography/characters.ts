/** Characters no-orthographic-variants reads: classes, and the kana that make okurigana. */
export function isKanji(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005;
}
export function isHiragana(c: number): boolean {
  return c >= 0x3041 && c <= 0x3096;
}
function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
}
/** ASCII and full-width letters and digits. */
function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}
/** Inside a Latin word between two letters: e-Gov, ITU-T, Ver.1, AT&T. */
export function isWordJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2e || c === 0x26 || c === 0xff0d;
}

export const FLAGS = new Uint8Array(0x10000);
/** Okurigana between the two kanji of a compound verb stem (取り組, 申し込, 受け付); び (及び) and い (悪い意味) are left out. */
const BETWEEN = 1;
/** A 連用形 ending after two kanji that can make a noun (組込み, 手続き); し (実施し) and び (及び) are verbs and conjunctions. */
const ENDING = 2;
/** Any 連用形 ending, for reading what follows a compound; て is left out because 手当/手当て are different words. */
export const NOUN_ENDING = 4;
export const BETWEEN_KANA = "きぎしじちみりえけげせべめれ";
export const ENDING_KANA = "いきちみりれけげせえめべ";
for (const ch of BETWEEN_KANA) FLAGS[ch.charCodeAt(0)]! |= BETWEEN;
for (const ch of ENDING_KANA) FLAGS[ch.charCodeAt(0)]! |= ENDING;
for (const ch of "いきぎしじちびみりえけげせべめれ") FLAGS[ch.charCodeAt(0)]! |= NOUN_ENDING;

/** Kanji (and 々) as a regexp class body. */
export const KANJI = "\\u4e00-\\u9fff\\u3005";
/** ASCII and full-width letters and digits as a regexp class body. */
export const ALNUM = "0-9A-Za-z\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a";
export const HAS_LETTER = /[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]/;
