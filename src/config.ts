import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/** ALLOWED_ORIGINS: any origin (`*`), or the listed ones, serialized as browsers send them (none: same-origin only). */
export type AllowedOrigins = '*' | readonly string[];

/** Everything the server reads from its environment, validated once at start-up. */
export interface Config {
  port: number;
  host: string;
  /** Where the SQLite file and other local state live. */
  dataDir: string;
  /** PostgreSQL connection URL; when set it replaces the embedded SQLite file. */
  databaseUrl: string | undefined;
  /** PostgreSQL schema holding Switchboard's tables (created when missing). */
  databaseSchema: string;
  /** At start-up, how long PostgreSQL is retried (backing off) before the server gives up. */
  databaseConnectTimeoutMs: number;
  /** Redis connection URL; when set this process is one of a cluster sharing Redis and PostgreSQL. */
  redisUrl: string | undefined;
  /** Put before every Redis key and channel, so several deployments (or test runs) can share one Redis. */
  redisPrefix: string;
  /** At start-up, how long Redis is retried (backing off) before the server gives up. */
  redisConnectTimeoutMs: number;
  /** This process's name in the cluster: unique per process, and new at each start. */
  nodeId: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** JSON lines for machines (the default), or coloured single lines for people (pino-pretty). */
  logFormat: 'json' | 'pretty';
  /** Validate every outbound frame, acknowledgement and HTTP response against the spec. */
  outboundValidation: boolean;
  sessionTtlSeconds: number;
  /** Largest Socket.IO event answered with a PAYLOAD_TOO_LARGE error; four times this closes the connection. */
  maxFrameBytes: number;
  maxHttpBodyBytes: number;
  /** JSON nested deeper than this, over any transport, is refused with BAD_INPUT before a handler sees it. */
  maxJsonDepth: number;
  /** log2 of scrypt's cost parameter N for new password hashes. */
  passwordHashCost: number;
  /** Password hashes computed at once; more wait (up to 32 per slot), then get UNAVAILABLE. */
  passwordHashConcurrency: number;
  /** Registrations and logins per client address per minute (a burst of as many, then refilled evenly). */
  authRateLimit: number;
  /** Failed logins per username per 15 minutes (a burst of as many, then refilled evenly). */
  failedLoginLimit: number;
  /**
   * Reverse proxies in front of the server whose X-Forwarded-For entries are trusted (0: none). The
   * client address is the entry the outermost trusted proxy wrote; entries left of it are the client's own.
   */
  trustProxyHops: number;
  /** How long a client may take to send an HTTP request's headers... */
  httpHeadersTimeoutMs: number;
  /** ...and the whole request, body included. */
  httpRequestTimeoutMs: number;
  /** Plain HTTP sockets (not upgraded to WebSocket) open at once (0: no limit)... */
  maxHttpSockets: number;
  /** ...and from one client address (0: no limit; not applied behind a trusted proxy, which is the one address). */
  maxHttpSocketsPerAddress: number;
  /** SERVER_ONLINE_ACTIVITIES_DISABLED: no activity is tracked or sent (GameVault's switch). */
  activitiesDisabled: boolean;
  /** Who gets activity changes: every connection, or only followers and the user's own devices. */
  activitiesBroadcast: 'all' | 'followers';
  /** set-activity changes per minute per user. */
  activityRateLimit: number;
  /** Users one connection may follow at once. */
  maxFollows: number;
  /** Engine.IO pings every this many milliseconds... */
  heartbeatIntervalMs: number;
  /** ...and a connection that does not answer within this many more is closed (and goes offline). */
  heartbeatTimeoutMs: number;
  /** A chat message body's serialized size at most. */
  maxMessageBytes: number;
  /** send-message per minute per user. */
  messageRateLimit: number;
  /** Rooms one user may create per hour (create-room, or joining a new public name). */
  roomCreateRateLimit: number;
  /** Membership changes per minute per user: joins that add a member, leaves, invitations, removals. */
  membershipRateLimit: number;
  /** Rooms one connection may be in at once. */
  maxRoomsPerConnection: number;
  /** Members one room may have. */
  maxRoomMembers: number;
  /** Stored notifications per user; past it, each new one drops the user's oldest. */
  maxNotificationsPerUser: number;
  /** Notifications one user may send others (the notify-user action) per minute. */
  notifyRateLimit: number;
  /** The largest `maxSize` a party may be created with (Nakama's cap is 256). */
  maxPartySize: number;
  /** Parties one user may be in, or waiting to join, at once, across their connections. */
  maxPartiesPerUser: number;
  /** Join requests waiting at once in one closed party. */
  maxPartyRequests: number;
  /** Parties created or joined (requests included) per minute per user. */
  partyRateLimit: number;
  /** send-party-data per minute per user. */
  partyDataRateLimit: number;
  /** Members one relayed match may have at most, and its size when create-match names none. */
  maxMatchSize: number;
  /** Match memberships (a connection in a match) one user's connections may hold at once. */
  maxMatchesPerUser: number;
  /** One send-match-data payload at most: the JSON of `data`, or the decoded bytes of `dataBase64`. */
  maxMatchDataBytes: number;
  /** send-match-data per minute per user. */
  matchDataRateLimit: number;
  /** A database document's serialized size at most. */
  maxDocumentBytes: number;
  /**
   * Open connections on this process at most, both transports (0: no limit). Per process, not per
   * cluster: it guards a process's file descriptors and memory.
   */
  maxConnections: number;
  /** Open connections across every process of a cluster at most (0: no limit); alone, as maxConnections. */
  maxClusterConnections: number;
  /** Authenticated connections per user at most (0: no limit). */
  maxConnectionsPerUser: number;
  /** Past the per-user limit: refuse the new connection, or close the user's oldest. */
  connectionsPerUserPolicy: 'refuse' | 'replace';
  /** Plans and their connection caps per account (0: no limit). */
  plans: Map<string, number>;
  /** The plan of an account that has none set. */
  defaultPlan: string;
  /** Connections from one client address that have not authenticated yet (0: no limit). */
  maxUnauthenticatedPerAddress: number;
  /** New connections per client address per minute, both transports. */
  connectRateLimit: number;
  /** Authenticated handshakes per user per minute, both transports. */
  handshakeRateLimit: number;
  /** A consumer (either transport) with more than this waiting to be sent is cut off. */
  maxBufferedBytes: number;
  /** Requests one connection has running at once; more wait their turn (and past a point, reading stops). */
  maxRequestsInFlight: number;
  /** A caller's actions running at once (a connection's, or over HTTP a session's); the next is refused. */
  maxActionsInFlight: number;
  /** How long an action may run before its caller is answered TIMEOUT. */
  actionTimeoutMs: number;
  /** The folder the `file` action serves from (PUBLIC_DIR); undefined: none, every path is NOT_FOUND. */
  publicDir: string | undefined;
  /** The largest file the `file` action sends. */
  fileMaxBytes: number;
  /** How long a connection may stay unauthenticated (0: for ever). */
  authTimeoutMs: number;
  /** At shutdown, how long requests under way may take to finish (and be answered) before connections close. */
  /**
   * SHUTDOWN_TIMEOUT_MS: a graceful shutdown's whole length, from the signal to the exit. Requests under
   * way get most of it, the realtime clients' last frames a second, the last commits a second.
   */
  shutdownTimeoutMs: number;
  /**
   * A Socket.IO client that comes back within this long resumes its connection (rooms, subscriptions,
   * follows) and gets the events it missed; later, it starts afresh and resyncs (0: never resume).
   */
  recoveryWindowMs: number;
  /** Other web origins whose pages may call the server (CORS) and open its WebSockets (see transports/origins.ts). */
  allowedOrigins: AllowedOrigins;
  /**
   * The operator's bearer token (METRICS_TOKEN): required by `/metrics` when set (unset, it is open), and
   * the way to see `/api/health`'s details.
   */
  metricsToken: string | undefined;
  /** Who sees `/api/health`'s details: the operator (METRICS_TOKEN) only, or everyone. */
  healthDetails: 'operator' | 'public';
  /** Where `make docs` writes the HTML docs the server serves. */
  docsDir: string;
  serverVersion: string;
}

