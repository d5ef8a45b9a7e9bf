import { generatedHeader } from './header.js';

/**
 * clients/js/src/generated/types.ts: the same declarations as generated/types.ts, without the server's
 * validator type (which imports `ajv`), so the client package depends on nothing of the server.
 */
export function renderClientTypes(types: string): string {
  return `${generatedHeader('spec/asyncapi.yaml and spec/openapi.yaml')}\n${types}\n`;
}
