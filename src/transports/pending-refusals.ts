/**
 * Connections refused by the limits but still open, per client address. A refused connection stays just
 * long enough to be told why (a spec'd error, then the close); past a few such per address, a newcomer
 * is turned away before it is even accepted, without the spec'd error: that address was told already.
 * Otherwise refusals would be free sockets, and a burst of them could hold thousands at once.
 */
export class PendingRefusals {
  private readonly byAddress = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Whether this address has as many refused connections open as it may. */
  full(address: string): boolean {
    return (this.byAddress.get(address) ?? 0) >= this.max;
  }

  /** A connection from this address was refused; call what this returns once it is closed. */
  add(address: string): () => void {
    this.byAddress.set(address, (this.byAddress.get(address) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.byAddress.get(address) ?? 1) - 1;
      if (left > 0) this.byAddress.set(address, left);
      else this.byAddress.delete(address);
    };
  }
}
