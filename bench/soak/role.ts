import type { BenchUser } from '../lib/clients.js';
import type { RoleReport } from './stats.js';

/** What a load generator gets to start with. */
export interface RoleInput {
  url: string;
  /** Users of its own, registered for it. */
  users: BenchUser[];
  seed: number;
}

export interface RunningRole {
  /** Stops the load, lets what is in flight finish, closes its connections and says what it saw. */
  stop(): Promise<RoleReport>;
}

/** One kind of load, run in a process of its own for the whole soak. */
export type Role = (input: RoleInput) => Promise<RunningRole>;

/** The spec'd error code of a refused connection, out of the client's error; undefined if it never got that far. */
export const refusalCode = (err: unknown): string | undefined =>
  /"code":"([A-Z_]+)"|auth refused: ([A-Z_]+)/
    .exec(String((err as Error)?.message))
    ?.slice(1)
    .find(Boolean);
