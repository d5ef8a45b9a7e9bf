import { generatedHeader } from './header.js';

/** generated/errors.ts: the error codes and the HTTP status of each, from the ErrorCode schema. */
export function renderErrors(statuses: [string, number][]): string {
  return `${generatedHeader('spec/common/errors.yaml')}
import type { ErrorCode } from './types.js';

/** The HTTP status each error code answers with (\`x-http-status\` of the ErrorCode schema). */
export const httpStatusOfError: Readonly<Record<ErrorCode, number>> = {
${statuses.map(([code, status]) => `  ${code}: ${status},`).join('\n')}
};
`;
}
