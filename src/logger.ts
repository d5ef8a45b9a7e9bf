import { type DestinationStream, type Logger, pino } from 'pino';
import type { Config } from './config.js';

export type { Logger };

/** Structured logs: one JSON object per line on stdout (or the given stream, for tests). */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    { level: config.logLevel, base: { service: 'switchboard' }, timestamp: pino.stdTimeFunctions.isoTime },
    destination,
  );
}
