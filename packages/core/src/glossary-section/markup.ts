/** Markdown inline markup around a headword or in a definition: `**…**`, `` `…` ``, links. */
import { isSpaceCode, type Span } from "./lines.js";

/** Narrows a span past `**…**`, `__…__`, `` `…` `` and `[…](…)` wrappers. */
export function stripMarkup(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  for (let guard = 0; guard < 4; guard++) {
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    const inner = text.slice(s, e);
    const wrap = /^(\*\*|__|\*|_|`)/.exec(inner);
    if (wrap && inner.length > 2 * wrap[1]!.length && inner.endsWith(wrap[1]!)) {
      s += wrap[1]!.length;
      e -= wrap[1]!.length;
      continue;
    }
    const link = /^\[([^\]]{1,200})\]\([^)]{0,500}\)$/.exec(inner);
    if (link) {
      s += 1;
      e = s + link[1]!.length;
      continue;
    }
    break;
  }
  return { start: s, end: e, trailing: false };
}

export function cleanMarkup(s: string): string {
  return s
    .replace(/\[([^\]]{1,200})\]\([^)]{0,500}\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\\([|*_`[\]\\])/g, "$1")
    .trim();
}
