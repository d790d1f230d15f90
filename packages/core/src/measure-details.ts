/**
 * What a measure says about itself: who owns it (「…において」), whom it acts
 * through (「…を通じ」), which documents it cites and which places of the plan it
 * refers to. All read from the measure's joined text and mapped back to the source.
 */
import { DIGIT as D } from "./characters.js";
import { DATE_SOURCE, parsePlanDate } from "./dates.js";
import { toSourceRange } from "./joined-text.js";
import { circledValue, digitsValue, katakanaValue, KATAKANA_ORDER, numberValue } from "./labels.js";
import type { Citation, CrossReference, CrossReferenceStep, CrossReferenceTarget, JoinedText, NamedSpan } from "./types.js";

export interface MeasureDetails {
  owners: NamedSpan[];
  via: NamedSpan[];
  citations: Citation[];
  crossReferences: CrossReference[];
}

export function readMeasureDetails(joined: JoinedText): MeasureDetails {
  return {
    owners: readOwners(joined),
    via: readVia(joined),
    citations: readCitations(joined),
    crossReferences: readCrossReferences(joined),
  };
}

/**
 * Names that are organisations. An owner phrase is only trusted when every name in
 * it looks like one; otherwise 「国内における組織内CSIRTにおいて」 would make owners.
 */
const ORG_NAME = /(?:省|庁|府|官房|当局|本部|機構|機関|センター|協議会|委員会|会議|法人|事業者|団体|大学|研究所|警察|自治体|公共団体|政府|NISC|IPA|NICT|JPCERT\/CC|[A-Z]{2,}[A-Za-z0-9/-]*)(?:等)?$/;

const WHITESPACE = /\s/;

/** Splits 「内閣官房、総務省及び経済産業省」 on 、 and the coordinating words. */
const NAME_SEPARATOR = /、|，|,|及び|並びに|及|と(?=[^と]*(?:省|庁|府|官房))/g;

function splitNames(joined: JoinedText, start: number, end: number): NamedSpan[] | undefined {
  const phrase = joined.text.slice(start, end);
  const names: NamedSpan[] = [];
  let last = 0;
  const push = (from: number, to: number): boolean => {
    let s = from;
    let e = to;
    while (s < e && WHITESPACE.test(phrase[s]!)) s++;
    while (e > s && WHITESPACE.test(phrase[e - 1]!)) e--;
    const name = phrase.slice(s, e);
    if (!name || !ORG_NAME.test(name) || name.length > 40) return false;
    names.push({ name, range: toSourceRange(joined, start + s, start + e) });
    return true;
  };
  for (const m of phrase.matchAll(NAME_SEPARATOR)) {
    if (!push(last, m.index)) return undefined;
    last = m.index + m[0].length;
  }
  if (!push(last, phrase.length)) return undefined;
  return names;
}

/**
 * 「内閣官房及び重要インフラ所管省庁等において、」 at the start of the statement; also
 * 「重要インフラ事業者等及び重要インフラ所管省庁は、」 and 「内閣官房、警察庁…が相互に連携」,
 * where the subjects of a joint action are its owners.
 */
const OWNER_PHRASE = /^([^。「」（）()]{1,80}?)(?:において|においては|が中心となり|は、|が(?=相互に|連携|協力|共同))/;

function readOwners(joined: JoinedText): NamedSpan[] {
  const m = OWNER_PHRASE.exec(joined.text);
  if (!m) return [];
  return splitNames(joined, 0, m[1]!.length) ?? [];
}

/** Bodies one acts through: 「IPAを通じ」, 「NICTに組織した「…センター」を通じ」. */
const VIA_BODY = /(?:機構|センター|協議会|機関|法人|研究所|省|庁|[A-Z]{2,}[A-Za-z0-9/-]*|ISAC)(?:等)?$/;
/** How far back from 「を通じ」 a name may start. */
const MAX_VIA_NAME = 40;
/**
 * The name right before 「を通じ」: what follows the last space, punctuation,
 * particle or other hiragana (a body's name starts after the last hiragana, so
 * 「またIPA」「ため IPA」「含む情報共有機関等」 give the name only). Matched against
 * the MAX_VIA_NAME characters before 「を通じ」: one regexp instead of two tests
 * per character walked back.
 */
