import { isObject, type Json, type JsonObject, pointerKey, type SpecDocument } from './documents.js';

/**
 * What the check knows about the API, read from the two served documents: every HTTP operation, every
 * realtime request and every server event, with JSON pointers to their schemas.
 */

export interface HttpParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schemaPointer: string;
  examples: Json[];
}

export interface HttpResponse {
  status: string;
  /** Media type → pointer to its schema (undefined: no schema). Empty: the response has no body. */
  content: Map<string, string | undefined>;
}

export interface HttpOperation {
  transport: 'http';
  id: string;
  method: string;
  path: string;
  tags: string[];
  /** Needs a session token (a non-empty security requirement). */
  secured: boolean;
  parameters: HttpParameter[];
  body?: { required: boolean; mediaType: string; schemaPointer: string; examples: Json[] };
  responses: Map<string, HttpResponse>;
  /** `x-read-only` when the spec says, else: GET and HEAD. */
  readOnly: boolean;
}

export type RealtimeTransport = 'socketio' | 'raw';

export interface Message {
  /** The event name (Socket.IO) or envelope `type` (raw); undefined for a reply that has none. */
  name: string | undefined;
  label: string;
  payloadPointer: string;
  examples: Json[];
  /** An error answer (its title or name says so): its `code` must be a declared one. */
  isError: boolean;
}

export interface RealtimeOperation {
  transport: RealtimeTransport;
  id: string;
  server: string;
  event: string;
  tags: string[];
  request: Message[];
  reply?: { messages: Message[]; errorCodes: Set<string> };
  readOnly: boolean;
}

export interface ServerEvent {
  transport: RealtimeTransport;
  server: string;
  name: string;
  operationIds: string[];
  messages: Message[];
  /** Who receives it (`x-audience.to`: `connection`, `room-members`, `user-connections`, …), if declared. */
  audiences: string[];
  /** The feature tags of the operations that send it. */
  tags: string[];
  /**
   * Why a run cannot expect to see it (`x-conformance.unobservable`: sent only when the server shuts down,
   * which a conformance run must not cause): never seen is then skipped, not warned about.
   */
  unobservable?: string;
}

export interface ApiModel {
  http: HttpOperation[];
  realtime: RealtimeOperation[];
  events: ServerEvent[];
  /** Server name → its transport, URL path and the error codes any request on it may get. */
  servers: Map<string, { transport: RealtimeTransport; pathname: string; requestErrors: Set<string> }>;
  /** The schema of Socket.IO's handshake `auth` payload (x-socketio-auth), if the document gives one. */
  socketAuthPointer: string | undefined;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// Without `x-read-only` on a realtime operation, its verb (the first word of its id) says whether it
// changes nothing. Only the verb: `setPresence`, `clearHistory` or `publishChanges` name a read's subject
// but change things, and `--read-only` runs against production. An id whose verb is not in this list
// (`roomHistory`, `rawEcho`) is treated as one with lasting effects unless the spec says `x-read-only`.
const READ_ONLY_VERBS = new Set(['get', 'list', 'view', 'read', 'echo', 'find', 'search', 'describe']);

/** Whether a realtime operation changes nothing: its `x-read-only` when given, else its verb; unsure is false. */
export function isReadOnlyRealtime(id: string, declared: Json | undefined): boolean {
  if (typeof declared === 'boolean') return declared;
  return READ_ONLY_VERBS.has(words(id)[0] ?? '');
}

/** The words of an operation id (`unsubscribeDb` → `unsubscribe`, `db`). */
export function words(id: string): string[] {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/);
}

function tagNames(node: JsonObject): string[] {
  const tags = Array.isArray(node.tags) ? node.tags : [];
  return tags.map((t) => (isObject(t) ? String(t.name) : String(t)));
}

function examplesOf(node: JsonObject | undefined): Json[] {
  if (!node) return [];
  if (Array.isArray(node.examples)) return node.examples;
  if (isObject(node.examples))
    return Object.values(node.examples).map((e) => (isObject(e) ? (e.value ?? null) : e));
  return node.example !== undefined ? [node.example] : [];
}

