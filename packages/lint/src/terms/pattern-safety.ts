/**
 * A user's pattern runs on every draft, in the editor on every keystroke: one that
 * can backtrack catastrophically (「/(a+)+$/」) would freeze it. Such patterns are
 * refused when the dictionary or config is loaded.
 */
import { PlanlintError, type PlanlintErrorLocation } from "@planlint/core";
import safeRegex from "safe-regex2";

/**
 * safe-regex2's parser predates lookbehind and calls every `(?<=…)` unsafe, yet
 * term patterns need lookbehind for context (「(?<!日経)ソフトウエア」). A lookbehind
 * nests repetitions exactly as a lookahead does, so it is checked as one.
 */
export function lookbehindAsLookahead(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      out += ch + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      out += ch;
      continue;
    }
    if (ch === "[") {
      inClass = true;
      out += ch;
      continue;
    }
    if (ch === "(" && source[i + 1] === "?" && source[i + 2] === "<" && (source[i + 3] === "=" || source[i + 3] === "!")) {
      out += `(?${source[i + 3]}`;
      i += 3;
      continue;
    }
    out += ch;
  }
  return out;
}

/** True when the pattern cannot backtrack catastrophically (no repetition inside a repetition). */
export function isSafePattern(re: RegExp): boolean {
  return safeRegex(lookbehindAsLookahead(re.source));
}

export function checkPatternSafety(re: RegExp, written: string, where: PlanlintErrorLocation): void {
  if (!isSafePattern(re)) {
    throw new PlanlintError(
      "unsafe-pattern",
      `pattern ${written} can backtrack catastrophically (a repetition inside a repetition, or too many repetitions) and would hang on some texts`,
      where,
      "rewrite it without nested quantifiers, e.g. /(ab)+/ instead of /(a+b?)+/",
    );
  }
}
