import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { SocketOperation } from '../../../generated/socketio.js';
import type { Services } from '../../core/services.js';
import type { SocketContext } from '../../handlers/context.js';
import type { Logger } from '../../logger.js';
import { frameDispatcher } from './dispatch.js';
import { handshakeAuthenticator } from './handshake.js';
import { emitEvent } from './outbound.js';
import { sizedParser } from './sized-parser.js';
import type { SwitchboardServer } from './types.js';

export interface SocketIoDeps {
  services: Services;
  log: Logger;
  operations: ReadonlyMap<string, SocketOperation>;
  outboundValidation: boolean;
  maxFrameBytes: number;
  serverVersion: string;
}

/** Engine.IO closes a connection on a frame this many times MAX_FRAME_BYTES; below that we answer PAYLOAD_TOO_LARGE. */
export const HARD_FRAME_LIMIT_FACTOR = 4;

/** Socket.IO on the given HTTP server: authenticated handshakes, a welcome, spec-validated dispatch. */
export function attachSocketIo(httpServer: HttpServer, deps: SocketIoDeps): SwitchboardServer {
  const log = deps.log.child({ transport: 'socketio' });
  const io: SwitchboardServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: deps.maxFrameBytes * HARD_FRAME_LIMIT_FACTOR,
    parser: sizedParser(deps.maxFrameBytes * HARD_FRAME_LIMIT_FACTOR),
  });
  io.use(handshakeAuthenticator({ ...deps, log }));
  io.on('connection', (socket) => {
    const { identity } = socket.data;
    const connectionLog = log.child({ connectionId: socket.id, userId: identity.userId });
    const ctx: SocketContext = {
      services: deps.services,
      log: connectionLog,
      connection: { id: socket.id, ...identity },
    };
    socket.use(frameDispatcher(socket, ctx, { ...deps, log: connectionLog }));
    connectionLog.debug('connected');
    socket.on('disconnect', (reason) => connectionLog.debug({ reason }, 'disconnected'));
    emitEvent(
      socket,
      'welcome',
      {
        connectionId: socket.id,
        userId: identity.userId,
        username: identity.username,
        serverVersion: deps.serverVersion,
      },
      { outboundValidation: deps.outboundValidation, log: connectionLog },
    );
  });
  return io;
}
