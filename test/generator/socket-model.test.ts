import assert from 'node:assert/strict';
import path from 'node:path';
import { Findings, SpecError } from '../../scripts/lib/diagnostics.js';
import { loadAsyncApi } from '../../scripts/lib/load-specs.js';
import { buildSocketModel } from '../../scripts/lib/socket-model.js';
import { StepCache } from '../../scripts/lib/step-cache.js';
import { renderSocketIo } from '../../templates/typescript/socketio.js';
import { addMessages, addOperation, listOperation, ODD_MESSAGE, ODD_OPERATION } from './fragments.js';
import { cacheDir, edit, scratchProject } from './scratch.js';

// The AsyncAPI side of the generator, from a scratch copy of spec/ to the model and its diagnostics,
// in this process: no generated files are written.
describe('generator: the AsyncAPI document and the Socket.IO model', () => {
  let project: ReturnType<typeof scratchProject>;
  let cache: StepCache;
  before(async () => {
    cache = await StepCache.open(cacheDir);
  });
  beforeEach(() => {
    project = scratchProject();
  });
  afterEach(() => project.remove());

  const connection = () => path.join(project.specDir, 'realtime', 'connection.yaml');

  async function refusal(): Promise<SpecError> {
    const err = await loadAsyncApi(project.asyncapi, cache).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err instanceof SpecError, `expected a SpecError, got ${String(err)}`);
    return err;
  }

  it('fails on a broken AsyncAPI document with the file, line and path, and suggests the fix', async () => {
    edit(connection(), (s) => s.replace('  echo:\n    action: receive', '  echo:\n    action: recieve'));
    const d = (await refusal()).diagnostics.find((x) => x.severity === 'error');
    assert.ok(d);
    assert.equal(path.basename(d.file), 'connection.yaml', 'located in the feature file, not the root');
    assert.ok(d.line > 1);
    assert.match(d.where, /^operations\.echo/);
    assert.match(d.message, /Did you mean receive\?/);
  });

  it('fails on invalid YAML in a feature file with its line, and nothing that follows from it', async () => {
    edit(connection(), (s) =>
      s.replace('  echo:\n    action: receive\n', '  echo:\n    action: receive\n    bad: [\n'),
    );
    const { diagnostics } = await refusal();
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [d] = diagnostics;
    assert.equal(d?.rule, 'yaml-syntax');
    assert.equal(path.basename(d?.file ?? ''), 'connection.yaml');
    assert.ok((d?.line ?? 0) > 1);
  });

  it('reports a property AsyncAPI does not know, at its place', async () => {
    edit(connection(), (s) =>
      s.replace('  echo:\n    action: receive', '  echo:\n    acton: receive\n    action: receive'),
    );
    const d = (await refusal()).diagnostics.find((x) => x.where === 'operations.echo.acton');
    assert.ok(d, 'the unknown property is named');
    assert.equal(d.rule, 'asyncapi-schema');
    assert.equal(path.basename(d.file), 'connection.yaml');
  });

  it('locates a problem in a schema shared through spec/common/ in that file', async () => {
    edit(path.join(project.specDir, 'common', 'rooms.yaml'), (s) =>
      s.replace('RoomKind:\n  type: string\n', 'RoomKind:\n  type: strng\n'),
    );
    const d = (await refusal()).diagnostics.find((x) => x.where === 'components.schemas.RoomKind.type');
    assert.ok(d);
    assert.equal(path.relative(project.specDir, d.file), path.join('common', 'rooms.yaml'));
    assert.ok(d.line > 1);
    assert.match(d.message, /Did you mean string\?/);
  });

  it("refuses an operation whose message is not its channel's (an AsyncAPI 3 rule the schema cannot say)", async () => {
    edit(connection(), (s) =>
      s.replace(
        '      - $ref: "#/channels/connection/messages/echo"\n',
        '      - $ref: "#/channels/connection/messages/echo"\n      - $ref: "#/channels/presence/messages/setActivity"\n',
      ),
    );
    const rules = (await refusal()).diagnostics.map((d) => `${d.rule} ${d.where}`);
    assert.ok(
      rules.some((r) =>
        /^asyncapi3-operation-messages-from-referred-channel operations\.echo\.messages\.1$/.test(r),
      ),
      rules.join('\n'),
    );
  });

  it('refuses a request without its error codes, an unknown code, and a server event without its audience', async () => {
    edit(connection(), (s) =>
      s
        .replace(/( {6}x-errors: \{\})/, '      x-errors:\n        NO_SUCH_CODE: never')
        .replace(
          /\n {4}x-audience:\n {6}to: connection\n {6}description: The connection whose handshake was accepted, once\.\n/,
          '\n',
        ),
    );
    const { doc, locate } = await loadAsyncApi(project.asyncapi, cache);
    const findings = new Findings(project.asyncapi, locate);
    buildSocketModel(doc, findings);
    const messages = findings.list.map((d) => `${d.rule} ${d.where}: ${d.message}`);
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
    const unknown = findings.list.find((d) => d.message.includes('NO_SUCH_CODE'));
    assert.equal(path.basename(unknown?.file ?? ''), 'connection.yaml');
    assert.ok((unknown?.line ?? 0) > 1);
  });

  it('refuses an x-read-only that is not a boolean, or on a server event', async () => {
    edit(connection(), (s) =>
      s
        .replace(
          /\n {2}echo:\n {4}action: receive\n/,
          '\n  echo:\n    action: receive\n    x-read-only: yes please\n',
        )
        .replace(
          /\n {2}sendWelcome:\n {4}action: send\n/,
          '\n  sendWelcome:\n    action: send\n    x-read-only: true\n',
        ),
    );
    const { doc, locate } = await loadAsyncApi(project.asyncapi, cache);
    const findings = new Findings(project.asyncapi, locate);
    buildSocketModel(doc, findings);
    const where = findings.list.filter((d) => d.rule === 'switchboard-read-only').map((d) => d.where);
    assert.deepEqual(where.sort(), ['operations.echo.x-read-only', 'operations.sendWelcome.x-read-only']);
  });

  it('writes names and summaries with quotes or comment ends as valid code', async () => {
    edit(project.asyncapi, (s) => listOperation(s, 'sendOdd', 'connection'));
    edit(connection(), (s) => addMessages(addOperation(s, ODD_OPERATION), ODD_MESSAGE));
    const { doc, locate } = await loadAsyncApi(project.asyncapi, cache);
    const findings = new Findings(project.asyncapi, locate);
    const model = buildSocketModel(doc, findings);
    assert.deepEqual(findings.list, []);
    const socketio = renderSocketIo(model);
    assert.ok(socketio.includes(`'it\\'s a "quoted" event': (payload: T.OddPayload) => void;`), socketio);
    assert.ok(socketio.includes('Odd, *\\/ and a "quote"'), 'the comment end is escaped');
  });
});
