/**
 * `planlint [paths|globs]`: lint files, folders and globs (or standard input),
 * optionally fix them, and print a report. Returns what to print and the exit
 * code; only cli.ts writes to the terminal and maps errors to exit codes.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { decodeText, encodeText, parsePlan, PlanlintError, type DecodedText, type LintMessage } from "@planlint/core";
import { collectFiles } from "../collect-files.js";
import { ConfigResolver } from "../config/resolve-config.js";
import type { ResolvedConfig, TextException } from "../config/resolved-config.js";
import { parseRuleFlag } from "../config/rule-flag.js";
import { lintAndFix, writeTextFile } from "../fix-file.js";
import { displayPath, FORMATTER_NAMES, isFormatterName, loadFormatter, reportText, type LintedFile } from "../formatters/index.js";
import { lintPlan, lintText, type LintResult, type PlanFileInput } from "../linter.js";
import { parseMarkdownInParallel } from "../parse-in-parallel.js";
import { groupIntoPlans } from "../plan/find-plans.js";
import { DEFAULT_MAX_FILE_MB, decodePlanBytes, describeReadError, readPlanFile, tooLarge, WORD_FILE, type PlanFile } from "../read-file.js";
import { documentOf, placeLocator } from "../docx/places.js";
import type { Rule } from "../rule.js";
import { builtinRules } from "../rules/index.js";

export interface LintCommandOptions {
  /** Files, folders and globs. */
  patterns: string[];
  format?: string;
  outputFile?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  config?: string;
  /** `--rule` values, e.g. "consistent-terms: error". */
  rules?: string[];
  maxWarnings?: string;
  /** `--max-file-size`: megabytes, default DEFAULT_MAX_FILE_MB. */
  maxFileSize?: string;
  quiet?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
}

export interface LintCommandEnv {
  cwd: string;
  /** Colour in the stylish report. */
  colour: boolean;
  version: string;
  readStdin(): Promise<Uint8Array>;
  /** Called after each file when there are many (the CLI draws a progress line). */
  progress?(done: number, total: number): void;
  /** Rules by id; defaults to the built-in rules. */
  rules?: Readonly<Record<string, Rule<any>>>;
}

export interface CommandOutput {
  /** Text, bytes (the fixed file of `--stdin --fix`), or a report's chunks to write in turn. */
  stdout: string | Uint8Array | Iterable<string>;
  /** Warning lines, each ending in a newline. */
  stderr: string;
  exitCode: number;
}

/** More files than this, and a terminal gets a progress line. */
export const PROGRESS_THRESHOLD = 20;

const usage = (message: string) => new PlanlintError("usage", message);

