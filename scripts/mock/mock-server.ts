import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Credentials } from './credentials.js';
import { readErrorStatuses } from './http-errors.js';
import { httpMock } from './http-mock.js';
import { readHttpOperations } from './http-operations.js';
import { attachRawMock } from './raw-mock.js';
import { SpecValidators } from './schema-validators.js';
import { checkCannedAnswers } from './self-check.js';
import { checkSessionOperations } from './session-effects.js';
import { readRealtimeServers } from './socket-operations.js';
import { attachSocketIoMock } from './socketio-mock.js';
import { servedDocuments } from './spec-documents.js';
import { loadBundledSpecs, type MockSpecs } from './spec-source.js';

export interface MockOptions {
  port?: number;
  host?: string;
  /** The bundled documents; read from generated/spec/ when not given. */
  specs?: MockSpecs;
  /** One JSON object per request answered; silent when not given. */
  log?: (line: Record<string, unknown>) => void;
}

export interface RunningMock {
  url: string;
  port: number;
  /** Where each transport listens, for the start-up lines. */
  endpoints: { http: string; socketio: string; raw: string };
  close(): Promise<void>;
}

/** Starts the mock: HTTP, Socket.IO and the raw WebSocket on one port, all from the bundled documents. */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const specs = options.specs ?? loadBundledSpecs();
  const log = options.log ?? (() => {});
  const openapi = specs.openapi.doc;
  const asyncapi = specs.asyncapi.doc;

  const operations = readHttpOperations(openapi);
  checkSessionOperations(new Set(operations.map((op) => op.operationId)));
  const realtime = readRealtimeServers(asyncapi);
  const socketio = realtime.get('local');
  const raw = realtime.get('localRaw');
  if (!socketio || !raw) throw new Error('asyncapi: the mock serves the servers `local` and `localRaw`');

  const credentials = new Credentials();
  const httpValidators = new SpecValidators(openapi, '2020-12', 'openapi.json');
  const asyncValidators = new SpecValidators(asyncapi, 'draft-07', 'asyncapi.json');
  checkCannedAnswers(
    { operations, validators: httpValidators },
    { servers: [socketio, raw], validators: asyncValidators },
  );

  const http = createServer(
    httpMock({
      operations,
      validators: httpValidators,
      errorStatuses: readErrorStatuses(openapi),
      credentials,
      documents: servedDocuments(specs),
      log,
    }),
  );
  const io = attachSocketIoMock(http, { server: socketio, validators: asyncValidators, credentials, log });
  const wss = attachRawMock(http, {
    server: raw,
    doc: asyncapi,
    validators: asyncValidators,
    credentials,
    log,
  });
  // Engine.IO was told to leave other paths' upgrades alone: one to neither endpoint is refused here.
  http.on('upgrade', (req, socket) => {
    const { pathname } = new URL(req.url ?? '/', 'http://mock.invalid');
    if (pathname !== raw.pathname && !pathname.startsWith(socketio.pathname)) socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    port,
    endpoints: {
      http: url,
      socketio: `${url.replace(/^http/, 'ws')}${socketio.pathname}`,
      raw: `${url.replace(/^http/, 'ws')}${raw.pathname}`,
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
