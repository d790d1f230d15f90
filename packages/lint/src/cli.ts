/**
 * The `planlint` command. The only place that turns errors into exit codes and
 * messages: 0 ok, 2 usage / IO / decoding failure (1 is kept for lint errors).
 *
 * Start-up matters (the CLI runs once per file in CI and editors' tasks), so this
 * file imports nothing but node built-ins; each command is loaded when it runs.
 */
import { parseArgs } from "node:util";
import { version } from "../package.json";

const USAGE = `Usage: planlint <command> [options]

Commands:
  outline FILE     the plan's structure: parts, chapters, sections, items, measures
  glossary FILE    the glossary (用語解説) entries found in the plan

Options:
  --json           print JSON (offsets 0-based [start, end); loc lines and columns 1-based)
  --verbose        with --json: keep the maps from joined text back to the source
  --debug          print the stack trace of an internal error
  -h, --help       show this help
  -v, --version    print the version

Exit codes: 0 ok, 2 usage, file or decoding error.
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
};

const OPTIONS = {
  json: { type: "boolean" },
  verbose: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** A mistake in the command line: reported with a pointer to --help, exit 2. */
class UsageError extends Error {}

interface Output {
  stdout: string;
  exitCode: number;
}

async function main(argv: string[]): Promise<Output> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.version) return { stdout: `${version}\n`, exitCode: 0 };
  const [command, ...files] = positionals;
  if (command === "help") return { stdout: COMMAND_USAGE[files[0] ?? ""] ?? USAGE, exitCode: 0 };
  if (values.help) return { stdout: COMMAND_USAGE[command ?? ""] ?? USAGE, exitCode: 0 };
  if (command === undefined) throw new UsageError("missing command");

  const { createStyle, wantsColour } = await import("./style.js");
  const style = createStyle(wantsColour(process.stdout, process.env));
  switch (command) {
    case "outline": {
      const file = singleFile(command, files);
      const { runOutline } = await import("./commands/outline.js");
      return { stdout: runOutline(file, { json: values.json === true, verbose: values.verbose === true, style }), exitCode: 0 };
    }
    case "glossary": {
      const file = singleFile(command, files);
      const { runGlossary } = await import("./commands/glossary.js");
      return { stdout: runGlossary(file, { json: values.json === true, style }), exitCode: 0 };
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
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

interface PlanlintErrorLike extends Error {
  format(): string;
}

/** Duck-typed so this file need not load @planlint/core to recognise its errors. */
function isPlanlintError(error: unknown): error is PlanlintErrorLike {
  return error instanceof Error && error.name === "PlanlintError" && typeof (error as PlanlintErrorLike).format === "function";
}

function describeFailure(error: unknown, debug: boolean): string {
  if (error instanceof UsageError) return `planlint: ${error.message} (see "planlint --help")\n`;
  if (isPlanlintError(error)) return `planlint: ${error.format()}\n`;
  const message = error instanceof Error ? error.message : String(error);
  const line = `planlint: internal error: ${message.split("\n")[0]}`;
  if (!debug) return `${line} (run with --debug for the stack trace)\n`;
  return `${line}\n${error instanceof Error && error.stack ? error.stack : String(error)}\n`;
}

function start(): void {
  const argv = process.argv.slice(2);
  // A reader that stops early (`planlint outline --json FILE | head`) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(argv).then(
    (output) => {
      // One write, and no process.exit(): node exits once the write is flushed,
      // so large JSON going to a pipe is never cut short.
      process.exitCode = output.exitCode;
      if (output.stdout) process.stdout.write(output.stdout);
    },
    (error: unknown) => {
      process.exitCode = 2;
      process.stderr.write(describeFailure(error, argv.includes("--debug")));
    },
  );
}

start();