export async function runLint(options: LintCommandOptions, env: LintCommandEnv): Promise<CommandOutput> {
  const rules = env.rules ?? builtinRules;
  const format = options.format ?? "stylish";
  if (!isFormatterName(format)) throw usage(`unknown format ${JSON.stringify(format)}; valid formats: ${FORMATTER_NAMES.join(", ")}`);
  if (options.fix && options.fixDryRun) throw usage("--fix and --fix-dry-run cannot be used together");
  if (options.stdin && options.patterns.length > 0) throw usage("--stdin lints standard input: give no paths with it");
  if (options.stdinFilename !== undefined && !options.stdin) throw usage("--stdin-filename needs --stdin");
  if (!options.stdin && options.patterns.length === 0) throw usage("nothing to lint: give files, folders or globs");
  let maxWarnings: number | undefined;
  if (options.maxWarnings !== undefined) {
    if (!/^\d+$/.test(options.maxWarnings)) throw usage(`--max-warnings takes a whole number, not ${JSON.stringify(options.maxWarnings)}`);
    maxWarnings = Number(options.maxWarnings);
  }
  let maxFileMb = DEFAULT_MAX_FILE_MB;
  if (options.maxFileSize !== undefined) {
    if (!/^\d+(?:\.\d+)?$/.test(options.maxFileSize) || Number(options.maxFileSize) <= 0) {
      throw usage(`--max-file-size takes a size in megabytes, such as 128, not ${JSON.stringify(options.maxFileSize)}`);
    }
    maxFileMb = Number(options.maxFileSize);
  }
  const ruleSettings = (options.rules ?? []).map((flag) => parseRuleFlag(flag, rules));
  const resolver = new ConfigResolver({
    cwd: env.cwd,
    rules,
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    ruleSettings,
    errorsOnly: options.quiet === true,
  });
  const formatter = await loadFormatter(format);

  const fixing = options.fix === true || options.fixDryRun === true;
  const quiet = options.quiet === true;
  const linted: LintedFile[] = [];
  const configs = new Set<ResolvedConfig>();
  const usedExceptions = new Set<TextException>();
  let stderr = "";
  /** Files of a plan that could not be read or decoded: named, and the exit code is 2. */
  const failures: string[] = [];
  let stdout: string | Uint8Array | Iterable<string> = "";

  const lintOne = (filePath: string, decoded: Omit<PlanFile, "path">, config: ResolvedConfig): { file: LintedFile; fixed: string | undefined } => {
    configs.add(config);
    const lint = (text: string): LintResult => {
      const result = lintText(text, { fileName: filePath, config, rules, ...documentOf(decoded, text, filePath) });
      for (const i of result.usedExceptions) usedExceptions.add(config.exceptions[i]!);
      return quiet ? onlyErrors(result) : result;
    };
    if (!fixing) {
      const result = lint(decoded.text);
      return { file: { filePath, text: decoded.text, result, ...placeLocator(decoded) }, fixed: undefined };
    }
    const fixed = lintAndFix(decoded.text, lint, decoded.mixedEol ? undefined : decoded.eol);
    const changed = fixed.text !== decoded.text;
    const file: LintedFile = { filePath, text: fixed.text, result: fixed.result, ...(changed ? {} : placeLocator(decoded)) };
    if (changed) file.output = fixed.text;
    return { file, fixed: changed ? fixed.text : undefined };
  };

  if (options.stdin) {
    const name = options.stdinFilename;
    const filePath = name !== undefined ? resolve(env.cwd, name) : join(env.cwd, "<stdin>");
    const bytes = await env.readStdin();
    if (bytes.length > maxFileMb * 1024 * 1024) throw tooLarge(name ?? "<stdin>", bytes.length, maxFileMb);
    const decoded = decodePlanBytes(bytes, name ?? "<stdin>");
    if (options.fix && decoded.docx) throw fixOnWord(name ?? "<stdin>");
    const ignored = name !== undefined && (await resolver.isIgnored(filePath, false));
    if (ignored) stderr += `planlint: warning: ${name} is ignored by the config's "ignore" patterns; not linted\n`;
    const { file, fixed } = ignored ? { file: undefined, fixed: undefined } : lintOne(name !== undefined ? filePath : "<stdin>", decoded, await resolver.configFor(filePath));
    if (file) linted.push(file);
    // With --fix, standard output is the fixed text (for editors' "format with" hooks); the report goes to stderr.
    if (options.fix) stdout = encodeText(fixed ?? decoded.text, decoded);
  } else {
    const { files, ignored } = await collectFiles(options.patterns, { cwd: env.cwd, isIgnored: (p, folder) => resolver.isIgnored(p, folder) });
    for (const path of ignored) stderr += `planlint: warning: ${path} is ignored by the config's "ignore" patterns; not linted\n`;
    // Before any file is written: --fix never rewrites a Word document, and must not half-fix a run that has one.
    const word = options.fix ? files.find((f) => WORD_FILE.test(f)) : undefined;
    if (word !== undefined) throw fixOnWord(displayPath(word, env.cwd));
    const plans = await groupIntoPlans(files, async (file) => (await resolver.configFor(file)).plans);
    let done = 0;
    const progress = () => {
      done++;
      if (files.length > PROGRESS_THRESHOLD) env.progress?.(done, files.length);
    };
    for (const plan of plans) {
      if (plan.length === 1) {
        const path = plan[0]!;
        const decoded = readPlanFile(path, maxFileMb);
        const { file, fixed } = lintOne(path, decoded, await resolver.configFor(path));
        if (options.fix && fixed !== undefined) writeTextFile(path, fixed, decoded);
        linted.push(file);
        progress();
        continue;
      }
      // A plan: its files linted together. A file that cannot be read or decoded
      // is named and left out; the rest of the plan is still linted.
      const members: { path: string; decoded: PlanFile; config: ResolvedConfig }[] = [];
      for (const path of plan) {
        try {
          members.push({ path, decoded: readPlanFile(path, maxFileMb), config: await resolver.configFor(path) });
        } catch (error) {
          if (!(error instanceof PlanlintError) || !["io", "too-large", "binary-file", "undecodable", "unsupported-encoding"].includes(error.code)) throw error;
          failures.push(`planlint: ${error.format().split(env.cwd + sep).join("")} (left out of the plan ${displayPath(dirname(path), env.cwd)}; its other files are linted)\n`);
          progress();
        }
      }
      // Markdown is parsed on two threads when the plan is large enough to pay for it.
      const documents = await parseMarkdownInParallel(members.map((m) => ({ fileName: m.path, text: m.decoded.text })));
      const results = lintPlan(
        members.map((m, i) => {
          const document = documents[i];
          // A Word document's own parse (from its paragraphs) wins over any other.
          return { fileName: m.path, text: m.decoded.text, config: m.config, ...(document ? { document } : {}), ...documentOf(m.decoded, m.decoded.text, m.path) };
        }),
        { rules },
      );
      let others: PlanFileInput[] | undefined;
      for (let i = 0; i < members.length; i++) {
        const m = members[i]!;
        configs.add(m.config);
        for (const k of results[i]!.usedExceptions) usedExceptions.add(m.config.exceptions[k]!);
        if (!fixing) {
          linted.push({ filePath: m.path, text: m.decoded.text, result: quiet ? onlyErrors(results[i]!) : results[i]!, ...placeLocator(m.decoded) });
          progress();
          continue;
        }
        // --fix stays per file: each file is fixed with the others as they are by then
        // (the earlier files fixed already, the later ones as read).
        others ??= members.map((o) => ({ fileName: o.path, text: o.decoded.text, config: o.config, document: parsePlan(o.decoded.text, { fileName: o.path }) }));
        const current = others;
        const lint = (text: string): LintResult => {
          const inputs = current.map((o, j) => (j === i ? { fileName: o.fileName, text, config: o.config } : o));
          const result = lintPlan(inputs, { rules, only: [i] })[0]!;
          for (const k of result.usedExceptions) usedExceptions.add(m.config.exceptions[k]!);
          return quiet ? onlyErrors(result) : result;
        };
        const fixedFile = lintAndFix(m.decoded.text, lint, m.decoded.mixedEol ? undefined : m.decoded.eol);
        if (fixedFile.text !== m.decoded.text) others[i] = { ...others[i]!, text: fixedFile.text, document: parsePlan(fixedFile.text, { fileName: m.path }) };
        const file: LintedFile = { filePath: m.path, text: fixedFile.text, result: fixedFile.result };
        if (fixedFile.text !== m.decoded.text) {
          file.output = fixedFile.text;
          if (options.fix) writeTextFile(m.path, fixedFile.text, m.decoded);
        }
        linted.push(file);
        progress();
      }
    }
  }

  const report = formatter(linted, { cwd: env.cwd, rules, colour: env.colour && options.outputFile === undefined && !(options.stdin && options.fix), version: env.version });
  if (options.outputFile !== undefined) {
    const target = resolve(env.cwd, options.outputFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeChunksSync(target, report);
    } catch (cause) {
      throw new PlanlintError("io", `cannot write ${options.outputFile}: ${describeReadError(cause)}`, {}, undefined, { cause });
    }
  } else if (options.stdin && options.fix) {
    stderr = reportText(report) + stderr;
  } else {
    stdout = report;
  }

  if (!quiet) stderr += unusedExceptionWarnings(configs, usedExceptions, env.cwd);
  if (ruleSettings.length === 0 && !quiet) stderr += noRuleWarnings(configs, env.cwd);

  stderr += failures.join("");
  const errors = linted.reduce((n, f) => n + f.result.errorCount, 0);
  const warnings = linted.reduce((n, f) => n + f.result.warningCount, 0);
  let exitCode = errors > 0 ? 1 : 0;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    stderr += `planlint: too many warnings (${warnings}; --max-warnings allows ${maxWarnings})\n`;
    exitCode = 1;
  }
  if (failures.length > 0) exitCode = 2;
  return { stdout, stderr, exitCode };
}

