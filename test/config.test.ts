import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.js';

const run = promisify(execFile);

describe('configuration', () => {
  it('defaults to the embedded setup: SQLite under ./data, port 3000, outbound validation on', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.dataDir, path.resolve('data'));
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.outboundValidation, true);
    assert.equal(config.maxFrameBytes, 65536);
  });

  it('turns outbound validation off in production unless asked for', () => {
    assert.equal(loadConfig({ NODE_ENV: 'production' }).outboundValidation, false);
    assert.equal(
      loadConfig({ NODE_ENV: 'production', OUTBOUND_VALIDATION: 'true' }).outboundValidation,
      true,
    );
  });

  it('reads every documented variable', () => {
    const config = loadConfig({
      PORT: '4000',
      HOST: '127.0.0.1',
      DATA_DIR: '/tmp/sb',
      DATABASE_URL: 'postgres://u@localhost:5432/db',
      DATABASE_SCHEMA: 'switchboard',
      REDIS_URL: 'rediss://:secret@redis.internal:6380/2',
      REDIS_PREFIX: 'sb-eu:',
      NODE_ID: 'eu-1',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'pretty',
      DATABASE_CONNECT_TIMEOUT_MS: '5000',
      REDIS_CONNECT_TIMEOUT_MS: '4000',
      SESSION_TTL_SECONDS: '60',
      MAX_FRAME_BYTES: '2048',
      MAX_HTTP_BODY_BYTES: '4096',
      MAX_JSON_DEPTH: '16',
      PASSWORD_HASH_COST: '14',
      PASSWORD_HASH_CONCURRENCY: '4',
      AUTH_RATE_LIMIT: '100',
      FAILED_LOGIN_LIMIT: '7',
      TRUST_PROXY: '2',
      HTTP_HEADERS_TIMEOUT_MS: '5000',
      HTTP_REQUEST_TIMEOUT_MS: '15000',
      MAX_HTTP_SOCKETS: '900',
      MAX_HTTP_SOCKETS_PER_ADDRESS: '90',
      SERVER_ONLINE_ACTIVITIES_DISABLED: 'true',
      SERVER_ACTIVITIES_BROADCAST: 'followers',
      ACTIVITY_RATE_LIMIT: '12',
      MAX_FOLLOWS: '50',
      HEARTBEAT_INTERVAL_MS: '1000',
      HEARTBEAT_TIMEOUT_MS: '2000',
      MAX_MESSAGE_BYTES: '1024',
      MESSAGE_RATE_LIMIT: '60',
      ROOM_CREATE_RATE_LIMIT: '6',
      MEMBERSHIP_RATE_LIMIT: '9',
      MAX_ROOMS_PER_CONNECTION: '5',
      MAX_ROOM_MEMBERS: '20',
      MAX_NOTIFICATIONS_PER_USER: '50',
      NOTIFY_RATE_LIMIT: '7',
      MAX_PARTY_SIZE: '16',
      MAX_PARTIES_PER_USER: '3',
      MAX_PARTY_REQUESTS: '10',
      PARTY_RATE_LIMIT: '30',
      PARTY_DATA_RATE_LIMIT: '600',
      MAX_MATCH_SIZE: '6',
      MAX_MATCHES_PER_USER: '3',
      MAX_MATCH_DATA_BYTES: '512',
      MATCH_DATA_RATE_LIMIT: '600',
      MAX_DOCUMENT_BYTES: '2048',
      MAX_CONNECTIONS: '500',
      MAX_CLUSTER_CONNECTIONS: '5000',
      MAX_CONNECTIONS_PER_USER: '1',
      CONNECTIONS_PER_USER_POLICY: 'replace',
      PLANS: 'free:5,pro:100',
      DEFAULT_PLAN: 'free',
      MAX_UNAUTHENTICATED_PER_ADDRESS: '4',
      CONNECT_RATE_LIMIT: '70',
      HANDSHAKE_RATE_LIMIT: '8',
      MAX_BUFFERED_BYTES: '65536',
      MAX_REQUESTS_IN_FLIGHT: '3',
      MAX_ACTIONS_IN_FLIGHT: '2',
      ACTION_TIMEOUT_MS: '1500',
      PUBLIC_DIR: 'public',
      FILE_MAX_BYTES: '4096',
      AUTH_TIMEOUT_MS: '0',
      SHUTDOWN_GRACE_MS: '2500',
      RECOVERY_WINDOW_MS: '30000',
      ALLOWED_ORIGINS: 'https://app.example,http://localhost:5173',
      DOCS_DIR: '/tmp/docs',
      METRICS_TOKEN: 'a-metrics-token-of-32-characters',
      HEALTH_DETAILS: 'public',
    });
    assert.deepEqual(
      { ...config, serverVersion: undefined },
      {
        port: 4000,
        host: '127.0.0.1',
        dataDir: '/tmp/sb',
        databaseUrl: 'postgres://u@localhost:5432/db',
        databaseSchema: 'switchboard',
        databaseConnectTimeoutMs: 5000,
        redisUrl: 'rediss://:secret@redis.internal:6380/2',
        redisPrefix: 'sb-eu:',
        redisConnectTimeoutMs: 4000,
        nodeId: 'eu-1',
        logLevel: 'warn',
        logFormat: 'pretty',
        outboundValidation: true,
        sessionTtlSeconds: 60,
        maxFrameBytes: 2048,
        maxHttpBodyBytes: 4096,
        maxJsonDepth: 16,
        passwordHashCost: 14,
        passwordHashConcurrency: 4,
        authRateLimit: 100,
        failedLoginLimit: 7,
        trustProxyHops: 2,
        httpHeadersTimeoutMs: 5000,
        httpRequestTimeoutMs: 15000,
        maxHttpSockets: 900,
        maxHttpSocketsPerAddress: 90,
        activitiesDisabled: true,
        activitiesBroadcast: 'followers',
        activityRateLimit: 12,
        maxFollows: 50,
        heartbeatIntervalMs: 1000,
        heartbeatTimeoutMs: 2000,
        maxMessageBytes: 1024,
        messageRateLimit: 60,
        roomCreateRateLimit: 6,
        membershipRateLimit: 9,
        maxRoomsPerConnection: 5,
        maxRoomMembers: 20,
        maxNotificationsPerUser: 50,
        notifyRateLimit: 7,
        maxPartySize: 16,
        maxPartiesPerUser: 3,
        maxPartyRequests: 10,
        partyRateLimit: 30,
        partyDataRateLimit: 600,
        maxMatchSize: 6,
        maxMatchesPerUser: 3,
        maxMatchDataBytes: 512,
        matchDataRateLimit: 600,
        maxDocumentBytes: 2048,
        maxConnections: 500,
        maxClusterConnections: 5000,
        maxConnectionsPerUser: 1,
        connectionsPerUserPolicy: 'replace',
        plans: new Map([
          ['free', 5],
          ['pro', 100],
        ]),
        defaultPlan: 'free',
        maxUnauthenticatedPerAddress: 4,
        connectRateLimit: 70,
        handshakeRateLimit: 8,
        maxBufferedBytes: 65536,
        maxRequestsInFlight: 3,
        maxActionsInFlight: 2,
        actionTimeoutMs: 1500,
        publicDir: path.resolve('public'),
        fileMaxBytes: 4096,
        authTimeoutMs: 0,
        shutdownTimeoutMs: 2500,
        recoveryWindowMs: 30000,
        allowedOrigins: ['https://app.example', 'http://localhost:5173'],
        metricsToken: 'a-metrics-token-of-32-characters',
        healthDetails: 'public',
        docsDir: '/tmp/docs',
        serverVersion: undefined,
      },
    );
  });

  it('documents every variable it reads in the operator guide’s tables and in .env.example', () => {
    const source = readFileSync(new URL('../src/config.ts', import.meta.url), 'utf8');
    const read = new Set([
      ...[...source.matchAll(/'([A-Z][A-Z0-9_]{2,})'/g)].map((m) => m[1] as string),
      ...[...source.matchAll(/env\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1] as string),
    ]);
    // Read only as the old name of AUTH_TIMEOUT_MS; the operator guide says so in that variable's row.
    read.delete('RAW_AUTH_TIMEOUT_MS');
    read.delete('SHUTDOWN_GRACE_MS');
    const guide = readFileSync(new URL('../docs/operations.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const missing = [...read].filter(
      (name) => !guide.includes(`| \`${name}\` |`) || !example.includes(`\n${name}=`),
    );
    assert.deepEqual(
      missing,
      [],
      'variables missing from docs/operations.md (Configuration) or .env.example',
    );
  });

  it('names each process differently in the cluster unless NODE_ID says otherwise', () => {
    const [a, b] = [loadConfig({}).nodeId, loadConfig({}).nodeId];
    assert.equal(a.slice(0, -8), `${hostname()}-${process.pid}-`);
    assert.match(a, /-[0-9a-f]{8}$/);
    assert.notEqual(a, b);
    assert.equal(loadConfig({}).redisPrefix, 'switchboard:');
    assert.equal(loadConfig({}).redisUrl, undefined);
  });

  it('reads SHUTDOWN_GRACE_MS, SHUTDOWN_TIMEOUT_MS’s old name, when only it is set', () => {
    assert.equal(loadConfig({ SHUTDOWN_GRACE_MS: '5000' }).shutdownTimeoutMs, 5000);
    assert.equal(
      loadConfig({ SHUTDOWN_GRACE_MS: '5000', SHUTDOWN_TIMEOUT_MS: '7000' }).shutdownTimeoutMs,
      7000,
    );
    assert.equal(loadConfig({}).shutdownTimeoutMs, 10_000);
  });

  it('reads RAW_AUTH_TIMEOUT_MS, AUTH_TIMEOUT_MS’s old name, when only it is set', () => {
    assert.equal(loadConfig({ RAW_AUTH_TIMEOUT_MS: '5000' }).authTimeoutMs, 5000);
    assert.equal(loadConfig({ RAW_AUTH_TIMEOUT_MS: '5000', AUTH_TIMEOUT_MS: '7000' }).authTimeoutMs, 7000);
    assert.equal(loadConfig({}).authTimeoutMs, 10_000);
  });

  const bad: [Record<string, string>, RegExp][] = [
    [{ PORT: 'abc' }, /^PORT=abc is not valid: expected an integer from 0 to 65535$/],
    [{ PORT: '70000' }, /^PORT=70000/],
    [{ PORT: '12.5' }, /^PORT=12.5/],
    [
      { DATABASE_URL: 'mysql://localhost/db' },
      /^DATABASE_URL has protocol mysql: but only postgres:\/\/ is supported/,
    ],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL is not a valid URL/],
    [{ DATABASE_SCHEMA: 'Robert"; DROP' }, /^DATABASE_SCHEMA=/],
    [
      { DATABASE_URL: 'postgres://localhost/db', REDIS_URL: 'http://localhost:6379' },
      /^REDIS_URL has protocol http: but only redis:\/\/ and rediss:\/\/ are supported$/,
    ],
    [{ DATABASE_URL: 'postgres://localhost/db', REDIS_URL: 'redis://[::1' }, /^REDIS_URL is not a valid URL/],
    [
      { REDIS_URL: 'redis://127.0.0.1:6379' },
      /^REDIS_URL is set but DATABASE_URL is not: SQLite serves one process; set DATABASE_URL to PostgreSQL/,
    ],
    [{ REDIS_PREFIX: 'has space' }, /^REDIS_PREFIX=has space is not valid/],
    [{ NODE_ID: 'a/b' }, /^NODE_ID=a\/b is not valid/],
    [
      { LOG_LEVEL: 'loud' },
      /^LOG_LEVEL=loud is not valid: expected one of fatal, error, warn, info, debug, trace, silent$/,
    ],
    [{ OUTBOUND_VALIDATION: 'maybe' }, /^OUTBOUND_VALIDATION=maybe is not valid: expected true or false$/],
    [{ MAX_FRAME_BYTES: '10' }, /^MAX_FRAME_BYTES=10 is not valid/],
    [{ SESSION_TTL_SECONDS: '0' }, /^SESSION_TTL_SECONDS=0 is not valid/],
    [{ PASSWORD_HASH_COST: '20' }, /^PASSWORD_HASH_COST=20 is not valid: expected an integer from 10 to 17$/],
    [{ TRUST_PROXY: 'sometimes' }, /^TRUST_PROXY=sometimes is not valid/],
    [{ TRUST_PROXY: '12' }, /^TRUST_PROXY=12 is not valid/],
    [
      { HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000' },
      /^HTTP_HEADERS_TIMEOUT_MS=20000 is longer than HTTP_REQUEST_TIMEOUT_MS=10000$/,
    ],
    [
      { SERVER_ACTIVITIES_BROADCAST: 'friends' },
      /^SERVER_ACTIVITIES_BROADCAST=friends is not valid: expected one of all, followers$/,
    ],
    [
      { SERVER_ONLINE_ACTIVITIES_DISABLED: 'yes please' },
      /^SERVER_ONLINE_ACTIVITIES_DISABLED=yes please is not valid/,
    ],
    [{ HEARTBEAT_INTERVAL_MS: '5' }, /^HEARTBEAT_INTERVAL_MS=5 is not valid/],
    [{ PLANS: 'free=5' }, /^PLANS=free=5 is not valid: expected name:cap pairs/],
    [{ PLANS: 'free:5', DEFAULT_PLAN: 'gold' }, /^DEFAULT_PLAN=gold is not one of PLANS \(free\)$/],
    [{ CONNECTIONS_PER_USER_POLICY: 'kick' }, /^CONNECTIONS_PER_USER_POLICY=kick is not valid/],
    [{ RAW_AUTH_TIMEOUT_MS: '-1' }, /^RAW_AUTH_TIMEOUT_MS=-1 is not valid/],
    [{ MAX_PARTY_SIZE: '257' }, /^MAX_PARTY_SIZE=257 is not valid: expected an integer from 2 to 256$/],
    [{ MAX_PARTIES_PER_USER: '0' }, /^MAX_PARTIES_PER_USER=0 is not valid/],
    // Too short to resist guessing, and never echoed: the message does not repeat a secret.
    [{ METRICS_TOKEN: 'short' }, /^METRICS_TOKEN is not valid: expected 16 to 256/],
    [{ METRICS_TOKEN: 'has a space in the middle' }, /^METRICS_TOKEN is not valid/],
    [
      { HEALTH_DETAILS: 'everyone' },
      /^HEALTH_DETAILS=everyone is not valid: expected one of operator, public$/,
    ],
  ];
  for (const [env, message] of bad) {
    it(`refuses ${JSON.stringify(env)} naming the variable`, () => {
      assert.throws(
        () => loadConfig(env),
        (err: unknown) => err instanceof ConfigError && message.test(err.message),
      );
    });
  }

  it('names every bad variable at once, one per line, each with its own message', () => {
    assert.throws(
      () => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud', DATABASE_URL: 'not a url', REDIS_URL: 'redis://h:1' }),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.deepEqual(err.problems, [
          'PORT=x is not valid: expected an integer from 0 to 65535',
          'DATABASE_URL is not a valid URL: expected postgres://user@host:port/database',
          'LOG_LEVEL=loud is not valid: expected one of fatal, error, warn, info, debug, trace, silent',
        ]);
        assert.equal(err.message, err.problems.join('\n'));
        return true;
      },
    );
  });

  it('stops the server at start-up with a message naming the bad variable', async () => {
    const main = path.resolve('src/main.ts');
    await assert.rejects(
      run(process.execPath, ['--import', 'tsx', main], { env: { ...process.env, PORT: 'eighty' } }),
      (err: { code: number; stderr: string }) => {
        assert.equal(err.code, 78);
        assert.match(err.stderr, /switchboard: PORT=eighty is not valid/);
        return true;
      },
    );
  });

  it('refuses REDIS_URL on SQLite at start-up, saying to use PostgreSQL', async () => {
    const main = path.resolve('src/main.ts');
    const { DATABASE_URL: _, ...env } = process.env;
    await assert.rejects(
      run(process.execPath, ['--import', 'tsx', main], {
        env: { ...env, REDIS_URL: 'redis://127.0.0.1:6379' },
      }),
      (err: { code: number; stderr: string }) => {
        assert.equal(err.code, 78);
        assert.match(err.stderr, /switchboard: REDIS_URL is set but DATABASE_URL is not: .* PostgreSQL/);
        return true;
      },
    );
  });
});
