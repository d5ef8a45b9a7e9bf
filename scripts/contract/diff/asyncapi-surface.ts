import { childPointer } from './change.js';
import { follow, isNode, type Node } from './schema-context.js';
import { asyncapiSecurity } from './security.js';
import type { SchemaPart, Surface, SurfaceElement } from './surface.js';

/**
 * The realtime API as clients see it. An operation the server `receive`s is an event clients emit
 * (Socket.IO event name, or `/ws` envelope `type`, from the message's `name`), with its acknowledgement;
 * one it `send`s is a server event. Channel and operation keys are the document's own business: only
 * wire names identify.
 */
export function asyncapiSurface(doc: Node): Surface {
  const elements = new Map<string, SurfaceElement>();
  const add = (element: SurfaceElement): void => {
    // Two operations with one wire name are a spec error the generator reports; keep both visible here.
    let key = element.key;
    for (let n = 2; elements.has(key); n++) key = `${element.key}#${n}`;
    elements.set(key, { ...element, key });
  };
  const operations = isNode(doc.operations) ? doc.operations : {};
  for (const [opKey, operation] of Object.entries(operations)) {
    const opPointer = childPointer('#', 'operations', opKey);
    if (!isNode(operation)) continue;
    const channel = follow(doc, operation.channel, `${opPointer}/channel`).value;
    const transport = transportOf(isNode(channel) ? channel : {});
    const receives = operation.action === 'receive';
    const messages = messagesOf(doc, operation.messages, `${opPointer}/messages`);
    messages.forEach((message, index) => {
      const name =
        typeof message.node.name === 'string' ? message.node.name : (message.pointer.split('/').pop() ?? '');
      add({
        key: `${transport.key}|${receives ? 'client' : 'server'}|${name}`,
        subject: transport.subject(name, receives),
        pointer: message.pointer,
        direction: receives ? 'request' : 'response',
        trackId: `${opKey}#${index}`,
        kind: 'event',
        parts: [
          payloadPart(message, receives ? 'request' : 'response'),
          ...(receives ? replyParts(doc, operation.reply, `${opPointer}/reply`) : []),
        ],
        codes:
          receives && isNode(operation.reply)
            ? errorCodes(operation.reply['x-errors'], `${opPointer}/reply/x-errors`)
            : undefined,
        security: asyncapiSecurity(doc, operation.security, `${opPointer}/security`),
      });
    });
  }
  for (const element of handshakes(doc)) add(element);
  for (const element of servers(doc)) add(element);
  return { document: 'asyncapi', doc, elements };
}

interface Transport {
  key: string;
  subject: (name: string, clientSends: boolean) => string;
}

/** Socket.IO (a channel's address is its namespace), the raw `/ws` envelope or the event stream (marked on its channel). */
function transportOf(channel: Node): Transport {
  const address = typeof channel.address === 'string' ? channel.address : '/';
  if (channel['x-switchboard-transport'] === 'raw-websocket') {
    return {
      key: `ws:${address}`,
      subject: (name, clientSends) =>
        `the ${address} ${clientSends ? 'request' : 'server message'} type \`${name}\``,
    };
  }
  if (channel['x-switchboard-transport'] === 'sse') {
    return { key: `sse:${address}`, subject: (name) => `the ${address} stream event \`${name}\`` };
  }
  const namespace = address === '/' ? '' : ` (namespace ${address})`;
  return {
    key: `socketio:${address}`,
    subject: (name, clientSends) => `the ${clientSends ? '' : 'server '}event \`${name}\`${namespace}`,
  };
}

interface Message {
  node: Node;
  pointer: string;
}

function messagesOf(doc: Node, list: unknown, pointer: string): Message[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((ref, i) => {
    const { value, pointer: at } = follow(doc, ref, `${pointer}/${i}`);
    return isNode(value) ? [{ node: value, pointer: at }] : [];
  });
}

function payloadPart(message: Message, direction: 'request' | 'response'): SchemaPart {
  return {
    key: 'payload',
    label: '',
    direction,
    field: '',
    required: true,
    alternative: false,
    schema: message.node.payload ?? true,
    pointer: `${message.pointer}/payload`,
  };
}

