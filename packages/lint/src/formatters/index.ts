/**
 * Formatters turn lint results into what `--format` prints. Each lives in its own
 * file and is loaded only when chosen, so the default run never loads SARIF or
 * GitHub code. What they share is in shared.ts (node-free) and paths.ts.
 */
import type { Formatter } from "./shared.js";

export { reportText } from "./shared.js";
export type { FormatContext, Formatter, LintedFile, Span } from "./shared.js";
export { displayPath } from "./paths.js";

export const FORMATTER_NAMES = ["stylish", "json", "sarif", "github", "html"] as const;
export type FormatterName = (typeof FORMATTER_NAMES)[number];

export function isFormatterName(name: string): name is FormatterName {
  return (FORMATTER_NAMES as readonly string[]).includes(name);
}

export async function loadFormatter(name: FormatterName): Promise<Formatter> {
  switch (name) {
    case "stylish":
      return (await import("./stylish.js")).formatStylish;
    case "json":
      return (await import("./json.js")).formatJson;
    case "sarif":
      return (await import("./sarif.js")).formatSarif;
    case "github":
      return (await import("./github.js")).formatGithub;
    case "html":
      return (await import("./html.js")).formatHtml;
  }
}
