/**
 * Numbers the messages of ephemeral rooms, which are not stored: in order and without gaps per room.
 * Persistent rooms' numbers come from the database, in the transaction that stores the messages.
 */
export interface EphemeralSequences {
  /** The next number of a message in the room. */
  next(room: string): Promise<number>;
  /** The room's last number (0: none yet). */
  last(room: string): Promise<number>;
}

/** One process's numbering: in order and without gaps for this process's life (the embedded default). */
export class MemoryEphemeralSequences implements EphemeralSequences {
  private readonly seqs = new Map<string, number>();

  async next(room: string): Promise<number> {
    const seq = (this.seqs.get(room) ?? 0) + 1;
    this.seqs.set(room, seq);
    return seq;
  }

  async last(room: string): Promise<number> {
    return this.seqs.get(room) ?? 0;
  }
}