/**
 * Bad environment variables, all of them at once (fixing one to find the next is a slow loop): one
 * problem per line of the message, each naming its variable and saying what is expected.
 */
export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join('\n'));
    this.problems = list;
  }
}

/**
 * Runs each variable's reader, keeping what it refuses rather than stopping at the first. A refused
 * reader yields undefined in place of its value: loadConfig throws before such a Config escapes.
 */
class Problems {
  readonly list: string[] = [];
  read<T>(reader: () => T): T {
    try {
      return reader();
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      // Two readers may refuse the same variable (MAX_BUFFERED_BYTES is read twice): once is enough.
      for (const problem of err.problems) if (!this.list.includes(problem)) this.list.push(problem);
      return undefined as T;
    }
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${raw} is not valid: expected an integer from ${min} to ${max}`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'on', 'yes'].includes(raw)) return true;
  if (['false', '0', 'off', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name}=${env[name]} is not valid: expected true or false`);
}

/** TRUST_PROXY: false, true (one proxy) or the number of proxies in front of the server. */
function proxyHops(env: Env): number {
  const raw = env.TRUST_PROXY?.trim().toLowerCase();
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return 0;
  if (raw === 'true') return 1;
  if (/^[1-9]$/.test(raw)) return Number(raw);
  throw new ConfigError(
    `TRUST_PROXY=${env.TRUST_PROXY} is not valid: expected false, true (one proxy) or the number of proxies, 1 to 9`,
  );
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw as T))
    throw new ConfigError(`${name}=${raw} is not valid: expected one of ${allowed.join(', ')}`);
  return raw as T;
}

function databaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL: expected postgres://user@host:port/database');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(
      `DATABASE_URL has protocol ${url.protocol} but only postgres:// is supported (leave it unset for SQLite)`,
    );
  }
  return raw;
}

function redisUrl(env: Env): string | undefined {
  const raw = env.REDIS_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('REDIS_URL is not a valid URL: expected redis://host:port or rediss://host:port');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new ConfigError(
      `REDIS_URL has protocol ${url.protocol} but only redis:// and rediss:// are supported`,
    );
  // SQLite is a file one process owns: a second process would see none of the first's writes in order.
  // DATABASE_URL set but not valid is reported on its own: this would only add a false second problem.
  if (!env.DATABASE_URL)
    throw new ConfigError(
      'REDIS_URL is set but DATABASE_URL is not: SQLite serves one process; set DATABASE_URL to PostgreSQL to run several',
    );
  return raw;
}

function redisPrefix(env: Env): string {
  const raw = env.REDIS_PREFIX;
  if (raw === undefined || raw === '') return 'switchboard:';
  if (!/^[A-Za-z0-9_.:{}-]{1,64}$/.test(raw))
    throw new ConfigError(
      `REDIS_PREFIX=${raw} is not valid: expected 1 to 64 letters, digits or _ . : { } -`,
    );
  return raw;
}

function nodeId(env: Env): string {
  const raw = env.NODE_ID;
  // A restarted process is a new node: what the old one left in Redis expires rather than being taken over.
  if (raw === undefined || raw === '')
    return `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`.slice(0, 128);
  if (!/^[A-Za-z0-9_.-]{1,128}$/.test(raw))
    throw new ConfigError(`NODE_ID=${raw} is not valid: expected 1 to 128 letters, digits or _ . -`);
  return raw;
}

function identifier(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(raw))
    throw new ConfigError(`${name}=${raw} is not valid: expected a lower-case SQL identifier`);
  return raw;
}

