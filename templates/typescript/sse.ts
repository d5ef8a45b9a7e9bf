import type { SocketModel } from '../../scripts/lib/socket-model.js';
import { generatedHeader, jsdoc, lit } from './header.js';

/**
 * generated/sse.ts: the Server-Sent Events stream's events by their `event:` name, with their payload
 * types, and the validator of each for outbound validation. Most are the Socket.IO events' own messages,
 * so one name means one payload on both transports.
 */
export function renderSse(sse: SocketModel['sse']): string {
  const events = sse.send
    .map((e) => `${jsdoc(e.summary, '  ')}  ${lit(e.event)}: T.${e.payloadType};`)
    .join('\n');
  const validators = sse.send.map((e) => `  ${lit(e.event)}: V.${e.payloadType},`).join('\n');
  return `${generatedHeader('spec/asyncapi.yaml')}
import type * as T from './types.js';
import * as V from './validators/asyncapi.js';

/** The events of the \`sse\` server's stream, by \`event:\` name: the payload its \`data:\` line carries. */
export interface SseEvents {
${events}
}

export type SseEvent = keyof SseEvents;

/** Validators of every stream event, for outbound validation. */
export const outboundSseValidators: { [E in SseEvent]: T.Validator<SseEvents[E]> } = {
${validators}
};
`;
}
