import { ConfigError, loadConfig } from './config.js';
import { startServer } from './server.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`switchboard: ${err.message}`);
  process.exit(1);
}

const server = await startServer({ config });
console.log(
  `Switchboard ${config.serverVersion} on ${server.url}  (docs: ${server.url}/api/docs and ${server.url}/api/docs/async)`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        server.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
