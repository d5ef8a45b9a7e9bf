import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command's flags and its `--help` text. `-h`/`--help` is added to `options`; `usage` should list it. */
export interface CommandLine<O extends Options> {
  /** Starts with `Usage: …`; printed on --help (stdout) and after a refused argument (stderr). */
  usage: string;
  options: O;
  /** Whether the command takes positional arguments (default: none, so a stray word is refused too). */
  positionals?: boolean;
}

type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: boolean; strict: true }>
>;

/** What the command line asks for: a run, or an exit with a text (the help, or why it was refused). */
export type Outcome<O extends Options> =
  | { run: true; values: Parsed<O>['values']; positionals: string[] }
  | { run: false; code: 0 | 2; stdout?: string; stderr?: string };

/**
 * One parser for every script (node:util's, strict): an unknown flag, a missing value or an unexpected
 * word is refused with exit code 2 and the usage, instead of being ignored, so a typo never silently runs
 * something else (`--chek` would have regenerated rather than checked).
 */
export function parseCommandLine<const O extends Options>(
  command: CommandLine<O>,
  argv: readonly string[],
): Outcome<O> {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } } as O,
      allowPositionals: command.positionals ?? false,
      strict: true,
    });
  } catch (err) {
    return {
      run: false,
      code: 2,
      stderr: `${refusal(err as Error & { code?: string })}\n\n${command.usage}`,
    };
  }
  if ((parsed.values as { help?: boolean }).help) return { run: false, code: 0, stdout: command.usage };
  return { run: true, values: parsed.values, positionals: parsed.positionals };
}

/** The command line of this process: returns what it asks for, or prints the help or refusal and exits. */
export function readCommandLine<const O extends Options>(
  command: CommandLine<O>,
  argv: readonly string[] = process.argv.slice(2),
): { values: Parsed<O>['values']; positionals: string[] } {
  const outcome = parseCommandLine(command, argv);
  if (outcome.run) return outcome;
  if (outcome.stdout) process.stdout.write(`${outcome.stdout}\n`);
  if (outcome.stderr) process.stderr.write(`${outcome.stderr}\n`);
  process.exit(outcome.code);
}

/** node:util's messages, shortened to what the person typed wrong. */
function refusal(err: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${quoted}'`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument '${quoted}'`;
    default:
      // A missing value ("Option '--base <value>' argument missing") or a value given to a switch.
      return err.message.charAt(0).toLowerCase() + err.message.slice(1);
  }
}
