import type { UserActivity } from '../../generated/types.js';
import { type BenchSocket, type BenchUser, connectUser, connectUsers } from '../lib/clients.js';
import { now, summarize } from '../lib/stats.js';

export interface GhostResult {
  users: number;
  /** Users the watcher saw go offline before the deadline. */
  cleared: number;
  /** Seconds from the SIGKILL to each user's `offline` at the watcher. */
  seconds: { p50: number; max: number };
}

// Well past the 30 s target: a clearing this slow is reported as not cleared rather than waited for.
const DEADLINE_MS = 60_000;

/**
 * `ghosts` connect to the process at `victimUrl`, `watcher` to one at `watcherUrl`; once the watcher has
 * seen every ghost online, `kill` ends the victim (SIGKILL), and each ghost's clearing time is the time
 * until the watcher is told it is offline. Presence goes to everyone (SERVER_ACTIVITIES_BROADCAST=all,
 * the default), so the watcher needs to follow no one.
 */
export async function ghostClearing(
  watcherUrl: string,
  victimUrl: string,
  watcher: BenchUser,
  ghosts: readonly BenchUser[],
  kill: () => Promise<void>,
): Promise<GhostResult> {
  const waiting = new Set(ghosts.map((g) => g.userId));
  const online = new Set<string>();
  const offlineAt = new Map<string, number>();
  let killedAt = Number.POSITIVE_INFINITY;
  let onChange = () => {};
  const watching = await connectUser(watcherUrl, watcher);
  watching.on('activity', (a: UserActivity) => {
    if (!waiting.has(a.userId)) return;
    if (a.state !== 'offline') online.add(a.userId);
    else if (now() >= killedAt && !offlineAt.has(a.userId)) offlineAt.set(a.userId, now() - killedAt);
    onChange();
  });
  const when = (done: () => boolean) => until(done, (f) => (onChange = f), DEADLINE_MS);
  let sockets: BenchSocket[] = [];
  try {
    sockets = await connectUsers(victimUrl, ghosts);
    if (!(await when(() => online.size === ghosts.length)))
      throw new Error(`ghosts: the watcher saw ${online.size} of ${ghosts.length} users come online`);
    killedAt = now();
    await kill();
    await when(() => offlineAt.size === ghosts.length);
  } finally {
    for (const s of [...sockets, watching]) s.close();
  }
  const times = summarize([...offlineAt.values()].map((ms) => ms / 1000));
  return { users: ghosts.length, cleared: offlineAt.size, seconds: { p50: times.p50, max: times.max } };
}

/** Resolves true once `done()` holds (checked at each change), or false after `limitMs`. */
function until(done: () => boolean, listen: (f: () => void) => void, limitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), limitMs);
    const check = () => {
      if (!done()) return;
      clearTimeout(timer);
      resolve(true);
    };
    listen(check);
    check();
  });
}
