import type { HttpOperation } from '../../scripts/lib/http-model.js';
import type { SocketReceive } from '../../scripts/lib/socket-model.js';
import { jsdoc } from './header.js';

// Stubs are created once, when an operation first appears in the spec, and are then the developer's
// file: they carry no "generated" header. They answer NOT_IMPLEMENTED until implemented.

export function renderSocketStub(op: SocketReceive): string {
  if (op.action) return renderActionStub(op);
  return `import type { SocketOperationHandlers } from '../../../generated/socketio.js';
import { notImplemented } from '../../core/errors.js';

${jsdoc(`${op.summary}\n\nEvent \`${op.event}\`, operation \`${op.operationId}\` in spec/asyncapi.yaml.`)}export const ${op.operationId}: SocketOperationHandlers['${op.operationId}'] = async () => {
  throw notImplemented('${op.operationId}');
};
`;
}

export function renderHttpStub(op: HttpOperation): string {
  return `import type { HttpOperationHandlers } from '../../../generated/http.js';
import { notImplemented } from '../../core/errors.js';

${jsdoc(`${op.summary}\n\n\`${op.method.toUpperCase()} ${op.path}\`, operation \`${op.operationId}\` in spec/openapi.yaml.`)}export const ${op.operationId}: HttpOperationHandlers['${op.operationId}'] = async () => {
  throw notImplemented('${op.operationId}');
};
`;
}

export function renderRawStub(op: SocketReceive): string {
  return `import type { RawOperationHandlers } from '../../../generated/envelope.js';
import { notImplemented } from '../../core/errors.js';

${jsdoc(`${op.summary}\n\nEnvelope type \`${op.event}\`, operation \`${op.operationId}\` in spec/asyncapi.yaml.`)}export const ${op.operationId}: RawOperationHandlers['${op.operationId}'] = async () => {
  throw notImplemented('${op.operationId}');
};
`;
}

function renderActionStub(op: SocketReceive): string {
  return `import type { ActionHandlers } from '../../../generated/socketio.js';
import { notImplemented } from '../../core/errors.js';

${jsdoc(`${op.summary}\n\nAction \`${op.event}\`, operation \`${op.operationId}\` in spec/asyncapi.yaml.`)}export const ${op.operationId}: ActionHandlers['${op.operationId}'] = async () => {
  throw notImplemented('${op.operationId}');
};
`;
}
