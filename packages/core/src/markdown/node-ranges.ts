/** Offsets of mdast nodes, and the node kinds whose words are not the drafter's prose. */
import type { Link, Nodes } from "mdast";

export function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

export function endOf(node: Nodes): number {
  return node.position?.end.offset ?? startOf(node);
}

/**
 * `<https://…>` or a bare URL (a GFM literal autolink): the link's text is its
 * target, an address rather than words. A written link `[text](url)` starts with
 * its bracket, before its first child.
 */
export function isAutolink(text: string, link: Link): boolean {
  const first = link.children[0];
  return text.charCodeAt(startOf(link)) === 0x3c || (first !== undefined && startOf(first) === startOf(link));
}
