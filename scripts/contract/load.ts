import path from 'node:path';
import { bundle, loadConfig } from '@redocly/openapi-core';
import { bundleAsyncApi } from '../lib/bundle-asyncapi.js';

/** Both documents of one spec tree, each bundled into one object whose `$ref`s are all internal. */
export interface SpecDocuments {
  asyncapi: Record<string, unknown>;
  openapi: Record<string, unknown>;
}

/**
 * The one place the gate reaches into the generator's loaders: bundles `<specDir>/asyncapi.yaml` and
 * `<specDir>/openapi.yaml`. Kept to this function so a change of loader re-points one line, not the gate.
 *
 * No validation here: the base is history (it passed its own checks when it was committed) and the working
 * tree is validated by `make generate`; the gate only needs the documents' content.
 */
export async function loadSpecDocuments(specDir: string, redoclyConfig: string): Promise<SpecDocuments> {
  const config = await loadConfig({ configPath: redoclyConfig });
  const [asyncapi, openapi] = await Promise.all([
    bundleAsyncApi(path.join(specDir, 'asyncapi.yaml')).then((result) => result.doc),
    bundle({ ref: path.join(specDir, 'openapi.yaml'), config, dereference: false }).then(
      (result) => result.bundle.parsed as Record<string, unknown>,
    ),
  ]);
  return { asyncapi, openapi };
}
