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
  /** The success reply message's name: over the raw envelope, the `type` of the answer (`auth` → `token`). */
  replyEvent?: string;
  /**
   * Every error code its acknowledgement may carry: the reply's `x-errors` and its server's
   * `x-request-errors`, sorted. An answer with any other code is an outbound violation.
   */
  errorCodes: string[];
  /**
   * An action (`x-action: true`): a request/reply operation any transport can call, Socket.IO by its
   * event, `/ws` with an `action` envelope, HTTP with `POST /api/actions/{event}`. Its handler lives in
   * src/handlers/actions/ and sees the caller, not a Socket.IO connection.
   */
  action: boolean;
}

/** A server → client event (`action: send`). */
export interface SocketSend {
  operationId: string;
  event: string;
  summary: string;
  payloadType: string;
}

/** Who receives a server event (`x-audience.to`): the docs say it in words, the spec says it in one of these. */
export const AUDIENCES = [
  'connection',
  'room-members',
  'party-members',
  'user-connections',
  'activity-watchers',
  'repository-subscribers',
] as const;

export interface SocketModel {
  schemas: SchemaSet;
  receive: SocketReceive[];
  send: SocketSend[];
  /** The schema of Socket.IO's handshake `auth` payload (the channel's `x-socketio-auth`). */
  handshakeAuthType?: string;
  /** The payload Socket.IO delivers to the client's `connect_error` handler. */
  connectErrorType?: string;
  /** The raw WebSocket envelope channel (`x-switchboard-transport: raw-websocket`): requests by `type`. */
  envelope: { receive: SocketReceive[]; send: SocketSend[] };
  /**
   * The Server-Sent Events channel (`x-switchboard-transport: sse`): events only, by their `event:` name.
   * Its messages are mostly the Socket.IO events' own (references), so a name means the same payload on both.
   */
  sse: { send: SocketSend[] };
}

/** The error answer of each transport: an acknowledgement's, or the envelope's. */
export const ENVELOPE_ERROR_TYPE = 'EnvelopeError';
const RAW_TRANSPORT = 'raw-websocket';
const SSE_TRANSPORT = 'sse';

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
  errorType: string,
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
    errorCodes: [],
    action: op['x-action'] === true,
  };
  if (
    'x-action' in op &&
    (typeof op['x-action'] !== 'boolean' || !isNode(op.reply) || errorType !== ERROR_REPLY_TYPE)
  )
    findings.error(
      [...at, 'x-action'],
      'switchboard-action',
      'x-action is true or false, on a Socket.IO request with a reply: an action answers every transport',
    );
  if (isNode(op.reply)) {
    const replies = (Array.isArray(op.reply.messages) ? op.reply.messages : []).map((m, i) =>
      resolve(doc, m, `reply ${i}`),
    );
    const types = replies.map((r) =>
      payloadType(model.schemas, r.node, r.key, `operations.${operationId}.reply`),
    );
    const success = types.filter((t) => t !== errorType);
    const successReply = replies[types.findIndex((t) => t !== errorType)];
    if (success.length !== 1 || !types.includes(errorType) || !successReply) {
      findings.error(
        [...at, 'reply', 'messages'],
        'switchboard-reply-shape',
        `the reply must list one success message and the ${errorType} message`,
      );
      return undefined;
    }
    entry.replyType = success[0];
    entry.replyEvent = String(successReply.node.name ?? successReply.key);
    entry.errorCodes = errorCodesOf(doc, findings, at, op);
  }
  return entry;
}

/** The codes in a `code → when` map, each checked against the ErrorCode enum. */
function codesIn(
  map: unknown,
  known: ReadonlySet<string>,
  findings: Findings,
  where: (string | number)[],
): string[] {
  if (map === undefined) return [];
  if (!isNode(map)) {
    findings.error(where, 'switchboard-error-codes', 'must map each error code to when it is answered');
    return [];
  }
  const codes: string[] = [];
  for (const [code, when] of Object.entries(map)) {
    if (!known.has(code))
      findings.error([...where, code], 'switchboard-error-codes', `${code} is not an ErrorCode`);
    else if (typeof when !== 'string' || when.trim() === '')
      findings.error([...where, code], 'switchboard-error-codes', `say when ${code} is answered`);
    else codes.push(code);
  }
  return codes;
}

/** A request's error codes: its own (`reply.x-errors`) and those of every server its channel is on. */
function errorCodesOf(doc: Bundled, findings: Findings, at: (string | number)[], op: Node): string[] {
  const codeSchema = (doc.components as { schemas?: Record<string, Node> } | undefined)?.schemas?.ErrorCode;
  const known = new Set(Array.isArray(codeSchema?.enum) ? codeSchema.enum.map(String) : []);
  const reply = op.reply as Node;
  if (reply['x-errors'] === undefined)
    findings.error(
      [...at, 'reply'],
      'switchboard-error-codes',
      'list the error codes this operation answers in reply.x-errors (code → when; {} when only those of its server)',
    );
  const codes = new Set(codesIn(reply['x-errors'], known, findings, [...at, 'reply', 'x-errors']));
  const { node: channel } = resolve(doc, op.channel, 'channel');
  const servers = Array.isArray(channel.servers) ? channel.servers : [];
  for (const [i, ref] of servers.entries()) {
    const server = resolve(doc, ref, `server ${i}`);
    // Read once per server, so a wrong code there is reported once, not once per request.
    let serverCodes = requestErrorsOfServer.get(server.node);
    if (!serverCodes) {
      serverCodes = codesIn(server.node['x-request-errors'], known, findings, [
        'servers',
        server.key,
        'x-request-errors',
      ]);
      requestErrorsOfServer.set(server.node, serverCodes);
    }
    for (const code of serverCodes) codes.add(code);
  }
  return [...codes].sort(compareText);
}

