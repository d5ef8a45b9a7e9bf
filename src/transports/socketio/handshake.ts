import type { ExtendedError } from 'socket.io';
import { validateConnectError, validateHandshakeAuth } from '../../../generated/socketio.js';
import { HandshakeSecret } from '../../../generated/validators/asyncapi.js';
import { ApiError, INTERNAL_ERROR, toClientError } from '../../core/errors.js';
import type { Services } from '../../core/services.js';
import type { SocketIdentity } from '../../core/users.js';
import type { Logger } from '../../logger.js';
import { checkInboundJson } from '../json-limits.js';
import { badInput, conformsToSpec } from '../validation.js';
import type { SwitchboardSocket } from './types.js';

export interface HandshakeOptions {
  services: Services;
  outboundValidation: boolean;
  maxJsonDepth: number;
  log: Logger;
}

const HEADER = 'x-socket-secret';

/**
 * Who the socket secret from the `X-Socket-Secret` header (GameVault) or `auth.socketSecret` (browsers)
 * belongs to, and their account's plan.
 */
async function identify(
  socket: SwitchboardSocket,
  { services, maxJsonDepth }: HandshakeOptions,
): Promise<{ identity: SocketIdentity; plan: string | undefined }> {
  const header = socket.handshake.headers[HEADER];
  const auth = socket.handshake.auth;
  checkInboundJson(auth, maxJsonDepth, 'auth');
  if (!validateHandshakeAuth(auth)) throw badInput(validateHandshakeAuth.errors, 'auth');
  // An empty header is no header (some proxies and clients send one); the auth payload may still carry the secret.
  const fromHeader = typeof header === 'string' && header !== '';
  const secret = fromHeader ? header : auth.socketSecret;
  const field = fromHeader ? `header.${HEADER}` : 'auth.socketSecret';
  if (secret === undefined) {
    throw new ApiError(
      'UNAUTHENTICATED',
      'a socket secret is required: send the X-Socket-Secret header or auth.socketSecret',
      field,
    );
  }
  if (!HandshakeSecret(secret)) throw badInput(HandshakeSecret.errors, field);
  const identified = await services.users.identifySocket(secret);
  if (!identified)
    throw new ApiError('UNAUTHENTICATED', 'the socket secret is unknown (it may have been rotated)', field);
  return identified;
}

/**
 * The `io.use()` middleware that authenticates every handshake and applies the connection limits. A
 * refusal reaches the client as `connect_error` with the spec'd Error as `err.data`.
 */
export function handshakeAuthenticator(opts: HandshakeOptions) {
  return async (socket: SwitchboardSocket, next: (err?: ExtendedError) => void): Promise<void> => {
    const { connections, accounts } = opts.services;
    // Released when the transport closes, whether or not the handshake got as far as connecting; one
    // Engine.IO connection may carry many namespace connects, so the listener goes with the socket.
    const release = () => connections.release(socket.id);
    const transportClosed = () => socket.conn.readyState === 'closing' || socket.conn.readyState === 'closed';
    try {
      // The global cap first, before any database work; then who it is; then their user and plan caps.
      connections.opened(socket.id, 'socketio');
      socket.conn.once('close', release);
      socket.once('disconnect', () => socket.conn.off('close', release));
      const { identity, plan } = await identify(socket, opts);
      // Closed while we looked it up: admitting it now would hold a slot (and evict others) for nothing.
      if (transportClosed()) throw new ApiError('UNAVAILABLE', 'the connection closed during the handshake');
      const admission = connections.authenticated(socket.id, identity, plan);
      accounts.closeConnections(admission.evict);
      socket.data.identity = identity;
      socket.data.appearOnline = (socket.handshake.auth as { appearOnline?: boolean }).appearOnline !== false;
      next();
    } catch (err) {
      socket.conn.off('close', release);
      release();
      let data = toClientError(err, opts.log, { stage: 'handshake' });
      if (opts.outboundValidation && !conformsToSpec(validateConnectError, data, 'connect_error', opts.log))
        data = INTERNAL_ERROR;
      opts.log.info(
        { code: data.code, field: data.field, address: socket.handshake.address },
        'handshake refused',
      );
      const refusal: ExtendedError = Object.assign(new Error(data.message), { data });
      next(refusal);
    }
  };
}
