import type { Redis } from '../../cluster/redis.js';
import type { EphemeralSequences } from './ephemeral-sequences.js';

// A room nobody sent to for this long starts again from 1: ephemeral rooms keep nothing else either.
const IDLE_TTL_SECONDS = 7 * 24 * 3600;

/**
 * Ephemeral rooms' numbering for a cluster: one counter per room in Redis, so messages sent through
 * different processes get one gap-free order (INCR is atomic). Each number costs one round trip.
 */
export class RedisEphemeralSequences implements EphemeralSequences {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async next(room: string): Promise<number> {
    const key = `${this.prefix}${room}`;
    const [[err, seq] = [null, 0]] =
      (await this.redis.multi().incr(key).expire(key, IDLE_TTL_SECONDS).exec()) ?? [];
    if (err) throw err;
    return Number(seq);
  }

  async last(room: string): Promise<number> {
    return Number((await this.redis.get(`${this.prefix}${room}`)) ?? 0);
  }
}
