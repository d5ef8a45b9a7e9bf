import assert from 'node:assert/strict';
import { blankNonCode, exportedNames } from '../../scripts/lib/exported-names.js';

const names = (source: string) => exportedNames(source).map((e) => e.name);

describe('generator: the names a module exports', () => {
  const forms: [string, string, string[]][] = [
    ['a const', 'export const joinRoom = async () => ({});', ['joinRoom']],
    ['a let and a var', 'export let a = 1;\nexport var b = 2;', ['a', 'b']],
    ['a function', 'export function joinRoom() {}', ['joinRoom']],
    ['an async function', 'export async function joinRoom() {}', ['joinRoom']],
    ['a generator', 'export function* joinRoom() {}', ['joinRoom']],
    ['a class', 'export class JoinRoom {}', ['JoinRoom']],
    ['an abstract class', 'export abstract class JoinRoom {}', ['JoinRoom']],
    ['an enum and a namespace', 'export enum E { A }\nexport namespace N {}', ['E', 'N']],
    ['a declaration', 'export declare const joinRoom: () => void;', ['joinRoom']],
    ['a list', 'const a = 1, b = 2;\nexport { a, b };', ['a', 'b']],
    ['a renamed binding', 'const impl = () => {};\nexport { impl as joinRoom };', ['joinRoom']],
    ['a multi-line list', 'export {\n  impl as joinRoom,\n  other,\n};', ['joinRoom', 'other']],
    ['a re-export', "export { joinRoom } from './impl.js';", ['joinRoom']],
    ['a namespace re-export', "export * as joinRoom from './impl.js';", ['joinRoom']],
    ['a named default function', 'export default function joinRoom() {}', ['default', 'joinRoom']],
    ['an anonymous default', 'export default async (payload: unknown) => payload;', ['default']],
    ['a default binding', 'const joinRoom = () => {};\nexport default joinRoom;', ['default']],
    ['a binding exported as default', 'const impl = () => {};\nexport { impl as default };', ['default']],
    ['export =', 'export = handler;', ['default']],
  ];
  for (const [what, source, expected] of forms)
    it(`reads ${what}`, () => assert.deepEqual(names(source), expected));

  it('reads no value from type-only exports, and none from `export *`', () => {
    assert.deepEqual(
      names(
        "export type { A } from './a.js';\nexport { type B } from './b.js';\nexport interface C {}\nexport type D = 1;\nexport * from './e.js';",
      ),
      [],
    );
  });

  it('takes no export written in a comment, a string, a template or a regular expression for code', () => {
    const source = [
      '// export const joinRoom = 1;',
      '/* export { joinRoom }',
      '   export default joinRoom */',
      "const a = 'export const joinRoom = 1';",
      'const b = "export { joinRoom }";',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source under test holds a template literal
      'const c = `export default ${`export const joinRoom`} x`;',
      'const d = /export const joinRoom [\'"`]/;',
      'const e = 4 / 2 / 1; export const real = e;',
      'const f = x.export;',
    ].join('\n');
    assert.deepEqual(names(source), ['real']);
  });

  it('keeps offsets and lines: a name is found where its export starts', () => {
    const source = '/* one\n two */\nconst s = "x";\nexport { s as joinRoom };';
    const blanked = blankNonCode(source);
    assert.equal(blanked.length, source.length);
    assert.equal(blanked.split('\n').length, source.split('\n').length);
    const [found] = exportedNames(source);
    assert.equal(source.slice(found?.index).startsWith('export { s as joinRoom }'), true);
  });
});
