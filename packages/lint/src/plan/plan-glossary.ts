/**
 * The glossary each file of a plan is checked against: its own 用語解説, the
 * 用語解説 of the plan's other files (a glossary chapter serves every chapter),
 * then the configured glossary files. Entries from another file are marked as
 * coming from that file (`source.kind === "file"`), so no rule reports on them
 * as if they were in the file being linted, and related locations point there.
 *
 * The glossary is kept per file and reused while its inputs are the same arrays:
 * rules cache plan-wide values per glossary (member-values.ts), and the editor
 * re-lints a plan after every keystroke.
 */
import { Glossary, LineIndex, type GlossaryEntry, type PlanDocument } from "@planlint/core";
import type { PlanMember } from "../rule.js";

const built = new WeakMap<PlanDocument, { inputs: readonly (readonly GlossaryEntry[])[]; glossary: Glossary }>();
const moved = new WeakMap<readonly GlossaryEntry[], { fileName: string; entries: GlossaryEntry[] }>();

export function planGlossary(members: readonly PlanMember[], index: number, configGlossary: readonly GlossaryEntry[]): Glossary {
  const own = members[index]!.document;
  const inputs = [...members.map((m) => m.document.glossary), configGlossary];
  const hit = built.get(own);
  if (hit && hit.inputs.length === inputs.length && hit.inputs.every((a, k) => a === inputs[k] || (k !== index && sameEntries(a, inputs[k]!)))) {
    return hit.glossary;
  }
  const entries: GlossaryEntry[] = [...own.glossary];
  for (const m of members) if (m.index !== index) entries.push(...fromOtherFile(m));
  entries.push(...configGlossary);
  const glossary = new Glossary(entries);
  built.set(own, { inputs, glossary });
  return glossary;
}

/**
 * Another file's entries, re-parsed after an edit elsewhere in that file, that say
 * the same: the glossary built from them still holds (its own file's entries
 * must be the same objects, since rules report at their ranges).
 */
function sameEntries(a: readonly GlossaryEntry[], b: readonly GlossaryEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    const y = b[k]!;
    if (x.headword !== y.headword || x.expansion !== y.expansion || x.definition !== y.definition || x.seeAlso.join("\n") !== y.seeAlso.join("\n")) return false;
  }
  return true;
}

/** A member's document entries as seen from the plan's other files. */
function fromOtherFile(member: PlanMember): GlossaryEntry[] {
  const list = member.document.glossary;
  if (list.length === 0) return [];
  const hit = moved.get(list);
  if (hit && hit.fileName === member.fileName) return hit.entries;
  const index = new LineIndex(member.text);
  const entries = list.map((e): GlossaryEntry => {
    if (e.source.kind !== "document") return e;
    const { line, character } = index.positionAt(e.headwordRange.start);
    return { ...e, source: { kind: "file", file: member.fileName, line: line + 1, column: character + 1 } };
  });
  moved.set(list, { fileName: member.fileName, entries });
  return entries;
}
