import type { SocketModel, SocketReceive } from '../../scripts/lib/socket-model.js';
import { generatedHeader, jsdoc, lit, propertyKey } from './header.js';

/**
 * generated/socketio.ts: Socket.IO event maps (for `Server<ClientToServerEvents, ServerToClientEvents>`),
 * one handler signature per receive operation, the dispatch table the transport runs inbound frames
 * through, and the validators of outbound events.
 */
export function renderSocketIo(model: SocketModel): string {
  const folder = (op: SocketReceive) => (op.action ? 'actions' : 'socket');
  const imports = model.receive
    .map((op) => `import { ${op.operationId} } from '../src/handlers/${folder(op)}/${op.operationId}.js';`)
    .join('\n');
  const events = model.receive.filter((op) => !op.action);
  const actions = model.receive.filter((op) => op.action);

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

  const signature = (op: SocketReceive, ctx: string) => {
    const result = op.replyType ? `T.${op.replyType}` : 'void';
    return `${op.operationId}(payload: T.${op.payloadType}, ctx: ${ctx}): Promise<${result}> | ${result};`;
  };
  const handlers = events
    .map(
      (op) =>
        `${jsdoc(`${op.summary}\n\nEvent \`${op.event}\`${op.replyType ? `, acknowledged with \`${op.replyType}\`` : ''}.`, '  ')}  ${signature(op, 'SocketContext')}`,
    )
    .join('\n');
  const actionHandlers = actions
    .map(
      (op) =>
        `${jsdoc(`${op.summary}\n\nAction \`${op.event}\`, answered with \`${op.replyType}\`.`, '  ')}  ${signature(op, 'ActionContext')}`,
    )
    .join('\n');

  const table = model.receive
    .map((op) => {
      const reply = op.replyType ? `V.${op.replyType}` : 'undefined';
      const types = `T.${op.payloadType}, ${op.replyType ? `T.${op.replyType}` : 'void'}`;
      const [kind, handlers, type] = op.action
        ? ['action: true, ', 'ActionHandlers', 'ActionOperation']
        : ['', 'SocketOperationHandlers', 'EventOperation'];
      return `  [${lit(op.event)}, { ${kind}operationId: '${op.operationId}', event: ${lit(op.event)}, validatePayload: V.${op.payloadType}, validateReply: ${reply}, errorCodes: new Set<T.ErrorCode>([${op.errorCodes.map(lit).join(', ')}]), handler: ${op.operationId} satisfies ${handlers}['${op.operationId}'] } satisfies ${type}<${types}>],`;
    })
    .join('\n');

  const outbound = model.send.map((ev) => `  ${propertyKey(ev.event)}: V.${ev.payloadType},`).join('\n');

  return `${generatedHeader('spec/asyncapi.yaml')}
import type { ActionContext, SocketContext } from '../src/handlers/context.js';
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
 * One handler per action (\`x-action: true\`); implementations live in src/handlers/actions/<operationId>.ts.
 * An action answers Socket.IO (its event), \`/ws\` (an \`action\` envelope) and HTTP
 * (\`POST /api/actions/{name}\`) alike, so its handler sees the caller, not a transport's connection.
 */
export interface ActionHandlers {
${actionHandlers}
}

/**
 * What the transport needs to run one inbound event. Each entry of the table is checked against its own
 * payload and reply types (\`satisfies EventOperation<Payload, Reply>\`); the table holds them as
 * \`SocketOperation\` (unknown, unknown). \`handler\` is a method so that this is allowed (TypeScript
 * checks method parameters bivariantly), which is sound here because the transport passes a handler only
 * a payload that its own entry's \`validatePayload\` accepted.
 */
interface OperationEntry<Payload, Reply> {
  operationId: string;
  /** The Socket.IO event; for an action, also its name over \`/ws\` and HTTP. */
  event: string;
  validatePayload: T.Validator<Payload>;
  /** The acknowledgement's success payload; undefined when the operation takes no acknowledgement. */
  validateReply: T.Validator<Reply> | undefined;
  /** The error codes its acknowledgement may carry (reply \`x-errors\` and the server's \`x-request-errors\`). */
  errorCodes: ReadonlySet<T.ErrorCode>;
}

/** A Socket.IO request or event: its handler sees the connection. */
export interface EventOperation<Payload = unknown, Reply = unknown> extends OperationEntry<Payload, Reply> {
  action?: false;
  handler(payload: Payload, ctx: SocketContext): Promise<Reply> | Reply;
}

/** An action: its handler sees the caller, whichever transport it came by. */
export interface ActionOperation<Payload = unknown, Reply = unknown> extends OperationEntry<Payload, Reply> {
  action: true;
  validateReply: T.Validator<Reply>;
  handler(payload: Payload, ctx: ActionContext): Promise<Reply> | Reply;
}

export type SocketOperation<Payload = unknown, Reply = unknown> =
  | EventOperation<Payload, Reply>
  | ActionOperation<Payload, Reply>;

/** Inbound dispatch: event name → operation. A Map, so no event name can reach Object.prototype. */
export const socketOperations: ReadonlyMap<string, SocketOperation> = new Map<string, SocketOperation>([
${table}
]);

/** The actions by name, for the transports that reach them by name (\`/ws\`, HTTP). */
export const actions: ReadonlyMap<string, ActionOperation> = new Map(
  [...socketOperations].filter((entry): entry is [string, ActionOperation] => entry[1].action === true),
);

/** Validators of every server → client event, for outbound validation. */
export const outboundEventValidators: { [E in keyof ServerToClientEvents]: T.Validator<Parameters<ServerToClientEvents[E]>[0]> } = {
${outbound}
};

${model.handshakeAuthType ? `/** The handshake's \`auth\` payload. */\nexport const validateHandshakeAuth = V.${model.handshakeAuthType};\n` : ''}${model.connectErrorType ? `/** The \`data\` of a refused handshake's \`connect_error\`. */\nexport const validateConnectError = V.${model.connectErrorType};\n` : ''}${model.connectErrorType ? `export type ConnectErrorData = T.${model.connectErrorType};\n` : ''}`;
}
