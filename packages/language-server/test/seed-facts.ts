/**
 * Positions in the seed and the small cross-reference plan, found by what the
 * text says (never by hard-coded line numbers), for the protocol and editor tests.
 */
import { LineIndex, parsePlan, walkPlan, type PlanNode } from "@planlint/core";

export interface Position {
  line: number;
  character: number;
}

export function positionOf(text: string, needle: string, offsetInNeedle = 0, from = 0): Position {
  const at = text.indexOf(needle, from);
  if (at === -1) throw new Error(`「${needle}」 not found`);
  return new LineIndex(text).positionAt(at + offsetInNeedle);
}

/** The first measure of the seed's body with owners: its label and owners. */
export function measureWithOwners(text: string): { node: PlanNode; label: Position } {
  const plan = parsePlan(text);
  let found: PlanNode | undefined;
  walkPlan(plan, (n) => {
    if (!found && n.kind === "measure" && n.owners?.length) found = n;
  });
  if (!found) throw new Error("no measure with owners in the seed");
  return { node: found, label: new LineIndex(text).positionAt(found.labelRange.start + 1) };
}

/** The NISC glossary row: where its headword starts. */
export function nisGlossaryLine(text: string): number {
  const plan = parsePlan(text);
  const entry = plan.glossary.find((e) => e.headword === "NISC");
  if (!entry) throw new Error("NISC is not in the seed's glossary");
  return new LineIndex(text).positionAt(entry.headwordRange.start).line;
}

/** A small plan whose measure 2.2(2)(イ) refers to 2.2(2)(ア). */
export const CROSS_REFERENCE_PLAN = `資料１－２
サイバーセキュリティ2017（案）

1. 経済社会の活力の向上及び持続的発展
1.1. 安全なIoTシステムの創出
(1) 新たなIoTシステムの創出
(ア) 総務省及び経済産業省において、IoT推進コンソーシアムを通じ、IoTセキュリティガイドラインを普及する。
2. 国民が安全で安心して暮らせる社会の実現
2.1. 国民・社会を守るための取組
(1) 重要インフラの防護
(ア) 内閣官房において、重要インフラの情報共有体制を強化する。
2.2. 政府機関等の防護
(1) 情報システムの防護
(ア) 内閣官房において、政府機関の情報システムの防護を強化する。
(2) 情報共有の推進
(ア) 内閣官房において、政府機関等との情報共有を推進する。
(イ) 総務省において、2.2(2)(ア)に記載のとおり、情報共有を推進する。
`;

/** The seed with a cross-reference to 2.2(2)(ア) added to the first measure that has owners. */
export function seedWithCrossReference(text: string): { text: string; reference: Position; target: Position } {
  const { node } = measureWithOwners(text);
  const after = text.indexOf("において、", node.labelRange.end);
  if (after === -1 || after > node.headRange.end) throw new Error(`no 「において、」 in ${node.path}`);
  const insertAt = after + "において、".length;
  const inserted = "2.2(2)(ア)に記載のとおり、";
  const out = text.slice(0, insertAt) + inserted + text.slice(insertAt);
  const plan = parsePlan(out);
  let target: PlanNode | undefined;
  walkPlan(plan, (n) => {
    if (n.path === "2.2(2)(ア)") target = n;
  });
  if (!target) throw new Error("the seed has no 2.2(2)(ア)");
  const index = new LineIndex(out);
  return { text: out, reference: index.positionAt(insertAt + 2), target: index.positionAt(target.labelRange.start) };
}
