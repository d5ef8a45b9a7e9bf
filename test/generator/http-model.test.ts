import assert from 'node:assert/strict';
import path from 'node:path';
import { formatDiagnostic } from '../../scripts/lib/diagnostics.js';
import { buildHttpModel } from '../../scripts/lib/http-model.js';
import { loadOpenApi } from '../../scripts/lib/load-specs.js';
import { StepCache } from '../../scripts/lib/step-cache.js';
import { renderHttp } from '../../templates/typescript/http.js';
import { cacheDir, documentFile, edit, scratchProject } from './scratch.js';

/** A minimal OpenAPI document around `paths` and extra `schemas`, as Switchboard needs one. */
function openapi(paths: string, schemas = ''): string {
  return `openapi: 3.1.0
info: {title: test, version: '1.0.0'}
paths:
${paths}components:
  responses:
    Internal:
      description: Something went wrong.
      content:
        application/json:
          schema: {$ref: '#/components/schemas/ErrorReply'}
  schemas:
    ErrorReply:
      type: object
      properties:
        error: {type: object}
${schemas}`;
}

function operation(id: string, extra = ''): string {
  return `    get:
      operationId: ${id}
      summary: ${id}
      security: []
${extra}      responses:
        '204':
          description: Done.
        '500':
          $ref: '#/components/responses/Internal'
`;
}

// The OpenAPI side: model rules on small documents, and Redocly's findings on a scratch copy of spec/.
describe('generator: the OpenAPI document and the route table', () => {
  const docs: { remove(): void }[] = [];
  afterEach(() => {
    for (const d of docs.splice(0)) d.remove();
  });
  function model(yaml: string) {
    const file = documentFile(yaml);
    docs.push(file);
    return { model: buildHttpModel(file.doc, file.findings), findings: file.findings.list };
  }

  it('puts a literal path segment before a parameter in the route table', () => {
    const { model: http, findings } = model(
      openapi(
        `  /api/gadgets/{gadgetId}:\n${operation('getGadget', '      parameters:\n        - {name: gadgetId, in: path, required: true, schema: {type: string}}\n')}  /api/gadgets/mine:\n${operation('listMyGadgets')}`,
      ),
    );
    assert.deepEqual(findings, []);
    assert.deepEqual(
      http.operations.map((o) => o.path),
      ['/api/gadgets/mine', '/api/gadgets/{gadgetId}'],
    );
    const table = renderHttp(http);
    assert.ok(table.indexOf("path: '/api/gadgets/mine'") < table.indexOf("path: '/api/gadgets/{gadgetId}'"));
  });

  it('refuses a path parameter name the router cannot read', () => {
    const { findings } = model(
      openapi(
        `  /api/widgets/{widget-id}:\n${operation('getWidget', '      parameters:\n        - {name: widget-id, in: path, required: true, schema: {type: string}}\n')}`,
      ),
    );
    assert.ok(
      findings.some(
        (d) =>
          d.rule === 'switchboard-parameter-name' &&
          d.where === 'paths./api/widgets/{widget-id}.get.parameters',
      ),
      JSON.stringify(findings),
    );
  });

  it('refuses what Switchboard cannot serve, naming the place in the document', () => {
    const { findings } = model(
      openapi(`  /api/health:\n${operation('getHealth').replace(/ {8}'500':\n.*\n/, '')}`),
    );
    const d = findings.find((x) => x.rule === 'switchboard-internal-response');
    assert.ok(d, JSON.stringify(findings));
    assert.equal(d.where, 'paths./api/health.get.responses');
    assert.ok(d.line > 1);
  });

  it('reports two schemas wanting one type name at their place, without a stack trace', () => {
    const { findings } = model(
      openapi(
        `  /api/users/me:\n${operation('getMe', '      requestBody:\n        content:\n          application/json:\n            schema: {type: object, properties: {x: {type: string}}}\n')}`,
        '    GetMeBody:\n      type: object\n      properties:\n        y: {type: integer}\n',
      ),
    );
    const d = findings.find((x) => x.rule === 'switchboard-model');
    assert.ok(d, JSON.stringify(findings));
    assert.equal(d.where, 'paths./api/users/me.get');
    assert.match(d.message, /GetMeBody/);
    assert.ok(d.line > 1);
  });

  describe('with Redocly, on a copy of spec/', () => {
    let project: ReturnType<typeof scratchProject>;
    let cache: StepCache;
    before(async () => {
      cache = await StepCache.open(cacheDir);
    });
    beforeEach(() => {
      project = scratchProject();
    });
    afterEach(() => project.remove());

    it('fails on a broken OpenAPI document with file:line:column', async () => {
      edit(project.openapi, (s) =>
        s.replace('      operationId: getMe\n', '      operationId: getMe\n      requestBody: 12\n'),
      );
      const { diagnostics } = await loadOpenApi(project.openapi, project.redoclyConfig, cache);
      const printed = diagnostics.map((d) => formatDiagnostic(d, project.root));
      assert.ok(
        printed.some((line) => /^spec\/openapi\.yaml:\d+:\d+ error .*requestBody/.test(line)),
        printed.join('\n'),
      );
    });

    it('fails on invalid YAML with its line', async () => {
      edit(project.openapi, (s) => s.replace('  /api/health:\n', '  /api/health:\n   bad: [\n'));
      const { diagnostics, bundled } = await loadOpenApi(project.openapi, project.redoclyConfig, cache);
      assert.equal(bundled, undefined);
      const d = diagnostics.find((x) => x.rule === 'yaml-syntax');
      assert.ok(d, JSON.stringify(diagnostics));
      assert.ok(d.line > 1);
      assert.equal(path.basename(d.file), 'openapi.yaml');
    });
  });
});
