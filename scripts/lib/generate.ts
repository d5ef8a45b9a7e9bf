import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CORE_SCHEMA, dump } from 'js-yaml';
import { renderClientHttp } from '../../templates/typescript/client-http.js';
import { renderClientRaw } from '../../templates/typescript/client-raw.js';
import { renderClientSocket } from '../../templates/typescript/client-socket.js';
import { renderClientTypes } from '../../templates/typescript/client-types.js';
import { renderEnvelope } from '../../templates/typescript/envelope.js';
import { renderErrors } from '../../templates/typescript/errors.js';
import { renderHttpStub, renderRawStub, renderSocketStub } from '../../templates/typescript/handler-stub.js';
import { generatedHeader } from '../../templates/typescript/header.js';
import { renderHttp } from '../../templates/typescript/http.js';
import { renderSocketIo } from '../../templates/typescript/socketio.js';
import { renderSse } from '../../templates/typescript/sse.js';
import { type Diagnostic, Findings, type Locator, SpecError } from './diagnostics.js';
import { emitTypes } from './emit-types.js';
import { SchemaCompileError } from './emit-validators.js';
import { buildHttpModel } from './http-model.js';
import type { Layout } from './layout.js';
import { type Bundled, loadAsyncApi, loadOpenApi } from './load-specs.js';
import { orphanHandlers } from './orphan-handlers.js';
import { mergeSchemaSets, SchemaConflict, type SchemaSet } from './schemas.js';
import { buildSocketModel } from './socket-model.js';
import { StepCache } from './step-cache.js';
import { asyncApiValidators, openApiValidators, renderValidatorModule } from './validator-modules.js';

export interface GenerateResult {
  /** Files under generated/ (relative to the root) that were written, or in check mode would be. */
  changed: string[];
  /** Files under generated/ that no longer belong there (deleted, or in check mode reported). */
  removed: string[];
  /** Handler stubs created (or in check mode missing). */
  stubs: string[];
  /** Handler files whose operation is no longer in the spec (also in `warnings`). */
  orphans: string[];
  warnings: Diagnostic[];
  fileCount: number;
}

const VALIDATOR_TYPE = `
/** A compiled validator (AJV standalone): a type guard whose \`errors\` explain a rejection. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}
`;

/** Each error code with its HTTP status, from the ErrorCode schema's `x-http-status`. */
function errorStatuses(openapi: Bundled, findings: Findings): [string, number][] {
  const schemas = (openapi.components as { schemas?: Record<string, Record<string, unknown>> } | undefined)
    ?.schemas;
  const codeSchema = schemas?.ErrorCode;
  const codes = (codeSchema?.enum ?? []) as string[];
  const statuses = (codeSchema?.['x-http-status'] ?? {}) as Record<string, number>;
  const missing = codes.filter((c) => {
    const status = statuses[c];
    return status === undefined || !Number.isInteger(status) || status < 400 || status > 599;
  });
  if (!codeSchema || missing.length > 0) {
    findings.error(
      ['components', 'schemas', 'ErrorCode'],
      'switchboard-error-status',
      codeSchema
        ? `x-http-status of ErrorCode (spec/common/errors.yaml) needs a 4xx or 5xx status for ${missing.join(', ')}`
        : 'the ErrorCode schema is missing',
    );
  }
  return codes.map((c) => [c, statuses[c] as number]);
}

async function bundledYaml(source: string, doc: Bundled, cache: StepCache): Promise<string> {
  // Made again only when the document changed. js-yaml writes it several times faster than `yaml`.
  const text = await cache.get(`yaml-${path.basename(source)}`, JSON.stringify(doc), async () =>
    dump(doc, { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true }),
  );
  return `${generatedHeader(source, '#')}# The document with spec/common/ inlined: what the server serves at /api/${source}.\n${text}`;
}

