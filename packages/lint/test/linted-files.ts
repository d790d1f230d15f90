/** Lint results to feed formatters: real lintText runs with the test rule, on CRLF text with a surrogate pair. */
import type { RuleSetting } from "../src/config/resolved-config.js";
import type { LintedFile } from "../src/formatters/index.js";
import { lintText } from "../src/linter.js";
import { builtinRules, type TestWordsOptions } from "./test-rules.js";

export const SAMPLE = "多重防御を行う。\r\n𠮷野家の多重防御と、\r\n100% の「情報, 共有:」\r\n";

export function lintSample(path: string, text = SAMPLE, options: TestWordsOptions & { severity?: RuleSetting["severity"] } = {}): LintedFile {
  const { severity = "error", ...ruleOptions } = options;
  const result = lintText(text, {
    fileName: path,
    rules: builtinRules,
    config: { rules: new Map([["test-words", { severity, options: ruleOptions as Record<string, unknown> }]]), glossary: [], terms: [], exceptions: [] },
  });
  return { filePath: path, text, result };
}
