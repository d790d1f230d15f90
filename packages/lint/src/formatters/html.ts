/**
 * `--format html`: one self-contained page (no network, opens from a CI
 * artifact or file://) with each linted document and its findings, rendered by
 * the same view as the offline page (src/html/: renderView, the view script and
 * styles). Every finding's list item carries `data-rule` and `data-line`.
 */
import { parsePlan } from "@planlint/core";
import { pageParts } from "../html/render-page.js";
import { renderViewChunks, type ViewFile } from "../html/render-view.js";
import { viewRules } from "../html/view-rules.js";
import { displayPath } from "./paths.js";
import type { Formatter } from "./shared.js";
import { docsUrl } from "./sarif.js";

export const formatHtml: Formatter = function* (files, context) {
  const viewFiles: ViewFile[] = files.map((file) => ({
    name: displayPath(file.filePath, context.cwd, true),
    text: file.text,
    document: parsePlan(file.text, { fileName: file.filePath }),
    messages: file.result.messages,
  }));
  const title = viewFiles.length === 1 ? `planlint: ${viewFiles[0]!.name}` : `planlint: ${viewFiles.length} files`;
  const { head, tail } = pageParts({ title, bodyAttributes: { "data-state": "done" } });
  yield head;
  yield `<header class="pl-topbar"><h1>planlint</h1><span class="pl-spacer"></span><button type="button" class="pl-lang" data-i18n="language">English</button></header><main>`;
  // A file at a time: a report of many plans is never one string.
  yield* renderViewChunks({ files: viewFiles, rules: viewRules(context.rules, {}, (docs) => docsUrl(docs)) });
  yield `</main>${tail}`;
};
