import type { SocketModel } from '../../scripts/lib/socket-model.js';
import { generatedHeader, jsdoc, lit, propertyKey } from './header.js';

/**
 * clients/js/src/generated/socket.ts: every Socket.IO request a client may make (payload, reply, the
 * error codes its acknowledgement may carry) and every event the server sends, as type maps the client's
 * `request` and `on` are generic over, plus the one runtime fact the client needs per request: whether
 * the server acknowledges it.
 */
export function renderClientSocket(model: SocketModel): string {
  const requests = model.receive
    .map((op) => {
      const errors = op.errorCodes.length > 0 ? op.errorCodes.map(lit).join(' | ') : 'never';
      const reply = op.replyType ? `T.${op.replyType}` : 'undefined';
      return `${jsdoc(op.summary, '  ')}  ${propertyKey(op.event)}: { payload: T.${op.payloadType}; reply: ${reply}; errors: ${errors} };`;
    })
    .join('\n');
  const events = model.send
    .map((ev) => `${jsdoc(ev.summary, '  ')}  ${propertyKey(ev.event)}: T.${ev.payloadType};`)
    .join('\n');
  const acknowledged = model.receive
    .map((op) => `  ${propertyKey(op.event)}: ${op.replyType ? 'true' : 'false'},`)
    .join('\n');
  const actionNames = model.receive.filter((op) => op.action).map((op) => lit(op.event));
  const auth = model.handshakeAuthType ? `T.${model.handshakeAuthType}` : 'Record<string, unknown>';
  const connectError = model.connectErrorType ? `T.${model.connectErrorType}` : 'unknown';

  return `${generatedHeader('spec/asyncapi.yaml')}
import type * as T from './types.js';

/** Client → server events (\`action: receive\`), by event name. */
export interface SocketRequests {
${requests}
}

/** Server → client events (\`action: send\`), by event name: the payload of each. */
export interface ServerEvents {
${events}
}

/** The handshake's \`auth\` payload. */
export type HandshakeAuthPayload = ${auth};

/** The \`data\` of a refused handshake's \`connect_error\`. */
export type ConnectErrorPayload = ${connectError};

/**
 * The actions (\`x-action: true\`): requests any transport can call by name, Socket.IO by its event,
 * \`/ws\` with an \`action\` envelope, HTTP with \`POST /api/actions/{name}\`.
 */
export const actionNames = [${actionNames.join(', ')}] as const;
export type ActionName = (typeof actionNames)[number];

/** Whether the server acknowledges each request (an operation with a \`reply\`). */
export const acknowledgedRequests: { readonly [E in keyof SocketRequests]: boolean } = {
${acknowledged}
};
`;
}
