/**
 * The `planlint` command. The only place that turns errors into exit codes and
 * messages: 0 clean, 1 lint errors (or too many warnings), 2 usage, config,
 * file or decoding failure — always one line on stderr, a stack trace only
 * with --debug.
 *
 * Start-up matters (the CLI runs once per file in CI and editors' tasks), so this
 * file imports nothing but node built-ins (and the V8 flags it runs under); each
 * command, formatter and config parser is loaded when it runs. Built as
 * dist/cli-program.cjs, it is started by the `planlint` launcher (launcher.ts).
 */
import { fstatSync, statSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import { version } from "../package.json";
import { capOptimisation } from "./optimisation.js";
import { onStdoutError, stdoutIsTerminal, writeStdout } from "./standard-output.js";

const USAGE = `Usage: planlint [options] <files, folders or globs>
       planlint <command> ...

Lints Japanese plan documents (.txt, .md, .markdown, .docx in folders; any file named).
A folder's files named with an order number (00_はじめに.md, 01_第1章.md, …) are
one plan, linted together; the config's "plans" can list plans or turn this off.

Options:
  -f, --format NAME        stylish (default), json, sarif, github or html
  -o, --output-file FILE   write the report to FILE instead of standard output
      --fix                apply safe fixes to the files (written back in their encoding)
      --fix-dry-run        report as if fixed, write nothing (json: adds "output")
  -c, --config FILE        use this config only (no search for planlint.config.*)
      --rule 'ID: SEVERITY'  set a rule: off, info, warn, error, or
                           'ID: ["warn", {options}]'; may be repeated
      --max-warnings N     exit 1 when there are more than N warnings
      --max-file-size MB   refuse files larger than MB megabytes (default 64)
      --quiet              report errors only (runs only rules set to "error")
      --stdin              lint standard input; with --fix, print the fixed text
      --stdin-filename NAME  the name of the standard input (config, format, messages)
      --debug              print the stack trace of an internal error
  -h, --help               show this help
  -v, --version            print the version

Commands:
  init [FOLDER]    write a commented planlint.config.jsonc (never overwrites)
  outline FILE     the plan's structure: parts, chapters, sections, items, measures
                   (a FOLDER: every file of its plan, in plan order)
  glossary FILE    the glossary (用語解説) entries found in the plan (or FOLDER)
  review IN.docx --out OUT.docx
                   a reviewed copy of a Word document: fixes as tracked changes,
                   other findings as comments (the original is never changed)

Exit codes: 0 clean (warnings alone too), 1 lint errors or more warnings than
--max-warnings, 2 usage, config, file or decoding error.
`;

const COMMAND_USAGE: Record<string, string> = {
  outline: `Usage: planlint outline FILE [--json] [--verbose]

Prints the plan's parts and, inside them, the overview's ■ headings, the body's
chapters, sections, items, measures (with their owners in 【】) and footnotes,
each with its line number. --json prints the plan model with a 1-based loc next
to every range; --verbose also keeps the joined texts' maps back to the source.
`,
  glossary: `Usage: planlint glossary FILE [--json]

Prints one line per glossary entry: headword, expansion, (reading), → see-also,
line. --json prints the entries with a 1-based loc next to every range.
`,
  review: `Usage: planlint review IN.docx --out OUT.docx [-c CONFIG] [--rule 'ID: SEVERITY']

Writes OUT.docx, a copy of IN.docx reviewed by planlint: each safe fix (what
--fix does to a text file) is a tracked change by 「planlint」, each other finding
a comment on its text with the message and the rule, a finding with suggestions
a comment naming the choices. Accept all changes in Word and the text is what
--fix gives; reject all and it is the original. IN.docx is never written.
Exit 1 when errors remain after the fixes, 2 when IN cannot be read.
`,
  init: `Usage: planlint init [FOLDER]

Writes FOLDER/planlint.config.jsonc (FOLDER defaults to the current folder): it
extends planlint:recommended and lists every rule, commented out, to tune. A
folder that already has a planlint config keeps it.
`,
};

const OPTIONS = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  config: { type: "string", short: "c" },
  rule: { type: "string", multiple: true },
  "max-warnings": { type: "string" },
  "max-file-size": { type: "string" },
  quiet: { type: "boolean" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  json: { type: "boolean" },
  verbose: { type: "boolean" },
  out: { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Which options each command takes (debug, help and version go with all). */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  lint: ["format", "output-file", "fix", "fix-dry-run", "config", "rule", "max-warnings", "max-file-size", "quiet", "stdin", "stdin-filename"],
  outline: ["json", "verbose"],
  glossary: ["json"],
  init: [],
  review: ["out", "config", "rule", "max-file-size"],
};
const COMMANDS = new Set(["outline", "glossary", "init", "review"]);

/** A mistake in the command line: reported with a pointer to --help, exit 2. */
class UsageError extends Error {}

interface Output {
  stdout: string | Uint8Array | Iterable<string>;
  stderr?: string;
  exitCode: number;
}

async function main(argv: string[]): Promise<Output> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.version) return { stdout: `${version}\n`, exitCode: 0 };
  const first = positionals[0];
  if (first === "help") return { stdout: COMMAND_USAGE[positionals[1] ?? ""] ?? USAGE, exitCode: 0 };
  const command = first !== undefined && COMMANDS.has(first) ? first : "lint";
  const args = command === "lint" ? positionals : positionals.slice(1);
  if (values.help) return { stdout: COMMAND_USAGE[command] ?? USAGE, exitCode: 0 };
  for (const name of Object.keys(values)) {
    if (name === "debug" || COMMAND_OPTIONS[command]!.includes(name)) continue;
    throw new UsageError(command === "lint" ? `option --${name} is for planlint outline/glossary, not for linting` : `option --${name} is not for planlint ${command}`);
  }

  switch (command) {
    case "outline":
    case "glossary": {
      const file = singleFile(command, args);
      const { createStyle, wantsColour } = await import("./style.js");
      const style = createStyle(wantsColour({ isTTY: stdoutIsTerminal() }, process.env));
      if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
        // A folder: its plan, file by file in plan order.
        const { planFilesIn } = await import("./commands/plan-folder.js");
        const files = await planFilesIn(file, process.cwd());
        if (command === "outline") {
          const { runOutlineOfFiles } = await import("./commands/outline.js");
          return { stdout: runOutlineOfFiles(files, { json: values.json === true, verbose: values.verbose === true, style }, shownPath), exitCode: 0 };
        }
        const { runGlossaryOfFiles } = await import("./commands/glossary.js");
        return { stdout: runGlossaryOfFiles(files, { json: values.json === true, style }, shownPath), exitCode: 0 };
      }
      if (command === "outline") {
        const { runOutline } = await import("./commands/outline.js");
        return { stdout: runOutline(file, { json: values.json === true, verbose: values.verbose === true, style }), exitCode: 0 };
      }
      const { runGlossary } = await import("./commands/glossary.js");
      return { stdout: runGlossary(file, { json: values.json === true, style }), exitCode: 0 };
    }
    case "review": {
      const file = singleFile(command, args);
      const { runReview } = await import("./commands/review.js");
      return await runReview({ file, out: values.out, config: values.config, rules: values.rule, maxFileSize: values["max-file-size"] }, { cwd: process.cwd() });
    }
    case "init": {
      if (args.length > 1) throw new UsageError(`init: expected at most one FOLDER, got ${args.length}`);
      const { runInit } = await import("./commands/init.js");
      const written = await runInit(args[0] ?? ".", process.cwd());
      return { stdout: `Wrote ${shownPath(written)}: it extends planlint:recommended; edit it to tune the rules.\n`, exitCode: 0 };
    }
    default: {
      if (positionals.length === 0 && !values.stdin) {
        throw new UsageError("nothing to lint: give files, folders or globs (or a command: init, outline, glossary, review)");
      }
      const { runLint } = await import("./commands/lint.js");
      const { wantsColour } = await import("./style.js");
      const progress = createProgress();
      try {
        return await runLint(
          {
            patterns: args,
            format: values.format,
            outputFile: values["output-file"],
            fix: values.fix,
            fixDryRun: values["fix-dry-run"],
            config: values.config,
            rules: values.rule,
            maxWarnings: values["max-warnings"],
            maxFileSize: values["max-file-size"],
            quiet: values.quiet,
            stdin: values.stdin,
            stdinFilename: values["stdin-filename"],
          },
          { cwd: process.cwd(), colour: wantsColour({ isTTY: stdoutIsTerminal() }, process.env), version, readStdin, ...(progress ? { progress } : {}) },
        );
      } finally {
        progress?.done();
      }
    }
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A progress line on a terminal's stderr, redrawn at most every 100 ms and erased at the end. */
/**
 * Whether stderr is a terminal. process.stderr is made on first use, and for a
 * pipe (as in CI) that loads Node's networking stack: 2 ms of a run that never
 * writes to stderr. A terminal is always a character device, so one fstat rules
 * most other cases out before process.stderr is needed.
 */
function stderrIsTerminal(): boolean {
  try {
    if (!fstatSync(2).isCharacterDevice()) return false;
  } catch {
    // Let process.stderr decide, as it would have.
  }
  return process.stderr.isTTY === true;
}

function createProgress(): ((done: number, total: number) => void) & { done(): void } | undefined {
  if (!stderrIsTerminal()) return undefined;
  let last = 0;
  let drawn = false;
  const draw = (done: number, total: number) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    drawn = true;
    process.stderr.write(`\r\x1b[2Kplanlint: ${done}/${total} files linted`);
  };
  return Object.assign(draw, {
    done: () => {
      if (drawn) process.stderr.write("\r\x1b[2K");
    },
  });
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
}

