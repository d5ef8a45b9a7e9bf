import { readCommandLine } from '../lib/args.js';
import { startMock } from './mock-server.js';

readCommandLine({
  usage: `Usage: node --import tsx scripts/mock/main.ts

A mock Switchboard (make mock) answering every operation from the spec's examples: HTTP, Socket.IO and /ws.

Environment:
  MOCK_PORT    the port (else PORT, else 4010)
  MOCK_HOST    the interface (default 0.0.0.0)
  MOCK_LOG=1   one JSON line per request

Options:
  -h, --help   this text`,
  options: {},
});

/**
 * `make mock`: the mock server on MOCK_PORT (or PORT, default 4010), on every interface unless MOCK_HOST
 * says otherwise. Logs one JSON line per request with MOCK_LOG=1.
 */
const raw = process.env.MOCK_PORT ?? process.env.PORT ?? '4010';
const port = Number(raw);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`MOCK_PORT/PORT must be a port number (0–65535), not ${JSON.stringify(raw)}`);
  process.exit(2);
}
const log =
  process.env.MOCK_LOG === '1'
    ? (line: Record<string, unknown>) => console.log(JSON.stringify(line))
    : undefined;
const mock = await startMock({ port, host: process.env.MOCK_HOST ?? '0.0.0.0', log });
console.log(`Switchboard mock (answers from the spec's examples) at ${mock.url}`);
console.log(
  `  HTTP       ${mock.endpoints.http}/api/…  (docs of the contract: ${mock.url}/api/spec/openapi.yaml)`,
);
console.log(`  Socket.IO  ${mock.endpoints.socketio}  (socket secret from GET /api/users/me)`);
console.log(`  raw /ws    ${mock.endpoints.raw}  (StaticBackend's envelope; auth with a session token)`);

const stop = () => {
  mock.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
