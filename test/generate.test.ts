import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { SpecError } from '../scripts/lib/diagnostics.js';
import { generate } from '../scripts/lib/generate.js';
import { layoutOf } from '../scripts/lib/layout.js';

const run = promisify(execFile);
const repo = path.resolve('.');

/** A copy of the project's spec, sources and config in a temp folder, sharing node_modules. */
function scratchCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'switchboard-gen-'));
  for (const entry of [
    'spec',
    'src',
    'generated',
    'templates',
    'scripts',
    'redocly.yaml',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(path.join(repo, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

const PING_OPERATION = `
  ping:
    action: receive
    channel:
      $ref: '#/channels/connection'
    summary: Measure a round trip
    tags:
      - name: connection
    messages:
      - $ref: '#/channels/connection/messages/ping'
    reply:
      channel:
        $ref: '#/channels/connection'
      messages:
        - $ref: '#/channels/connection/messages/pong'
        - $ref: '#/channels/connection/messages/errorReply'
      x-errors: {}
`;

const PING_MESSAGES = `
      ping:
        name: ping
        payload:
          $ref: '#/components/schemas/PingRequest'
      pong:
        name: ping
        payload:
          type: object
          additionalProperties: false
          required: [nonce]
          properties:
            nonce: {type: integer}
`;

const PING_SCHEMA = `
    PingRequest:
      type: object
      additionalProperties: false
      required: [nonce]
      properties:
        nonce:
          type: integer
          minimum: 0
`;

const HTTP_OPERATION = `
  /api/widgets/{widgetId}:
    get:
      operationId: getWidget
      summary: Read a widget
      security: []
      parameters:
        - name: widgetId
          in: path
          required: true
          schema: {type: integer, minimum: 1}
        - name: verbose
          in: query
          schema: {type: boolean}
      responses:
        '200':
          description: The widget.
          content:
            application/json:
              schema:
                type: object
                required: [id]
                properties:
                  id: {type: integer}
        '500':
          $ref: '#/components/responses/Internal'
`;

describe('make generate', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = scratchCopy();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the committed generated/ in step with spec/ (the drift check passes on this repo)', async () => {
    const result = await generate(layoutOf(repo), { check: true });
    assert.deepEqual([...result.changed, ...result.removed, ...result.stubs], []);
  });

  it('turns a new operation in the spec into its type, validator, dispatch entry and stub', async () => {
    // A new operation: its channel's messages, the operation and its schema in the feature file, and one
    // line in spec/asyncapi.yaml's table of operations.
    edit(path.join(dir, 'spec', 'asyncapi.yaml'), (s) =>
      s.replace(
        'operations:\n',
        'operations:\n  ping:\n    $ref: realtime/connection.yaml#/operations/ping\n',
      ),
    );
    edit(path.join(dir, 'spec', 'realtime', 'connection.yaml'), (s) =>
      s
        .replace('operations:\n', `operations:\n${PING_OPERATION.slice(1)}`)
        .replace('    messages:\n      echo:\n', `    messages:\n${PING_MESSAGES.slice(1)}      echo:\n`)
        .replace('  schemas:\n', `  schemas:\n${PING_SCHEMA.slice(1)}`),
    );
    edit(path.join(dir, 'spec', 'openapi.yaml'), (s) =>
      s.replace('paths:\n', `paths:\n${HTTP_OPERATION.slice(1)}`),
    );

    const result = await generate(layoutOf(dir), { check: false });
    assert.deepEqual(result.stubs.sort(), ['src/handlers/http/getWidget.ts', 'src/handlers/socket/ping.ts']);

    const types = readFileSync(path.join(dir, 'generated', 'types.ts'), 'utf8');
    assert.match(types, /export interface PingRequest \{\n\s+nonce: number;\n\}/);
    assert.match(types, /export interface PongPayload /, 'an inline payload is named after its message');
    assert.match(types, /export interface GetWidgetPath \{\n\s+widgetId: number;\n\}/);

    const validators = await import(
      pathToFileURL(path.join(dir, 'generated', 'validators', 'asyncapi.js')).href
    );
    assert.equal(validators.PingRequest({ nonce: 3 }), true);
    assert.equal(validators.PingRequest({ nonce: -1 }), false);
    assert.equal(validators.PingRequest.errors[0].instancePath, '/nonce');
    const params = await import(
      pathToFileURL(path.join(dir, 'generated', 'validators', 'openapi-params.js')).href
    );
    const query = { verbose: 'true' };
    assert.equal(params.GetWidgetQuery(query), true);
    assert.deepEqual(query, { verbose: true }, 'query parameters are coerced from strings');

    assert.match(
      readFileSync(path.join(dir, 'generated', 'socketio.ts'), 'utf8'),
      /\['ping', \{ operationId: 'ping'/,
    );
    assert.match(
      readFileSync(path.join(dir, 'generated', 'http.ts'), 'utf8'),
      /routerPath: '\/api\/widgets\/:widgetId'/,
    );
    assert.match(
      readFileSync(path.join(dir, 'src', 'handlers', 'socket', 'ping.ts'), 'utf8'),
      /throw notImplemented\('ping'\)/,
    );

    // The stubs and generated code type-check against the rest of the project as they are.
    await run(process.execPath, [
      path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc'),
      '--noEmit',
      '-p',
      dir,
    ]);
  });

  it('never overwrites a handler that exists', async () => {
    const handler = path.join(dir, 'src', 'handlers', 'socket', 'echo.ts');
    const before = readFileSync(handler, 'utf8');
    await generate(layoutOf(dir), { check: false });
    assert.equal(readFileSync(handler, 'utf8'), before);
  });

  it('is deterministic: a second run changes nothing', async () => {
    await generate(layoutOf(dir), { check: false });
    const again = await generate(layoutOf(dir), { check: false });
    assert.deepEqual(again.changed, []);
  });

  it('reports a stale generated/ in check mode, and the CLI exits non-zero', async () => {
    edit(path.join(dir, 'spec', 'realtime', 'connection.yaml'), (s) =>
      s.replace('maxLength: 4096', 'maxLength: 2048'),
    );
    const result = await generate(layoutOf(dir), { check: true });
    assert.ok(result.changed.includes('generated/validators/asyncapi.js'));
    await assert.rejects(
      run(process.execPath, ['--import', 'tsx', path.join(dir, 'scripts', 'generate.ts'), '--check'], {
        cwd: dir,
      }),
      (err: { code: number; stderr: string }) => {
        assert.equal(err.code, 1);
        assert.match(err.stderr, /generated code is stale/);
        return true;
      },
    );
  });

  it('fails on a broken AsyncAPI document with the parser’s file, line and path', async () => {
    edit(path.join(dir, 'spec', 'realtime', 'connection.yaml'), (s) =>
      s.replace('  echo:\n    action: receive', '  echo:\n    action: recieve'),
    );
    await assert.rejects(generate(layoutOf(dir), { check: false }), (err: unknown) => {
      assert.ok(err instanceof SpecError);
      const d = err.diagnostics.find((x) => x.severity === 'error');
      assert.ok(d);
      assert.equal(path.basename(d.file), 'connection.yaml');
      assert.ok(d.line > 1);
      assert.match(d.where, /^operations\.echo/);
      return true;
    });
  });

  it('refuses a request without its error codes, an unknown code, and a server event without its audience', async () => {
    edit(path.join(dir, 'spec', 'realtime', 'connection.yaml'), (s) =>
      s
        .replace(/( {6}x-errors: \{\})/, '      x-errors:\n        NO_SUCH_CODE: never')
        .replace(
          /\n {4}x-audience:\n {6}to: connection\n {6}description: The connection whose handshake was accepted, once\.\n/,
          '\n',
        ),
    );
    await assert.rejects(generate(layoutOf(dir), { check: false }), (err: unknown) => {
      assert.ok(err instanceof SpecError);
      const messages = err.diagnostics.map((d) => `${d.rule} ${d.where}: ${d.message}`);
      assert.ok(
        messages.some((m) =>
          /switchboard-error-codes operations\.echo\.reply\.x-errors\.NO_SUCH_CODE: NO_SUCH_CODE is not an ErrorCode/.test(
            m,
          ),
        ),
        messages.join('\n'),
      );
      assert.ok(
        messages.some((m) => /switchboard-audience operations\.sendWelcome\.x-audience/.test(m)),
        messages.join('\n'),
      );
      // Located where it is written: the feature file, not the root's table of contents.
      const unknown = err.diagnostics.find((d) => d.message.includes('NO_SUCH_CODE'));
      assert.equal(path.basename(unknown?.file ?? ''), 'connection.yaml');
      assert.ok((unknown?.line ?? 0) > 1);
      return true;
    });
  });

  it('fails on a broken OpenAPI document, and the CLI prints file:line:column and exits non-zero', async () => {
    edit(path.join(dir, 'spec', 'openapi.yaml'), (s) =>
      s.replace('      operationId: getMe\n', '      operationId: getMe\n      requestBody: 12\n'),
    );
    await assert.rejects(
      run(process.execPath, ['--import', 'tsx', path.join(dir, 'scripts', 'generate.ts')], { cwd: dir }),
      (err: { code: number; stderr: string }) => {
        assert.equal(err.code, 1);
        assert.match(err.stderr, /spec\/openapi\.yaml:\d+:\d+ error .*requestBody/);
        return true;
      },
    );
  });

  it('fails on invalid YAML with its line', async () => {
    edit(path.join(dir, 'spec', 'openapi.yaml'), (s) =>
      s.replace('  /api/health:\n', '  /api/health:\n   bad: [\n'),
    );
    await assert.rejects(generate(layoutOf(dir), { check: false }), (err: unknown) => {
      assert.ok(err instanceof SpecError);
      assert.ok(err.diagnostics.some((d) => d.rule === 'yaml-syntax' && d.line > 1));
      return true;
    });
  });

  it('refuses what Switchboard cannot serve, naming the place in the spec', async () => {
    edit(path.join(dir, 'spec', 'openapi.yaml'), (s) =>
      s.replace(
        /(operationId: getHealth[\s\S]*?)\n {8}'500':\n {10}\$ref: '#\/components\/responses\/Internal'/,
        '$1',
      ),
    );
    await assert.rejects(generate(layoutOf(dir), { check: false }), (err: unknown) => {
      assert.ok(err instanceof SpecError);
      const d = err.diagnostics.find((x) => x.rule === 'switchboard-internal-response');
      assert.ok(d, JSON.stringify(err.diagnostics));
      assert.equal(d.where, 'paths./api/health.get.responses');
      assert.ok(d.line > 1);
      return true;
    });
  });

  it('puts a literal path segment before a parameter in the route table', async () => {
    const op = (id: string) => `
    get:
      operationId: ${id}
      summary: ${id}
      security: []
      responses:
        '204':
          description: Done.
        '500':
          $ref: '#/components/responses/Internal'
`;
    edit(path.join(dir, 'spec', 'openapi.yaml'), (s) =>
      s.replace(
        'paths:\n',
        `paths:\n  /api/gadgets/{gadgetId}:${op('getGadget').replace('      security: []', '      security: []\n      parameters:\n        - {name: gadgetId, in: path, required: true, schema: {type: string}}')}  /api/gadgets/mine:${op('listMyGadgets')}`,
      ),
    );
    await generate(layoutOf(dir), { check: false });
    const table = readFileSync(path.join(dir, 'generated', 'http.ts'), 'utf8');
    assert.ok(table.indexOf("path: '/api/gadgets/mine'") < table.indexOf("path: '/api/gadgets/{gadgetId}'"));
  });

  it('refuses a path parameter name the router cannot read', async () => {
    edit(path.join(dir, 'spec', 'openapi.yaml'), (s) =>
      s.replace(
        'paths:\n',
        `paths:\n${HTTP_OPERATION.slice(1).replace('/api/widgets/{widgetId}', '/api/widgets/{widget-id}').replace('name: widgetId', 'name: widget-id')}`,
      ),
    );
    await assert.rejects(generate(layoutOf(dir), { check: false }), (err: unknown) => {
      assert.ok(err instanceof SpecError);
      assert.ok(
        err.diagnostics.some(
          (d) =>
            d.rule === 'switchboard-parameter-name' &&
            d.where === 'paths./api/widgets/{widget-id}.get.parameters',
        ),
      );
      return true;
    });
  });

  it('reports two schemas wanting one type name at their place, without a stack trace', async () => {
    edit(path.join(dir, 'spec', 'openapi.yaml'), (s) =>
      s
        .replace(
          '      operationId: getMe\n',
          '      operationId: getMe\n      requestBody:\n        content:\n          application/json:\n            schema: {type: object, properties: {x: {type: string}}}\n',
        )
        .replace(
          '  schemas:\n',
          '  schemas:\n    GetMeBody:\n      type: object\n      properties:\n        y: {type: integer}\n',
        ),
    );
    await assert.rejects(generate(layoutOf(dir), { check: false }), (err: unknown) => {
      assert.ok(err instanceof SpecError, String(err));
      const d = err.diagnostics.find((x) => x.rule === 'switchboard-model');
      assert.ok(d, JSON.stringify(err.diagnostics));
      assert.equal(d.where, 'paths./api/users/me.get');
      assert.match(d.message, /GetMeBody/);
      return true;
    });
  });

  it('writes names and summaries with quotes or comment ends as valid code', async () => {
    const odd = `
  sendOdd:
    action: send
    channel:
      $ref: '#/channels/connection'
    summary: 'Odd, */ and a "quote" that''s odd'
    tags:
      - name: connection
    x-audience:
      to: connection
    messages:
      - $ref: '#/channels/connection/messages/odd'
`;
    edit(path.join(dir, 'spec', 'asyncapi.yaml'), (s) =>
      s.replace(
        'operations:\n',
        'operations:\n  sendOdd:\n    $ref: realtime/connection.yaml#/operations/sendOdd\n',
      ),
    );
    edit(path.join(dir, 'spec', 'realtime', 'connection.yaml'), (s) =>
      s
        .replace('operations:\n', `operations:\n${odd.slice(1)}`)
        .replace(
          '    messages:\n      echo:\n',
          `    messages:\n      odd:\n        name: "it's a \\"quoted\\" event"\n        payload: {type: object}\n      echo:\n`,
        ),
    );
    await generate(layoutOf(dir), { check: false });
    const socketio = readFileSync(path.join(dir, 'generated', 'socketio.ts'), 'utf8');
    assert.ok(socketio.includes(`'it\\'s a "quoted" event': (payload: T.OddPayload) => void;`), socketio);
    assert.ok(socketio.includes('Odd, *\\/ and a "quote"'), 'the comment end is escaped');
    await run(process.execPath, [
      path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc'),
      '--noEmit',
      '-p',
      dir,
    ]);
  });

  it('generates the same bytes in every locale', async () => {
    // Danish sorts "Aa" after "Z": output ordered by localeCompare would differ between machines.
    edit(path.join(dir, 'spec', 'realtime', 'connection.yaml'), (s) =>
      s.replace('  schemas:\n', '  schemas:\n    Aardvark: {type: string}\n    Zebra: {type: string}\n'),
    );
    await generate(layoutOf(dir), { check: false });
    const env = { ...process.env, LC_ALL: 'da_DK.UTF-8', LANG: 'da_DK.UTF-8' };
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(dir, 'scripts', 'generate.ts'), '--check'],
      { cwd: dir, env },
    );
    assert.match(stdout, /generated\/ matches spec\//);
  });
});