/** parseArgs' messages are long and advise `--`; say what is wrong in a few words. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']*)'/.exec(message)?.[1];
  switch ((error as { code?: string }).code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${option ?? message}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (option && /argument missing/.test(message)) return `option ${option.split(" ")[0]} needs a value`;
      return option ? `option ${option} takes no value` : message;
    default:
      return message;
  }
}

function singleFile(command: string, files: string[]): string {
  if (files.length === 0) throw new UsageError(`${command}: missing FILE`);
  if (files.length > 1) throw new UsageError(`${command}: expected one FILE, got ${files.length}`);
  return files[0]!;
}

/** A path inside the working folder, as a relative path. */
function shownPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

interface PlanlintErrorLike extends Error {
  code: string;
  file?: string;
  format(): string;
}

/** Duck-typed so this file need not load @planlint/core to recognise its errors. */
function isPlanlintError(error: unknown): error is PlanlintErrorLike {
  return error instanceof Error && error.name === "PlanlintError" && typeof (error as PlanlintErrorLike).format === "function";
}

function describeFailure(error: unknown, debug: boolean): string {
  const stack = debug && error instanceof Error && error.stack ? `${error.stack}\n` : "";
  if (error instanceof UsageError) return `planlint: ${error.message} (see "planlint --help")\n`;
  if (isPlanlintError(error)) {
    // Paths inside the working folder are shown relative to it, as the user typed them.
    const line = error.format().split(process.cwd() + sep).join("");
    const help = error.code === "usage" ? ' (see "planlint --help")' : "";
    return `planlint: ${line}${help}\n${stack}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const line = `planlint: internal error: ${message.split("\n")[0]}`;
  if (!debug) return `${line} (run with --debug for the stack trace)\n`;
  return `${line}\n${stack || `${String(error)}\n`}`;
}

/**
 * Writes a report's chunks in batches of about 64 KB, waiting for the stream to
 * drain when it asks to: a report of a million findings never sits in memory
 * whole, neither as one string nor in the stream's buffer.
 */
async function writeChunks(chunks: Iterable<string>): Promise<void> {
  let batch = "";
  const flush = async (): Promise<void> => {
    const ok = writeStdout(batch);
    batch = "";
    if (!ok) await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
  };
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= 1 << 16) await flush();
  }
  if (batch.length > 0) await flush();
}

function start(): void {
  capOptimisation();
  const argv = process.argv.slice(2);
  // A reader that stops early (`planlint outline --json FILE | head`) is not an error.
  onStdoutError((error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  const fail = (error: unknown): void => {
    process.exitCode = 2;
    process.stderr.write(describeFailure(error, argv.includes("--debug")));
  };
  main(argv)
    .then((output) => {
      // No process.exit(): node exits once the writes are flushed, so large JSON
      // going to a pipe is never cut short.
      process.exitCode = output.exitCode;
      if (output.stderr) process.stderr.write(output.stderr);
      const out = output.stdout;
      if (typeof out === "string" || out instanceof Uint8Array) {
        if (out.length > 0) writeStdout(out);
        return undefined;
      }
      return writeChunks(out);
    })
    .catch(fail);
}

start();
