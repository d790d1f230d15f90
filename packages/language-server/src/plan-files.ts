/**
 * The plan an open document belongs to (a folder of numbered chapter files, or
 * a config's `plans`): its other files, taken from the editor when open and from
 * disk otherwise (read again only when the file changed on disk), so the open
 * chapter is linted with the whole plan. It also remembers which open documents
 * were linted with which files, so an edit re-lints the chapters that depend on it
 * (a definition added in chapter 1 clears a finding in chapter 3).
 */
import { readFileSync, statSync } from "node:fs";
import { decodeText, parsePlan, type PlanDocument } from "@planlint/core";
import { planOfFile, type PlanFileInput, type ResolvedConfig } from "@planlint/lint";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Analysis, PlanDocuments, PlanInputs } from "./documents.js";
import type { PlanSource } from "./host.js";

interface DiskFile {
  mtimeMs: number;
  size: number;
  text: string;
  document: PlanDocument;
}

/** How long a plan's file list is trusted before the folder is listed again. */
const LISTING_TTL_MS = 2000;

export class PlanFiles implements PlanSource {
  private readonly disk = new Map<string, DiskFile>();
  private readonly listings = new Map<string, { at: number; config: ResolvedConfig; paths: string[] | undefined }>();
  /** Open document → the files of the plan it was last linted with. */
  private readonly linkedTo = new Map<string, ReadonlySet<string>>();
  /** A plan file's URI by its path: every lint of a chapter asks for each file of its plan. */
  private readonly uris = new Map<string, string>();

  constructor(
    private readonly documents: PlanDocuments,
    private readonly logError: (what: string, error: unknown) => void,
  ) {
    documents.documents.onDidClose((e) => this.linkedTo.delete(e.document.uri));
  }

  /** The plan of `analysis`'s file, or undefined when it stands alone (or is not a file). */
  async inputsFor(analysis: Analysis, config: ResolvedConfig): Promise<PlanInputs | undefined> {
    const path = analysis.filePath;
    if (path === undefined) return undefined;
    let paths: string[] | undefined;
    // The folder is listed again at most every LISTING_TTL_MS: typing re-lints many times a second.
    const listed = this.listings.get(path);
    if (listed && listed.config === config && Date.now() - listed.at < LISTING_TTL_MS) paths = listed.paths;
    else {
      try {
        paths = await planOfFile(path, config.plans);
        this.listings.set(path, { at: Date.now(), config, paths });
      } catch (error) {
        this.logError(`finding the plan of ${path}`, error);
      }
    }
    if (!paths) {
      this.linkedTo.delete(analysis.uri);
      return undefined;
    }
    const files: PlanFileInput[] = [];
    let index = -1;
    for (const p of paths) {
      if (p === path) {
        index = files.length;
        files.push({ fileName: p, text: analysis.text, document: analysis.plan });
        continue;
      }
      let uri = this.uris.get(p);
      if (uri === undefined) this.uris.set(p, (uri = pathToFileURL(resolve(p)).href));
      const open = this.documents.analysis(uri);
      if (open && !open.tooLarge) {
        files.push({ fileName: p, text: open.text, document: open.plan });
        continue;
      }
      const read = this.read(p);
      if (read) files.push({ fileName: p, text: read.text, document: read.document });
    }
    this.linkedTo.set(analysis.uri, new Set(paths));
    return { files, index };
  }

  /** Open documents, other than `uri`, last linted with the file of `uri` in their plan. */
  dependentsOf(uri: string): string[] {
    const path = this.documents.analysis(uri)?.filePath;
    if (path === undefined) return [];
    const out: string[] = [];
    for (const [other, files] of this.linkedTo) if (other !== uri && files.has(path)) out.push(other);
    return out;
  }

  /** A closed file of the plan, from disk; undefined (and left out) when it cannot be read or decoded. */
  private read(path: string): DiskFile | undefined {
    try {
      const stat = statSync(path);
      const known = this.disk.get(path);
      if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known;
      const { text } = decodeText(readFileSync(path), path);
      const file = { mtimeMs: stat.mtimeMs, size: stat.size, text, document: parsePlan(text, { fileName: path }) };
      this.disk.set(path, file);
      return file;
    } catch (error) {
      this.disk.delete(path);
      this.logError(`reading ${path} (a file of the plan)`, error);
      return undefined;
    }
  }
}
