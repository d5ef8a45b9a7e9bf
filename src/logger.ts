import { type DestinationStream, type Logger, pino } from 'pino';
import type { Config } from './config.js';

export type { Logger };

// Fields database drivers put on errors that quote row values (PostgreSQL's "Failing row contains (…)",
// the parameters of a failed query): those values may be password hashes or socket secrets.
const VALUE_CARRYING_FIELDS = ['detail', 'where', 'parameters', 'bindings', 'sql'] as const;

function serializeError(err: Error): Record<string, unknown> {
  const out = pino.stdSerializers.err(err) as unknown as Record<string, unknown>;
  for (const field of VALUE_CARRYING_FIELDS) delete out[field];
  return out;
}

/** Structured logs: one JSON object per line on stdout (or the given stream, for tests). */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'switchboard' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: serializeError },
    },
    destination,
  );
}
