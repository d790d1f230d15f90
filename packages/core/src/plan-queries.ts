/** Small read-only helpers over a parsed plan, shared by rules and the language server. */
import type { CrossReferenceTarget, PlanDocument, PlanNode } from "./types.js";

/** Visits every node of the body depth-first, parents before children. */
export function walkPlan(doc: PlanDocument, visit: (node: PlanNode, parent: PlanNode | undefined) => void): void {
  // Indexed rather than for-of: several rules walk the whole plan in a cold run,
  // where the array iterator costs more than the walk itself.
  const go = (node: PlanNode, parent: PlanNode | undefined): void => {
    visit(node, parent);
    const children = node.children;
    for (let i = 0; i < children.length; i++) go(children[i]!, node);
  };
  for (let i = 0; i < doc.body.length; i++) go(doc.body[i]!, undefined);
}

/** The innermost node whose range contains `offset`, or undefined. */
export function findNodeAt(doc: PlanDocument, offset: number): PlanNode | undefined {
  let found: PlanNode | undefined;
  let level: PlanNode[] = doc.body;
  for (;;) {
    const hit = level.find((n) => n.range.start <= offset && offset < n.range.end);
    if (!hit) return found;
    found = hit;
    level = hit.children;
  }
}

/**
 * The node a cross-reference points to: chapter → section → item → measure. A
 * measure is looked for under the item, or directly under the section when the
 * reference names no item. Undefined when any level is missing.
 */
export function resolveCrossReference(doc: PlanDocument, target: CrossReferenceTarget): PlanNode | undefined {
  const pick = (nodes: PlanNode[], kind: PlanNode["kind"], value: number | undefined): PlanNode | undefined =>
    value === undefined ? undefined : nodes.find((n) => n.kind === kind && n.numbers[n.numbers.length - 1] === value);
  const chapter = pick(doc.body, "chapter", target.chapter);
  if (!chapter) return undefined;
  if (target.section === undefined) return chapter;
  const section = pick(chapter.children, "section", target.section);
  if (!section) return undefined;
  let container: PlanNode = section;
  if (target.item !== undefined) {
    const item = pick(section.children, "item", target.item);
    if (!item) return undefined;
    container = item;
  }
  if (target.measure === undefined) return container;
  return pick(container.children, "measure", target.measure);
}
