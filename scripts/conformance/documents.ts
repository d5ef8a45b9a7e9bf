import AjvPkg, { type ValidateFunction } from 'ajv';
import Ajv2020Pkg from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';
import { fetchError, readBody, urlAt } from './fetching.js';

// CommonJS modules whose ES default export is the module object: the class or function is `.default`.
const Ajv = AjvPkg.default;
const Ajv2020 = Ajv2020Pkg.default;
const addFormats = addFormatsPkg.default;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Where the two documents are served: the only thing the check reads about the server. */
export const DOCUMENT_PATHS = {
  openapi: '/api/spec/openapi.json',
  asyncapi: '/api/spec/asyncapi.json',
} as const;

/** The outcome of checking a value against a schema of a document. */
export interface Verdict {
  ok: boolean;
  /** AJV's first errors, in a line, for the report. */
  errors: string;
}

/**
 * One served document with its own AJV instance: any schema in it is validated by its JSON pointer, so
 * inline schemas and `$ref`s between components work alike. This is a third party's AJV, compiled from
 * what the server serves, never the server's generated validators.
 */
export class SpecDocument {
  readonly root: JsonObject;
  private readonly ajv: InstanceType<typeof Ajv>;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    readonly id: 'openapi' | 'asyncapi',
    root: JsonObject,
  ) {
    this.root = root;
    // OpenAPI 3.1 schemas are JSON Schema 2020-12; AsyncAPI 3's default schema format is draft-07's superset.
    // Not strict: the documents carry annotations (`x-…`, `discriminator`, `example`) AJV does not know.
    const options = { strict: false, allErrors: false, validateSchema: false, logger: false as const };
    this.ajv = id === 'openapi' ? new Ajv2020(options) : new Ajv(options);
    addFormats(this.ajv);
    // Formats ajv-formats does not check (OpenAPI's `password`) are documentation: accept any string.
    for (const format of collectFormats(root))
      if (!this.ajv.formats[format]) this.ajv.addFormat(format, true);
    this.ajv.addSchema({ ...root, $id: `urn:switchboard-conformance:${id}` });
  }

  /** The node at a JSON pointer (`/components/schemas/Echo`), or undefined. */
  at(pointer: string): Json | undefined {
    let node: Json | undefined = this.root;
    for (const raw of pointer.split('/').slice(1)) {
      const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      if (node === null || typeof node !== 'object') return undefined;
      node = Array.isArray(node) ? node[Number(key)] : node[key];
    }
    return node;
  }

  /** Follows `$ref`s (`#/…` within this document) until a node that is not one; with the pointer it lives at. */
  resolve(pointer: string): { pointer: string; node: Json | undefined } {
    let current = pointer;
    for (let hops = 0; hops < 32; hops++) {
      const node = this.at(current);
      const ref = isObject(node) ? node.$ref : undefined;
      if (typeof ref !== 'string' || !ref.startsWith('#')) return { pointer: current, node };
      current = ref.slice(1);
    }
    throw new Error(`${this.id}: $ref loop at ${pointer}`);
  }

  /** Validates a value against the schema at a JSON pointer (compiled once, then cached). */
  validate(schemaPointer: string, value: unknown): Verdict {
    let validator = this.compiled.get(schemaPointer);
    if (!validator) {
      validator = this.ajv.compile({ $ref: `urn:switchboard-conformance:${this.id}#${schemaPointer}` });
      this.compiled.set(schemaPointer, validator);
    }
    const ok = validator(value) as boolean;
    return { ok, errors: ok ? '' : this.ajv.errorsText(validator.errors?.slice(0, 3), { dataVar: 'value' }) };
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Escapes a key for a JSON pointer. */
export function pointerKey(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function collectFormats(node: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) collectFormats(item, found);
  else if (isObject(node))
    for (const [key, value] of Object.entries(node)) {
      if (key === 'format' && typeof value === 'string') found.add(value);
      else collectFormats(value, found);
    }
  return found;
}

/**
 * Fetches both documents from a running server; a server that does not serve them, answers too slowly or
 * with too much, or with something that is not JSON, fails the whole check, naming the URL.
 */
export async function fetchDocuments(
  baseUrl: string,
  timeoutMs: number,
): Promise<{ openapi: SpecDocument; asyncapi: SpecDocument }> {
  const load = async (id: 'openapi' | 'asyncapi'): Promise<SpecDocument> => {
    const url = urlAt(baseUrl, DOCUMENT_PATHS[id]).toString();
    let text: string;
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.status !== 200) {
        await response.body?.cancel().catch(() => undefined);
        throw new Error(`answered ${response.status}, not the document`);
      }
      text = await readBody(response, url);
    } catch (err) {
      const error = fetchError(err, url, timeoutMs);
      throw error.message.startsWith(url) ? error : new Error(`${url} ${error.message}`);
    }
    let body: Json;
    try {
      body = JSON.parse(text) as Json;
    } catch (err) {
      throw new Error(`${url} is not JSON (${(err as Error).message}): ${JSON.stringify(text.slice(0, 80))}`);
    }
    if (!isObject(body)) throw new Error(`${url} is not a JSON object`);
    const version = id === 'openapi' ? body.openapi : body.asyncapi;
    if (typeof version !== 'string')
      throw new Error(`${url} is not an ${id} document (no "${id}" version field)`);
    return new SpecDocument(id, body);
  };
  const [openapi, asyncapi] = await Promise.all([load('openapi'), load('asyncapi')]);
  return { openapi, asyncapi };
}