const VIA_NAME = /[^\s、。，「」（）()ぁ-ゖ]*$/;
const VIA_SEPARATOR = /(及び|並びに|、)/;
const ONLY_VIA_SEPARATOR = /^(及び|並びに|、)$/;

function readVia(joined: JoinedText): NamedSpan[] {
  const out: NamedSpan[] = [];
  const text = joined.text;
  for (let at = text.indexOf("を通じ"); at >= 0; at = text.indexOf("を通じ", at + 3)) {
    let start: number;
    let phrase: string;
    if (text[at - 1] === "」") {
      const open = text.lastIndexOf("「", at - 1);
      if (open < 0 || at - 1 - open > 60) continue;
      start = open + 1;
      phrase = text.slice(start, at - 1);
    } else {
      const from = Math.max(0, at - MAX_VIA_NAME);
      phrase = VIA_NAME.exec(text.slice(from, at))![0];
      start = at - phrase.length;
      if (phrase.length < 2) continue;
    }
    let offset = 0;
    for (const part of phrase.split(VIA_SEPARATOR)) {
      const partStart = start + offset;
      offset += part.length;
      if (!part || ONLY_VIA_SEPARATOR.test(part) || !VIA_BODY.test(part)) continue;
      if (out.some((v) => v.name === part)) continue;
      out.push({ name: part, range: toSourceRange(joined, partStart, partStart + part.length) });
    }
  }
  return out;
}

/**
 * 「title」（2015年９月４日閣議決定）. The title may nest one level of 「」, as in
 * 「「日本再興戦略」改訂2015」.
 */
const CITATION = new RegExp(
  `「((?:[^「」]|「[^「」]*」){1,120})」[ \\u3000]?[（(](?:${DATE_SOURCE})?([^（）()]{0,40}?)(決定|改定|改訂|策定|決議|公表|制定)[）)]`,
  "g",
);

