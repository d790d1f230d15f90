/**
 * A user's pattern runs on every draft, in the editor on every keystroke: one that
 * can backtrack catastrophically (「/(a+)+$/」) would freeze it. Such patterns are
 * refused when the dictionary or config is loaded.
 */
import { PlanlintError } from "@planlint/core";
import safeRegex from "safe-regex2";

export function checkPatternSafety(re: RegExp, written: string, where: { file: string; line: number; column?: number }): void {
  if (!safeRegex(re)) {
    throw new PlanlintError(
      "unsafe-pattern",
      `pattern ${written} can backtrack catastrophically (a repetition inside a repetition) and would hang on some texts`,
      where,
      "rewrite it without nested quantifiers, e.g. /(ab)+/ instead of /(a+b?)+/",
    );
  }
}
