import type { Findings } from './diagnostics.js';
import type { Bundled } from './load-specs.js';
import { isNode, type Node, resolveRef as resolve } from './refs.js';
import {
  addSchema,
  compareText,
  componentRefName,
  type JsonSchema,
  normalizeSchema,
  pascalCase,
  readComponentSchemas,
  type SchemaSet,
} from './schemas.js';

/** A client → server event (`action: receive`). */
export interface SocketReceive {
  operationId: string;
  event: string;
  summary: string;
  payloadType: string;
  /** The acknowledgement's success payload; undefined when the operation has no reply. */
  replyType?: string;
}

/** A server → client event (`action: send`). */
export interface SocketSend {
  operationId: string;
  event: string;
  summary: string;
  payloadType: string;
}

export interface SocketModel {
  schemas: SchemaSet;
  receive: SocketReceive[];
  send: SocketSend[];
  /** The schema of Socket.IO's handshake `auth` payload (the channel's `x-socketio-auth`). */
  handshakeAuthType?: string;
  /** The payload Socket.IO delivers to the client's `connect_error` handler. */
  connectErrorType?: string;
}

export const ERROR_REPLY_TYPE = 'ErrorReply';
// Events Socket.IO itself uses; `connect_error` may be documented, as the handshake refusal.
const RESERVED_EVENTS = new Set([
  'connect',
  'connect_error',
  'disconnect',
  'disconnecting',
  'newListener',
  'removeListener',
]);
const OPERATION_ID = /^[a-z][A-Za-z0-9]*$/;

/** A message as an operation lists it, with the key it has in the document. */
type Message = { node: Node; key: string };

/** Names a message payload: its component schema name, or `<MessageKey>Payload` for an inline schema. */
function payloadType(schemas: SchemaSet, message: Node, messageKey: string, where: string): string {
  let payload = message.payload;
  if (isNode(payload) && 'schemaFormat' in payload) {
    const format = String(payload.schemaFormat);
    if (!format.startsWith('application/vnd.aai.asyncapi') && !format.startsWith('application/schema')) {
      throw new Error(`${where}: schemaFormat ${format} is not supported (use AsyncAPI or JSON Schema)`);
    }
    payload = payload.schema;
  }
  const ref = componentRefName(payload);
  if (ref) return ref;
  const name = `${pascalCase(messageKey)}Payload`;
  addSchema(schemas, name, normalizeSchema(payload, where) as JsonSchema, where);
  return name;
}

function readReceive(
  doc: Bundled,
  model: SocketModel,
  findings: Findings,
  operationId: string,
  op: Node,
  messages: Message[],
): SocketReceive | undefined {
  const at = ['operations', operationId];
  const message = messages[0];
  if (messages.length !== 1 || !message) {
    findings.error(
      [...at, 'messages'],
      'switchboard-one-message',
      'a receive operation takes exactly one message (the event the client emits)',
    );
    return undefined;
  }
  const event = String(message.node.name ?? message.key);
  if (RESERVED_EVENTS.has(event)) {
    findings.error(
      [...at, 'messages'],
      'switchboard-reserved-event',
      `event name ${event} is reserved by Socket.IO`,
    );
    return undefined;
  }
  const payload = payloadType(model.schemas, message.node, message.key, `operations.${operationId}`);
  if (model.schemas.get(payload)?.type !== 'object') {
    findings.error(
      [...at, 'messages'],
      'switchboard-object-payload',
      `the payload of ${event} must be a JSON object (type: object)`,
    );
  }
  const entry: SocketReceive = {
    operationId,
    event,
    summary: summaryOf(op, operationId),
    payloadType: payload,
  };
  if (isNode(op.reply)) {
    const replies = (Array.isArray(op.reply.messages) ? op.reply.messages : []).map((m, i) =>
      resolve(doc, m, `reply ${i}`),
    );
    const types = replies.map((r) =>
      payloadType(model.schemas, r.node, r.key, `operations.${operationId}.reply`),
    );
    const success = types.filter((t) => t !== ERROR_REPLY_TYPE);
    if (success.length !== 1 || !types.includes(ERROR_REPLY_TYPE)) {
      findings.error(
        [...at, 'reply', 'messages'],
        'switchboard-reply-shape',
        `the reply must list one success message and the ${ERROR_REPLY_TYPE} message`,
      );
      return undefined;
    }
    entry.replyType = success[0];
  }
  return entry;
}

