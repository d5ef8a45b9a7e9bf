// The live part of `make contract`: the conformance command against the server `make run` starts (its
// embedded defaults: SQLite in a fresh data directory, one process) and against the mock (`make mock`).
// Both must pass: the server because it is the implementation, the mock because client developers build
// against it before there is one. Reports go to test-output/conformance-{server,mock}.{xml,md}.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runConformance } from '../conformance/run.js';
import { readCommandLine } from '../lib/args.js';
import { startMock } from '../mock/mock-server.js';
import { stopChild } from './stop-child.js';

readCommandLine({
  usage: `Usage: node --import tsx scripts/contract/live.ts

The live contract gate (make contract-live): the conformance command against the server make run starts
(SQLite in a fresh data folder) and against the mock; both must pass. Reports in
test-output/conformance-{server,mock}.{xml,md}.

Options:
  -h, --help   this text`,
  options: {},
});

const OUTPUT = 'test-output';
const START_TIMEOUT_MS = 60_000;

/** A port nothing listens on right now (the server is a child process, so it cannot be told port 0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Starts src/main.ts as `make run` does and waits until /api/health answers. */
async function startServer(): Promise<{
  url: string;
  child: ChildProcess;
  log: () => string;
  dataDir: string;
}> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'switchboard-contract-'));
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child, log: () => output, dataDir };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not answer /api/health within ${START_TIMEOUT_MS} ms:\n${output}`);
}

async function check(name: 'server' | 'mock', baseUrl: string): Promise<boolean> {
  const report = await runConformance({
    baseUrl,
    junit: path.join(OUTPUT, `conformance-${name}.xml`),
    markdown: path.join(OUTPUT, `conformance-${name}.md`),
  });
  console.log(`\n## ${name === 'server' ? 'The server (`make run`)' : 'The mock (`make mock`)'}\n`);
  console.log(report.markdown);
  return report.passed;
}

async function main(): Promise<number> {
  mkdirSync(OUTPUT, { recursive: true });
  let passed = true;

  // The server's failures (it would not start, it died mid-run, the command threw) fail the run with its
  // log printed, and the mock is checked all the same.
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    server = await startServer();
    passed = await check('server', server.url);
  } catch (err) {
    console.error(`\ncontract-live: checking the server failed: ${(err as Error).stack ?? err}`);
    passed = false;
  } finally {
    if (server) {
      if (!(await stopChild(server.child))) {
        console.error(
          `\ncontract-live: the server exited during the run (code ${server.child.exitCode}, signal ${server.child.signalCode})`,
        );
        passed = false;
      }
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  }
  if (!passed && server) console.error(`\nthe server's log:\n${server.log()}`);

  const mock = await startMock({ port: 0, host: '127.0.0.1' });
  try {
    passed = (await check('mock', mock.url)) && passed;
  } finally {
    await mock.close();
  }
  console.log(passed ? '\ncontract-live: both conform' : '\ncontract-live: FAILED (see above)');
  return passed ? 0 : 1;
}

process.exitCode = await main();
