// Preloaded (--import) into every server the benchmark starts, Switchboard and baselines alike, so
// each is measured the same way and nothing of this is in Switchboard's code. It answers the
// benchmark's IPC questions:
// - `memory`: heap and RSS after a full collection (when --expose-gc is on);
// - `cpu`: CPU time so far, without a collection, so it can be asked around a measurement;
// - `heap`: a heap snapshot after a full collection, written to the file named (what is held, by whom);
// - `profile` start / stop: a CPU profile of just a workload's window (not start-up or set-up),
//   written as a .cpuprofile file that Chrome DevTools or VS Code opens.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { writeHeapSnapshot } from 'node:v8';

type ProbeMessage = { type?: string; action?: 'start' | 'stop'; file?: string };
let session: Session | undefined;

function post(method: string): Promise<unknown> {
  return new Promise((resolve, reject) =>
    session?.post(method, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

async function profile(message: ProbeMessage): Promise<void> {
  if (message.action === 'start') {
    session = new Session();
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.start');
  } else if (session) {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    session.disconnect();
    session = undefined;
    if (message.file) writeFileSync(message.file, JSON.stringify(profile));
  }
  process.send?.({ type: 'profile' });
}

process.on('message', (message: ProbeMessage) => {
  if (message?.type === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    const usage = process.memoryUsage();
    process.send?.({ type: 'memory', heapUsed: usage.heapUsed, rss: usage.rss });
  } else if (message?.type === 'cpu') {
    process.send?.({ type: 'cpu', cpu: process.cpuUsage() });
  } else if (message?.type === 'heap') {
    (globalThis as { gc?: () => void }).gc?.();
    process.send?.({ type: 'heap', file: writeHeapSnapshot(message.file) });
  } else if (message?.type === 'profile') {
    profile(message).catch((err: unknown) => process.send?.({ type: 'profile', error: String(err) }));
  }
});
// An IPC channel would keep the process alive after its server closed.
process.channel?.unref();
// The benchmark is gone (it finished, crashed or was killed): a server pinned to a CPU must not linger.
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