/** `name:cap,name:cap`: plans and their connection caps per account. */
function plans(env: Env): Map<string, number> {
  const raw = env.PLANS?.trim() || 'default:0';
  const out = new Map<string, number>();
  for (const part of raw.split(',')) {
    const match = /^([a-z][a-z0-9_-]{0,31}):(\d{1,9})$/.exec(part.trim());
    if (!match)
      throw new ConfigError(
        `PLANS=${raw} is not valid: expected name:cap pairs separated by commas, such as free:10,pro:1000 (0: no limit)`,
      );
    out.set(match[1] as string, Number(match[2]));
  }
  return out;
}

/**
 * One ALLOWED_ORIGINS entry, as a browser serializes it in the Origin header: scheme, host and port
 * (omitted when it is the scheme's default), lower-case, nothing after. Non-web schemes (`app://`,
 * `capacitor://localhost`) are taken as written, lower-cased, since URL gives them no origin.
 */
function origin(entry: string): string {
  const bad = (expected: string) =>
    new ConfigError(`ALLOWED_ORIGINS entry ${entry} is not an origin: ${expected}`);
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\s]+)(.*)$/i.exec(entry);
  if (!match) throw bad('expected scheme://host[:port], such as https://app.example.com');
  const [, scheme, authority, rest] = match as unknown as [string, string, string, string];
  if (authority.includes('@')) throw bad('an origin has no user name or password');
  const web = /^https?$/i.test(scheme);
  let serialized = `${scheme}://${authority}`.toLowerCase();
  if (web) {
    try {
      serialized = new URL(serialized).origin;
    } catch {
      throw bad('expected scheme://host[:port], such as https://app.example.com');
    }
  }
  if (rest !== '') throw bad(`an origin has no path, query or fragment (did you mean ${serialized}?)`);
  return serialized;
}

/** ALLOWED_ORIGINS: `*`, or origins separated by commas; unset or empty, none. */
function allowedOrigins(env: Env): AllowedOrigins {
  const raw = env.ALLOWED_ORIGINS?.trim();
  if (raw === undefined || raw === '') return [];
  const entries = raw.split(',').map((entry) => entry.trim());
  if (entries.includes('*')) {
    if (entries.length > 1)
      throw new ConfigError(
        `ALLOWED_ORIGINS=${raw} is not valid: * (any origin) cannot be listed with others`,
      );
    return '*';
  }
  if (entries.includes(''))
    throw new ConfigError(
      `ALLOWED_ORIGINS=${raw} is not valid: it has an empty entry (two commas, or one at an end)`,
    );
  return [...new Set(entries.map(origin))];
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function httpTimeouts(env: Env): { httpHeadersTimeoutMs: number; httpRequestTimeoutMs: number } {
  const httpHeadersTimeoutMs = integer(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, 1000, 600_000);
  const httpRequestTimeoutMs = integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, 1000, 3_600_000);
  // Node refuses a headers timeout longer than the request's: the headers are part of the request.
  if (httpHeadersTimeoutMs > httpRequestTimeoutMs)
    throw new ConfigError(
      `HTTP_HEADERS_TIMEOUT_MS=${httpHeadersTimeoutMs} is longer than HTTP_REQUEST_TIMEOUT_MS=${httpRequestTimeoutMs}`,
    );
  return { httpHeadersTimeoutMs, httpRequestTimeoutMs };
}

/**
 * FILE_MAX_BYTES: a file goes out in one frame, base64 at worst (4/3 of its size), which must fit within
 * MAX_BUFFERED_BYTES, or the connection asking for it would be cut as a consumer too slow to read.
 */
function fileMaxBytes(env: Env): number {
  const buffered = integer(env, 'MAX_BUFFERED_BYTES', 1024 * 1024, 1024, 1024 * 1024 * 1024);
  const max = integer(
    env,
    'FILE_MAX_BYTES',
    Math.min(256 * 1024, Math.floor(buffered / 4)),
    0,
    64 * 1024 * 1024,
  );
  if (Math.ceil(max / 3) * 4 + 1024 > buffered)
    throw new ConfigError(
      `FILE_MAX_BYTES=${max} does not fit in MAX_BUFFERED_BYTES=${buffered} once base64-encoded: keep it under ${Math.floor(((buffered - 1024) * 3) / 4)}`,
    );
  return max;
}

