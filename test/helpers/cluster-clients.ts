import assert from 'node:assert/strict';
import type { Cluster } from './cluster.js';
import type { TestUser } from './http.js';
import { RawClient } from './raw.js';
import { type Connected, connect } from './socket.js';

/**
 * Clients of a cluster's processes by index, each remembered so that `closeAll()` (in an afterEach)
 * leaves no connection to the next test.
 */
export function clusterClients(cluster: () => Cluster) {
  const open: { close(): void }[] = [];
  const on = (i: number) => ({ url: cluster().url(i) });
  return {
    /** Process `i`, for the HTTP helpers. */
    on,
    /** A Socket.IO connection of `user` to process `i`, welcomed. */
    async io(i: number, user: TestUser): Promise<Connected> {
      const c = await connect(on(i), { secret: user.profile.socketSecret as string });
      open.push(c.socket);
      return c;
    },
    /** A `/ws` connection of `user` to process `i`, authenticated. */
    async raw(i: number, user: TestUser): Promise<RawClient> {
      const c = await RawClient.open(cluster().url(i));
      open.push(c);
      assert.equal((await c.auth(user.token)).type, 'token');
      return c;
    },
    closeAll(): void {
      for (const c of open.splice(0)) c.close();
    },
  };
}
