/**
 * The workloads `bench/run.ts` knows, for `--only a,b,…`: a subset runs in a fraction of the whole, so
 * a change can be measured again in a minute rather than ten.
 */
export const WORKLOADS = {
  fanout: 'fan-out to one room on raw ws, bare Socket.IO and Switchboard (Socket.IO)',
  'fanout-ws': "fan-out on Switchboard's /ws, next to raw ws's (which runs for it when fanout does not)",
  echo: 'echo round trips on every target',
  connections: 'connections held on raw ws, bare Socket.IO and Switchboard, memory read on the way up',
  scaling: 'fan-out cost at three room sizes (Switchboard and bare Socket.IO)',
  presence: "Switchboard's presence fan-out (bench/presence-fanout.ts)",
  chat: 'durable chat on SQLite, and on PostgreSQL with DATABASE_URL (bench/chat-throughput.ts)',
  'db-events': 'database events (bench/db-events.ts)',
  cluster: 'cross-process delivery and ghost clearing on three processes (bench/cluster.ts)',
  'connection-memory': 'idle memory per connection, /ws against Socket.IO (bench/connection-memory.ts)',
} as const;

export type Workload = keyof typeof WORKLOADS;

/** The workloads `--only` names (all of them without it); an unknown name is an error that lists them. */
export function selectedWorkloads(only: string | undefined): ReadonlySet<Workload> {
  const all = Object.keys(WORKLOADS) as Workload[];
  if (only === undefined) return new Set(all);
  const names = only
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(n in WORKLOADS));
  if (names.length === 0 || unknown.length > 0)
    throw new Error(
      `--only takes workloads separated by commas${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}:\n${all.map((n) => `  ${n.padEnd(18)} ${WORKLOADS[n]}`).join('\n')}`,
    );
  return new Set(names as Workload[]);
}
