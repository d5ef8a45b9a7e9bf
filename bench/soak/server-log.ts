import type { Readable } from 'node:stream';

/** What the server logged (pino's JSON lines on its stdout) that the soak reports. */
export interface ServerLog {
  /** Lines at error level or above (pino's 50+): message and error, the first few. */
  errors: string[];
  errorCount: number;
  /** Lines by message, of every level the server was started with. */
  byMessage: Map<string, number>;
}

const KEEP = 10;

/** Reads the server's log lines from its stdout for as long as it runs. */
export function watchServerLog(stdout: Readable): ServerLog {
  const log: ServerLog = { errors: [], errorCount: 0, byMessage: new Map() };
  let partial = '';
  stdout.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const text of lines) {
      if (!text.startsWith('{')) continue;
      const line = JSON.parse(text) as { level: number; msg: string; err?: { message?: string } };
      log.byMessage.set(line.msg, (log.byMessage.get(line.msg) ?? 0) + 1);
      if (line.level < 50) continue;
      log.errorCount += 1;
      if (log.errors.length < KEEP) log.errors.push(`${line.msg} ${line.err?.message ?? ''}`.trim());
    }
  });
  return log;
}