const requestErrorsOfServer = new WeakMap<Node, string[]>();

function readSend(
  model: SocketModel,
  findings: Findings,
  operationId: string,
  op: Node,
  messages: Message[],
): SocketSend[] {
  const at = ['operations', operationId, 'messages'];
  const audience = op['x-audience'];
  if (!isNode(audience) || !(AUDIENCES as readonly unknown[]).includes(audience.to))
    findings.error(
      ['operations', operationId, 'x-audience'],
      'switchboard-audience',
      `say who receives this event: x-audience.to is one of ${AUDIENCES.join(', ')} (with a description when that is not all)`,
    );
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
  const model: SocketModel = {
    schemas: new Map(),
    receive: [],
    send: [],
    envelope: { receive: [], send: [] },
    sse: { send: [] },
  };
  readComponentSchemas(doc, model.schemas, findings);

  const info = isNode(doc.info) ? doc.info : {};
  const featureTags = new Set(
    (Array.isArray(info.tags) ? info.tags : []).map((t) => String(resolve(doc, t, 'tag').node.name)),
  );
  // Who already uses each event name (or envelope type), per transport and direction.
  const seen = new Map<string, string>();
  const claim = (key: string, operationId: string, where: (string | number)[], what: string): boolean => {
    const other = seen.get(key);
    if (other)
      findings.error(where, 'switchboard-duplicate-event', `${what} is already used by operation ${other}`);
    else seen.set(key, operationId);
    return !other;
  };
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
      const tags = Array.isArray(op.tags) ? op.tags.map((t) => resolve(doc, t, 'tag').node.name) : [];
      if (tags.length !== 1 || !featureTags.has(String(tags[0])))
        findings.error(
          [...at, 'tags'],
          'switchboard-feature-tag',
          `tag the operation with one feature of info.tags (${[...featureTags].join(', ')}): the docs group by it`,
        );
      // Read by `switchboard-conformance --read-only` (docs/conformance.md): only a request can be one that changes nothing.
      if ('x-read-only' in op && (typeof op['x-read-only'] !== 'boolean' || op.action !== 'receive'))
        findings.error(
          [...at, 'x-read-only'],
          'switchboard-read-only',
          'x-read-only is true or false, on an operation the server receives: it says whether the request changes nothing',
        );
      const { node: channel } = resolve(doc, op.channel, 'channel');
      const envelope = channel['x-switchboard-transport'] === RAW_TRANSPORT;
      const messages = (Array.isArray(op.messages) ? op.messages : []).map((m, i) =>
        resolve(doc, m, `message ${i}`),
      );
      if (channel['x-switchboard-transport'] === SSE_TRANSPORT) {
        // An event stream has no way for the client to send: every operation on it is the server's.
        if (op.action !== 'send') {
          findings.error(
            [...at, 'action'],
            'switchboard-sse-send-only',
            'a Server-Sent Events channel only carries what the server sends: action must be send',
          );
          return;
        }
        for (const entry of readSend(model, findings, operationId, op, messages))
          if (claim(`sse out ${entry.event}`, operationId, [...at, 'messages'], `SSE event ${entry.event}`))
            model.sse.send.push(entry);
        return;
      }
      if (!envelope && channel.address !== '/') {
        findings.error(
          [...at, 'channel'],
          'switchboard-namespace',
          `channel address ${String(channel.address)} is not supported: Socket.IO operations live on the default namespace "/" (or mark a raw WebSocket channel with x-switchboard-transport: ${RAW_TRANSPORT}, an event stream with ${SSE_TRANSPORT})`,
        );
        return;
      }
      const target = envelope ? model.envelope : model;
      const transport = envelope ? 'envelope type' : 'event';
      if (op.action === 'receive') {
        const entry = readReceive(
          doc,
          model,
          findings,
          operationId,
          op,
          messages,
          envelope ? ENVELOPE_ERROR_TYPE : ERROR_REPLY_TYPE,
        );
        if (
          entry &&
          claim(
            `${transport} in ${entry.event}`,
            operationId,
            [...at, 'messages'],
            `${transport} ${entry.event}`,
          )
        )
          target.receive.push(entry);
      } else if (op.action === 'send') {
        for (const entry of readSend(model, findings, operationId, op, messages)) {
          if (
            claim(
              `${transport} out ${entry.event}`,
              operationId,
              [...at, 'messages'],
              `${transport} ${entry.event}`,
            )
          )
            target.send.push(entry);
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
  for (const part of [model, model.envelope]) {
    part.receive.sort((a, b) => compareText(a.operationId, b.operationId));
    part.send.sort((a, b) => compareText(a.event, b.event));
  }
  model.sse.send.sort((a, b) => compareText(a.event, b.event));
  return model;
}