/**
 * METRICS_TOKEN: a bearer token (RFC 6750's token68 characters), long enough not to be guessed: it is
 * compared in constant time, but nothing limits how often a scraper may try.
 */
function metricsToken(env: Env): string | undefined {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return undefined;
  if (!/^[A-Za-z0-9._~+/-]{16,256}=*$/.test(raw))
    throw new ConfigError(
      'METRICS_TOKEN is not valid: expected 16 to 256 letters, digits or - . _ ~ + / (such as the output of openssl rand -hex 32)',
    );
  return raw;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Reads and validates the configuration; throws ConfigError naming every bad variable, one per line. */
export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const problems = new Problems();
  const ok = <T>(reader: () => T): T => problems.read(reader);
  const host = env.HOST?.trim() || '0.0.0.0';
  if (/\s/.test(host)) problems.list.push(`HOST=${host} is not valid: expected a host name or IP address`);
  const planList = ok(() => plans(env));
  const defaultPlan = env.DEFAULT_PLAN?.trim() || 'default';
  if (planList && !planList.has(defaultPlan))
    problems.list.push(
      `DEFAULT_PLAN=${defaultPlan} is not one of PLANS (${[...planList.keys()].join(', ')})`,
    );
  const config: Config = {
    port: ok(() => integer(env, 'PORT', 3000, 0, 65535)),
    host,
    dataDir: path.resolve(env.DATA_DIR?.trim() || './data'),
    databaseUrl: ok(() => databaseUrl(env)),
    databaseSchema: ok(() => identifier(env, 'DATABASE_SCHEMA', 'public')),
    // Long enough for a database started alongside the server (a compose file, a CI service) to come up.
    databaseConnectTimeoutMs: ok(() => integer(env, 'DATABASE_CONNECT_TIMEOUT_MS', 30_000, 0, 600_000)),
    redisUrl: ok(() => redisUrl(env)),
    redisPrefix: ok(() => redisPrefix(env)),
    redisConnectTimeoutMs: ok(() => integer(env, 'REDIS_CONNECT_TIMEOUT_MS', 30_000, 100, 600_000)),
    nodeId: ok(() => nodeId(env)),
    logLevel: ok(() => oneOf(env, 'LOG_LEVEL', 'info', LOG_LEVELS)),
    logFormat: ok(() => oneOf(env, 'LOG_FORMAT', 'json', ['json', 'pretty'] as const)),
    outboundValidation: ok(() => boolean(env, 'OUTBOUND_VALIDATION', !production)),
    sessionTtlSeconds: ok(() => integer(env, 'SESSION_TTL_SECONDS', 7 * 24 * 3600, 1, 365 * 24 * 3600)),
    maxFrameBytes: ok(() => integer(env, 'MAX_FRAME_BYTES', 64 * 1024, 1024, 16 * 1024 * 1024)),
    maxHttpBodyBytes: ok(() => integer(env, 'MAX_HTTP_BODY_BYTES', 64 * 1024, 1024, 64 * 1024 * 1024)),
    // Deep enough for any document people design; far from where recursive code runs out of stack.
    maxJsonDepth: ok(() => integer(env, 'MAX_JSON_DEPTH', 64, 4, 1000)),
    // 17 is 128 MiB per hash: beyond that a few concurrent logins would exhaust memory.
    passwordHashCost: ok(() => integer(env, 'PASSWORD_HASH_COST', 15, 10, 17)),
    passwordHashConcurrency: ok(() => integer(env, 'PASSWORD_HASH_CONCURRENCY', 2, 1, 64)),
    authRateLimit: ok(() => integer(env, 'AUTH_RATE_LIMIT', 20, 1, 100_000)),
    failedLoginLimit: ok(() => integer(env, 'FAILED_LOGIN_LIMIT', 10, 1, 100_000)),
    trustProxyHops: ok(() => proxyHops(env)),
    ...ok(() => httpTimeouts(env)),
    maxHttpSockets: ok(() => integer(env, 'MAX_HTTP_SOCKETS', 8192, 0, 10_000_000)),
    maxHttpSocketsPerAddress: ok(() => integer(env, 'MAX_HTTP_SOCKETS_PER_ADDRESS', 256, 0, 10_000_000)),
    activitiesDisabled: ok(() => boolean(env, 'SERVER_ONLINE_ACTIVITIES_DISABLED', false)),
    activitiesBroadcast: ok(() =>
      oneOf(env, 'SERVER_ACTIVITIES_BROADCAST', 'all', ['all', 'followers'] as const),
    ),
    activityRateLimit: ok(() => integer(env, 'ACTIVITY_RATE_LIMIT', 30, 1, 6000)),
    maxFollows: ok(() => integer(env, 'MAX_FOLLOWS', 500, 1, 100_000)),
    heartbeatIntervalMs: ok(() => integer(env, 'HEARTBEAT_INTERVAL_MS', 25_000, 100, 3_600_000)),
    heartbeatTimeoutMs: ok(() => integer(env, 'HEARTBEAT_TIMEOUT_MS', 20_000, 100, 3_600_000)),
    maxMessageBytes: ok(() => integer(env, 'MAX_MESSAGE_BYTES', 4096, 64, 1024 * 1024)),
    messageRateLimit: ok(() => integer(env, 'MESSAGE_RATE_LIMIT', 600, 1, 1_000_000)),
    roomCreateRateLimit: ok(() => integer(env, 'ROOM_CREATE_RATE_LIMIT', 60, 1, 1_000_000)),
    membershipRateLimit: ok(() => integer(env, 'MEMBERSHIP_RATE_LIMIT', 60, 1, 1_000_000)),
    maxRoomsPerConnection: ok(() => integer(env, 'MAX_ROOMS_PER_CONNECTION', 100, 1, 100_000)),
    maxRoomMembers: ok(() => integer(env, 'MAX_ROOM_MEMBERS', 10_000, 2, 10_000_000)),
    maxNotificationsPerUser: ok(() => integer(env, 'MAX_NOTIFICATIONS_PER_USER', 1000, 1, 1_000_000)),
    notifyRateLimit: ok(() => integer(env, 'NOTIFY_RATE_LIMIT', 30, 1, 1_000_000)),
    // Bounded by the spec: a party view lists at most 256 members, a request list at most 10,000.
    maxPartySize: ok(() => integer(env, 'MAX_PARTY_SIZE', 256, 2, 256)),
    maxPartiesPerUser: ok(() => integer(env, 'MAX_PARTIES_PER_USER', 5, 1, 1000)),
    maxPartyRequests: ok(() => integer(env, 'MAX_PARTY_REQUESTS', 64, 1, 10_000)),
    partyRateLimit: ok(() => integer(env, 'PARTY_RATE_LIMIT', 60, 1, 1_000_000)),
    partyDataRateLimit: ok(() => integer(env, 'PARTY_DATA_RATE_LIMIT', 1200, 1, 1_000_000)),
    maxMatchSize: ok(() => integer(env, 'MAX_MATCH_SIZE', 64, 2, 1000)),
    maxMatchesPerUser: ok(() => integer(env, 'MAX_MATCHES_PER_USER', 10, 1, 10_000)),
    // Nakama's default largest socket message; a game's state update is usually far smaller.
    maxMatchDataBytes: ok(() => integer(env, 'MAX_MATCH_DATA_BYTES', 4096, 16, 1024 * 1024)),
    matchDataRateLimit: ok(() => integer(env, 'MATCH_DATA_RATE_LIMIT', 6000, 1, 10_000_000)),
    maxDocumentBytes: ok(() => integer(env, 'MAX_DOCUMENT_BYTES', 16 * 1024, 64, 16 * 1024 * 1024)),
    maxConnections: ok(() => integer(env, 'MAX_CONNECTIONS', 0, 0, 10_000_000)),
    maxClusterConnections: ok(() => integer(env, 'MAX_CLUSTER_CONNECTIONS', 0, 0, 1_000_000_000)),
    maxConnectionsPerUser: ok(() => integer(env, 'MAX_CONNECTIONS_PER_USER', 100, 0, 100_000)),
    connectionsPerUserPolicy: ok(() =>
      oneOf(env, 'CONNECTIONS_PER_USER_POLICY', 'refuse', ['refuse', 'replace'] as const),
    ),
    plans: planList,
    defaultPlan,
    maxUnauthenticatedPerAddress: ok(() =>
      integer(env, 'MAX_UNAUTHENTICATED_PER_ADDRESS', 32, 0, 10_000_000),
    ),
    connectRateLimit: ok(() => integer(env, 'CONNECT_RATE_LIMIT', 600, 1, 10_000_000)),
    handshakeRateLimit: ok(() => integer(env, 'HANDSHAKE_RATE_LIMIT', 60, 1, 10_000_000)),
    maxBufferedBytes: ok(() => integer(env, 'MAX_BUFFERED_BYTES', 1024 * 1024, 1024, 1024 * 1024 * 1024)),
    maxRequestsInFlight: ok(() => integer(env, 'MAX_REQUESTS_IN_FLIGHT', 32, 1, 10_000)),
    // actionhero's simultaneousActions: five at once, the sixth refused.
    maxActionsInFlight: ok(() => integer(env, 'MAX_ACTIONS_IN_FLIGHT', 5, 1, 1_000)),
    actionTimeoutMs: ok(() => integer(env, 'ACTION_TIMEOUT_MS', 10_000, 1, 600_000)),
    publicDir: env.PUBLIC_DIR?.trim() ? path.resolve(env.PUBLIC_DIR.trim()) : undefined,
    // A file goes out in one frame, base64 at worst (4/3): it must fit well within MAX_BUFFERED_BYTES.
    fileMaxBytes: ok(() => fileMaxBytes(env)),
    // An unauthenticated connection holds a slot of MAX_CONNECTIONS: it has this long to authenticate.
    // RAW_AUTH_TIMEOUT_MS is its name from when only /ws had one.
    authTimeoutMs: ok(() =>
      integer(
        env,
        env.AUTH_TIMEOUT_MS === undefined && env.RAW_AUTH_TIMEOUT_MS !== undefined
          ? 'RAW_AUTH_TIMEOUT_MS'
          : 'AUTH_TIMEOUT_MS',
        10_000,
        0,
        3_600_000,
      ),
    ),
    // SHUTDOWN_GRACE_MS is its name from before it bounded the whole shutdown.
    shutdownTimeoutMs: ok(() =>
      integer(
        env,
        env.SHUTDOWN_TIMEOUT_MS === undefined && env.SHUTDOWN_GRACE_MS !== undefined
          ? 'SHUTDOWN_GRACE_MS'
          : 'SHUTDOWN_TIMEOUT_MS',
        10_000,
        0,
        600_000,
      ),
    ),
    recoveryWindowMs: ok(() => integer(env, 'RECOVERY_WINDOW_MS', 120_000, 0, 3_600_000)),
    allowedOrigins: ok(() => allowedOrigins(env)),
    metricsToken: ok(() => metricsToken(env)),
    healthDetails: ok(() => oneOf(env, 'HEALTH_DETAILS', 'operator', ['operator', 'public'] as const)),
    docsDir: path.resolve(env.DOCS_DIR?.trim() || './docs-build'),
    serverVersion: packageVersion(),
  };
  if (problems.list.length > 0) throw new ConfigError(problems.list);
  return config;
}
