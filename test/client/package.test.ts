import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startTestServer, type TestServer } from '../helpers/server.js';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLIENT_DIR = path.join(ROOT, 'clients', 'js');
const TSC = path.join(ROOT, 'node_modules', '.bin', 'tsc');

/** A client developer's program, type-checked and compiled in a project that has only the tarball. */
const PROGRAM = `import { connect, createHttpClient, isRequestError, type ChatMessage } from '@switchboard/client';

export async function chat(url: string, username: string): Promise<string[]> {
  const http = createHttpClient({ url });
  await http.call('registerUser', { body: { username, password: 'correct horse battery staple' } });
  const client = await connect({ url, http, transports: ['websocket'] });
  const seen: ChatMessage[] = [];
  client.on('message', (m) => seen.push(m));
  const room = 'fresh-' + username;
  await client.request('create-room', { room, kind: 'public' });
  await client.request('send-message', { room, body: { text: 'from a fresh project' } });
  const page = await client.request('room-history', { room });
  let refused = '';
  try {
    await client.request('leave-room', { room: 'no-such-room-' + username });
  } catch (err) {
    if (isRequestError(err, 'leave-room')) refused = err.code;
  }
  client.close();
  return [...page.messages.map((m) => String(m.body?.text)), refused];
}

export async function wrongCall(url: string): Promise<void> {
  const client = await connect({ url });
  // @ts-expect-error echo's data is a string
  await client.request('echo', { data: 42 });
}
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'es2022',
    lib: ['es2022'],
    module: 'nodenext',
    moduleResolution: 'nodenext',
    // Neither Node's nor the DOM's types: the package's declarations must stand alone.
    types: [],
    strict: true,
    skipLibCheck: false,
    outDir: 'out',
  },
  include: ['main.ts'],
};

describe('client package: npm pack into a fresh project', function () {
  // npm pack builds the package (tsc); then the fresh project is type-checked and compiled.
  this.timeout(60_000);
  let server: TestServer;
  let work: string;

  before(async () => {
    server = await startTestServer();
    work = await mkdtemp(path.join(tmpdir(), 'switchboard-client-pack-'));
  });
  after(async () => {
    await server.close();
    await rm(work, { recursive: true, force: true });
  });

  it('installs from the tarball alone, type-checks a program with tsc and chats with a running server', async () => {
    await run('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: CLIENT_DIR });
    const tarball = (await readdir(work)).find((f) => f.endsWith('.tgz'));
    assert.ok(tarball, 'npm pack wrote no tarball');

    // The project lives outside the repository, so no file of ours is found by walking up. The tarball
    // is unpacked where `npm install <tarball>` would put it; its one dependency, socket.io-client, is
    // linked from this repository's node_modules, so no network is needed (`npm install --offline`
    // would still ask the registry's metadata for it).
    const project = path.join(work, 'project');
    const installed = path.join(project, 'node_modules', '@switchboard', 'client');
    await mkdir(installed, { recursive: true });
    await run('tar', ['-xzf', path.join(work, tarball), '-C', installed, '--strip-components=1']);
    await symlink(
      path.join(ROOT, 'node_modules', 'socket.io-client'),
      path.join(project, 'node_modules', 'socket.io-client'),
    );
    await writeFile(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'fresh', private: true, type: 'module' }),
    );
    await writeFile(path.join(project, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    await writeFile(path.join(project, 'main.ts'), PROGRAM);

    const packaged = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8'));
    assert.deepEqual(Object.keys(packaged.dependencies), ['socket.io-client']);

    await run(TSC, ['-p', project], { cwd: project }).catch((err: { stdout?: string }) => {
      assert.fail(`tsc failed in the fresh project:\n${err.stdout}`);
    });

    const runner = `import { chat } from './out/main.js';\nconsole.log(JSON.stringify(await chat(process.argv[2], process.argv[3])));\n`;
    await writeFile(path.join(project, 'run.mjs'), runner);
    const { stdout } = await run('node', ['run.mjs', server.url, `fresh${Date.now() % 100000}`], {
      cwd: project,
    });
    assert.deepEqual(JSON.parse(stdout), ['from a fresh project', 'NOT_FOUND']);
  });
});
