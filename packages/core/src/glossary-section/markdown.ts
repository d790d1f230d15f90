/** Markdown glossaries: tables `| 用語 | 解説 |`, list items `- **CSIRT**: …`, headings `### CSIRT` followed by a paragraph. */
import { startInline, type Draft, type Section } from "./draft.js";
import { isSpaceCode, type Line, type Span } from "./lines.js";
import { cleanMarkup, stripMarkup } from "./markup.js";
import { headingTitleEnd, INDEX_HEADING, isTableSeparator, MD_HEADING, MD_LIST } from "./shapes.js";

export function parseMarkdown(section: Section): void {
  const { lines, skip } = section;
  let draft: Draft | undefined;
  let blankBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (skip[i]) continue;
    if (l.cs >= l.ce) {
      blankBefore = true;
      continue;
    }
    const c = l.content;
    const next = lines[i + 1];
    if (c.startsWith("|") && next && isTableSeparator(next.content)) {
      section.finish(draft);
      draft = undefined;
      i = parseTable(section, i);
      blankBefore = false;
      continue;
    }
    const heading = MD_HEADING.exec(c);
    if (heading) {
      section.finish(draft);
      draft = undefined;
      const title = c.slice(heading[0].length, headingTitleEnd(c)).trim();
      if (title && !INDEX_HEADING.test(title)) {
        const at = l.cs + heading[0].length;
        draft = { style: "heading", head: [], headOpen: false, def: [] };
        draft.head.push(stripMarkup(section.text, at, at + title.length));
      }
      blankBefore = false;
      continue;
    }
    const list = MD_LIST.exec(c);
    if (list) {
      section.finish(draft);
      draft = startInline(section.text, "list", l, l.cs + list[0].length);
      blankBefore = false;
      continue;
    }
    if (draft && (draft.style === "heading" || !blankBefore || l.leading)) {
      draft.def.push({ start: l.cs, end: l.ce, trailing: l.trailing });
    }
    blankBefore = false;
  }
  section.finish(draft);
}

/** Parses the table whose header row is line `at`; returns the index of its last line. */
function parseTable(section: Section, at: number): number {
  const { lines, text } = section;
  const header = splitCells(text, lines[at]!);
  const roles = tableRoles(header.map((cell) => text.slice(cell.start, cell.end)));
  let i = at + 2;
  let previous: Draft | undefined;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.cs >= l.ce || !l.content.includes("|")) break;
    const cells = splitCells(text, l);
    const cell = (k: number): Span | undefined => (k >= 0 ? cells[k] : undefined);
    const head = cell(roles.headword);
    const def = cell(roles.definition);
    if (!head || head.end <= head.start) {
      // A row with an empty headword cell continues the previous definition.
      if (previous && def && def.end > def.start) previous.def.push(...brSpans(text, def));
      continue;
    }
    section.finish(previous);
    const draft: Draft = { style: "table", head: [stripMarkup(text, head.start, head.end)], headOpen: false, def: [] };
    if (def) draft.def.push(...brSpans(text, def));
    const idx = cell(roles.index);
    if (idx && idx.end - idx.start === 1) draft.index = text.slice(idx.start, idx.end);
    const reading = cell(roles.reading);
    if (reading && reading.end > reading.start) draft.reading = cleanMarkup(text.slice(reading.start, reading.end));
    const expansion = cell(roles.expansion);
    if (expansion && expansion.end > expansion.start) draft.expansion = cleanMarkup(text.slice(expansion.start, expansion.end));
    previous = draft;
  }
  section.finish(previous);
  return i - 1;
}

/** Cells of a table row, trimmed, without the outer pipes; `\|` does not split. */
function splitCells(text: string, l: Line): Span[] {
  const cells: Span[] = [];
  let i = l.cs;
  let end = l.ce;
  if (text.charCodeAt(i) === 0x7c) i++;
  if (end > i && text.charCodeAt(end - 1) === 0x7c && text.charCodeAt(end - 2) !== 0x5c) end--;
  let cellStart = i;
  for (; i <= end; i++) {
    if (i === end || (text.charCodeAt(i) === 0x7c && text.charCodeAt(i - 1) !== 0x5c)) {
      let s = cellStart;
      let e = i;
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      cells.push({ start: s, end: e, trailing: false });
      cellStart = i + 1;
    }
  }
  return cells;
}

/** A cell split at `<br>`, so that wrapped cells join like wrapped lines. */
function brSpans(text: string, cell: Span): Span[] {
  const out: Span[] = [];
  const re = /<br\s*\/?>/gi;
  const body = text.slice(cell.start, cell.end);
  let from = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    out.push(trimSpan(text, cell.start + from, cell.start + m.index));
    from = m.index + m[0].length;
  }
  out.push(trimSpan(text, cell.start + from, cell.end));
  return out;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end, trailing: false };
}

interface TableRoles {
  headword: number;
  definition: number;
  reading: number;
  expansion: number;
  index: number;
}

function tableRoles(header: string[]): TableRoles {
  const roles: TableRoles = { headword: -1, definition: -1, reading: -1, expansion: -1, index: -1 };
  // Expansion before headword: 「正式名称」 would otherwise match 「名称」.
  const tests: [keyof TableRoles, RegExp][] = [
    ["reading", /読み|よみ|ふりがな|reading|kana/i],
    ["expansion", /正式名|原語|英語|英文|綴り|スペル|expansion|full ?name|stands for/i],
    ["definition", /解説|説明|意味|定義|内容|概要|definition|description|meaning|explanation/i],
    ["headword", /用語|語句|項目|略語|略称|名称|見出し|term|word|abbreviation|acronym|name/i],
    ["index", /^(?:索引|index|)$/i],
  ];
  header.forEach((h, col) => {
    const label = cleanMarkup(h);
    for (const [role, re] of tests) {
      if (roles[role] < 0 && re.test(label)) {
        roles[role] = col;
        break;
      }
    }
  });
  const free = header.map((_, col) => col).filter((col) => !Object.values(roles).includes(col));
  if (roles.headword < 0) roles.headword = free.shift() ?? 0;
  if (roles.definition < 0) roles.definition = free.pop() ?? (header.length > 1 ? header.length - 1 : -1);
  if (roles.definition === roles.headword) roles.definition = -1;
  return roles;
}
