import { type DestinationStream, type Logger, pino } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config.js';

export type { Logger };

// Fields database drivers put on errors that quote row values (PostgreSQL's "Failing row contains (…)",
// the parameters of a failed query): those values may be password hashes or socket secrets.
const VALUE_CARRYING_FIELDS = ['detail', 'where', 'parameters', 'bindings', 'sql'] as const;

// Names under which a secret could reach a log line if someone logged a payload, a handshake or headers
// whole. Our code logs none of these (test/logging-secrets.test.ts drives each secret through the server
// and looks for it in the log); this is the net under that rule, at the top level and one level down.
const SECRET_KEYS = [
  'password',
  'newPassword',
  'token',
  'sessionToken',
  'secret',
  'socketSecret',
  'ticket',
  'authorization',
  'cookie',
  'databaseUrl',
  'redisUrl',
];
const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
];

function serializeError(err: Error): Record<string, unknown> {
  const out = pino.stdSerializers.err(err) as unknown as Record<string, unknown>;
  for (const field of VALUE_CARRYING_FIELDS) delete out[field];
  return out;
}

/**
 * LOG_FORMAT=pretty: one coloured line per event for people at a terminal (pino-pretty, in this
 * process and synchronous, so lines keep their order with the banner and nothing is lost at exit).
 */
function prettyStream(destination: DestinationStream | undefined): DestinationStream {
  return pretty({
    destination: destination ?? 1,
    sync: true,
    colorize: destination === undefined && process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service',
    singleLine: true,
  });
}

/**
 * Structured logs: one JSON object per line on stdout (or the given stream, for tests), or with
 * LOG_FORMAT=pretty lines for people.
 */
export function createLogger(
  config: Pick<Config, 'logLevel'> & Partial<Pick<Config, 'logFormat'>>,
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'switchboard' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: serializeError },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    config.logFormat === 'pretty' ? prettyStream(destination) : destination,
  );
}
