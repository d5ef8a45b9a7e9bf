import { createServer } from 'node:net';
import type { Config } from '../config.js';
import { prepareDataDir } from './data-dir.js';
import { listenError } from './listen-error.js';

/** Listens on PORT and HOST for a moment: a port in use or a HOST of another machine shows now. */
async function tryListen(port: number, host: string): Promise<void> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (err) => reject(listenError(err, port, host) ?? err));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/**
 * The checks `--check-config` adds to the variables' own: DATA_DIR usable (SQLite only), PORT free and
 * HOST an address of this machine. `make run` runs them before generating the code and the docs (tens
 * of seconds), so that a mistake shows at once; the server makes the same checks again as it starts,
 * since a port free now may be taken by then.
 */
export async function preflight(config: Config): Promise<void> {
  if (!config.databaseUrl) prepareDataDir(config.dataDir);
  await tryListen(config.port, config.host);
}
