import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** A bundled spec document: every external `$ref` inlined into its components, internal refs kept. */
export type SpecDocument = Record<string, unknown>;

/** One served document: its YAML text as the generator wrote it, and the parsed object. */
export interface ServedDocument {
  yaml: string;
  doc: SpecDocument;
}

export interface MockSpecs {
  openapi: ServedDocument;
  asyncapi: ServedDocument;
}

const GENERATED_SPEC_DIR = fileURLToPath(new URL('../../generated/spec/', import.meta.url));

/**
 * The mock's one way in to the spec: the bundled documents `make generate` writes to generated/spec/,
 * exactly what the real server serves at /api/spec/*. Reading those files (rather than bundling
 * spec/ again through scripts/lib) keeps the mock fast to start and independent of how the generator
 * builds them; `dir` points elsewhere (another build of the documents) for tests.
 */
export function loadBundledSpecs(dir = GENERATED_SPEC_DIR): MockSpecs {
  const read = (name: string): ServedDocument => {
    const file = `${dir.replace(/\/?$/, '/')}${name}.yaml`;
    let yaml: string;
    try {
      yaml = readFileSync(file, 'utf8');
    } catch (err) {
      throw new Error(`cannot read ${file} (${(err as Error).message}): run \`make generate\` first`);
    }
    const doc = parse(yaml) as unknown;
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
      throw new Error(`${file} is not a YAML mapping: run \`make generate\` again`);
    return { yaml, doc: doc as SpecDocument };
  };
  return { openapi: read('openapi'), asyncapi: read('asyncapi') };
}
