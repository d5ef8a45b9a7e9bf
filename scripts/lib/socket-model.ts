import type { Findings } from './diagnostics.js';
import type { Bundled } from './load-specs.js';
import { isNode, type Node, resolveRef as resolve } from './refs.js';
import {
  addSchema,
  componentRefName,
  type JsonSchema,
  normalizeSchema,
  pascalCase,
  type SchemaSet,
  TYPE_NAME,
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

/** Reads the Socket.IO operations, messages and schemas out of the bundled AsyncAPI document. */
export function buildSocketModel(doc: Bundled, findings: Findings): SocketModel {
  const schemas: SchemaSet = new Map();
  const components = isNode(doc.components) ? doc.components : {};
  for (const [name, schema] of Object.entries(isNode(components.schemas) ? components.schemas : {})) {
    if (!TYPE_NAME.test(name)) {
      findings.error(
        ['components', 'schemas', name],
        'switchboard-type-name',
        `schema name ${name} must be PascalCase (it names a TypeScript type)`,
      );
      continue;
    }
    addSchema(schemas, name, normalizeSchema(schema, `components.schemas.${name}`) as JsonSchema, name);
  }

  const model: SocketModel = { schemas, receive: [], send: [] };
  const events = new Map<string, string>();
  const operations = isNode(doc.operations) ? doc.operations : {};
  for (const [operationId, raw] of Object.entries(operations)) {
    const at = ['operations', operationId];
    const { node: op } = resolve(doc, raw, operationId);
    if (!OPERATION_ID.test(operationId)) {
      findings.error(
        at,
        'switchboard-operation-id',
        `operation id ${operationId} must be camelCase (it names a handler file)`,
      );
      continue;
    }
    const { node: channel } = resolve(doc, op.channel, 'channel');
    if (channel.address !== '/') {
      findings.error(
        [...at, 'channel'],
        'switchboard-namespace',
        `channel address ${String(channel.address)} is not supported: Socket.IO operations live on the default namespace "/"`,
      );
      continue;
    }
    const messages = (Array.isArray(op.messages) ? op.messages : []).map((m, i) =>
      resolve(doc, m, `message ${i}`),
    );
    const summary = String(op.summary ?? op.title ?? operationId);

    if (op.action === 'receive') {
      const message = messages[0];
      if (messages.length !== 1 || !message) {
        findings.error(
          [...at, 'messages'],
          'switchboard-one-message',
          'a receive operation takes exactly one message (the event the client emits)',
        );
        continue;
      }
      const event = String(message.node.name ?? message.key);
      if (RESERVED_EVENTS.has(event)) {
        findings.error(
          [...at, 'messages'],
          'switchboard-reserved-event',
          `event name ${event} is reserved by Socket.IO`,
        );
        continue;
      }
      const payload = payloadType(schemas, message.node, message.key, `operations.${operationId}`);
      if (schemas.get(payload)?.type !== 'object') {
        findings.error(
          [...at, 'messages'],
          'switchboard-object-payload',
          `the payload of ${event} must be a JSON object (type: object)`,
        );
      }
      const entry: SocketReceive = { operationId, event, summary, payloadType: payload };
      if (isNode(op.reply)) {
        const replies = (Array.isArray(op.reply.messages) ? op.reply.messages : []).map((m, i) =>
          resolve(doc, m, `reply ${i}`),
        );
        const types = replies.map((r) =>
          payloadType(schemas, r.node, r.key, `operations.${operationId}.reply`),
        );
        const success = types.filter((t) => t !== ERROR_REPLY_TYPE);
        if (success.length !== 1 || !types.includes(ERROR_REPLY_TYPE)) {
          findings.error(
            [...at, 'reply', 'messages'],
            'switchboard-reply-shape',
            `the reply must list one success message and the ${ERROR_REPLY_TYPE} message`,
          );
          continue;
        }
        entry.replyType = success[0];
      }
      if (events.has(event)) {
        findings.error(
          [...at, 'messages'],
          'switchboard-duplicate-event',
          `event ${event} is already received by operation ${events.get(event)}`,
        );
        continue;
      }
      events.set(event, operationId);
      model.receive.push(entry);
    } else if (op.action === 'send') {
      for (const message of messages) {
        const event = String(message.node.name ?? message.key);
        const payload = payloadType(schemas, message.node, message.key, `operations.${operationId}`);
        if (event === 'connect_error') {
          model.connectErrorType = payload;
        } else if (RESERVED_EVENTS.has(event)) {
          findings.error(
            [...at, 'messages'],
            'switchboard-reserved-event',
            `event name ${event} is reserved by Socket.IO`,
          );
        } else {
          model.send.push({ operationId, event, summary, payloadType: payload });
        }
      }
    }
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
  model.receive.sort((a, b) => a.operationId.localeCompare(b.operationId));
  model.send.sort((a, b) => a.event.localeCompare(b.event));
  return model;
}
