import { generatedHeader } from '../../templates/typescript/header.js';
import { renderValidatorsDts } from '../../templates/typescript/validators-dts.js';
import { type Dialect, emitValidators } from './emit-validators.js';
import type { HttpModel } from './http-model.js';
import { compareText, type SchemaSet } from './schemas.js';
import type { SocketModel } from './socket-model.js';
import type { StepCache } from './step-cache.js';

/** One file of generated/validators/: which schemas it compiles and which it exports. */
export interface ValidatorModule {
  name: 'asyncapi' | 'openapi' | 'openapi-params';
  source: string;
  dialect: Dialect;
  schemas: SchemaSet;
  exported: string[];
  /** Query and path parameters arrive as strings: their validators coerce. */
  coerce?: boolean;
}

export function asyncApiValidators(socket: SocketModel): ValidatorModule {
  return {
    name: 'asyncapi',
    source: 'spec/asyncapi.yaml',
    dialect: 'draft-07',
    schemas: socket.schemas,
    exported: [...socket.schemas.keys()],
  };
}

export function openApiValidators(http: HttpModel): ValidatorModule[] {
  return [
    {
      name: 'openapi',
      source: 'spec/openapi.yaml',
      dialect: '2020-12',
      schemas: http.schemas,
      exported: [...http.schemas.keys()],
    },
    {
      name: 'openapi-params',
      source: 'spec/openapi.yaml',
      dialect: '2020-12',
      schemas: new Map([...http.schemas, ...http.paramSchemas]),
      exported: [...http.paramSchemas.keys()],
      coerce: true,
    },
  ];
}

/**
 * The module's two files (the AJV standalone code and its declarations), by path relative to the root;
 * compiled only when its schemas changed. Throws SchemaCompileError for a schema AJV refuses.
 */
export async function renderValidatorModule(
  mod: ValidatorModule,
  cache: StepCache,
): Promise<Map<string, string>> {
  const exported = [...mod.exported].sort(compareText);
  const input = { ...mod, schemas: [...mod.schemas], exported };
  const code = await cache.get(`validators-${mod.name}`, JSON.stringify(input), () =>
    emitValidators({ ...mod, exported }),
  );
  return new Map([
    [`generated/validators/${mod.name}.js`, `${generatedHeader(mod.source)}${code}\n`],
    [`generated/validators/${mod.name}.d.ts`, renderValidatorsDts(mod.source, exported)],
  ]);
}
