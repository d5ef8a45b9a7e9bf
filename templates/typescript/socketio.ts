import type { SocketModel } from '../../scripts/lib/socket-model.js';
import { generatedHeader, jsdoc, lit, propertyKey } from './header.js';

/**
 * generated/socketio.ts: Socket.IO event maps (for `Server<ClientToServerEvents, ServerToClientEvents>`),
 * one handler signature per receive operation, the dispatch table the transport runs inbound frames
 * through, and the validators of outbound events.
 */
export function renderSocketIo(model: SocketModel): string {
  const imports = model.receive
    .map((op) => `import { ${op.operationId} } from '../src/handlers/socket/${op.operationId}.js';`)
    .join('\n');

  const clientEvents = model.receive
    .map((op) => {
      const ack = op.replyType ? `, ack: (reply: T.${op.replyType} | T.ErrorReply) => void` : '';
      return `${jsdoc(op.summary, '  ')}  ${propertyKey(op.event)}: (payload: T.${op.payloadType}${ack}) => void;`;
    })
    .join('\n');

  const serverEvents = model.send
    .map(
      (ev) => `${jsdoc(ev.summary, '  ')}  ${propertyKey(ev.event)}: (payload: T.${ev.payloadType}) => void;`,
    )
    .join('\n');

  const handlers = model.receive
    .map((op) => {
      const result = op.replyType ? `T.${op.replyType}` : 'void';
      return `${jsdoc(`${op.summary}\n\nEvent \`${op.event}\`${op.replyType ? `, acknowledged with \`${op.replyType}\`` : ''}.`, '  ')}  ${op.operationId}(payload: T.${op.payloadType}, ctx: SocketContext): Promise<${result}> | ${result};`;
    })
    .join('\n');

  const table = model.receive
    .map((op) => {
      const reply = op.replyType ? `V.${op.replyType}` : 'undefined';
      const types = `T.${op.payloadType}, ${op.replyType ? `T.${op.replyType}` : 'void'}`;
      return `  [${lit(op.event)}, { operationId: '${op.operationId}', event: ${lit(op.event)}, validatePayload: V.${op.payloadType}, validateReply: ${reply}, errorCodes: new Set<T.ErrorCode>([${op.errorCodes.map(lit).join(', ')}]), handler: ${op.operationId} satisfies SocketOperationHandlers['${op.operationId}'] } satisfies SocketOperation<${types}>],`;
    })
    .join('\n');

  const outbound = model.send.map((ev) => `  ${propertyKey(ev.event)}: V.${ev.payloadType},`).join('\n');

  return `${generatedHeader('spec/asyncapi.yaml')}
import type { SocketContext } from '../src/handlers/context.js';
${imports}
import type * as T from './types.js';
import * as V from './validators/asyncapi.js';

/** Events a client emits: the first type argument of Socket.IO's \`Server\` and the second of the client's \`Socket\`. */
export interface ClientToServerEvents {
${clientEvents}
}

/** Events the server emits: the second type argument of Socket.IO's \`Server\` and the first of the client's \`Socket\`. */
export interface ServerToClientEvents {
${serverEvents}
}

/** One handler per client → server operation; implementations live in src/handlers/socket/<operationId>.ts. */
export interface SocketOperationHandlers {
${handlers}
}

/**
 * What the transport needs to run one inbound event. Each entry of the table is checked against its own
 * payload and reply types (\`satisfies SocketOperation<Payload, Reply>\`); the table holds them as
 * \`SocketOperation\` (unknown, unknown). \`handler\` is a method so that this is allowed (TypeScript
 * checks method parameters bivariantly), which is sound here because the transport passes a handler only
 * a payload that its own entry's \`validatePayload\` accepted.
 */
export interface SocketOperation<Payload = unknown, Reply = unknown> {
  operationId: string;
  event: string;
  validatePayload: T.Validator<Payload>;
  /** The acknowledgement's success payload; undefined when the operation takes no acknowledgement. */
  validateReply: T.Validator<Reply> | undefined;
  /** The error codes its acknowledgement may carry (reply \`x-errors\` and the server's \`x-request-errors\`). */
  errorCodes: ReadonlySet<T.ErrorCode>;
  handler(payload: Payload, ctx: SocketContext): Promise<Reply> | Reply;
}

/** Inbound dispatch: event name → operation. A Map, so no event name can reach Object.prototype. */
export const socketOperations: ReadonlyMap<string, SocketOperation> = new Map<string, SocketOperation>([
${table}
]);

/** Validators of every server → client event, for outbound validation. */
export const outboundEventValidators: { [E in keyof ServerToClientEvents]: T.Validator<Parameters<ServerToClientEvents[E]>[0]> } = {
${outbound}
};

${model.handshakeAuthType ? `/** The handshake's \`auth\` payload. */\nexport const validateHandshakeAuth = V.${model.handshakeAuthType};\n` : ''}${model.connectErrorType ? `/** The \`data\` of a refused handshake's \`connect_error\`. */\nexport const validateConnectError = V.${model.connectErrorType};\n` : ''}${model.connectErrorType ? `export type ConnectErrorData = T.${model.connectErrorType};\n` : ''}`;
}
