/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line
 * per finding, which GitHub shows as an annotation on the pull request's diff.
 * Escaping follows @actions/core: data escapes %, CR and LF; property values
 * also escape ":" and ",", which would otherwise end the value.
 */
import type { Severity } from "@planlint/core";
import { displayPath } from "./paths.js";
import { placeSuffix, spanner, type Formatter } from "./shared.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export const formatGithub: Formatter = function* (files, context) {
  for (const file of files) {
    if (file.result.messages.length === 0) continue;
    const span = spanner(file.text);
    const path = escapeProperty(displayPath(file.filePath, context.cwd, true));
    for (const m of file.result.messages) {
      const at = span(m.range);
      const props = `file=${path},line=${at.line},col=${at.column},endLine=${at.endLine},endColumn=${at.endColumn},title=${escapeProperty(`planlint ${m.ruleId}`)}`;
      yield `::${COMMAND[m.severity]} ${props}::${escapeData(m.message + placeSuffix(file, m.range))}\n`;
    }
  }
};