function readSend(
  model: SocketModel,
  findings: Findings,
  operationId: string,
  op: Node,
  messages: Message[],
): SocketSend[] {
  const at = ['operations', operationId, 'messages'];
  const sends: SocketSend[] = [];
  for (const message of messages) {
    const event = String(message.node.name ?? message.key);
    const payload = payloadType(model.schemas, message.node, message.key, `operations.${operationId}`);
    if (event === 'connect_error') model.connectErrorType = payload;
    else if (RESERVED_EVENTS.has(event))
      findings.error(at, 'switchboard-reserved-event', `event name ${event} is reserved by Socket.IO`);
    else sends.push({ operationId, event, summary: summaryOf(op, operationId), payloadType: payload });
  }
  return sends;
}

function summaryOf(op: Node, operationId: string): string {
  return String(op.summary ?? op.title ?? operationId);
}

/** Reads the Socket.IO operations, messages and schemas out of the bundled AsyncAPI document. */
export function buildSocketModel(doc: Bundled, findings: Findings): SocketModel {
  const model: SocketModel = { schemas: new Map(), receive: [], send: [] };
  readComponentSchemas(doc, model.schemas, findings);

  // Who already uses each event name, per direction: a name means one payload in each direction.
  const received = new Map<string, string>();
  const sent = new Map<string, string>();
  for (const [operationId, raw] of Object.entries(isNode(doc.operations) ? doc.operations : {})) {
    const at = ['operations', operationId];
    if (!OPERATION_ID.test(operationId)) {
      findings.error(
        at,
        'switchboard-operation-id',
        `operation id ${operationId} must be camelCase (it names a handler file)`,
      );
      continue;
    }
    findings.attempt(at, () => {
      const { node: op } = resolve(doc, raw, operationId);
      const { node: channel } = resolve(doc, op.channel, 'channel');
      if (channel.address !== '/') {
        findings.error(
          [...at, 'channel'],
          'switchboard-namespace',
          `channel address ${String(channel.address)} is not supported: Socket.IO operations live on the default namespace "/"`,
        );
        return;
      }
      const messages = (Array.isArray(op.messages) ? op.messages : []).map((m, i) =>
        resolve(doc, m, `message ${i}`),
      );
      if (op.action === 'receive') {
        const entry = readReceive(doc, model, findings, operationId, op, messages);
        if (!entry) return;
        const other = received.get(entry.event);
        if (other)
          findings.error(
            [...at, 'messages'],
            'switchboard-duplicate-event',
            `event ${entry.event} is already received by operation ${other}`,
          );
        else {
          received.set(entry.event, operationId);
          model.receive.push(entry);
        }
      } else if (op.action === 'send') {
        for (const entry of readSend(model, findings, operationId, op, messages)) {
          const other = sent.get(entry.event);
          if (other)
            findings.error(
              [...at, 'messages'],
              'switchboard-duplicate-event',
              `event ${entry.event} is already sent by operation ${other}`,
            );
          else {
            sent.set(entry.event, operationId);
            model.send.push(entry);
          }
        }
      }
    });
  }

  const auth = isNode(doc.channels)
    ? Object.values(doc.channels)
        .map((c) => resolve(doc, c, 'channel').node['x-socketio-auth'])
        .find(Boolean)
    : undefined;
  if (auth) {
    model.handshakeAuthType = componentRefName(auth);
    if (!model.handshakeAuthType)
      findings.error(
        ['channels'],
        'switchboard-handshake-auth',
        'x-socketio-auth must be a $ref to a component schema',
      );
  }
  model.receive.sort((a, b) => compareText(a.operationId, b.operationId));
  model.send.sort((a, b) => compareText(a.event, b.event));
  return model;
}