function fixOnWord(name: string): PlanlintError {
  return new PlanlintError("usage", `--fix does not rewrite a Word document (${name}); the original stays as it is`, {}, `write a reviewed copy with the fixes as tracked changes: planlint review ${name} --out REVIEWED.docx`);
}

/** `--quiet`: errors only, counts to match. */
function onlyErrors(result: LintResult): LintResult {
  const messages: LintMessage[] = result.messages.filter((m) => m.severity === "error");
  if (messages.length === result.messages.length) return result;
  return { ...result, messages, warningCount: 0, infoCount: 0, fixableWarningCount: 0 };
}

/** Exceptions that silenced nothing in any linted file: stale ones hide future findings. */
function unusedExceptionWarnings(configs: Set<ResolvedConfig>, used: Set<TextException>, cwd: string): string {
  const seen = new Set<TextException>();
  let out = "";
  for (const config of configs) {
    for (const exception of config.exceptions) {
      if (seen.has(exception) || used.has(exception)) continue;
      seen.add(exception);
      const src = exception.source;
      const where = src ? `${displayPath(src.file, cwd)}${src.line !== undefined ? `:${src.line}:${src.column}` : ""}: ` : "";
      const label = src ? `exceptions[${src.index}] ` : "";
      const rule = exception.rule ? ` for ${exception.rule}` : "";
      out += `planlint: warning: ${where}${label}${JSON.stringify(exception.text)}${rule} silenced nothing in the linted files; remove it if it is no longer needed\n`;
    }
  }
  return out;
}

/** A config that turns no rule on lints nothing: most likely it lacks `extends`. */
function noRuleWarnings(configs: Set<ResolvedConfig>, cwd: string): string {
  const files = new Set<string>();
  for (const config of configs) if (config.rules.size === 0 && config.configFile) files.add(config.configFile);
  let out = "";
  for (const file of files) {
    out += `planlint: warning: ${displayPath(file, cwd)} turns no rule on; add "extends": "planlint:recommended" or some "rules"\n`;
  }
  return out;
}

/** Writes a report's chunks to a file, a few at a time (see Formatter: the whole report may not fit one string). */
function writeChunksSync(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, "w");
  try {
    let batch = "";
    for (const chunk of chunks) {
      batch += chunk;
      if (batch.length >= 1 << 16) {
        writeSync(fd, batch);
        batch = "";
      }
    }
    if (batch) writeSync(fd, batch);
  } finally {
    closeSync(fd);
  }
}
