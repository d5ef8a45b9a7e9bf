// generated from spec/asyncapi.yaml by `make generate` — do not edit

import type * as T from './types.js';

/** The fields of a request envelope the client fills in itself (`data` is an argument of its own). */
export type FilledByClient = 'sid' | 'type' | 'token' | 'data';

/**
 * Raw envelope requests by `type`: the `data` each carries, its other `fields` (`channel` where the
 * spec asks for it), the `type` of its answer and the answer envelope, and the codes of its `error`.
 */
export interface RawRequests {
  /** Call an action by name, with a correlation id the answer carries back */
  action: { operationId: 'rawAction'; data: T.EnvelopeAction['data']; fields: Omit<T.EnvelopeAction, FilledByClient>; answerType: 'result'; answer: T.EnvelopeResult; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'TIMEOUT' | 'UNAUTHENTICATED' | 'UNAVAILABLE' };
  /** Trade a session token for a socket token */
  auth: { operationId: 'rawAuth'; data: T.EnvelopeAuth['data']; fields: Omit<T.EnvelopeAuth, FilledByClient>; answerType: 'token'; answer: T.EnvelopeToken; errors: 'BAD_INPUT' | 'CONNECTION_LIMIT' | 'INTERNAL' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAUTHENTICATED' | 'UNAVAILABLE' };
  /** Send a message to every member of a chat room */
  chan_in: { operationId: 'rawChanIn'; data: T.EnvelopeChanIn['data']; fields: Omit<T.EnvelopeChanIn, FilledByClient>; answerType: 'ok'; answer: T.EnvelopeOk; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAUTHENTICATED' | 'UNAVAILABLE' };
  /** Check the connection: the answer’s data is `echo: <data>` */
  echo: { operationId: 'rawEcho'; data: T.EnvelopeEcho['data']; fields: Omit<T.EnvelopeEcho, FilledByClient>; answerType: 'echo'; answer: T.EnvelopeEchoReply; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'UNAVAILABLE' };
  /** Join a chat room, or a database channel `db-<repo>` */
  join: { operationId: 'rawJoin'; data: T.EnvelopeJoin['data']; fields: Omit<T.EnvelopeJoin, FilledByClient>; answerType: 'joined'; answer: T.EnvelopeJoined; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'LIMIT_REACHED' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAUTHENTICATED' | 'UNAVAILABLE' };
  /** Leave a chat room or unsubscribe from a database channel */
  leave: { operationId: 'rawLeave'; data: T.EnvelopeLeave['data']; fields: Omit<T.EnvelopeLeave, FilledByClient>; answerType: 'left'; answer: T.EnvelopeLeft; errors: 'BAD_INPUT' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'NOT_MEMBER' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'UNAUTHENTICATED' | 'UNAVAILABLE' };
  /** How many members a chat room has */
  presence: { operationId: 'rawPresence'; data: T.EnvelopePresence['data']; fields: Omit<T.EnvelopePresence, FilledByClient>; answerType: 'presence'; answer: T.EnvelopePresenceCount; errors: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL' | 'NOT_FOUND' | 'NOT_IMPLEMENTED' | 'PAYLOAD_TOO_LARGE' | 'UNAUTHENTICATED' | 'UNAVAILABLE' };
}

/** Envelopes the server sends unasked, by `type`: the envelope of each. */
export interface RawServerEvents {
  /** A user’s activity changed: `data` is the `UserActivity` in JSON text */
  activity: T.EnvelopeActivity;
  /** A message in a chat room this connection joined */
  chan_out: T.EnvelopeChanOut;
  /** A document you may read was created, in a `db-<repo>` channel this connection joined: `data` is the change (a `DbChange`) as JSON text */
  db_created: T.EnvelopeDbEvent;
  /** A document you may read was deleted, in a `db-<repo>` channel this connection joined: `data` is the change (a `DbChange`) as JSON text */
  db_deleted: T.EnvelopeDbEvent;
  /** A document you may read was replaced or patched, in a `db-<repo>` channel this connection joined: `data` is the change (a `DbChange`) as JSON text */
  db_updated: T.EnvelopeDbEvent;
  /** A message was refused: `data` says why, `code` and `field` as the spec’s Error */
  error: T.EnvelopeError;
  /** Sent on connect: `data` is the connection’s `sid` */
  init: T.EnvelopeInit;
  /** The server has begun to stop: `data` is the `ServerShutdown` (when it closes, when to reconnect) as JSON text */
  'server-shutdown': T.EnvelopeServerShutdown;
}

/** Per request `type`: its operationId in the spec and the `type` of its answer. */
export const rawRequests: {
  readonly [K in keyof RawRequests]: {
    operationId: RawRequests[K]['operationId'];
    answerType: RawRequests[K]['answerType'];
  };
} = {
  action: { operationId: 'rawAction', answerType: 'result' },
  auth: { operationId: 'rawAuth', answerType: 'token' },
  chan_in: { operationId: 'rawChanIn', answerType: 'ok' },
  echo: { operationId: 'rawEcho', answerType: 'echo' },
  join: { operationId: 'rawJoin', answerType: 'joined' },
  leave: { operationId: 'rawLeave', answerType: 'left' },
  presence: { operationId: 'rawPresence', answerType: 'presence' },
};

/** Every `type` the server sends unasked, to tell them from answers at run time. */
export const rawServerEvents: { readonly [E in keyof RawServerEvents]: true } = {
  activity: true,
  chan_out: true,
  db_created: true,
  db_deleted: true,
  db_updated: true,
  error: true,
  init: true,
  'server-shutdown': true,
};
