/**
 * numbering.xml: Word's automatic numbering rendered to the label a reader sees
 * (「第1章」, 「1.」, 「（１）」, 「ア」, 「①」), so that the label parser reads it as it
 * reads a typed label. A level's lvlText says where each level's number goes
 * (「第%1章」, 「%1.%2.」), its numFmt how the number is written; counters run per
 * list (abstractNum), a level's use restarts the levels below it, and a num's
 * lvlOverride/startOverride restarts the list where it is first used.
 */
import { KATAKANA_ORDER, kanjiNumberLabel } from "../labels.js";
import { child, children, type XmlElement } from "./xml.js";

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  /** lvlRestart: restart after a use of this (1-based) level or one above; 0 never. */
  restart?: number;
  legal: boolean;
  /** The paragraph style this level is linked to (w:pStyle). */
  style?: string;
}

interface List {
  abstractId: string;
  levels: Map<number, Level>;
  /** Start values of a num's overrides, by level. */
  overrides: Map<number, number>;
}

export interface NumberingState {
  lists: Map<string, List>;
  /** Counters per abstractNum, by level; undefined until a level is used. */
  counters: Map<string, (number | undefined)[]>;
  /** nums whose overrides have been applied already. */
  started: Set<string>;
}

function readLevel(lvl: XmlElement): Level {
  const val = (name: string) => child(lvl, name)?.attrs["w:val"];
  const suff = val("w:suff") ?? "tab";
  const restart = val("w:lvlRestart");
  const style = val("w:pStyle");
  return {
    start: Number(val("w:start") ?? "0"),
    format: val("w:numFmt") ?? "decimal",
    text: val("w:lvlText") ?? "",
    suffix: suff === "space" ? " " : suff === "nothing" ? "" : "\t",
    ...(restart !== undefined ? { restart: Number(restart) } : {}),
    legal: child(lvl, "w:isLgl") !== undefined && child(lvl, "w:isLgl")!.attrs["w:val"] !== "0" && child(lvl, "w:isLgl")!.attrs["w:val"] !== "false",
    ...(style !== undefined ? { style } : {}),
  };
}

export function readNumbering(root: XmlElement | undefined): NumberingState {
  const numbering = child(root, "w:numbering");
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of children(numbering, "w:abstractNum")) {
    const levels = new Map<number, Level>();
    for (const lvl of children(a, "w:lvl")) levels.set(Number(lvl.attrs["w:ilvl"] ?? "0"), readLevel(lvl));
    abstracts.set(a.attrs["w:abstractNumId"] ?? "", levels);
  }
  const lists = new Map<string, List>();
  for (const n of children(numbering, "w:num")) {
    const abstractId = child(n, "w:abstractNumId")?.attrs["w:val"] ?? "";
    const base = abstracts.get(abstractId);
    if (!base) continue;
    const levels = new Map(base);
    const overrides = new Map<number, number>();
    for (const o of children(n, "w:lvlOverride")) {
      const ilvl = Number(o.attrs["w:ilvl"] ?? "0");
      const start = child(o, "w:startOverride")?.attrs["w:val"];
      const lvl = child(o, "w:lvl");
      if (lvl) levels.set(ilvl, readLevel(lvl));
      if (start !== undefined) overrides.set(ilvl, Number(start));
    }
    lists.set(n.attrs["w:numId"] ?? "", { abstractId, levels, overrides });
  }
  return { lists, counters: new Map(), started: new Set() };
}

/** The level of a list linked to a paragraph style (a style's numPr without ilvl). */
export function levelOfStyle(state: NumberingState, numId: string, styleId: string): number | undefined {
  const list = state.lists.get(numId);
  if (!list) return undefined;
  for (const [ilvl, level] of list.levels) if (level.style === styleId) return ilvl;
  return undefined;
}

/**
 * Counts one paragraph of list `numId` at level `ilvl` and returns its label and
 * the separator after it; undefined when the list is unknown or numId is 0 ("no numbering").
 */
