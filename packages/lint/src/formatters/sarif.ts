/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run, the
 * rules with their descriptions and default levels, one result per finding with
 * its region (1-based lines, columns in UTF-16 code units, as `columnKind` says)
 * and, for a safe fix, the replacement. Paths inside the working folder are
 * relative to `%SRCROOT%` (the working folder), as code scanning expects.
 */
import { sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Fix, Severity, SeveritySetting } from "@planlint/core";
import pkg from "../../package.json";
import type { Rule } from "../rule.js";
import { displayPath } from "./paths.js";
import { oneLine, spanner, spannersOf, type Formatter, type LintedFile, type Span } from "./shared.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };
const DEFAULT_LEVEL: Record<SeveritySetting, "error" | "warning" | "note" | undefined> = { error: "error", warn: "warning", info: "note", off: undefined };

/** Findings the engine itself reports, under ids that are not rules. */
const ENGINE_REPORTS: Record<string, string> = {
  "unused-suppression": "A planlint-disable comment that silences nothing.",
};

/** Where rule docs are published: the repository's `docs/rules/<id>.md`, when package.json names a GitHub repository. */
export function docsUrl(docs: string, repository: unknown = (pkg as { repository?: unknown }).repository): string | undefined {
  const url = typeof repository === "string" ? repository : (repository as { url?: unknown } | undefined)?.url;
  if (typeof url !== "string") return undefined;
  const m = /github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?(?:#.*)?$/.exec(url);
  return m ? `https://github.com/${m[1]}/${m[2]}/blob/main/${docs}` : undefined;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const shown = displayPath(filePath, cwd, true);
  if (shown !== filePath || !/^([A-Za-z]:)?[\\/]/.test(filePath)) {
    // Each segment percent-encoded: Japanese names, spaces, "#" and ":" stay a valid relative URI.
    return { uri: shown.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  }
  return { uri: pathToFileURL(filePath).href };
}

const region = (s: Span) => ({ startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn });

function ruleDescriptor(id: string, rule: Rule<any> | undefined) {
  if (!rule) return { id, shortDescription: { text: ENGINE_REPORTS[id] ?? "Reported by the planlint engine." } };
  const { meta } = rule;
  const helpUri = docsUrl(meta.docs);
  const level = DEFAULT_LEVEL[meta.recommended];
  return {
    id,
    shortDescription: { text: meta.description },
    ...(helpUri ? { helpUri } : {}),
    help: { text: `${meta.description} Documentation: ${helpUri ?? meta.docs}` },
    defaultConfiguration: level ? { level } : { enabled: false },
    properties: { recommended: meta.recommended, fixable: meta.fixable, hasSuggestions: meta.hasSuggestions },
  };
}

function fixOf(fix: Fix, location: ArtifactLocation, span: (r: Fix["range"]) => Span, description: string) {
  return {
    description: { text: description },
    artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: region(span(fix.range)), insertedContent: { text: fix.text } }] }],
  };
}

/** Stands for the results array while the rest of the log is printed (a NUL is in no rule's description). */
const RESULTS_HOLE = "\u0000results";

/** A Word document's paragraph as SARIF's logical location (its region is in the extracted text). */
function logicalLocations(file: LintedFile, range: { start: number; end: number }): { logicalLocations?: Record<string, unknown>[] } {
  const place = file.locate?.(range);
  if (!place) return {};
  return { logicalLocations: [{ name: place.name, fullyQualifiedName: `${place.part}#paragraph${place.paragraph}`, kind: "element", properties: { excerpt: place.excerpt, ...(place.cell ? { cell: place.cell } : {}) } }] };
}

export const formatSarif: Formatter = function* (files, context) {
  const ids = new Set(Object.keys(context.rules));
  for (const file of files) for (const m of file.result.messages) ids.add(m.ruleId);
  const ruleIds = [...ids];
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));

  const spanOf = spannersOf(files);
  function* results(): Generator<Record<string, unknown>> {
    for (const file of files) {
      if (file.result.messages.length === 0) continue;
      const span = spanner(file.text);
      const location = artifactLocation(file.filePath, context.cwd);
      for (const m of file.result.messages) {
        const result: Record<string, unknown> = {
          ruleId: m.ruleId,
          ruleIndex: ruleIndex.get(m.ruleId),
          level: LEVEL[m.severity],
          message: { text: oneLine(m.message) },
          locations: [{ physicalLocation: { artifactLocation: location, region: region(span(m.range)) }, ...logicalLocations(file, m.range) }],
        };
        if (m.related?.length) {
          result.relatedLocations = m.related.map((r, i) => {
            // In a plan of several files, the related place may be in another file.
            const other = r.file !== undefined && r.file !== file.filePath ? r.file : undefined;
            const elsewhere = other !== undefined ? spanOf(other) : undefined;
            const physicalLocation = elsewhere
              ? { artifactLocation: artifactLocation(other!, context.cwd), region: region(elsewhere(r.range)) }
              : other !== undefined
                ? { artifactLocation: artifactLocation(other, context.cwd) }
                : { artifactLocation: location, region: region(span(r.range)) };
            return { id: i + 1, message: { text: oneLine(r.message) }, physicalLocation };
          });
        }
        if (m.fix) result.fixes = [fixOf(m.fix, location, span, oneLine(m.message))];
        yield result;
      }
    }
  }

  const cwdUri = pathToFileURL(context.cwd.endsWith(sep) ? context.cwd : context.cwd + sep).href;
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "planlint",
            ...(context.version ? { version: context.version, semanticVersion: context.version } : {}),
            informationUri: "https://www.npmjs.com/package/@planlint/lint",
            rules: ruleIds.map((id) => ruleDescriptor(id, context.rules[id])),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: cwdUri } },
        columnKind: "utf16CodeUnits",
        results: RESULTS_HOLE,
      },
    ],
  };
  // The log printed as JSON.stringify(log, null, 2) prints it, a result at a time.
  const text = JSON.stringify(log, null, 2);
  const hole = text.indexOf(JSON.stringify(RESULTS_HOLE));
  const lineStart = text.lastIndexOf("\n", hole) + 1;
  const indent = " ".repeat(text.slice(lineStart).search(/\S/));
  const inner = `${indent}  `;
  yield text.slice(0, hole);
  let n = 0;
  for (const result of results()) {
    yield (n++ === 0 ? "[\n" : ",\n") + inner + JSON.stringify(result, null, 2).replace(/\n/g, `\n${inner}`);
  }
  yield n === 0 ? "[]" : `\n${indent}]`;
  yield `${text.slice(hole + JSON.stringify(RESULTS_HOLE).length)}\n`;
};
