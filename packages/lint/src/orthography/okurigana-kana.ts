/** The kana that make okurigana, for telling 取り組み, 取組み and 取組 apart (okurigana.ts, scan.ts). */
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
