import type { ExtendedError } from 'socket.io';
import { validateConnectError, validateHandshakeAuth } from '../../../generated/socketio.js';
import { HandshakeSecret } from '../../../generated/validators/asyncapi.js';
import { socketCookieIn } from '../../core/auth/socket-cookie.js';
import { ApiError, INTERNAL_ERROR, toClientError } from '../../core/errors.js';
import type { Services } from '../../core/services.js';
import type { SocketSecretGrant } from '../../core/users.js';
import type { Logger } from '../../logger.js';
import type { ConnectionLog } from '../connection-log.js';
import type { InFlight } from '../in-flight.js';
import { checkInboundJson } from '../json-limits.js';
import { admitsCookie, type OriginPolicy } from '../origins.js';
import { badInput, conformsToSpec } from '../validation.js';
import type { EngineSessions } from './engine-sessions.js';
import type { SwitchboardSocket } from './types.js';

export interface HandshakeOptions {
  services: Services;
  sessions: EngineSessions;
  outboundValidation: boolean;
  maxJsonDepth: number;
  inflight: InFlight;
  log: Logger;
  /** Where refused handshakes are logged (rate-limited: connection-log.ts). */
  connectionLog: ConnectionLog;
  /** Other processes hold sockets too (a cluster's adapter): closes by session id go through rooms. */
  clustered: boolean;
  /** Which origins' pages may authenticate with the socket cookie (ALLOWED_ORIGINS). */
  origins: OriginPolicy;
}

const HEADER = 'x-socket-secret';

/**
 * Who the socket secret from the `X-Socket-Secret` header (GameVault), `auth.socketSecret` (browsers) or,
 * when neither is sent, the socket cookie (a browser that logged in over HTTP) belongs to, and their
 * account's plan.
 */
async function identify(
  socket: SwitchboardSocket,
  { services, maxJsonDepth, origins }: HandshakeOptions,
): Promise<SocketSecretGrant> {
  const header = socket.handshake.headers[HEADER];
  const auth = socket.handshake.auth;
  checkInboundJson(auth, maxJsonDepth, 'auth');
  if (!validateHandshakeAuth(auth)) throw badInput(validateHandshakeAuth.errors, 'auth');
  // An empty header is no header (some proxies and clients send one); the auth payload may still carry the secret.
  const fromHeader = typeof header === 'string' && header !== '';
  let secret = fromHeader ? header : auth.socketSecret;
  let field = fromHeader ? `header.${HEADER}` : 'auth.socketSecret';
  const cookie = secret === undefined ? socketCookieIn(socket.handshake.headers.cookie) : undefined;
  if (cookie !== undefined) {
    if (!admitsCookie(origins, socket.handshake))
      throw new ApiError(
        'UNAUTHENTICATED',
        `the socket cookie is not accepted from ${String(socket.handshake.headers.origin).slice(0, 200)}: only from this server's own pages and the origins ALLOWED_ORIGINS names`,
        'header.cookie',
      );
    secret = cookie;
    field = 'header.cookie';
  }
  if (secret === undefined) {
    throw new ApiError(
      'UNAUTHENTICATED',
      'a socket secret is required: send the X-Socket-Secret header or auth.socketSecret (or log in over HTTP first, for the socket cookie)',
      field,
    );
  }
  if (!HandshakeSecret(secret)) throw badInput(HandshakeSecret.errors, field);
  const identified = await services.users.identifySocket(secret);
  if (!identified)
    throw new ApiError(
      'UNAUTHENTICATED',
      'the socket secret is unknown: it was rotated, or its session ended (log in again for a new one)',
      field,
    );
  return identified;
}

/**
 * The `io.use()` middleware that authenticates every handshake and applies the connection limits. A
 * refusal reaches the client as `connect_error` with the spec'd Error as `err.data`. The session was
 * counted when it opened (engine-sessions.ts), so a refusal here releases nothing: closing does.
 */
export function handshakeAuthenticator(opts: HandshakeOptions) {
  return async (socket: SwitchboardSocket, next: (err?: ExtendedError) => void): Promise<void> => {
    const { lifecycle } = opts.services;
    const session = opts.sessions.of(socket.conn);
    const transportClosed = () => socket.conn.readyState === 'closing' || socket.conn.readyState === 'closed';
    // A refused session is closed once told why: one handshake per session, so a client cannot make the
    // server look secrets up over and over on one connection (a new one spends CONNECT_RATE_LIMIT).
    // socket.io-client closes its session after connect_error anyway. The exception is a second CONNECT
    // while the first is under way: closing would end the first too.
    let closeAfterRefusal = true;
    try {
      if (!session) throw new Error('a handshake on an Engine.IO session that was never opened');
      // The limits decide on the session first (in a cluster, Redis answers): nothing runs before.
      await session.opening;
      if (opts.inflight.isDraining)
        throw new ApiError('UNAVAILABLE', 'the server is shutting down', undefined, 1);
      if (session.refusal) throw session.refusal;
      // One Socket.IO connection per Engine.IO session: 20 CONNECTs sent at once must not become 20
      // sockets, each receiving every broadcast, for one slot of the limits.
      closeAfterRefusal = !(session.handshaking || session.socket);
      if (!closeAfterRefusal)
        throw new ApiError(
          'BAD_INPUT',
          'this connection has a handshake under way already: one Socket.IO connection per Engine.IO session',
        );
      session.handshaking = true;
      try {
        const { identity, plan, grant } = await identify(socket, opts);
        // A resumed connection must be resumed by its own user: another's secret gets a new connection.
        if (socket.recovered && socket.data.identity?.userId !== identity.userId)
          throw new ApiError(
            'UNAUTHENTICATED',
            'this secret does not belong to the connection being resumed',
            'auth.pid',
          );
        // Closed while we looked it up: admitting it now would hold a slot (and evict others) for nothing.
        if (transportClosed())
          throw new ApiError('UNAVAILABLE', 'the connection closed during the handshake');
        await lifecycle.admit(session.id, identity, grant, plan);
        // Closed while it was admitted: its release ran, or runs, and gives back what admit took.
        if (transportClosed())
          throw new ApiError('UNAVAILABLE', 'the connection closed during the handshake');
        session.socket = socket;
        // Limits and sessions close connections by the session's id: in a room of that name, the adapter
        // finds the socket on whichever process holds it. One process finds its own in `sessions`.
        if (opts.clustered) socket.join(session.id);
        socket.data.identity = identity;
        socket.data.grant = grant;
        const auth = socket.handshake.auth as { appearOnline?: boolean; socketSecret?: string };
        socket.data.appearOnline = auth.appearOnline !== false;
        // Read once: the handshake lives as long as the connection, the secret need not.
        delete auth.socketSecret;
      } finally {
        session.handshaking = false;
      }
      next();
    } catch (err) {
      let data = toClientError(err, opts.log, { stage: 'handshake' });
      if (opts.outboundValidation && !conformsToSpec(validateConnectError, data, 'connect_error', opts.log))
        data = INTERNAL_ERROR;
      opts.connectionLog.refused({ code: data.code, field: data.field, address: socket.handshake.address });
      const refusal: ExtendedError = Object.assign(new Error(data.message), { data });
      next(refusal);
      // Socket.IO sends the refusal on the next tick: a close before would drop it.
      if (closeAfterRefusal) setImmediate(() => socket.conn.close());
    }
  };
}
