import { ConfigError, loadConfig } from './config.js';
import { type RunningServer, startServer } from './server.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`switchboard: ${err.message}`);
  process.exit(1);
}

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

server = await startServer({ config });
console.log(
  `Switchboard ${config.serverVersion} on ${server.url}  (docs: ${server.url}/api/docs and ${server.url}/api/docs/async)`,
);
