import type { MockSpecs } from './spec-source.js';

/** A document as served: its content type and bytes. */
export interface ServedFile {
  type: string;
  body: string;
}

/**
 * The bundled documents at /api/spec/{openapi,asyncapi}.{yaml,json}, as the server serves them: the
 * YAML the generator wrote, and that YAML as JSON. This is `getSpecDocument`'s answer; a conformance
 * checker downloads the contract from here, so it must be the real one, not an example.
 */
export function servedDocuments(specs: MockSpecs): Map<string, ServedFile> {
  const files = new Map<string, ServedFile>();
  for (const [name, served] of Object.entries(specs)) {
    files.set(`${name}.yaml`, { type: 'application/yaml; charset=utf-8', body: served.yaml });
    files.set(`${name}.json`, { type: 'application/json; charset=utf-8', body: JSON.stringify(served.doc) });
  }
  return files;
}
