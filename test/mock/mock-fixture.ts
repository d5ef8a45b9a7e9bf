import { readHttpOperations } from '../../scripts/mock/http-operations.js';
import { type RunningMock, startMock } from '../../scripts/mock/mock-server.js';
import { type SchemaPointer, SpecValidators } from '../../scripts/mock/schema-validators.js';
import { readRealtimeServers } from '../../scripts/mock/socket-operations.js';
import { at, follow, isNode } from '../../scripts/mock/spec-pointers.js';
import { loadBundledSpecs } from '../../scripts/mock/spec-source.js';
import { sample } from '../../templates/asyncapi-docs/lib/schema.js';

/**
 * What the mock tests share: the bundled documents, AJV validators compiled from them (the responses are
 * checked against the documents' schemas, at the pointers the spec declares) and the operations read
 * from them, so every test iterates over the spec rather than a list of its own.
 */
export const specs = loadBundledSpecs();
export const openapi = specs.openapi.doc;
export const asyncapi = specs.asyncapi.doc;
export const httpOperations = readHttpOperations(openapi);
export const realtime = readRealtimeServers(asyncapi);
export const httpSchemas = new SpecValidators(openapi, '2020-12', 'openapi.json');
export const asyncSchemas = new SpecValidators(asyncapi, 'draft-07', 'asyncapi.json');

export function socketServer(name: 'local' | 'localRaw') {
  const found = realtime.get(name);
  if (!found) throw new Error(`asyncapi has no server ${name}`);
  return found;
}

/** Fails with the value and the schema's complaint when `value` does not match the schema at `pointer`. */
export function assertMatches(
  validators: SpecValidators,
  pointer: SchemaPointer,
  value: unknown,
  what: string,
): void {
  const invalid = validators.check(pointer, value);
  if (invalid)
    throw new Error(`${what} breaks ${pointer}: ${invalid.message}\n${JSON.stringify(value).slice(0, 500)}`);
}

/** An example value of a parameter or body schema, as a client developer would take it from the docs. */
export function exampleOf(pointer: SchemaPointer): unknown {
  return sample(openapi, follow(openapi, at(openapi, pointer), pointer).node);
}

export const isObject = isNode;

/** A mock on an ephemeral port, for one `describe`. */
export function useMock(): { readonly mock: RunningMock } {
  const holder: { mock?: RunningMock } = {};
  before(async () => {
    holder.mock = await startMock({ port: 0 });
  });
  after(async () => {
    await holder.mock?.close();
  });
  return {
    get mock() {
      if (!holder.mock) throw new Error('the mock is not started');
      return holder.mock;
    },
  };
}

/** Registers a throwaway user on the mock and returns its session token and socket secret. */
export async function session(mock: RunningMock): Promise<{ token: string; socketSecret: string }> {
  const register = await fetch(`${mock.url}/api/users/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username: `user_${Math.random().toString(36).slice(2, 10)}`,
      password: 'correct horse',
    }),
  });
  const { token } = (await register.json()) as { token: string };
  const me = await fetch(`${mock.url}/api/users/me`, { headers: { authorization: `Bearer ${token}` } });
  const { socketSecret } = (await me.json()) as { socketSecret: string };
  return { token, socketSecret };
}
