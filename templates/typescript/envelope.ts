import type { SocketModel } from '../../scripts/lib/socket-model.js';
import { generatedHeader, jsdoc, lit } from './header.js';

/**
 * generated/envelope.ts: the raw WebSocket envelope's requests by `type`, one handler signature per
 * operation, and the dispatch table the raw transport runs them through.
 */
export function renderEnvelope(envelope: SocketModel['envelope']): string {
  const imports = envelope.receive
    .map((op) => `import { ${op.operationId} } from '../src/handlers/rawws/${op.operationId}.js';`)
    .join('\n');
  const handlers = envelope.receive
    .map((op) => {
      const result = `T.${op.replyType}`;
      return `${jsdoc(`${op.summary}\n\nType \`${op.event}\`, answered with \`${op.replyType}\`.`, '  ')}  ${op.operationId}(message: T.${op.payloadType}, ctx: RawContext): Promise<${result}> | ${result};`;
    })
    .join('\n');
  const table = envelope.receive
    .map(
      (op) =>
        `  [${lit(op.event)}, { operationId: '${op.operationId}', type: ${lit(op.event)}, validateMessage: V.${op.payloadType}, validateAnswer: V.${op.replyType}, errorCodes: new Set<T.ErrorCode>([${op.errorCodes.map(lit).join(', ')}]), handler: ${op.operationId} satisfies RawOperationHandlers['${op.operationId}'] } satisfies EnvelopeOperation<T.${op.payloadType}, T.${op.replyType}>],`,
    )
    .join('\n');
  return `${generatedHeader('spec/asyncapi.yaml')}
import type { RawContext } from '../src/handlers/context.js';
${imports}
import type * as T from './types.js';
import * as V from './validators/asyncapi.js';

/** One handler per envelope request type; implementations live in src/handlers/rawws/<operationId>.ts. */
export interface RawOperationHandlers {
${handlers}
}

/**
 * What the raw transport needs to run one request. Each entry is checked against its own message and
 * answer types (\`satisfies EnvelopeOperation<Message, Answer>\`); the table holds them as
 * \`EnvelopeOperation\`. \`handler\` is a method so that this is allowed (method parameters are checked
 * bivariantly), sound because the transport passes a handler only a message its own entry's
 * \`validateMessage\` accepted.
 */
export interface EnvelopeOperation<Message = unknown, Answer = unknown> {
  operationId: string;
  type: string;
  validateMessage: T.Validator<Message>;
  validateAnswer: T.Validator<Answer>;
  /** The error codes its \`error\` answer may carry (reply \`x-errors\` and the server's \`x-request-errors\`). */
  errorCodes: ReadonlySet<T.ErrorCode>;
  handler(message: Message, ctx: RawContext): Promise<Answer> | Answer;
}

/** Dispatch by \`type\`. A Map, so no type can reach Object.prototype. */
export const envelopeOperations: ReadonlyMap<string, EnvelopeOperation> = new Map<string, EnvelopeOperation>([
${table}
]);
`;
}