/** Everything generated/ should contain, by path relative to the root. */
async function renderAll(
  layout: Layout,
  cache: StepCache,
): Promise<{ files: Map<string, string>; stubs: Map<string, string>; warnings: Diagnostic[] }> {
  // The OpenAPI document first: when it changed, Redocly runs in a worker thread while this thread reads
  // the AsyncAPI document and compiles its validators.
  const openapiLoading = loadOpenApi(layout.openapi, layout.redoclyConfig, cache);
  let asyncapi: { doc: Bundled; locate: Locator } | undefined;
  let loadErrors: Diagnostic[] = [];
  try {
    asyncapi = await loadAsyncApi(layout.asyncapi, cache);
  } catch (err) {
    if (!(err instanceof SpecError)) {
      await openapiLoading.catch(() => undefined);
      throw err;
    }
    loadErrors = err.diagnostics;
  }
  const asyncFindings = new Findings(layout.asyncapi, asyncapi?.locate);
  const socket = asyncapi && buildSocketModel(asyncapi.doc, asyncFindings);
  const asyncValidators =
    socket && asyncFindings.list.length === 0
      ? renderValidatorModule(asyncApiValidators(socket), cache)
      : undefined;
  // Awaited below, or dropped when the run stops on an error first.
  asyncValidators?.catch(() => undefined);

  const openapi = await openapiLoading;
  const warnings = [...loadErrors, ...openapi.diagnostics];
  if (!asyncapi || !socket || !openapi.bundled || warnings.some((d) => d.severity === 'error'))
    throw new SpecError(warnings);
  const httpFindings = new Findings(layout.openapi);
  const http = buildHttpModel(openapi.bundled, httpFindings);
  const statuses = errorStatuses(openapi.bundled, httpFindings);
  const problems = [...asyncFindings.list, ...httpFindings.list];
  if (problems.length > 0) throw new SpecError([...warnings, ...problems]);

  let allTypes: SchemaSet;
  try {
    allTypes = mergeSchemaSets([
      { label: 'asyncapi.yaml', schemas: socket.schemas },
      { label: 'openapi.yaml', schemas: http.schemas },
      { label: 'openapi.yaml parameters', schemas: http.paramSchemas },
    ]);
  } catch (err) {
    if (!(err instanceof SchemaConflict)) throw err;
    httpFindings.error(
      ['components', 'schemas', err.typeName],
      'switchboard-type-conflict',
      `${err.typeName} means different schemas in the two documents (${err.where}); share one through spec/common/ or rename one`,
    );
    throw new SpecError(httpFindings.list);
  }
  const files = new Map<string, string>();
  const types = await emitTypes(allTypes, cache);
  files.set(
    'generated/types.ts',
    `${generatedHeader('spec/asyncapi.yaml and spec/openapi.yaml')}\nimport type { ErrorObject } from 'ajv';\n${VALIDATOR_TYPE}\n${types}\n`,
  );
  files.set('generated/errors.ts', renderErrors(statuses));
  files.set('generated/socketio.ts', renderSocketIo(socket));
  files.set('generated/http.ts', renderHttp(http));
  files.set('generated/envelope.ts', renderEnvelope(socket.envelope));
  files.set('generated/sse.ts', renderSse(socket.sse));
  const client = path.relative(layout.root, layout.clientGeneratedDir);
  files.set(path.join(client, 'types.ts'), renderClientTypes(types));
  files.set(path.join(client, 'socket.ts'), renderClientSocket(socket));
  files.set(path.join(client, 'http.ts'), renderClientHttp(http));
  files.set(path.join(client, 'raw.ts'), renderClientRaw(socket.envelope));

  const validators: [Findings, Promise<Map<string, string>> | undefined][] = [
    [asyncFindings, asyncValidators],
    ...openApiValidators(http).map((mod): [Findings, Promise<Map<string, string>>] => [
      httpFindings,
      renderValidatorModule(mod, cache),
    ]),
  ];
  for (const [findings, rendering] of validators) {
    try {
      for (const [rel, text] of (await rendering) ?? []) files.set(rel, text);
    } catch (err) {
      if (!(err instanceof SchemaCompileError)) throw err;
      findings.error(['components', 'schemas', err.typeName], 'switchboard-schema', err.message);
      throw new SpecError(findings.list);
    }
  }
  files.set('generated/spec/asyncapi.yaml', await bundledYaml('spec/asyncapi.yaml', asyncapi.doc, cache));
  files.set('generated/spec/openapi.yaml', await bundledYaml('spec/openapi.yaml', openapi.bundled, cache));

  const stubs = new Map<string, string>();
  for (const op of socket.receive)
    stubs.set(`src/handlers/${op.action ? 'actions' : 'socket'}/${op.operationId}.ts`, renderSocketStub(op));
  for (const op of http.operations.filter((o) => o.servedBy === 'handler'))
    stubs.set(`src/handlers/http/${op.operationId}.ts`, renderHttpStub(op));
  for (const op of socket.envelope.receive)
    stubs.set(`src/handlers/rawws/${op.operationId}.ts`, renderRawStub(op));
  return { files, stubs, warnings };
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Regenerates generated/ from spec/ and creates missing handler stubs. With `check`, writes nothing
 * and reports what is stale instead (the drift check of `make check`).
 */
export async function generate(
  layout: Layout,
  opts: { check: boolean; cacheDir?: string },
): Promise<GenerateResult> {
  const cache = await StepCache.open(opts.cacheDir);
  const { files, stubs, warnings } = await renderAll(layout, cache);
  const orphans = await orphanHandlers(layout, new Set(stubs.keys()));
  const result: GenerateResult = {
    changed: [],
    removed: [],
    stubs: [],
    orphans: orphans.map((d) => path.relative(layout.root, d.file)),
    warnings: [...warnings, ...orphans],
    fileCount: files.size,
  };

  for (const [rel, content] of files) {
    const file = path.join(layout.root, rel);
    const current = existsSync(file) ? await readFile(file, 'utf8') : undefined;
    if (current === content) continue;
    result.changed.push(rel);
    if (!opts.check) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  }
  const ownedFiles = [
    ...(await listFiles(layout.generatedDir)),
    ...(await listFiles(layout.clientGeneratedDir)),
  ];
  for (const file of ownedFiles) {
    const rel = path.relative(layout.root, file);
    if (files.has(rel)) continue;
    result.removed.push(rel);
    if (!opts.check) await rm(file);
  }
  for (const [rel, content] of stubs) {
    const file = path.join(layout.root, rel);
    if (existsSync(file)) continue;
    result.stubs.push(rel);
    if (!opts.check) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  }
  return result;
}
