// A load generator in its own process (on the load CPUs): holds many light clients and times what they
// receive. The benchmark drives it over IPC, one command at a time, and it answers each.
import { Histogram } from './histogram.js';
import { LightClient, stampOf } from './light-client.js';
import { now } from './stats.js';
import { cpuMsOf, type TargetName } from './targets.js';

export type WorkerCommand =
  | { cmd: 'connect'; target: TargetName; url: string; auths: Record<string, unknown>[]; parallel: number }
  | { cmd: 'join'; room: string }
  | { cmd: 'requestAll'; event: string; payload: Record<string, unknown> }
  | { cmd: 'measure' }
  | { cmd: 'count' }
  | { cmd: 'report' }
  | { cmd: 'close' };

const clients: LightClient[] = [];
let histogram = new Histogram();
let received = 0;
/** When the last frame of the measurement window arrived (the benchmark's clock). */
let lastAt = 0;

const handlers: { [K in WorkerCommand['cmd']]: (c: Extract<WorkerCommand, { cmd: K }>) => Promise<unknown> } =
  {
    // Opens connections `parallel` at a time; counts failures instead of stopping at the first.
    connect: async ({ target, url, auths, parallel }) => {
      const started = now();
      let failed = 0;
      const errors = new Set<string>();
      let next = 0;
      const opener = async () => {
        while (next < auths.length) {
          const auth = auths[next++] as Record<string, unknown>;
          try {
            const client = await LightClient.connect(target, url, auth);
            client.onEvent = (text) => {
              received += 1;
              lastAt = now();
              const t = stampOf(text);
              if (!Number.isNaN(t)) histogram.record(now() - t);
            };
            clients.push(client);
          } catch (err) {
            failed += 1;
            if (errors.size < 5) errors.add((err as Error).message.slice(0, 200));
          }
        }
      };
      await Promise.all(Array.from({ length: parallel }, opener));
      return { connected: clients.length, failed, errors: [...errors], ms: now() - started };
    },
    // Joins every client to a room; a refusal (an error reply) is counted, not thrown.
    join: async ({ room }) => {
      let refused = 0;
      let error: string | undefined;
      for (let i = 0; i < clients.length; i += 100)
        for (const reply of await Promise.all(clients.slice(i, i + 100).map((c) => c.join(room))))
          if (reply && typeof reply === 'object' && 'error' in reply) {
            refused += 1;
            error ??= JSON.stringify(reply).slice(0, 200);
          }
      return { joined: clients.length - refused, refused, error };
    },
    // Every client sends one request (following a user, say); a refusal is counted, not thrown.
    requestAll: async ({ event, payload }) => {
      let refused = 0;
      let error: string | undefined;
      for (let i = 0; i < clients.length; i += 100)
        for (const reply of await Promise.all(
          clients.slice(i, i + 100).map((c) => c.request(event, payload)),
        ))
          if (reply && typeof reply === 'object' && 'error' in reply) {
            refused += 1;
            error ??= JSON.stringify(reply).slice(0, 200);
          }
      return { answered: clients.length - refused, refused, error };
    },
    // Starts a measurement window: what arrives from now on is counted. The CPU time spent so far lets
    // the benchmark tell whether the load generators, rather than the server, were the limit.
    measure: async () => {
      histogram = new Histogram();
      received = 0;
      lastAt = 0;
      return { cpuMs: cpuMsOf(process.cpuUsage()) };
    },
    count: async () => ({ received }),
    report: async () => ({
      received,
      lastAt,
      histogram: histogram.toJSON(),
      cpuMs: cpuMsOf(process.cpuUsage()),
    }),
    close: async () => {
      for (const c of clients.splice(0)) c.close();
      return {};
    },
  };

process.on('message', (command: WorkerCommand) => {
  const handler = handlers[command.cmd] as (c: WorkerCommand) => Promise<unknown>;
  handler(command).then(
    (result) => process.send?.({ ok: true, result }),
    (err: unknown) => process.send?.({ ok: false, error: (err as Error).message }),
  );
});
process.on('disconnect', () => process.exit(0));
