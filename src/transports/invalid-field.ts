import type { ErrorObject } from 'ajv';

/** Why a value does not match its schema: the field as a dotted path, and the sentence naming it. */
export interface InvalidField {
  field: string;
  message: string;
}

function pointerToPath(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The first AJV error in the server's words: which field (`prefix` first: `body`, `query`, `path` over
 * HTTP; nothing for a Socket.IO payload), and why. The server's BAD_INPUT and the mock server's refusals
 * (scripts/mock) both say it this way, so a client sees the same field and message from either.
 */
export function describeInvalid(errors: ErrorObject[] | null | undefined, prefix = ''): InvalidField {
  const error = errors?.[0];
  if (!error) return { field: prefix, message: `${prefix || 'payload'} is invalid` };
  const at = [...(prefix ? [prefix] : []), ...pointerToPath(error.instancePath)];
  const params = error.params as Record<string, unknown>;
  let message: string;
  if (error.keyword === 'required') {
    at.push(String(params.missingProperty));
    message = 'is required';
  } else if (error.keyword === 'additionalProperties') {
    at.push(String(params.additionalProperty));
    message = 'is not allowed here';
  } else if (error.keyword === 'false schema') {
    // A property a schema forbids outright (`game: false` unless the state is `playing`).
    message = 'is not allowed here';
  } else if (error.keyword === 'enum') {
    message = `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  } else {
    message = error.message ?? 'is invalid';
  }
  const field = at.join('.');
  return { field: field.slice(0, 512), message: `${field || 'payload'} ${message}`.slice(0, 1024) };
}
