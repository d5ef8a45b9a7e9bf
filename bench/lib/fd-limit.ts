import { execFileSync } from 'node:child_process';

// Each connection is a file descriptor in the server and another in the load generator: with the usual
// soft limit of 1,024 the connections workload would stop there, far below what the server holds. A
// process may raise its soft limit up to its hard limit without privileges, but Node has no setrlimit,
// so the servers and load generators are started through a shell that raises it first. Where the shell
// cannot (an `unlimited` hard limit it refuses to set, say), they start with the limit as it is.
const RAISE = 'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$@"';

/** `command` started with its soft open-file limit raised to the hard limit, where a POSIX shell is. */
export function withRaisedFdLimit(command: readonly string[]): string[] {
  return process.platform === 'win32' ? [...command] : ['/bin/sh', '-c', RAISE, 'sh', ...command];
}

export interface FdLimit {
  /** The open-file limit the servers and load generators get (after raising). */
  soft: number | 'unlimited';
  hard: number | 'unlimited';
  /** The limit the benchmark itself was started with, before raising. */
  before: number | 'unlimited';
}

const parse = (text: string) => (text.trim() === 'unlimited' ? 'unlimited' : Number(text.trim()));

/** The open-file limits as the benchmark's child processes get them, for the report. */
export function fdLimit(): FdLimit | undefined {
  if (process.platform === 'win32') return undefined;
  try {
    const [before = '', soft = '', hard = ''] = execFileSync(
      '/bin/sh',
      ['-c', 'ulimit -n; ulimit -n "$(ulimit -Hn)" 2>/dev/null; ulimit -n; ulimit -Hn'],
      { encoding: 'utf8' },
    ).split('\n');
    return { before: parse(before), soft: parse(soft), hard: parse(hard) };
  } catch {
    return undefined;
  }
}
