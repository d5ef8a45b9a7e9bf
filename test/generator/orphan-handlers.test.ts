import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { layoutOf } from '../../scripts/lib/layout.js';
import { orphanHandlers } from '../../scripts/lib/orphan-handlers.js';

describe('generator: handlers whose operation left the spec', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'switchboard-orphans-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const handler = (folder: string, name: string, text: string) => {
    mkdirSync(path.join(root, 'src', 'handlers', folder), { recursive: true });
    writeFileSync(path.join(root, 'src', 'handlers', folder, `${name}.ts`), text);
  };
  const orphans = async (expected: string[] = []) =>
    (await orphanHandlers(layoutOf(root), new Set(expected))).map(
      (d) => `${path.relative(root, d.file)}:${d.line}:${d.column}`,
    );

  it('reports a handler however it is exported, at its export', async () => {
    handler('socket', 'asConst', 'export const asConst = () => ({});');
    handler('socket', 'asAsync', '// a handler\nexport async function asAsync() {}');
    handler('socket', 'asClass', 'export class asClass {}');
    handler('socket', 'asList', 'const asList = () => {};\n\nexport { asList };');
    handler('http', 'renamed', 'const impl = () => {};\n  export { impl as renamed };');
    handler('http', 'asDefault', 'export default async () => ({});');
    handler('rawws', 'reExported', "export { impl as reExported } from '../impl.js';");
    assert.deepEqual(await orphans(), [
      'src/handlers/http/asDefault.ts:1:1',
      'src/handlers/http/renamed.ts:2:3',
      'src/handlers/socket/asAsync.ts:2:1',
      'src/handlers/socket/asClass.ts:1:1',
      'src/handlers/socket/asConst.ts:1:1',
      'src/handlers/socket/asList.ts:3:1',
      'src/handlers/rawws/reExported.ts:1:1',
    ]);
  });

  it('leaves alone the handlers the spec asks for, and helper modules that export other names', async () => {
    handler('socket', 'joinRoom', 'export const joinRoom = () => ({});');
    handler(
      'rawws',
      'channels',
      'export function dbRepo() {}\nexport { helper as other };\n// export const channels',
    );
    handler('http', 'notes', "const text = 'export const notes = 1';\nexport type notes = string;");
    assert.deepEqual(await orphans(['src/handlers/socket/joinRoom.ts']), []);
  });

  it('names the operation and the document in its warning', async () => {
    handler('http', 'gone', 'export { impl as gone };');
    handler('rawws', 'rawGone', 'export { impl as rawGone };');
    const [http, raw] = await orphanHandlers(layoutOf(root), new Set());
    assert.match(http?.message ?? '', /^gone handles an operation that is no longer in spec\/openapi\.yaml/);
    assert.match(
      raw?.message ?? '',
      /^rawGone handles an operation that is no longer in spec\/asyncapi\.yaml/,
    );
    assert.equal(http?.rule, 'switchboard-orphan-handler');
  });
});
