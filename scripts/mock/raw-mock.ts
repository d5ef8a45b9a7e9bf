import { randomUUID } from 'node:crypto';
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Credentials, MockSession } from './credentials.js';
import { connectEvents, eventsAfter, RAW_ERROR_OPERATION } from './event-policy.js';
import { inboundProblem } from './inbound-json.js';
import { checkedOutbound, withFields } from './outbound.js';
import type { SpecValidators } from './schema-validators.js';
import type { RealtimeServer, RequestOperation } from './socket-operations.js';
import { at, follow } from './spec-pointers.js';
import type { SpecDocument } from './spec-source.js';

export interface RawMockOptions {
  server: RealtimeServer;
  doc: SpecDocument;
  validators: SpecValidators;
  credentials: Credentials;
  log: (line: Record<string, unknown>) => void;
}

class RawRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field: string,
    readonly op?: RequestOperation,
  ) {
    super(message);
  }
}

// The envelope types that trade a session token for a socket token, and say nothing more of the
// connection: `auth` (StaticBackend's name), answered `token` with the new socket token in `data`.
const AUTH_TYPE = 'auth';
// Close codes of the channel's description: 1008 after a refused `auth`, 4001 when the session ended.
const CLOSE_REFUSED_AUTH = 1008;
const CLOSE_SESSION_ENDED = 4001;

interface RawConnection {
  sid: string;
  socketToken?: string;
  session?: MockSession;
}

/**
 * The raw WebSocket at the spec's `/ws`: StaticBackend's envelope `{sid, type, data, channel, token}`.
 * `init` first; each request type checked as the server checks it (JSON, object, known type, the
 * connection's `sid`, a socket token where the type's schema requires one, then the schema) and answered
 * with its reply's example (carrying this connection's `sid`), or an `error` envelope.
 */
