// What the page shows, read out of the bundled AsyncAPI document (internal refs only, as `make generate`
// writes generated/spec/asyncapi.yaml). Plain data, so tests can read the same model the page renders.
import { resolve, sample } from './schema.js';

/** `x-audience.to`, in words. The spec's list of kinds is AUDIENCES in scripts/lib/socket-model.ts. */
export const AUDIENCE_LABELS = {
  connection: 'Only the connection concerned',
  'room-members': 'The connections in the room',
  'party-members': 'The connections in the party',
  'user-connections': 'Every connection of the user concerned',
  'activity-watchers':
    'Every signed-in connection (SERVER_ACTIVITIES_BROADCAST=all, the default), or only the user’s followers and own other devices (followers); connections following the user always; never the connection that caused it',
  'repository-subscribers':
    'The connections subscribed to the repository that may read the document, as the repository’s permission suffix says',
};

const RAW_TRANSPORT = 'raw-websocket';
const SSE_TRANSPORT = 'sse';
// The error answer of each transport, as scripts/lib/socket-model.ts names them: a reply lists one of
// them next to its success message.
const ERROR_PAYLOADS = new Set(['ErrorReply', 'EnvelopeError']);

/**
 * @typedef {{ key: string, name: string, title: string, description?: string, payloadSchema: unknown,
 *   example: unknown, exampleName?: string }} DocMessage
 * @typedef {{ code: string, when: string, scope: 'operation' | 'server' }} DocError
 * @typedef {{ id: string, anchor: string, tag: string, title: string, summary: string,
 *   description?: string, direction: 'client-to-server' | 'server-to-client',
 *   transport: 'socket.io' | 'raw-websocket' | 'sse', event: string, messages: DocMessage[],
 *   reply?: { message: DocMessage, errorMessage: DocMessage, errors: DocError[] },
 *   audience?: { to: string, label: string, description?: string } }} DocOperation
 */

function messageOf(doc, ref, key) {
  const { node, name: refKey } = resolve(doc, ref);
  const payloadSchema = node.payload;
  const first = Array.isArray(node.examples) ? node.examples[0] : undefined;
  return {
    key: refKey ?? key,
    name: typeof node.name === 'string' ? node.name : '',
    title: String(node.title ?? node.name ?? refKey ?? key),
    description: node.description,
    payloadSchema,
    example: first && 'payload' in first ? first.payload : sample(doc, payloadSchema),
    exampleName: first?.name,
  };
}

function errorsOf(doc, op, channel) {
  /** @type {DocError[]} */
  const errors = [];
  const own = op.reply?.['x-errors'] ?? {};
  for (const [code, when] of Object.entries(own))
    errors.push({ code, when: String(when), scope: 'operation' });
  for (const ref of channel.servers ?? []) {
    const { node: server } = resolve(doc, ref);
    for (const [code, when] of Object.entries(server['x-request-errors'] ?? {})) {
      if (!(code in own)) errors.push({ code, when: String(when), scope: 'server' });
    }
  }
  return errors;
}

/** @returns {DocOperation} */
function operationOf(doc, id, raw) {
  const { node: op } = resolve(doc, raw);
  const { node: channel } = resolve(doc, op.channel);
  const marked = channel['x-switchboard-transport'];
  const transport =
    marked === RAW_TRANSPORT ? 'raw-websocket' : marked === SSE_TRANSPORT ? 'sse' : 'socket.io';
  const messages = (op.messages ?? []).map((m, i) => messageOf(doc, m, `${id}-${i}`));
  const tag = (op.tags ?? []).map((t) => resolve(doc, t).node.name)[0] ?? 'other';
  /** @type {DocOperation} */
  const out = {
    id,
    anchor: `op-${id}`,
    tag: String(tag),
    title: String(op.title ?? id),
    summary: String(op.summary ?? ''),
    description: op.description,
    direction: op.action === 'receive' ? 'client-to-server' : 'server-to-client',
    transport,
    event: messages.map((m) => m.name).join(', '),
    messages,
  };
  if (op.reply) {
    const replies = (op.reply.messages ?? []).map((m, i) => messageOf(doc, m, `${id}-reply-${i}`));
    const isError = (m) => ERROR_PAYLOADS.has(refName(m.payloadSchema) ?? '');
    out.reply = {
      message: replies.find((m) => !isError(m)) ?? replies[0],
      errorMessage: replies.find(isError) ?? replies[1],
      errors: errorsOf(doc, op, channel),
    };
  }
  if (op['x-audience']) {
    const { to, description } = op['x-audience'];
    out.audience = { to, label: AUDIENCE_LABELS[to] ?? to, description };
  }
  return out;
}

function refName(schema) {
  return schema && typeof schema.$ref === 'string' ? schema.$ref.split('/').at(-1) : undefined;
}

/** The whole page's content: groups of operations in the order of `info.tags`, then the reference parts. */
export function readDocsModel(doc) {
  const tags = (doc.info?.tags ?? []).map((t) => ({ name: String(t.name), description: t.description }));
  const operations = Object.entries(doc.operations ?? {}).map(([id, raw]) => operationOf(doc, id, raw));
  const known = new Set(tags.map((t) => t.name));
  for (const op of operations) {
    if (!known.has(op.tag)) {
      known.add(op.tag);
      tags.push({ name: op.tag, description: undefined });
    }
  }
  const groups = tags.map((tag) => ({
    ...tag,
    // Requests first, then what the server sends; each in the document's order.
    operations: [
      ...operations.filter((o) => o.tag === tag.name && o.direction === 'client-to-server'),
      ...operations.filter((o) => o.tag === tag.name && o.direction === 'server-to-client'),
    ],
  }));
  const servers = Object.entries(doc.servers ?? {}).map(([id, s]) => ({
    id,
    url: `${s.protocol}://${s.host}${s.pathname ?? ''}`,
    description: s.description,
  }));
  const schemas = doc.components?.schemas ?? {};
  return {
    doc,
    title: String(doc.info?.title ?? 'AsyncAPI'),
    version: String(doc.info?.version ?? ''),
    description: doc.info?.description,
    servers,
    channels: Object.entries(doc.channels ?? {}).map(([id, c]) => ({ id, ...resolve(doc, c).node })),
    groups,
    operations,
    schemas,
    errorCode: schemas.ErrorCode,
  };
}
