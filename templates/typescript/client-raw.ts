import type { SocketModel } from '../../scripts/lib/socket-model.js';
import { generatedHeader, jsdoc, lit, propertyKey } from './header.js';

/**
 * clients/js/src/generated/raw.ts: the raw WebSocket envelope (`/ws`) for the client: every request
 * `type` with the `data` it carries, its other fields, the `type` and shape of its answer and the error
 * codes its `error` answer may carry; every envelope the server sends unasked; and the runtime facts the
 * client needs to match answers to requests (each request's answer `type` and operationId).
 */
export function renderClientRaw(envelope: SocketModel['envelope']): string {
  const requests = envelope.receive
    .map((op) => {
      const errors = op.errorCodes.length > 0 ? op.errorCodes.map(lit).join(' | ') : 'never';
      const message = `T.${op.payloadType}`;
      return `${jsdoc(op.summary, '  ')}  ${propertyKey(op.event)}: { operationId: ${lit(op.operationId)}; data: ${message}['data']; fields: Omit<${message}, FilledByClient>; answerType: ${lit(op.replyEvent ?? '')}; answer: T.${op.replyType}; errors: ${errors} };`;
    })
    .join('\n');
  const events = envelope.send
    .map((ev) => `${jsdoc(ev.summary, '  ')}  ${propertyKey(ev.event)}: T.${ev.payloadType};`)
    .join('\n');
  const table = envelope.receive
    .map(
      (op) =>
        `  ${propertyKey(op.event)}: { operationId: ${lit(op.operationId)}, answerType: ${lit(op.replyEvent ?? '')} },`,
    )
    .join('\n');

  const eventTable = envelope.send.map((ev) => `  ${propertyKey(ev.event)}: true,`).join('\n');
  return `${generatedHeader('spec/asyncapi.yaml')}
import type * as T from './types.js';

/** The fields of a request envelope the client fills in itself (\`data\` is an argument of its own). */
export type FilledByClient = 'sid' | 'type' | 'token' | 'data';

/**
 * Raw envelope requests by \`type\`: the \`data\` each carries, its other \`fields\` (\`channel\` where the
 * spec asks for it), the \`type\` of its answer and the answer envelope, and the codes of its \`error\`.
 */
export interface RawRequests {
${requests}
}

/** Envelopes the server sends unasked, by \`type\`: the envelope of each. */
export interface RawServerEvents {
${events}
}

/** Per request \`type\`: its operationId in the spec and the \`type\` of its answer. */
export const rawRequests: {
  readonly [K in keyof RawRequests]: {
    operationId: RawRequests[K]['operationId'];
    answerType: RawRequests[K]['answerType'];
  };
} = {
${table}
};

/** Every \`type\` the server sends unasked, to tell them from answers at run time. */
export const rawServerEvents: { readonly [E in keyof RawServerEvents]: true } = {
${eventTable}
};
`;
}