export function attachRawMock(http: HttpServer, opts: RawMockOptions): WebSocketServer {
  const { server, validators, credentials } = opts;
  const errorEvent = server.events.get(RAW_ERROR_OPERATION);
  if (!errorEvent) throw new Error(`the spec has no send operation ${RAW_ERROR_OPERATION} on ${server.name}`);
  const atConnect = connectEvents(server);
  // Whether a type needs a socket token: its schema requires `token` (all but `echo` and `auth`).
  const needsToken = new Map(
    [...server.requests].map(([type, op]) => {
      const { node } = follow(opts.doc, at(opts.doc, op.request.schema), op.request.schema);
      return [type, Array.isArray(node.required) && node.required.includes('token')];
    }),
  );
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  const open = new Map<WebSocket, RawConnection>();

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const { pathname } = new URL(req.url ?? '/', 'http://mock.invalid');
    if (pathname !== server.pathname) return;
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const send = (ws: WebSocket, schema: RequestOperation['request']['schema'], value: unknown, what: string) =>
    ws.send(JSON.stringify(checkedOutbound(validators, schema, value, what)));

  credentials.onEnd((session, reason) => {
    for (const [ws, conn] of open) if (conn.session === session) ws.close(CLOSE_SESSION_ENDED, reason);
  });

  const admit = (
    conn: RawConnection,
    data: Buffer,
  ): { op: RequestOperation; message: Record<string, unknown> } => {
    let message: unknown;
    try {
      message = JSON.parse(data.toString('utf8'));
    } catch (err) {
      throw new RawRefusal('MALFORMED', `malformed JSON: ${(err as Error).message}`, '');
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message))
      throw new RawRefusal('BAD_INPUT', 'a message is a JSON object {sid, type, data, channel, token}', '');
    const tooDeep = inboundProblem(message);
    if (tooDeep) throw new RawRefusal('BAD_INPUT', tooDeep.message, tooDeep.field);
    const fields = message as Record<string, unknown>;
    const op = typeof fields.type === 'string' ? server.requests.get(fields.type) : undefined;
    if (!op)
      throw new RawRefusal(
        'UNKNOWN_EVENT',
        `unknown type ${JSON.stringify(fields.type)?.slice(0, 64)}`,
        'type',
      );
    if (fields.sid !== conn.sid)
      throw new RawRefusal('BAD_INPUT', 'wrong sid: send the sid of the init message', 'sid', op);
    if (
      needsToken.get(op.request.name) &&
      (conn.socketToken === undefined || fields.token !== conn.socketToken)
    )
      throw new RawRefusal('UNAUTHENTICATED', 'invalid token', 'token', op);
    const invalid = validators.check(op.request.schema, message);
    if (invalid) throw new RawRefusal('BAD_INPUT', invalid.message, invalid.field, op);
    return { op, message: fields };
  };

  wss.on('connection', (ws: WebSocket) => {
    const conn: RawConnection = { sid: randomUUID() };
    open.set(ws, conn);
    ws.on('close', () => open.delete(ws));
    // A frame ws refuses (over maxPayload, invalid UTF-8, a bad opcode) is an `error` here, after which ws
    // closes the connection with the code that says why (1009, 1007, 1002), as on the server; without a
    // listener the error would be thrown and end the mock.
    ws.on('error', (err) => opts.log({ transport: 'ws', level: 'warn', error: err.message }));
    for (const ev of atConnect)
      send(ws, ev.message.schema, withFields(ev.message.example, { data: conn.sid }), ev.message.name);

    ws.on('message', (data: Buffer) => {
      try {
        const { op, message } = admit(conn, data);
        let answer = withFields(op.reply?.example, { sid: conn.sid });
        if (op.request.name === AUTH_TYPE) {
          if (conn.socketToken !== undefined)
            throw new RawRefusal('BAD_INPUT', 'the connection is authenticated already', 'type', op);
          const session =
            typeof message.data === 'string' ? credentials.bySessionToken(message.data) : undefined;
          if (!session) {
            sendError(ws, conn, new RawRefusal('UNAUTHENTICATED', 'invalid token', 'data', op));
            ws.close(CLOSE_REFUSED_AUTH, 'UNAUTHENTICATED');
            return;
          }
          conn.session = session;
          conn.socketToken = credentials.issueSocketToken();
          answer = withFields(answer, { data: conn.socketToken });
        }
        if (op.reply) send(ws, op.reply.schema, answer, `${op.request.name} answer`);
        opts.log({ transport: 'ws', type: op.request.name, answered: op.reply?.name });
        if (needsToken.get(op.request.name))
          // `type` is the envelope's name on the wire: db_created, db_updated and db_deleted share one
          // schema, and so one example, whose `type` is only one of them.
          for (const ev of eventsAfter(server, op))
            send(
              ws,
              ev.message.schema,
              withFields(ev.message.example, { sid: conn.sid, type: ev.message.name }),
              ev.message.name,
            );
      } catch (caught) {
        // A failure of the mock itself (an example that breaks its schema) is logged and answered INTERNAL.
        if (!(caught instanceof RawRefusal)) opts.log({ level: 'error', error: (caught as Error).message });
        const err =
          caught instanceof RawRefusal
            ? caught
            : new RawRefusal('INTERNAL', 'the mock failed; see its log', '');
        opts.log({ transport: 'ws', refused: err.code });
        sendError(ws, conn, err);
      }
    });
  });

  /**
   * Sends the `error` envelope of a refusal. It is sent from the handler's own `catch`, so nothing may
   * escape it: a code the operation does not declare, or an envelope that breaks its schema, is a fault
   * of the mock, logged, and the envelope is not sent (the server likewise drops an off-spec answer).
   */
  const sendError = (ws: WebSocket, conn: RawConnection, refusal: RawRefusal): void => {
    try {
      if (refusal.op && !refusal.op.errorCodes.has(refusal.code))
        throw new Error(
          `the mock refused ${refusal.op.operationId} with ${refusal.code}, which it does not declare`,
        );
      const envelope = {
        sid: conn.sid,
        type: 'error',
        data: refusal.message.slice(0, 1024),
        code: refusal.code,
        field: refusal.field,
      };
      ws.send(
        JSON.stringify(checkedOutbound(validators, errorEvent.message.schema, envelope, 'error envelope')),
      );
    } catch (err) {
      opts.log({ transport: 'ws', level: 'error', refused: refusal.code, error: (err as Error).message });
    }
  };
  return wss;
}
