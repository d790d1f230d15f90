/**
 * Values rules compute once per file of a plan (`context.plan.perMember`), kept
 * on the file's parsed document. Linting a plan of n files asks each file's value
 * n times; the editor re-lints after every keystroke, and only the edited file
 * has a new document. A value is reused while the rule's options and the
 * glossary it was computed with are the same objects.
 */
import type { Glossary, PlanDocument } from "@planlint/core";

interface Cached {
  options: string;
  glossary: Glossary;
  value: unknown;
}

const values = new WeakMap<PlanDocument, Map<string, Cached>>();

export function memberValue<T>(document: PlanDocument, key: string, options: string, glossary: Glossary, compute: () => T): T {
  let byKey = values.get(document);
  if (!byKey) values.set(document, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit && hit.options === options && hit.glossary === glossary) return hit.value as T;
  const value = compute();
  byKey.set(key, { options, glossary, value });
  return value;
}