export function nextLabel(state: NumberingState, numId: string, ilvl: number): { label: string; suffix: string } | undefined {
  if (numId === "0") return undefined;
  const list = state.lists.get(numId);
  const level = list?.levels.get(ilvl);
  if (!list || !level) return undefined;
  let counters = state.counters.get(list.abstractId);
  if (!counters) state.counters.set(list.abstractId, (counters = []));
  if (!state.started.has(numId)) {
    state.started.add(numId);
    for (const [l, start] of list.overrides) counters[l] = start - 1;
  }
  counters[ilvl] = (counters[ilvl] ?? (level.start - 1)) + 1;
  // Using a level restarts the levels below it (unless their lvlRestart says otherwise).
  for (let l = ilvl + 1; l < 9; l++) {
    const below = list.levels.get(l);
    if (below?.restart === 0) continue;
    if (below?.restart !== undefined && below.restart - 1 < ilvl) continue;
    counters[l] = undefined;
  }
  const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
    const l = Number(d) - 1;
    const other = list.levels.get(l);
    const value = counters![l] ?? other?.start ?? 1;
    return formatNumber(value, level.legal && l !== ilvl ? "decimal" : (other?.format ?? "decimal"));
  });
  if (level.format === "none") return { label: "", suffix: "" };
  if (level.format === "bullet") return { label: bulletLabel(label), suffix: level.suffix };
  return { label, suffix: label === "" ? "" : level.suffix };
}

/** A bullet drawn from a symbol font's private-use character reads as 「・」. */
function bulletLabel(text: string): string {
  if (text === "" || /^[\ue000-\uf8ff]$/.test(text) || text === "\u00b7") return "・";
  return text;
}

const IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";
const HALF_KATAKANA = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ";

function letters(value: number, alphabet: string): string {
  // Word writes A…Z, then AA…ZZ, AAA…: the letter repeated.
  const n = alphabet.length;
  const ch = alphabet[(value - 1) % n]!;
  return ch.repeat(Math.floor((value - 1) / n) + 1);
}

function roman(value: number): string {
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (value >= v) (out += s), (value -= v);
  return out;
}

function fullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function circled(value: number): string {
  if (value >= 1 && value <= 20) return String.fromCharCode(0x2460 + value - 1);
  if (value >= 21 && value <= 35) return String.fromCharCode(0x3251 + value - 21);
  if (value >= 36 && value <= 50) return String.fromCharCode(0x32b1 + value - 36);
  return String(value);
}

/** A number written in a numFmt of WordprocessingML (ECMA-376 17.18.59). */
export function formatNumber(value: number, format: string): string {
  if (value < 1 && format !== "decimal" && format !== "decimalZero") return String(value);
  switch (format) {
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return fullWidth(String(value));
    case "decimalHalfWidth":
      return String(value);
    case "decimalZero":
      return value < 10 ? `0${value}` : String(value);
    case "upperLetter":
      return letters(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case "lowerLetter":
      return letters(value, "abcdefghijklmnopqrstuvwxyz");
    case "upperRoman":
      return roman(value);
    case "lowerRoman":
      return roman(value).toLowerCase();
    case "japaneseCounting":
    case "japaneseLegal":
    case "ideographTraditional":
    case "chineseCounting":
    case "chineseCountingThousand":
      return kanjiNumberLabel(value);
    case "japaneseDigitalTenThousand":
      return String(value).replace(/[0-9]/g, (d) => "〇一二三四五六七八九"[Number(d)]!);
    case "aiueoFullWidth":
      return KATAKANA_ORDER[(value - 1) % KATAKANA_ORDER.length]!;
    case "aiueo":
      return HALF_KATAKANA[(value - 1) % HALF_KATAKANA.length]!;
    case "irohaFullWidth":
      return IROHA[(value - 1) % IROHA.length]!;
    case "iroha":
      return IROHA[(value - 1) % IROHA.length]!;
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return circled(value);
    case "decimalEnclosedParen":
      return value <= 20 ? String.fromCharCode(0x2474 + value - 1) : `(${value})`;
    case "decimalEnclosedFullstop":
      return value <= 20 ? String.fromCharCode(0x2488 + value - 1) : `${value}.`;
    case "ordinal":
    case "cardinalText":
    case "ordinalText":
    case "decimal":
    default:
      return String(value);
  }
}