function buildHttp(doc: SpecDocument): HttpOperation[] {
  const operations: HttpOperation[] = [];
  const paths = doc.at('/paths');
  if (!isObject(paths)) return operations;
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const pointer = `/paths/${pointerKey(path)}/${method}`;
      const op = item[method];
      if (!isObject(op)) continue;
      const parameters: HttpParameter[] = [];
      const raw = [
        ...(Array.isArray(item.parameters)
          ? item.parameters.map((_, i) => `/paths/${pointerKey(path)}/parameters/${i}`)
          : []),
        ...(Array.isArray(op.parameters) ? op.parameters.map((_, i) => `${pointer}/parameters/${i}`) : []),
      ];
      for (const at of raw) {
        const { pointer: p, node } = doc.resolve(at);
        if (!isObject(node) || typeof node.name !== 'string') continue;
        const where = node.in as HttpParameter['in'];
        const examples = [...examplesOf(node), ...examplesOf(doc.resolve(`${p}/schema`).node as JsonObject)];
        parameters.push({
          name: node.name,
          in: where,
          required: node.required === true,
          schemaPointer: `${p}/schema`,
          examples,
        });
      }
      let body: HttpOperation['body'];
      const bodyRef = doc.resolve(`${pointer}/requestBody`);
      if (isObject(bodyRef.node) && isObject(bodyRef.node.content)) {
        const mediaType =
          Object.keys(bodyRef.node.content).find((m) => /json/.test(m)) ??
          Object.keys(bodyRef.node.content)[0];
        if (mediaType) {
          const mediaPointer = `${bodyRef.pointer}/content/${pointerKey(mediaType)}`;
          const media = doc.at(mediaPointer) as JsonObject;
          const schemaPointer = `${mediaPointer}/schema`;
          const examples = [
            ...examplesOf(media),
            ...examplesOf(doc.resolve(schemaPointer).node as JsonObject),
          ];
          body = { required: bodyRef.node.required === true, mediaType, schemaPointer, examples };
        }
      }
      const responses = new Map<string, HttpResponse>();
      if (isObject(op.responses))
        for (const status of Object.keys(op.responses)) {
          const { pointer: rp, node } = doc.resolve(`${pointer}/responses/${pointerKey(status)}`);
          const content = new Map<string, string | undefined>();
          if (isObject(node) && isObject(node.content))
            for (const [mediaType, media] of Object.entries(node.content))
              content.set(
                mediaType,
                isObject(media) && media.schema !== undefined
                  ? `${rp}/content/${pointerKey(mediaType)}/schema`
                  : undefined,
              );
          responses.set(status, { status, content });
        }
      // An event stream (GET /api/events) never completes as an answer: it is the AsyncAPI server
      // `sse`'s, which this command does not drive yet.
      if ([...responses.values()].some((r) => r.content.has('text/event-stream'))) continue;
      const security = Array.isArray(op.security)
        ? op.security
        : ((doc.at('/security') as Json[] | undefined) ?? []);
      const secured =
        security.length > 0 && !security.some((s) => isObject(s) && Object.keys(s).length === 0);
      const readOnly =
        typeof op['x-read-only'] === 'boolean' ? op['x-read-only'] : method === 'get' || method === 'head';
      operations.push({
        transport: 'http',
        id: typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${path}`,
        method,
        path,
        tags: tagNames(op),
        secured,
        parameters,
        body,
        responses,
        readOnly,
      });
    }
  }
  return operations;
}

function refTarget(node: Json | undefined): string | undefined {
  return isObject(node) && typeof node.$ref === 'string' ? node.$ref.slice(1) : undefined;
}

function messageOf(doc: SpecDocument, at: string): Message {
  const { pointer, node } = doc.resolve(at);
  const message = isObject(node) ? node : {};
  const name = typeof message.name === 'string' ? message.name : undefined;
  const title = typeof message.title === 'string' ? message.title : undefined;
  const examples: Json[] = Array.isArray(message.examples)
    ? message.examples.flatMap((e) => (isObject(e) && e.payload !== undefined ? [e.payload] : []))
    : [];
  const payloadPointer = `${pointer}/payload`;
  const schema = doc.resolve(payloadPointer).node;
  if (isObject(schema) && Array.isArray(schema.examples)) examples.push(...schema.examples);
  const label = name ?? title ?? pointer.split('/').pop() ?? pointer;
  return { name, label, payloadPointer, examples, isError: /error/i.test(`${name ?? ''} ${title ?? ''}`) };
}

function channelServers(doc: SpecDocument, channelPointer: string): string[] {
  const channel = doc.at(channelPointer);
  const all = Object.keys((doc.at('/servers') as JsonObject | undefined) ?? {});
  if (!isObject(channel) || !Array.isArray(channel.servers) || channel.servers.length === 0) return all;
  return channel.servers.map((s) => refTarget(s)?.split('/').pop()).filter((s): s is string => Boolean(s));
}

function buildRealtime(
  doc: SpecDocument,
  servers: ApiModel['servers'],
): Pick<ApiModel, 'realtime' | 'events'> {
  const realtime: RealtimeOperation[] = [];
  const events = new Map<string, ServerEvent>();
  const operations = doc.at('/operations');
  if (!isObject(operations)) return { realtime, events: [] };
  for (const id of Object.keys(operations)) {
    const { pointer, node } = doc.resolve(`/operations/${pointerKey(id)}`);
    if (!isObject(node)) continue;
    const channelPointer = refTarget(node.channel);
    if (!channelPointer) continue;
    const messages = Array.isArray(node.messages)
      ? node.messages.map((_, i) => messageOf(doc, `${pointer}/messages/${i}`))
      : [];
    for (const server of channelServers(doc, channelPointer)) {
      const info = servers.get(server);
      if (!info) continue;
      if (node.action === 'send') {
        for (const message of messages) {
          if (!message.name) continue;
          const key = `${server} ${message.name}`;
          const event = events.get(key) ?? {
            transport: info.transport,
            server,
            name: message.name,
            operationIds: [],
            messages: [],
            audiences: [],
            tags: [],
          };
          if (!event.operationIds.includes(id)) event.operationIds.push(id);
          event.messages.push(message);
          const audience = isObject(node['x-audience']) ? node['x-audience'].to : undefined;
          if (typeof audience === 'string' && !event.audiences.includes(audience))
            event.audiences.push(audience);
          for (const tag of tagNames(node)) if (!event.tags.includes(tag)) event.tags.push(tag);
          const conformance = node['x-conformance'];
          if (isObject(conformance) && typeof conformance.unobservable === 'string')
            event.unobservable = conformance.unobservable;
          events.set(key, event);
        }
        continue;
      }
      const first = messages[0];
      if (!first?.name) continue;
      let reply: RealtimeOperation['reply'];
      if (isObject(node.reply)) {
        const replyMessages = Array.isArray(node.reply.messages)
          ? node.reply.messages.map((_, i) => messageOf(doc, `${pointer}/reply/messages/${i}`))
          : [];
        const declared = isObject(node.reply['x-errors']) ? Object.keys(node.reply['x-errors']) : [];
        reply = { messages: replyMessages, errorCodes: new Set([...declared, ...info.requestErrors]) };
      }
      const readOnly = isReadOnlyRealtime(id, node['x-read-only']);
      realtime.push({
        transport: info.transport,
        id,
        server,
        event: first.name,
        tags: tagNames(node),
        request: messages,
        reply,
        readOnly,
      });
    }
  }
  return { realtime, events: [...events.values()] };
}

function buildServers(doc: SpecDocument): ApiModel['servers'] {
  const servers: ApiModel['servers'] = new Map();
  const declared = doc.at('/servers');
  if (!isObject(declared)) return servers;
  for (const [name, server] of Object.entries(declared)) {
    // The event stream (GET /api/events) is an HTTP server: not one this command drives yet.
    if (!isObject(server) || server.protocol === 'http') continue;
    const pathname = typeof server.pathname === 'string' ? server.pathname : '/';
    // Socket.IO serves under its own path; any other WebSocket server speaks plain frames.
    const transport: RealtimeTransport = pathname.includes('socket.io') ? 'socketio' : 'raw';
    const requestErrors = new Set(
      isObject(server['x-request-errors']) ? Object.keys(server['x-request-errors']) : [],
    );
    servers.set(name, { transport, pathname, requestErrors });
  }
  return servers;
}

function findSocketAuth(doc: SpecDocument): string | undefined {
  const channels = doc.at('/channels');
  if (!isObject(channels)) return undefined;
  for (const name of Object.keys(channels)) {
    const at = `/channels/${pointerKey(name)}/x-socketio-auth`;
    if (doc.at(at) !== undefined) return at;
  }
  return undefined;
}

export function buildModel(openapi: SpecDocument, asyncapi: SpecDocument): ApiModel {
  const servers = buildServers(asyncapi);
  const { realtime, events } = buildRealtime(asyncapi, servers);
  return { http: buildHttp(openapi), realtime, events, servers, socketAuthPointer: findSocketAuth(asyncapi) };
}
