import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from './config.js';
import type { RunningServer } from './server.js';
import { preflight } from './startup/preflight.js';
import { EXIT_CONFIG, StartupError } from './startup/startup-error.js';

/** A known reason not to start: one line per problem on stderr, no stack trace, a documented exit code. */
function fail(problems: readonly string[], exitCode: number): never {
  for (const problem of problems) console.error(`switchboard: ${problem}`);
  process.exit(exitCode);
}

const USAGE = `Usage: node --import tsx src/main.ts [--check-config]

Starts Switchboard, configured by environment variables (docs/operations.md).

Options:
  --check-config  check the variables (every bad one at once), then that DATA_DIR is usable and PORT and
                  HOST can be listened on, and exit: 0, or 78 with one line per problem (the database
                  and Redis are not contacted)
  -h, --help      this text`;

// As every script's command line (scripts/lib/args.ts): an unknown flag is refused, exit 2, with the usage.
let checkOnly = false;
try {
  const { values } = parseArgs({
    options: { 'check-config': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  checkOnly = values['check-config'] === true;
} catch (err) {
  const arg = /'([^']+)'/.exec((err as Error).message)?.[1];
  const why =
    (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? 'unknown option'
      : 'unexpected argument';
  process.stderr.write(`${why} '${arg}'\n\n${USAGE}\n`);
  process.exit(2);
}

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  fail(err.problems, EXIT_CONFIG);
}

// `--check-config` (make run's first step): the configuration and what it names on this machine, then exit.
if (checkOnly) {
  try {
    await preflight(config);
  } catch (err) {
    if (!(err instanceof StartupError)) throw err;
    fail([err.message], err.exitCode);
  }
  console.log('switchboard: configuration OK');
  process.exit(0);
}

// Imported only now: a bad configuration is reported before the whole server is loaded.
const { startServer } = await import('./server.js');

// Signal handlers come first: one that arrived between the banner and their registration would kill
// the process outright, skipping the shutdown. The first signal shuts down gracefully (see
// server.close), which exits 0 within SHUTDOWN_TIMEOUT_MS; a second signal, or a shutdown that overruns
// the timeout (a hung store), ends the process at once with 1.
// The shutdown's own phases end within the timeout (core/shutdown-notice.ts); this margin only keeps a
// process that is slow to exit (a loaded machine) from being counted as hung.
const OVERRUN_MARGIN_MS = 2000;
let server: RunningServer | undefined;
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping || !server) {
    console.error(`switchboard: ${signal} again: exiting now, without finishing the shutdown`);
    process.exit(server ? 1 : 0);
  }
  stopping = true;
  const running = server;
  setTimeout(() => {
    running.log.error(
      { timeoutMs: config.shutdownTimeoutMs },
      'shutdown overran SHUTDOWN_TIMEOUT_MS: exiting now',
    );
    process.exit(1);
  }, config.shutdownTimeoutMs + OVERRUN_MARGIN_MS).unref();
  running.close().then(
    () => process.exit(0),
    (err: unknown) => {
      running.log.error({ err }, 'shutdown failed');
      process.exit(1);
    },
  );
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal));

try {
  server = await startServer({ config });
} catch (err) {
  // A known cause (a port in use, a database that never answered): one line. Anything else is a bug,
  // and its stack trace is what finds it.
  if (!(err instanceof StartupError)) throw err;
  fail([err.message], err.exitCode);
}
console.log(
  `Switchboard ${config.serverVersion} on ${server.url}  (docs: ${server.url}/api/docs and ${server.url}/api/docs/async)`,
);
