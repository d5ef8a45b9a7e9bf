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
// server.close); a second one, or a shutdown that overruns its grace by far, ends the process at once.
let server: RunningServer | undefined;
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping || !server) {
    console.error(`switchboard: ${signal}: exiting now`);
    process.exit(server ? 1 : 0);
  }
  stopping = true;
  const running = server;
  setTimeout(() => {
    running.log.error('shutdown overran its grace: exiting now');
    process.exit(1);
  }, config.shutdownGraceMs + 10_000).unref();
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
