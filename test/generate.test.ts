import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { generate } from '../scripts/lib/generate.js';
import { layoutOf } from '../scripts/lib/layout.js';
import {
  addMessages,
  addOperation,
  listOperation,
  ODD_MESSAGE,
  ODD_OPERATION,
  PING_MESSAGES,
  PING_OPERATION,
  PING_SCHEMA,
  WIDGET_OPERATION,
} from './generator/fragments.js';
import { cacheDir, edit, repo, scratchProject } from './generator/scratch.js';

const run = promisify(execFile);

// The generator's rules are unit-tested in test/generator/; this file checks what needs the whole
// project: the committed generated/ matches spec/, and generated code type-checks with src/.
describe('make generate', function () {
  this.timeout(60_000);

  it('keeps the committed generated/ in step with spec/ (the drift check passes on this repo)', async () => {
    const result = await generate(layoutOf(repo), { check: true, cacheDir });
    assert.deepEqual([...result.changed, ...result.removed, ...result.stubs, ...result.orphans], []);
  });

  it('turns new operations into types, validators, dispatch entries and stubs that type-check with src/, the same in every locale', async () => {
    const project = scratchProject(['src', 'clients', 'tsconfig.json', 'package.json']);
    try {
      const connection = path.join(project.specDir, 'realtime', 'connection.yaml');
      // A new operation: its channel's messages, the operation and its schema in the feature file, and
      // one line in spec/asyncapi.yaml's table of operations. Also an event whose name and summary need
      // escaping, and two schemas whose order differs between locales ("Aa" sorts after "Z" in Danish).
      edit(project.asyncapi, (s) =>
        listOperation(listOperation(s, 'ping', 'connection'), 'sendOdd', 'connection'),
      );
      edit(connection, (s) =>
        addMessages(
          addOperation(addOperation(s, PING_OPERATION), ODD_OPERATION),
          PING_MESSAGES,
          ODD_MESSAGE,
        ).replace(
          '  schemas:\n',
          `  schemas:\n${PING_SCHEMA}    Aardvark: {type: string}\n    Zebra: {type: string}\n`,
        ),
      );
      edit(project.openapi, (s) => s.replace('paths:\n', `paths:\n${WIDGET_OPERATION}`));

      const result = await generate(project, { check: false, cacheDir });
      assert.deepEqual(result.stubs.sort(), [
        'src/handlers/http/getWidget.ts',
        'src/handlers/socket/ping.ts',
      ]);

      const read = (rel: string) => readFileSync(path.join(project.root, rel), 'utf8');
      const types = read('generated/types.ts');
      assert.match(types, /export interface PingRequest \{\n\s+nonce: number;\n\}/);
      assert.match(types, /export interface PongPayload /, 'an inline payload is named after its message');
      assert.match(types, /export interface GetWidgetPath \{\n\s+widgetId: number;\n\}/);

      const validators = await import(
        pathToFileURL(path.join(project.generatedDir, 'validators', 'asyncapi.js')).href
      );
      assert.equal(validators.PingRequest({ nonce: 3 }), true);
      assert.equal(validators.PingRequest({ nonce: -1 }), false);
      assert.equal(validators.PingRequest.errors[0].instancePath, '/nonce');
      const params = await import(
        pathToFileURL(path.join(project.generatedDir, 'validators', 'openapi-params.js')).href
      );
      const query = { verbose: 'true' };
      assert.equal(params.GetWidgetQuery(query), true);
      assert.deepEqual(query, { verbose: true }, 'query parameters are coerced from strings');

      assert.match(read('generated/socketio.ts'), /\['ping', \{ operationId: 'ping'/);
      assert.match(read('generated/http.ts'), /routerPath: '\/api\/widgets\/:widgetId'/);
      assert.match(read('src/handlers/socket/ping.ts'), /throw notImplemented\('ping'\)/);
      // The client package's tables gain them too, and its types stay free of the server's imports.
      const client = (rel: string) => read(path.join('clients/js/src/generated', rel));
      assert.match(client('socket.ts'), /\n {2}ping: \{ payload: T\.PingRequest; reply: T\.\w+; errors: /);
      assert.match(
        client('http.ts'),
        /getWidget: \{ method: 'get', path: '\/api\/widgets\/\{widgetId\}', auth: /,
      );
      assert.match(
        client('raw.ts'),
        /\n {2}auth: \{ operationId: 'rawAuth'; data: T\.EnvelopeAuth\['data'\]; .*; answerType: 'token'; /,
      );
      assert.match(client('types.ts'), /export interface PingRequest \{/);
      assert.doesNotMatch(client('types.ts'), /^import /m);

      // The drift check in a Danish locale finds what this process wrote: output order never follows
      // the locale. (A process of its own: the locale is read when a process starts.)
      const env = { ...process.env, LC_ALL: 'da_DK.UTF-8', LANG: 'da_DK.UTF-8' };
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', path.join(repo, 'scripts', 'generate.ts'), '--check', `--root=${project.root}`],
        { cwd: repo, env },
      );
      assert.match(stdout, /generated\/ matches spec\//);

      // The stubs and generated code type-check against the rest of the server as they are.
      writeFileSync(
        path.join(project.root, 'tsconfig.json'),
        JSON.stringify({
          extends: path.join(repo, 'tsconfig.json'),
          include: ['src', 'generated', 'clients/js/src'],
        }),
      );
      await run(process.execPath, [
        path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        project.root,
      ]);
    } finally {
      project.remove();
    }
  });
});
