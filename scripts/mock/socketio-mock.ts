import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { Credentials, MockSession } from './credentials.js';
import {
  CLOSING_OPERATION,
  connectEvents,
  eventsAfter,
  FRAME_ERROR_OPERATION,
  HANDSHAKE_REFUSAL_OPERATION,
} from './event-policy.js';
import { inboundProblem } from './inbound-json.js';
import { checkedOutbound, withFields } from './outbound.js';
import type { SpecValidators } from './schema-validators.js';
import type { RealtimeServer, ServerEvent } from './socket-operations.js';

export interface SocketIoMockOptions {
  server: RealtimeServer;
  validators: SpecValidators;
  credentials: Credentials;
  log: (line: Record<string, unknown>) => void;
}

interface WireError {
  code: string;
  message: string;
  field?: string;
}

type Ack = (reply: unknown) => void;

// The handshake field of the socket secret (`HandshakeAuth.socketSecret`, the security scheme's text).
const AUTH_SECRET_FIELD = 'socketSecret';

const MAX_EVENT_NAME = 256;

class Refusal extends Error {
  constructor(readonly error: WireError) {
    super(error.message);
  }
}

/**
 * Socket.IO at the spec's path: the handshake the spec declares (a socket secret in the header or the
 * `auth` payload), then every `receive` operation, each event validated and answered through its
 * acknowledgement with the reply's example, or refused as the server refuses.
 */
export function attachSocketIoMock(http: HttpServer, opts: SocketIoMockOptions): Server {
  const { server, validators, credentials } = opts;
  const event = (operationId: string): ServerEvent => {
    const found = server.events.get(operationId);
    if (!found) throw new Error(`the spec has no send operation ${operationId} on ${server.name}`);
    return found;
  };
  const frameError = event(FRAME_ERROR_OPERATION);
  const closing = event(CLOSING_OPERATION);
  const refusal = event(HANDSHAKE_REFUSAL_OPERATION);
  const atConnect = connectEvents(server);

  // The raw WebSocket shares the HTTP server: Engine.IO must leave upgrades to other paths alone.
  const io = new Server(http, {
    path: server.pathname.replace(/\/$/, ''),
    destroyUpgrade: false,
    serveClient: false,
  });
  const bySession = new Map<MockSession, Set<Socket>>();

  const emit = (socket: Socket, ev: ServerEvent, payload: unknown): void => {
    socket.emit(
      ev.message.name,
      checkedOutbound(validators, ev.message.schema, payload, `${ev.message.name} event`),
    );
  };

  io.use((socket, next) => {
    const refuse = (error: WireError) => {
      const err = new Error(error.message) as Error & { data?: unknown };
      err.data = checkedOutbound(validators, refusal.message.schema, error, 'connect_error');
      next(err);
    };
    const auth = socket.handshake.auth;
    if (server.handshakeAuth) {
      const invalid = validators.check(server.handshakeAuth, auth, 'auth');
      if (invalid) return refuse({ code: 'BAD_INPUT', ...invalid });
    }
    const header = server.secretHeader
      ? socket.handshake.headers[server.secretHeader.toLowerCase()]
      : undefined;
    const fromAuth = (auth as Record<string, unknown>)[AUTH_SECRET_FIELD];
    const secret = typeof header === 'string' ? header : typeof fromAuth === 'string' ? fromAuth : undefined;
    const field =
      typeof header === 'string'
        ? `header.${server.secretHeader?.toLowerCase()}`
        : `auth.${AUTH_SECRET_FIELD}`;
    if (secret === undefined)
      return refuse({ code: 'UNAUTHENTICATED', message: 'the socket secret is missing', field });
    const session = credentials.bySocketSecret(secret);
    if (!session) return refuse({ code: 'UNAUTHENTICATED', message: 'the socket secret is unknown', field });
    socket.data.session = session;
    next();
  });

  credentials.onEnd((session, reason) => {
    for (const socket of bySession.get(session) ?? []) {
      emit(socket, closing, { reason, message: `the session that opened this connection ended (${reason})` });
      socket.disconnect(true);
    }
    bySession.delete(session);
  });

  io.on('connection', (socket) => {
    const session = socket.data.session as MockSession;
    const sockets = bySession.get(session) ?? new Set<Socket>();
    bySession.set(session, sockets);
    sockets.add(socket);
    socket.on('disconnect', () => sockets.delete(socket));
    for (const ev of atConnect) {
      // `welcome` names this connection and its user; the rest of the example stands.
      const payload =
        ev.operationId === 'sendWelcome'
          ? withFields(ev.message.example, { connectionId: socket.id, username: session.username })
          : ev.message.example;
      emit(socket, ev, payload);
    }

    // One middleware answers every event itself and never calls `next`, as the server's dispatcher does.
    socket.use((frame, _next) => {
      const ack = typeof frame.at(-1) === 'function' ? (frame.at(-1) as Ack) : undefined;
      const [name, ...args] = ack ? frame.slice(0, -1) : frame;
      const eventName = typeof name === 'string' ? name : '';
      try {
        const op = server.requests.get(eventName);
        if (typeof name !== 'string' || !op)
          throw new Refusal({
            code: 'UNKNOWN_EVENT',
            message: `unknown event "${eventName.slice(0, MAX_EVENT_NAME)}"`,
            field: '',
          });
        if (op.reply && !ack)
          throw new Refusal({
            code: 'ACK_REQUIRED',
            message: `${name} answers through an acknowledgement: pass a callback`,
            field: '',
          });
        if (!op.reply && ack)
          throw new Refusal({
            code: 'ACK_NOT_ALLOWED',
            message: `${name} takes no acknowledgement callback`,
            field: '',
          });
        if (args.length !== 1)
          throw new Refusal({
            code: 'BAD_INPUT',
            message: `${name} takes exactly one argument, the payload object (got ${args.length})`,
            field: '',
          });
        const tooDeep = inboundProblem(args[0]);
        if (tooDeep) throw new Refusal({ code: 'BAD_INPUT', ...tooDeep });
        const invalid = validators.check(op.request.schema, args[0]);
        if (invalid) throw new Refusal({ code: 'BAD_INPUT', ...invalid });
        if (ack && op.reply)
          ack(checkedOutbound(validators, op.reply.schema, op.reply.example, `${name} reply`));
        opts.log({ transport: 'socket.io', event: name, answered: 'reply' });
        for (const ev of eventsAfter(server, op)) emit(socket, ev, ev.message.example);
      } catch (caught) {
        // A failure of the mock itself (an example that breaks its schema) is logged and answered INTERNAL.
        if (!(caught instanceof Refusal))
          opts.log({ level: 'error', event: eventName, error: (caught as Error).message });
        const err =
          caught instanceof Refusal
            ? caught
            : new Refusal({ code: 'INTERNAL', message: 'the mock failed; see its log' });
        const error = { ...err.error, message: err.error.message.slice(0, 1024) };
        opts.log({ transport: 'socket.io', event: eventName, refused: error.code });
        if (ack) ack({ error });
        else emit(socket, frameError, { event: eventName.slice(0, MAX_EVENT_NAME), error });
      }
    });
  });
  return io;
}
