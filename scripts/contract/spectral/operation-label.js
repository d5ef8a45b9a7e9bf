// @ts-check

/**
 * An operation named as its clients know it, from its path in the document: `GET /api/rooms` for
 * OpenAPI (`paths./api/rooms.get`), the operation id for AsyncAPI (`operations.roomHistory`).
 * @param {readonly (string | number)[]} at
 * @returns {string}
 */
export function operationLabel(at) {
  if (at[0] === 'paths' && at.length >= 3) return `\`${String(at[2]).toUpperCase()} ${String(at[1])}\``;
  if (at[0] === 'operations' && at.length >= 2) return `operation \`${String(at[1])}\``;
  return `the operation at ${at.join('.')}`;
}