/** What every CITATION match contains: the title's 」 and the opening bracket after it. */
const CITATION_CLOSE = /」[ \u3000]?[（(]/;

function readCitations(joined: JoinedText): Citation[] {
  const out: Citation[] = [];
  // A citation is a closing 」 and a bracket: most measures cite nothing, and this
  // scan says so far faster than CITATION, which backtracks through every 「…」.
  if (!CITATION_CLOSE.test(joined.text)) return out;
  for (const m of joined.text.matchAll(CITATION)) {
    const title = m[1]!;
    const citation: Citation = {
      title,
      titleRange: toSourceRange(joined, m.index + 1, m.index + 1 + title.length),
      range: toSourceRange(joined, m.index, m.index + m[0].length),
      action: m[8]!,
    };
    if (m[2] || m[4]) {
      const date = parsePlanDate(m[0].slice(title.length + 2));
      if (date) citation.date = date;
    }
    const body = (m[7] ?? "").trim();
    if (body) citation.decidedBy = body;
    out.push(citation);
  }
  return out;
}

/** 「2.2(2)(ア)」, 「1.1（3）（イ）」, 「4.2.(4)エ」; a bare 「2.2」 needs a word saying it is a reference. */
const CROSS_REFERENCE = new RegExp(
  `(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ.．])(${D}{1,2})[.．](${D}{1,2})[.．]?(?:[ ]?[(（](${D}{1,2})[)）])?(?:[ ]?[(（]?([${KATAKANA_ORDER}])(?:[)）]|(?=[のにをでとへ、。])))?(?![0-9０-９])`,
  "g",
);
/** Every reference has a number followed by a dot: most measures have none, and this scan is cheaper than CROSS_REFERENCE's. */
const DIGIT_DOT = /[0-9０-９][.．]/;
const REFERENCE_CONTEXT = /^(?:に記載|に掲げ|で述べ|を参照|参照|の(?:とおり|通り)|に示す|に同じ|と同様|再掲|（再掲）|\(再掲\))/;

const NUM = "([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})";
/**
 * A place named in 公用文 labels: 「第２章」, 「第１部第３章」, 「第２章第１節１(1)ア」,
 * 「第３章２（１）①」. It names a 部 or a 章 (a 節 alone, or 「第１条」, says too little
 * about which one); the levels below follow without a break. A bare number is a
 * level only when another label, a particle or a quoted title follows it (「１(1)」, 「１の」,
 * 「１「計画の目的」」), so that
 * 「第２章３か所」 stays a count.
 */
const KOYO_REFERENCE = new RegExp(
  `(?<![0-9０-９])(?=第)(?:第${NUM}部)?(?:第${NUM}章)?(?:第${NUM}節)?` +
    `(?:([0-9０-９]{1,2})(?=[(（①-⑳${KATAKANA_ORDER}のにをでとへ、。「]))?(?:[(（]([0-9０-９]{1,2})[)）])?([①-⑳])?` +
    `(?:[(（]([${KATAKANA_ORDER}])[)）]|([${KATAKANA_ORDER}])(?=[のにをでとへ、。]))?`,
  "g",
);
const DAI_UNIT = /第[0-9０-９一二三四五六七八九十]{1,3}[部章]/;

function readKoyoReferences(joined: JoinedText, out: CrossReference[]): void {
  const text = joined.text;
  if (!DAI_UNIT.test(text)) return;
  for (const m of text.matchAll(KOYO_REFERENCE)) {
    if (m[1] === undefined && m[2] === undefined) continue;
    const steps: CrossReferenceStep[] = [];
    if (m[1] !== undefined) steps.push({ level: "part", value: numberValue(m[1]) });
    if (m[2] !== undefined) steps.push({ level: "chapter", value: numberValue(m[2]) });
    if (m[3] !== undefined) steps.push({ level: "section", value: numberValue(m[3]) });
    if (m[4] !== undefined) steps.push({ level: "number", value: digitsValue(m[4]) });
    if (m[5] !== undefined) steps.push({ level: "paren-number", value: digitsValue(m[5]) });
    if (m[6] !== undefined) steps.push({ level: "circled", value: circledValue(m[6]) });
    const kana = m[7] ?? m[8];
    if (kana !== undefined) steps.push({ level: "kana", value: katakanaValue(kana) });
    // A kana read as a label is never the first letter of a word (「第２章アジア」): the lookahead above sees to it.
    const full = m[0];
    const target: CrossReferenceTarget = { steps };
    out.push({ text: full, range: toSourceRange(joined, m.index, m.index + full.length), target });
  }
}

/** The references to places of the plan in a joined text (a measure's, or any paragraph's), in the order written. */
export function readCrossReferences(joined: JoinedText): CrossReference[] {
  const out: CrossReference[] = [];
  const text = joined.text;
  readKoyoReferences(joined, out);
  if (!DIGIT_DOT.test(text)) return out;
  for (const m of text.matchAll(CROSS_REFERENCE)) {
    const full = m[0];
    const hasItem = m[3] !== undefined;
    const hasMeasure = m[4] !== undefined;
    const after = text.slice(m.index + full.length, m.index + full.length + 8);
    // 「2.2」 alone is a section number only when the sentence says it refers to one.
    if (!hasItem && !hasMeasure && !REFERENCE_CONTEXT.test(after)) continue;
    const target: CrossReferenceTarget = { chapter: digitsValue(m[1]!), section: digitsValue(m[2]!) };
    if (hasItem) target.item = digitsValue(m[3]!);
    if (hasMeasure) target.measure = katakanaValue(m[4]!);
    out.push({ text: full, range: toSourceRange(joined, m.index, m.index + full.length), target });
  }
  // Both forms in one measure: in the order they are written.
  if (out.length > 1) out.sort((a, b) => a.range.start - b.range.start);
  return out;
}
