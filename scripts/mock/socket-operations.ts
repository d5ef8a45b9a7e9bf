import { sample } from '../../templates/asyncapi-docs/lib/schema.js';
import type { SchemaPointer } from './schema-validators.js';
import { child, follow, isNode, type Node } from './spec-pointers.js';
import type { SpecDocument } from './spec-source.js';

/** A message as it goes over the wire: its event name (or envelope `type`), schema and canned payload. */
export interface WireMessage {
  name: string;
  schema: SchemaPointer;
  example: unknown;
}

/** A `receive` operation: a request the client sends, with its answer and the error codes it declares. */
export interface RequestOperation {
  operationId: string;
  request: WireMessage;
  /** The success answer (the first reply message that is not the error payload); none: fire-and-forget. */
  reply: WireMessage | undefined;
  /** The reply's `x-errors` and the server's `x-request-errors`. */
  errorCodes: Set<string>;
  tags: string[];
}

/** A `send` operation: an event the server emits, and who gets it (`x-audience.to`). */
export interface ServerEvent {
  operationId: string;
  message: WireMessage;
  audience: string | undefined;
  tags: string[];
}

/** One of the document's servers (Socket.IO at `/socket.io/`, the raw envelope at `/ws`) and its operations. */
export interface RealtimeServer {
  name: string;
  pathname: string;
  requests: Map<string, RequestOperation>;
  events: Map<string, ServerEvent>;
  /** Channel `x-socketio-auth`: the schema of Socket.IO's handshake `auth` payload, where declared. */
  handshakeAuth: SchemaPointer | undefined;
  /** The header of the server's security scheme (`X-Socket-Secret`), where declared. */
  secretHeader: string | undefined;
}

// The two error payloads (`docs model: name the two error payloads`): a reply message carrying one of
// these is the operation's refusal, never its answer.
const ERROR_PAYLOADS = new Set(['#/components/schemas/ErrorReply', '#/components/schemas/EnvelopeError']);

function wireMessage(
  doc: SpecDocument,
  ref: unknown,
  pointer: SchemaPointer,
): WireMessage & { payloadRef?: string } {
  const { node, pointer: at } = follow(doc, ref, pointer);
  const payload = node.payload;
  const examples = Array.isArray(node.examples) ? node.examples : [];
  const firstExample = examples.find((e) => isNode(e) && 'payload' in e) as Node | undefined;
  return {
    name: String(node.name ?? ''),
    schema: child(at, 'payload'),
    example: firstExample ? firstExample.payload : sample(doc, payload),
    payloadRef: isNode(payload) && typeof payload.$ref === 'string' ? payload.$ref : undefined,
  };
}

const tagNames = (op: Node): string[] =>
  Array.isArray(op.tags) ? op.tags.filter(isNode).map((t) => String(t.name)) : [];

/** Reads the realtime servers of the AsyncAPI document and the operations each channel puts on them. */
export function readRealtimeServers(doc: SpecDocument): Map<string, RealtimeServer> {
  const servers = new Map<string, RealtimeServer>();
  const requestErrors = new Map<string, string[]>();
  for (const [name, raw] of Object.entries(isNode(doc.servers) ? doc.servers : {})) {
    const { node } = follow(doc, raw, child('#/servers' as SchemaPointer, name));
    // The event stream (GET /api/events) is HTTP: the mock serves the WebSocket servers only.
    if (node.protocol === 'http') continue;
    let secretHeader: string | undefined;
    for (const requirement of Array.isArray(node.security) ? node.security : []) {
      const { node: scheme } = follow(doc, requirement, '#');
      if (scheme.in === 'header' && typeof scheme.name === 'string') secretHeader = scheme.name;
    }
    servers.set(name, {
      name,
      pathname: String(node.pathname ?? '/'),
      requests: new Map(),
      events: new Map(),
      handshakeAuth: undefined,
      secretHeader,
    });
    requestErrors.set(name, Object.keys(isNode(node['x-request-errors']) ? node['x-request-errors'] : {}));
  }
  const serversOf = (channelRef: unknown, where: SchemaPointer) => {
    const { node: channel, pointer } = follow(doc, channelRef, where);
    const names = (Array.isArray(channel.servers) ? channel.servers : []).map((s) =>
      String((s as Node).$ref ?? '').replace('#/servers/', ''),
    );
    const list = names.length > 0 ? names : [...servers.keys()];
    for (const n of list) {
      const server = servers.get(n);
      if (server && channel['x-socketio-auth'] !== undefined)
        server.handshakeAuth = child(pointer, 'x-socketio-auth');
    }
    return list.map((n) => servers.get(n)).filter((s): s is RealtimeServer => s !== undefined);
  };
  for (const [operationId, raw] of Object.entries(isNode(doc.operations) ? doc.operations : {})) {
    const { node: op, pointer } = follow(doc, raw, child('#/operations' as SchemaPointer, operationId));
    if (follow(doc, op.channel, child(pointer, 'channel')).node['x-switchboard-transport'] === 'sse')
      continue;
    const messages = Array.isArray(op.messages) ? op.messages : [];
    if (messages.length !== 1)
      throw new Error(`operation ${operationId}: the mock expects exactly one message`);
    const message = wireMessage(doc, messages[0], child(pointer, 'messages', 0));
    for (const server of serversOf(op.channel, child(pointer, 'channel'))) {
      if (op.action === 'send') {
        server.events.set(operationId, {
          operationId,
          message,
          audience: audienceOf(op),
          tags: tagNames(op),
        });
        continue;
      }
      const reply = isNode(op.reply) ? op.reply : undefined;
      const replies = (reply && Array.isArray(reply.messages) ? reply.messages : []).map((m, i) =>
        wireMessage(doc, m, child(pointer, 'reply', 'messages', i)),
      );
      const errors = reply && isNode(reply['x-errors']) ? Object.keys(reply['x-errors']) : [];
      if (server.requests.has(message.name))
        throw new Error(`operation ${operationId}: ${message.name} is already another operation's request`);
      server.requests.set(message.name, {
        operationId,
        request: message,
        reply: replies.find((r) => !ERROR_PAYLOADS.has(r.payloadRef ?? '')),
        errorCodes: new Set([...errors, ...(requestErrors.get(server.name) ?? [])]),
        tags: tagNames(op),
      });
    }
  }
  return servers;
}

function audienceOf(op: Node): string | undefined {
  const audience = op['x-audience'];
  return isNode(audience) && typeof audience.to === 'string' ? audience.to : undefined;
}
