/** Small read-only helpers over a parsed plan, shared by rules and the language server. */
import type { CrossReferenceStep, CrossReferenceTarget, PlanDocument, PlanNode } from "./types.js";

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

/** A reference's path level by level: its own steps, or chapter › section › item (N) › measure. */
export function referenceSteps(target: CrossReferenceTarget): CrossReferenceStep[] {
  if (target.steps) return target.steps;
  const steps: CrossReferenceStep[] = [];
  if (target.chapter !== undefined) steps.push({ level: "chapter", value: target.chapter });
  if (target.section !== undefined) steps.push({ level: "section", value: target.section });
  if (target.item !== undefined) steps.push({ level: "paren-number", value: target.item });
  if (target.measure !== undefined) steps.push({ level: "kana", value: target.measure });
  return steps;
}

const KANA_FAMILIES: ReadonlySet<string> = new Set(["ア", "ア.", "(ア)"]);

/** Whether a node is of the level a step names, whatever its number: by family (a level of 公用文 numbering), or by kind for parts, chapters and sections. */
export function matchesLevel(node: PlanNode, step: CrossReferenceStep): boolean {
  switch (step.level) {
    case "part":
    case "chapter":
    case "section":
      return node.kind === step.level;
    case "number":
      return node.family === "N" || node.family === "N.";
    case "paren-number":
      return node.family === "(N)";
    case "circled":
      return node.family === "①";
    case "kana":
      return KANA_FAMILIES.has(node.family);
  }
}

/** Whether a node carries the label a step names: its level and its number. */
export function matchesStep(node: PlanNode, step: CrossReferenceStep): boolean {
  return node.numbers[node.numbers.length - 1] === step.value && matchesLevel(node, step);
}

/** Headings without a number stand between a node and its numbered children without being named in a reference. */
const isUnnumberedHeading = (n: PlanNode): boolean => n.kind === "heading" || n.kind === "preface";

/** The first node among `nodes` (looking through unnumbered headings) that a step names. */
export function findStep(nodes: readonly PlanNode[], step: CrossReferenceStep): PlanNode | undefined {
  for (const n of nodes) {
    if (matchesStep(n, step)) return n;
    if (isUnnumberedHeading(n) && n.children.length > 0) {
      const inner = findStep(n.children, step);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** How far a reference's path exists: the nodes found, and the step that found nothing (if any) with where it looked. */
export interface ReferenceWalk {
  found: PlanNode[];
  missing?: { step: CrossReferenceStep; among: readonly PlanNode[] };
}

/**
 * Follows a reference level by level. A chapter named without its 部 is looked for
 * at the top, then in the 部 that holds `from` (chapters restart under each 部),
 * then in every 部.
 */
export function walkReference(doc: PlanDocument, target: CrossReferenceTarget, from?: PlanNode): ReferenceWalk {
  const steps = referenceSteps(target);
  const found: PlanNode[] = [];
  let level: readonly PlanNode[] = doc.body;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    let hit = findStep(level, step);
    if (!hit && i === 0 && step.level !== "part") {
      const parts = doc.body.filter((n) => n.kind === "part");
      const own = from ? parts.find((p) => p.range.start <= from.range.start && from.range.start < p.range.end) : undefined;
      for (const p of own ? [own, ...parts] : parts) {
        hit = findStep(p.children, step);
        if (hit) break;
      }
    }
    if (!hit) return { found, missing: { step, among: level } };
    found.push(hit);
    level = hit.children;
  }
  return { found };
}

/**
 * The node a cross-reference points to: chapter → section → item → measure for
 * 「2.2(2)(ア)」, or level by level for 「第２章第１節１(1)ア」. A measure is looked for
 * under the item, or directly under the section when the reference names no item.
 * Undefined when any level is missing.
 */
export function resolveCrossReference(doc: PlanDocument, target: CrossReferenceTarget, from?: PlanNode): PlanNode | undefined {
  const walk = walkReference(doc, target, from);
  return walk.missing || walk.found.length === 0 ? undefined : walk.found[walk.found.length - 1];
}