/**
 * The acknowledgement's variants. An acknowledgement carries no event name of its own, so variants are
 * known by their payload schema's name (`EchoReply`, `ErrorReply`), which survives a re-layout.
 */
function replyParts(doc: Node, reply: unknown, pointer: string): SchemaPart[] {
  if (!isNode(reply)) return [];
  return messagesOf(doc, reply.messages, `${pointer}/messages`).map((message, i) => {
    const payload = message.node.payload;
    const schemaName =
      isNode(payload) && typeof payload.$ref === 'string' ? payload.$ref.split('/').pop() : undefined;
    return {
      key: `reply ${schemaName ?? `#${i}`}`,
      label: 'acknowledgement',
      direction: 'response',
      field: '',
      required: false,
      alternative: true,
      schema: payload ?? true,
      pointer: `${message.pointer}/payload`,
    };
  });
}

/**
 * The error codes an acknowledgement declares (`reply.x-errors`), or a server declares for every request
 * it answers (`x-request-errors`). A list left out declares none: taking it away removes its codes.
 */
function errorCodes(list: unknown, pointer: string): NonNullable<SurfaceElement['codes']> {
  return { what: 'error code', values: isNode(list) ? Object.keys(list) : [], pointer };
}

/** The Socket.IO handshake: its `auth` payload (`x-socketio-auth`) and headers (ws bindings), per namespace. */
function handshakes(doc: Node): SurfaceElement[] {
  const out = new Map<string, SurfaceElement>();
  const channels = isNode(doc.channels) ? doc.channels : {};
  for (const [key, channel] of Object.entries(channels)) {
    if (!isNode(channel) || channel['x-switchboard-transport'] !== undefined) continue;
    const pointer = childPointer('#', 'channels', key);
    const address = typeof channel.address === 'string' ? channel.address : '/';
    const parts: SchemaPart[] = [];
    const part = (partKey: string, label: string, field: string, schema: unknown, at: string): void => {
      parts.push({
        key: partKey,
        label,
        direction: 'request',
        field,
        required: false,
        alternative: false,
        schema,
        pointer: at,
      });
    };
    if (channel['x-socketio-auth'] !== undefined)
      part('auth', '`auth` payload', 'auth', channel['x-socketio-auth'], `${pointer}/x-socketio-auth`);
    const ws = isNode(channel.bindings) && isNode(channel.bindings.ws) ? channel.bindings.ws : undefined;
    if (ws?.headers !== undefined)
      part('headers', 'headers', 'header', ws.headers, `${pointer}/bindings/ws/headers`);
    if (ws?.query !== undefined) part('query', 'query', 'query', ws.query, `${pointer}/bindings/ws/query`);
    // Feature channels share the namespace; the one that describes the handshake speaks for it.
    if (parts.length === 0 || out.has(address)) continue;
    out.set(address, {
      key: `socketio:${address}|handshake`,
      subject: `the Socket.IO handshake${address === '/' ? '' : ` (namespace ${address})`}`,
      pointer,
      direction: 'request',
      trackId: `handshake ${address}`,
      kind: 'handshake',
      parts,
    });
  }
  return [...out.values()];
}

/**
 * Each server, for its credentials and the error codes any request on it may be answered with; its
 * address is compared by @asyncapi/diff (asyncapi-structure.ts).
 */
function servers(doc: Node): SurfaceElement[] {
  const list = isNode(doc.servers) ? doc.servers : {};
  return Object.entries(list).flatMap(([name, server]) => {
    if (!isNode(server)) return [];
    const pointer = childPointer('#', 'servers', name);
    return [
      {
        key: `server|${name}`,
        subject: `the server \`${name}\` (${String(server.protocol)}://${String(server.host)}${String(server.pathname ?? '')})`,
        pointer,
        direction: 'request' as const,
        trackId: `server ${name}`,
        kind: 'server' as const,
        parts: [],
        codes: errorCodes(server['x-request-errors'], `${pointer}/x-request-errors`),
        security: asyncapiSecurity(doc, server.security, `${pointer}/security`) ?? ['none'],
      },
    ];
  });
}
